package org.tiepdan.account.internal;

import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tiepdan.account.TiepdanUser;
import org.tiepdan.platform.ClientAddress;
import org.tiepdan.platform.MapTiles;
import org.tiepdan.platform.PublicEndpoints;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two chains: the JSON API (HTTP Basic, a personal access token as Bearer, or the browser session;
 * problem details on failure) and
 * the screens (form login). Paths open without login are listed here or contributed by modules
 * as {@link PublicEndpoints}; everything else needs a login, and each handler method carries its
 * own {@code @PreAuthorize} rule (a test fails when one does not).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * No inline script anywhere: htmx, Bootstrap and Leaflet come from webjars, our code from /js.
     * Images come from here, except map tiles from the one tile server configured
     * ({@code TIEPDAN_MAP_TILES}, {@link MapTiles#imageSource()}).
     */
    static String contentSecurityPolicy(MapTiles tiles) {
        return "default-src 'self'; script-src 'self'; style-src 'self'; "
                + "img-src 'self' data:" + (tiles.enabled() ? " " + tiles.imageSource() : "")
                + "; font-src 'self' data:; object-src 'none'; frame-ancestors 'none'; "
                + "base-uri 'self'; form-action 'self'";
    }

    private final String contentSecurityPolicy;

    SecurityConfiguration(MapTiles tiles) {
        this.contentSecurityPolicy = contentSecurityPolicy(tiles);
    }

    private static final String[] ALWAYS_PUBLIC = {
        "/login", "/error", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico",
        "/actuator/health", "/actuator/health/**"
    };

    /**
     * The CSRF token lives in a cookie, not in the session: an anonymous visitor (the login page,
     * the public site) gets a form without a session row being written. One repository for both
     * chains, since browser calls to /api carry the token of the page that made them.
     */
    private static final CookieCsrfTokenRepository CSRF_TOKENS = csrfTokens();

    /** The CSRF token store of both chains, as a bean so that tests can see the real one. */
    @Bean
    CsrfTokenRepository csrfTokenRepository() {
        return CSRF_TOKENS;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Passwords are checked before the account's state, so that a locked or disabled account costs
     * the same time and gets the same answer as a wrong password or an unknown name: the sign-in
     * does not tell who exists.
     */
    @Bean
    DaoAuthenticationProvider authenticationProvider(AccountUserDetailsService users, PasswordEncoder encoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        provider.setPreAuthenticationChecks(user -> { });
        provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return provider;
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(
            org.springframework.context.ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, List<PublicEndpoints> publicEndpoints, MessageSource messages,
            JsonMapper json, LoginThrottle throttle, ClientAddress clients, TwoFactorService twoFactor,
            ApiTokenService tokens) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) ->
                problem(response, json, messages, HttpStatus.UNAUTHORIZED, "unauthorized", request);
        // A Bearer token that is malformed, unknown, expired or revoked, or whose owner may not sign in.
        AuthenticationEntryPoint tokenRefused = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"tiepdan\", error=\"invalid_token\"");
            problem(response, json, messages, HttpStatus.UNAUTHORIZED,
                    e instanceof ApiTokenService.TokenRefused refused ? refused.code() : "unauthorized", request);
        };
        AuthenticationManager tokenManager = new ProviderManager(new ApiTokenAuthentication.Provider(tokens));
        // A missing CSRF token on an anonymous call is a missing login, not a refusal.
        AccessDeniedHandler denied = (request, response, e) -> {
            var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
            boolean anonymous = auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()
                    || SignInContexts.pending(auth);
            problem(response, json, messages, anonymous ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN,
                    anonymous ? "unauthorized" : "forbidden", request);
        };
        // The OpenAPI description is for logged-in users like the API it describes.
        http.securityMatcher("/api/**", "/v3/api-docs", "/v3/api-docs/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(publicPatterns(publicEndpoints, "/api/")).permitAll()
                        .anyRequest().access(SecurityConfiguration::fullySignedIn))
                .httpBasic(basic -> basic.realmName("tiepdan").authenticationEntryPoint(unauthorized))
                // Personal access tokens (Authorization: Bearer): Spring Security's resource-server filter
                // reads the header and keeps the authentication for this request only (no session).
                .oauth2ResourceServer(bearer -> bearer.authenticationManagerResolver(request -> tokenManager)
                        .authenticationEntryPoint(tokenRefused))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(unauthorized).accessDeniedHandler(denied))
                // A refused API call is not replayed after a login: saving it would write a session.
                .requestCache(cache -> cache.disable())
                // Basic- and Bearer-authenticated calls carry no cookie to forge; browser calls keep the token.
                .csrf(csrf -> csrf.csrfTokenRepository(CSRF_TOKENS)
                        .ignoringRequestMatchers(request -> request.getHeader("Authorization") != null))
                .addFilterBefore(new ThrottleFilter(throttle, clients, (request, response) ->
                        problem(response, json, messages, HttpStatus.UNAUTHORIZED, "unauthorized", request)),
                        BasicAuthenticationFilter.class)
                .addFilterAfter(new BasicNeedsNoSecondFactor(twoFactor, (request, response) ->
                        problem(response, json, messages, HttpStatus.UNAUTHORIZED, "two-factor-required", request)),
                        BasicAuthenticationFilter.class)
                .headers(this::headers);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, List<PublicEndpoints> publicEndpoints, LoginThrottle throttle,
            ClientAddress clients, SignInContexts signIn, ProvinceSignIn province) throws Exception {
        AccessDeniedHandler refused = new AccessDeniedHandlerImpl();
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers(ALWAYS_PUBLIC).permitAll()
                        .requestMatchers(publicPatterns(publicEndpoints, null)).permitAll()
                        .requestMatchers("/login/two-factor", "/login/two-factor/**")
                                .hasAuthority(TwoFactorController.PENDING)
                        .anyRequest().access(SecurityConfiguration::fullySignedIn))
                .securityContext(context -> context.securityContextRepository(SignInContexts.REPOSITORY))
                .formLogin(form -> form.loginPage("/login").successHandler(signIn.afterPassword())
                        .failureHandler(loginFailureHandler()))
                // Sign-in through the province's provider; answers nothing while TIEPDAN_OIDC_ISSUER_URI is unset.
                .oauth2Login(oidc -> oidc.loginPage("/login").clientRegistrationRepository(province)
                        .successHandler(province.afterProvider(signIn)).failureHandler(loginFailureHandler()))
                // Half-way through a sign-in (password done, code not yet) every other page leads to the code.
                .exceptionHandling(ex -> ex.authenticationEntryPoint(rootToPublicSite(
                                new LoginUrlAuthenticationEntryPoint("/login")))
                        .accessDeniedHandler((request, response, e) -> {
                    if (SignInContexts.pending(SecurityContextHolder.getContext().getAuthentication())) {
                        response.sendRedirect(request.getContextPath() + "/login/two-factor");
                    } else {
                        refused.handle(request, response, e);
                    }
                }))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .csrf(csrf -> csrf.csrfTokenRepository(CSRF_TOKENS))
                .addFilterBefore(new ThrottleFilter(throttle, clients, (request, response) ->
                        response.sendRedirect(request.getContextPath() + "/login?error")),
                        UsernamePasswordAuthenticationFilter.class)
                .headers(this::headers);
        return http.build();
    }

    /**
     * A visitor who is not signed in and opens the site's root is a citizen more often than not: the
     * root leads to the public site (whose footer leads officers to the sign-in); every other page
     * asks for the sign-in as before.
     */
    static AuthenticationEntryPoint rootToPublicSite(AuthenticationEntryPoint signIn) {
        return (request, response, e) -> {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if ("GET".equals(request.getMethod()) && ("/".equals(path) || path.isEmpty())) {
                response.sendRedirect(request.getContextPath() + "/public");
            } else {
                signIn.commence(request, response, e);
            }
        };
    }

    private void headers(org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
                .frameOptions(frame -> frame.deny())
                // No page's address (a tracking code, a record id) leaves with a link: docs/security.md.
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER));
    }

    private static String[] publicPatterns(List<PublicEndpoints> publicEndpoints, String prefix) {
        String[] patterns = publicEndpoints.stream().flatMap(p -> p.patterns().stream())
                .filter(p -> prefix == null || p.startsWith(prefix))
                .toArray(String[]::new);
        // requestMatchers() refuses an empty list; this path matches nothing real.
        return patterns.length == 0 ? new String[] {"/__none__"} : patterns;
    }

    /**
     * A locked account gets the same answer as a wrong password or an unknown name (the page says
     * that repeated failures lock for a while). Only a disabled account with the right password is
     * told so: whoever knows the password learns nothing new.
     */
    private static AuthenticationFailureHandler loginFailureHandler() {
        return (request, response, e) -> {
            String reason = e instanceof DisabledException ? "disabled" : "error";
            response.sendRedirect(request.getContextPath() + "/login?" + reason);
        };
    }

    /** Signed in with everything the account needs: not anonymous, not half-way through a second factor. */
    private static AuthorizationDecision fullySignedIn(Supplier<? extends Authentication> authentication,
            RequestAuthorizationContext context) {
        Authentication auth = authentication.get();
        return new AuthorizationDecision(auth != null && auth.isAuthenticated()
                && !(auth instanceof AnonymousAuthenticationToken) && !SignInContexts.pending(auth));
    }

    /**
     * HTTP Basic is a password alone: an account whose sign-in needs a second factor (enrolled, or
     * required by its role) cannot use it, it is answered 401 with code two-factor-required.
     */
    static final class BasicNeedsNoSecondFactor extends OncePerRequestFilter {

        private final TwoFactorService twoFactor;
        private final Refusal refusal;

        BasicNeedsNoSecondFactor(TwoFactorService twoFactor, Refusal refusal) {
            this.twoFactor = twoFactor;
            this.refusal = refusal;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String authorization = request.getHeader("Authorization");
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)
                    && auth != null && auth.getPrincipal() instanceof TiepdanUser user
                    && twoFactor.needsSecondFactor(user.getUsername())) {
                SecurityContextHolder.clearContext();
                refusal.send(request, response);
                return;
            }
            chain.doFilter(request, response);
        }
    }

    private static CookieCsrfTokenRepository csrfTokens() {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return tokens;
    }

    /** What a blocked address is answered: the same as a wrong password on that route. */
    @FunctionalInterface
    interface Refusal {
        void send(HttpServletRequest request, HttpServletResponse response) throws IOException;
    }

    /**
     * Stops a sign-in attempt (the login form, a two-factor code, HTTP Basic credentials) from an
     * address that has failed too often, before any password is checked.
     */
    static final class ThrottleFilter extends OncePerRequestFilter {

        private final LoginThrottle throttle;
        private final ClientAddress clients;
        private final Refusal refusal;

        ThrottleFilter(LoginThrottle throttle, ClientAddress clients, Refusal refusal) {
            this.throttle = throttle;
            this.clients = clients;
            this.refusal = refusal;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (isSignInAttempt(request) && throttle.blocked(clients.of(request))) {
                refusal.send(request, response);
                return;
            }
            chain.doFilter(request, response);
        }

        static boolean isSignInAttempt(HttpServletRequest request) {
            String authorization = request.getHeader("Authorization");
            if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
                return true;
            }
            String path = request.getRequestURI().substring(request.getContextPath().length());
            return "POST".equals(request.getMethod()) && (path.equals("/login") || path.startsWith("/login/"));
        }
    }

    private static void problem(HttpServletResponse response, JsonMapper json, MessageSource messages,
            HttpStatus status, String code, HttpServletRequest request) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage("error." + code, null, LocaleContextHolder.getLocale()));
        problem.setTitle(messages.getMessage("error.title." + status.value(), null, LocaleContextHolder.getLocale()));
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        problem.setProperty("code", code);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        if (status == HttpStatus.UNAUTHORIZED && !response.containsHeader("WWW-Authenticate")) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"tiepdan\"");
        }
        json.writeValue(response.getOutputStream(), problem);
    }

}
