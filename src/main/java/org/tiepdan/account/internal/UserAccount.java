package org.tiepdan.account.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tiepdan.account.Role;
import org.tiepdan.account.RoleGrantView;
import org.tiepdan.account.TiepdanUser;
import org.tiepdan.platform.DomainException;

/** An officer's account: credentials, lockout state and the roles held at units. */
@Entity
@Table(name = "user_account")
public class UserAccount {

    static final int MIN_PASSWORD_LENGTH = 8;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    private String fullName;
    private String passwordHash;
    private boolean enabled = true;
    private int failedLogins;
    private Instant lockedUntil;
    private Instant passwordChangedAt;
    /** Base32 TOTP secret; never logged, never shown after enrolment (see {@link #toString()}). */
    private String totpSecret;
    private Instant totpEnabledAt;
    private Long totpLastStep;
    @Version
    private long version;

    @OneToMany(mappedBy = "account", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    private List<RoleGrant> grants = new ArrayList<>();

    protected UserAccount() {
    }

    UserAccount(String username, String fullName, String passwordHash, Instant now) {
        this.username = username.trim().toLowerCase(java.util.Locale.ROOT);
        this.fullName = fullName.trim();
        this.passwordHash = passwordHash;
        this.passwordChangedAt = now;
    }

    static void checkPasswordStrength(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH
                || password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            throw DomainException.invalid("password-weak", "newPassword", MIN_PASSWORD_LENGTH);
        }
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a failed login; returns true when this failure locked the account. */
    boolean recordFailedLogin(Instant now, int maxFailures, Duration lockout) {
        if (lockedUntil != null && !lockedUntil.isAfter(now)) {
            failedLogins = 0;
            lockedUntil = null;
        }
        failedLogins++;
        if (failedLogins >= maxFailures && lockedUntil == null) {
            lockedUntil = now.plus(lockout);
            return true;
        }
        return false;
    }

    void recordSuccessfulLogin() {
        failedLogins = 0;
        lockedUntil = null;
    }

    void unlock() {
        recordSuccessfulLogin();
    }

    void changePassword(PasswordEncoder encoder, String currentPassword, String newPassword, Instant now) {
        if (!encoder.matches(currentPassword, passwordHash)) {
            throw DomainException.invalid("password-current-wrong", "currentPassword");
        }
        if (encoder.matches(newPassword, passwordHash)) {
            throw DomainException.invalid("password-unchanged", "newPassword");
        }
        checkPasswordStrength(newPassword);
        passwordHash = encoder.encode(newPassword);
        passwordChangedAt = now;
    }

    boolean hasTwoFactor() {
        return totpEnabledAt != null;
    }

    void enableTwoFactor(String secret, long step, Instant now) {
        if (hasTwoFactor()) {
            throw DomainException.invalid("two-factor-already", "code");
        }
        totpSecret = secret;
        totpEnabledAt = now;
        totpLastStep = step;
    }

    /** Accepts a code's time step once: a step at or before the last one used is a replay. */
    boolean acceptStep(long step) {
        if (totpLastStep != null && step <= totpLastStep) {
            return false;
        }
        totpLastStep = step;
        return true;
    }

    void disableTwoFactor() {
        totpSecret = null;
        totpEnabledAt = null;
        totpLastStep = null;
    }

    String totpSecret() {
        return totpSecret;
    }

    java.util.Set<Role> roles() {
        return grants.stream().map(RoleGrant::role).collect(java.util.stream.Collectors.toSet());
    }

    @Override
    public String toString() {
        return "UserAccount[" + username + "]";
    }

    /** Adds the grant; returns false when the user already holds that role at that unit. */
    boolean grant(Role role, Long unitId) {
        boolean held = grants.stream().anyMatch(g -> g.role() == role && java.util.Objects.equals(g.unitId(), unitId));
        if (!held) {
            grants.add(new RoleGrant(this, role, unitId));
        }
        return !held;
    }

    boolean revoke(long grantId) {
        return grants.removeIf(g -> g.id() != null && g.id() == grantId);
    }

    void disable() {
        enabled = false;
    }

    void enable() {
        enabled = true;
    }

    TiepdanUser toPrincipal(Instant now) {
        return new TiepdanUser(id, username, fullName, grantViews(), passwordHash, enabled, !isLocked(now));
    }

    List<RoleGrantView> grantViews() {
        return grants.stream().map(g -> new RoleGrantView(g.role(), g.unitId())).toList();
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String fullName() {
        return fullName;
    }

    public boolean enabled() {
        return enabled;
    }

    int failedLogins() {
        return failedLogins;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public List<RoleGrant> grants() {
        return List.copyOf(grants);
    }

    long version() {
        return version;
    }
}
