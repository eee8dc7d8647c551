package org.tiepdan.account.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.tiepdan.audit.AuditAction;
import org.tiepdan.audit.AuditLog;
import org.tiepdan.platform.ClientAddress;

/**
 * Logins through the form and through HTTP Basic both land here: failures count towards the
 * lockout of the account and the throttle of the client address; an interactive success resets the
 * account's count. API calls with Basic are not logged one by one.
 */
@Component
class LoginEvents {

    private final AccountService accounts;
    private final AuditLog audit;
    private final LoginThrottle throttle;
    private final ClientAddress clients;
    private final TwoFactorService twoFactor;

    LoginEvents(AccountService accounts, AuditLog audit, LoginThrottle throttle, ClientAddress clients,
            TwoFactorService twoFactor) {
        this.twoFactor = twoFactor;
        this.accounts = accounts;
        this.audit = audit;
        this.throttle = throttle;
        this.clients = clients;
    }

    @EventListener
    void success(InteractiveAuthenticationSuccessEvent event) {
        // The province's provider is handled by ProvinceSignIn, which maps its person to an account first.
        if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken)) {
            return;
        }
        String username = event.getAuthentication().getName();
        // A password followed by a code is not a success yet: resetting the count here would let
        // someone with the password guess codes for ever, four at a time.
        if (twoFactor.afterPassword(username) == TwoFactorService.Next.DONE) {
            accounts.loginSucceeded(username);
        }
    }

    @EventListener
    void badCredentials(AuthenticationFailureBadCredentialsEvent event) {
        accounts.loginFailed(event.getAuthentication().getName());
        addressFailed();
    }

    @EventListener
    void locked(AuthenticationFailureLockedEvent event) {
        record(event);
        addressFailed();
    }

    /** Counts the failure against the address of the request being served (there is one: sign-in is HTTP). */
    void addressFailed() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            throttle.failed(clients.of(attributes.getRequest()));
        }
    }

    @EventListener
    void logout(LogoutSuccessEvent event) {
        audit.record(event.getAuthentication().getName(), AuditAction.LOGOUT, AccountService.ENTITY, null, null,
                java.util.Map.of());
    }

    private void record(AbstractAuthenticationFailureEvent event) {
        audit.record(event.getAuthentication().getName(), AuditAction.LOGIN_FAILED, AccountService.ENTITY, null, null,
                java.util.Map.of("reason", "locked"));
    }
}
