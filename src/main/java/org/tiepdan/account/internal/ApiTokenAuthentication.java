package org.tiepdan.account.internal;

import java.io.Serial;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.tiepdan.account.TiepdanUser;

/**
 * A request signed in with a personal access token: the principal is the owner as a
 * {@link TiepdanUser} (so every {@code @PreAuthorize} rule and {@code Access} check applies
 * unchanged, with the owner's roles and subtree), without the second-factor mark a browser
 * sign-in carries. Lives for one request only: Bearer calls never write a session.
 */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final TiepdanUser user;

    ApiTokenAuthentication(TiepdanUser user) {
        super(user.getAuthorities());
        this.user = user;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return user;
    }

    /**
     * Turns the {@link BearerTokenAuthenticationToken} that Spring Security's
     * {@code BearerTokenAuthenticationFilter} reads from the header into the owner's authentication.
     */
    static final class Provider implements AuthenticationProvider {

        private final ApiTokenService tokens;

        Provider(ApiTokenService tokens) {
            this.tokens = tokens;
        }

        @Override
        public Authentication authenticate(Authentication authentication) {
            String secret = ((BearerTokenAuthenticationToken) authentication).getToken();
            return new ApiTokenAuthentication(tokens.authenticate(secret));
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return BearerTokenAuthenticationToken.class.isAssignableFrom(authentication);
        }
    }
}
