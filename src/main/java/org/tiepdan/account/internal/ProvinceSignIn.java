package org.tiepdan.account.internal;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.tiepdan.audit.AuditAction;
import org.tiepdan.audit.AuditLog;

/**
 * Optional sign-in through a province's OpenID Connect provider. The provider proves who the
 * person is; tiepdan still decides what they may do: the claim named by
 * {@code TIEPDAN_OIDC_USERNAME_CLAIM} (default {@code preferred_username}) must name an existing,
 * enabled, unlocked account here, whose roles at units apply as after a password. An unknown name
 * is refused with the answer every failed sign-in gets. An account that needs a second factor
 * still types its code. Off unless {@code TIEPDAN_OIDC_ISSUER_URI} is set; the provider's
 * discovery document is read at the first sign-in, not at start-up, so a provider that is down
 * does not stop the node.
 */
@Component
class ProvinceSignIn implements ClientRegistrationRepository {

    static final String REGISTRATION = "province";

    private final AccountUserDetailsService users;
    private final AuditLog audit;
    private volatile Settings settings;
    private volatile ClientRegistration registration;

    record Settings(String issuerUri, String clientId, String clientSecret, String usernameClaim, String label) {
        boolean enabled() {
            return issuerUri != null && !issuerUri.isBlank();
        }

        @Override
        public String toString() {
            return "Settings[" + issuerUri + ", " + clientId + ", secret hidden]";
        }
    }

    ProvinceSignIn(AccountUserDetailsService users, AuditLog audit,
            @Value("${tiepdan.oidc.issuer-uri:}") String issuerUri,
            @Value("${tiepdan.oidc.client-id:}") String clientId,
            @Value("${tiepdan.oidc.client-secret:}") String clientSecret,
            @Value("${tiepdan.oidc.username-claim:preferred_username}") String usernameClaim,
            @Value("${tiepdan.oidc.label:Cổng định danh của tỉnh}") String label) {
        this.users = users;
        this.audit = audit;
        this.settings = new Settings(issuerUri, clientId, clientSecret, usernameClaim, label);
    }

    /** The button's label on the login page, or null when sign-in through the province is off. */
    String label() {
        Settings s = settings;
        return s.enabled() ? s.label() : null;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        Settings s = settings;
        if (!REGISTRATION.equals(registrationId) || !s.enabled()) {
            return null;
        }
        ClientRegistration r = registration;
        if (r == null) {
            r = ClientRegistrations.fromIssuerLocation(s.issuerUri()).registrationId(REGISTRATION)
                    .clientId(s.clientId()).clientSecret(s.clientSecret()).scope("openid", "profile", "email")
                    .userNameAttributeName(s.usernameClaim()).build();
            registration = r;
        }
        return r;
    }

    /** After the provider: map the person to an account here, then on as after a password. */
    AuthenticationSuccessHandler afterProvider(SignInContexts contexts) {
        return (request, response, authentication) -> {
            String claim = settings.usernameClaim();
            String username = authentication.getPrincipal() instanceof OidcUser user
                    ? user.getClaimAsString(claim) : null;
            var account = username == null ? null : accountFor(username);
            if (account == null) {
                audit.record(username == null ? "?" : abbreviate(username), AuditAction.LOGIN_FAILED,
                        AccountService.ENTITY, null, null, Map.of("via", "oidc"));
                refuse(contexts, request, response);
                return;
            }
            audit.record(account.getUsername(), AuditAction.LOGIN, AccountService.ENTITY, account.id(), null,
                    Map.of("via", "oidc"));
            contexts.afterFirstFactor(account, request, response);
        };
    }

    private org.tiepdan.account.TiepdanUser accountFor(String username) {
        try {
            var user = (org.tiepdan.account.TiepdanUser) users.loadUserByUsername(username);
            return user.isEnabled() && user.isAccountNonLocked() ? user : null;
        } catch (org.springframework.security.core.userdetails.UsernameNotFoundException e) {
            return null;
        }
    }

    private static void refuse(SignInContexts contexts, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        contexts.signOut(request, response);
        response.sendRedirect(request.getContextPath() + "/login?error");
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) : s;
    }

    /** Changes the provider of a running node. Only tests use it: they start their own provider. */
    void configure(Settings settings) {
        this.settings = settings;
        this.registration = null;
    }

    Settings settings() {
        return settings;
    }
}
