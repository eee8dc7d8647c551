package org.tiepdan.account;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who must sign in with a second factor (TOTP, RFC 6238) and whether the current session did.
 * The roles in {@code TIEPDAN_MFA_REQUIRED_ROLES} (default ADMIN, HEAD, IDENTITY_CUSTODIAN; empty:
 * nobody) must; anyone may enrol. Revealing a denouncer's identity needs a two-factor session
 * unless {@code TIEPDAN_REVEAL_NEEDS_TWO_FACTOR} is false (the demo): the key to a State secret
 * should not be a password alone.
 */
@Component
public class TwoFactor {

    /** The authority a session carries once its second factor is checked. */
    public static final String FACTOR = "FACTOR_TOTP";

    private volatile Set<Role> requiredRoles;
    private volatile boolean revealNeedsIt;

    @Autowired
    TwoFactor(@Value("${tiepdan.security.mfa-required-roles:ADMIN,HEAD,IDENTITY_CUSTODIAN}") String requiredRoles,
            @Value("${tiepdan.security.reveal-needs-two-factor:true}") boolean revealNeedsIt) {
        this(parse(requiredRoles), revealNeedsIt);
    }

    TwoFactor(Set<Role> requiredRoles, boolean revealNeedsIt) {
        this.requiredRoles = requiredRoles;
        this.revealNeedsIt = revealNeedsIt;
    }

    static Set<Role> parse(String roles) {
        Set<Role> parsed = EnumSet.noneOf(Role.class);
        if (roles != null) {
            Arrays.stream(roles.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .map(s -> Role.valueOf(s.toUpperCase(Locale.ROOT))).forEach(parsed::add);
        }
        return parsed;
    }

    /** True when an account holding these roles must use a second factor. */
    public boolean requiredFor(Collection<Role> roles) {
        return roles.stream().anyMatch(requiredRoles::contains);
    }

    public boolean enforced() {
        return !requiredRoles.isEmpty();
    }

    /** True when the current sign-in included the second factor. */
    public boolean currentSessionHasIt() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> FACTOR.equals(a.getAuthority()));
    }

    /** True when the current session may reveal an identity (given a grant): two-factor, or the demo. */
    public boolean revealAllowed() {
        return !revealNeedsIt || currentSessionHasIt();
    }

    /**
     * Changes the policy of a running node. Only tests use it: the shared test context runs with
     * enforcement off (like the demo) and switches it on around the cases that need it.
     */
    void configure(Set<Role> roles, boolean reveal) {
        this.requiredRoles = roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
        this.revealNeedsIt = reveal;
    }

    Set<Role> requiredRoles() {
        return requiredRoles;
    }

    boolean revealNeedsIt() {
        return revealNeedsIt;
    }
}
