package org.tiepdan.account.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.stereotype.Component;
import org.tiepdan.audit.AuditAction;
import org.tiepdan.audit.AuditLog;

/**
 * Logins through the form and through HTTP Basic both land here: failures count towards the
 * lockout; an interactive success resets it. API calls with Basic are not logged one by one.
 */
@Component
class LoginEvents {

    private final AccountService accounts;
    private final AuditLog audit;

    LoginEvents(AccountService accounts, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @EventListener
    void success(InteractiveAuthenticationSuccessEvent event) {
        accounts.loginSucceeded(event.getAuthentication().getName());
    }

    @EventListener
    void badCredentials(AuthenticationFailureBadCredentialsEvent event) {
        accounts.loginFailed(event.getAuthentication().getName());
    }

    @EventListener
    void locked(AuthenticationFailureLockedEvent event) {
        record(event);
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
