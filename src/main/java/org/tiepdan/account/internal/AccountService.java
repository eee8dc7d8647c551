package org.tiepdan.account.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.account.Accounts;
import org.tiepdan.account.Role;
import org.tiepdan.audit.AuditAction;
import org.tiepdan.audit.AuditLog;
import org.tiepdan.platform.DomainException;

/** Every change to an account, each written to the audit log in the same transaction. */
@Service
@Transactional
class AccountService implements Accounts {

    static final String ENTITY = "UserAccount";

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Clock clock;
    private final int maxFailedLogins;
    private final Duration lockout;

    AccountService(UserAccountRepository accounts, PasswordEncoder encoder, AuditLog audit, Clock clock,
            @Value("${tiepdan.security.max-failed-logins:5}") int maxFailedLogins,
            @Value("${tiepdan.security.lockout:15m}") Duration lockout) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
        this.maxFailedLogins = maxFailedLogins;
        this.lockout = lockout;
    }

    @Override
    public long createUser(String username, String fullName, String password, Role role, Long unitId) {
        String normalized = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        if (!normalized.matches("[a-z0-9._-]{3,50}")) {
            throw DomainException.invalid("username-invalid", "username");
        }
        if (accounts.findByUsername(normalized).isPresent()) {
            throw DomainException.invalid("username-taken", "username", normalized);
        }
        UserAccount.checkPasswordStrength(password);
        UserAccount account = new UserAccount(normalized, fullName, encoder.encode(password), clock.instant());
        if (role != null) {
            account.grant(role, unitId);
        }
        accounts.saveAndFlush(account);
        audit.record(AuditAction.CREATE, ENTITY, account.id(), unitId,
                Map.of("username", normalized, "fullName", account.fullName(), "password", "",
                        "role", role == null ? "" : role + "@" + (unitId == null ? "*" : unitId)));
        return account.id();
    }

    @Override
    public long countUsers() {
        return accounts.count();
    }

    @Override
    public void grant(long userId, Role role, Long unitId) {
        UserAccount account = load(userId);
        if (account.grant(role, unitId)) {
            audit.record(AuditAction.PERMISSION_GRANT, ENTITY, userId, unitId,
                    Map.of("username", account.username(), "role", role.name()));
        }
    }

    public void revoke(long userId, long grantId) {
        UserAccount account = load(userId);
        RoleGrant grant = account.grants().stream().filter(g -> g.id() == grantId).findFirst()
                .orElseThrow(() -> DomainException.notFound("grant-not-found"));
        account.revoke(grantId);
        audit.record(AuditAction.PERMISSION_REVOKE, ENTITY, userId, grant.unitId(),
                Map.of("username", account.username(), "role", grant.role().name()));
    }

    public void changePassword(String username, String currentPassword, String newPassword) {
        UserAccount account = accounts.findByUsername(username)
                .orElseThrow(() -> DomainException.notFound("user-not-found"));
        account.changePassword(encoder, currentPassword, newPassword, clock.instant());
        audit.record(AuditAction.PASSWORD_CHANGE, ENTITY, account.id(), null, Map.of("username", username));
    }

    public void unlock(long userId) {
        UserAccount account = load(userId);
        account.unlock();
        audit.record(AuditAction.UPDATE, ENTITY, userId, unitOf(account),
                Map.of("username", account.username(), "unlocked", true));
    }

    public void setEnabled(long userId, boolean enabled) {
        UserAccount account = load(userId);
        if (enabled) {
            account.enable();
        } else {
            account.disable();
        }
        audit.record(AuditAction.UPDATE, ENTITY, userId, unitOf(account),
                Map.of("username", account.username(), "enabled", enabled));
    }

    void loginSucceeded(String username) {
        accounts.findByUsername(username).ifPresent(a -> {
            a.recordSuccessfulLogin();
            audit.record(username, AuditAction.LOGIN, ENTITY, a.id(), null, Map.of());
        });
    }

    void loginFailed(String username) {
        String normalized = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        var account = accounts.findByUsername(normalized);
        // An unknown name is logged as typed (shortened): it shows guessing without storing a stray password.
        String who = account.map(UserAccount::username).orElse(abbreviate(normalized));
        audit.record(who, AuditAction.LOGIN_FAILED, ENTITY, account.map(UserAccount::id).orElse(null), null, Map.of());
        account.ifPresent(a -> {
            if (a.recordFailedLogin(clock.instant(), maxFailedLogins, lockout)) {
                audit.record(who, AuditAction.ACCOUNT_LOCKED, ENTITY, a.id(), null,
                        Map.of("until", a.lockedUntil()));
            }
        });
    }

    /** The unit an account change is filed under, so that the administrators of that unit see it. */
    private static Long unitOf(UserAccount account) {
        return account.grants().stream().map(RoleGrant::unitId).filter(java.util.Objects::nonNull).findFirst()
                .orElse(null);
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) : s;
    }

    private UserAccount load(long userId) {
        return accounts.findById(userId).orElseThrow(() -> DomainException.notFound("user-not-found"));
    }
}
