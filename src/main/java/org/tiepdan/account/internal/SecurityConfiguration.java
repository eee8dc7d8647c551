package org.tiepdan.account.internal;

import java.io.IOException;
import java.util.List;

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
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.tiepdan.platform.PublicEndpoints;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two chains: the JSON API (HTTP Basic or the browser session, problem details on failure) and
 * the screens (form login). Paths open without login are listed here or contributed by modules
 * as {@link PublicEndpoints}; everything else needs a login, and each handler method carries its
 * own {@code @PreAuthorize} rule (a test fails when one does not).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /** No inline script anywhere: htmx and Bootstrap come from webjars, our code from /js. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self' data:; object-src 'none'; frame-ancestors 'none'; "
            + "base-uri 'self'; form-action 'self'";

    private static final String[] ALWAYS_PUBLIC = {
        "/login", "/error", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico",
        "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**"
    };

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(
            org.springframework.context.ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, List<PublicEndpoints> publicEndpoints, MessageSource messages,
            JsonMapper json) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) ->
                problem(response, json, messages, HttpStatus.UNAUTHORIZED, "unauthorized", request);
        // A missing CSRF token on an anonymous call is a missing login, not a refusal.
        AccessDeniedHandler denied = (request, response, e) -> {
            var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
            boolean anonymous = auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated();
            problem(response, json, messages, anonymous ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN,
                    anonymous ? "unauthorized" : "forbidden", request);
        };
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(publicPatterns(publicEndpoints, "/api/")).permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName("tiepdan").authenticationEntryPoint(unauthorized))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(unauthorized).accessDeniedHandler(denied))
                // Basic-authenticated calls carry no cookie to forge; browser calls keep the token.
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null))
                .headers(this::headers);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, List<PublicEndpoints> publicEndpoints) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers(ALWAYS_PUBLIC).permitAll()
                        .requestMatchers(publicPatterns(publicEndpoints, null)).permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false)
                        .failureHandler(loginFailureHandler()))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .headers(this::headers);
        return http.build();
    }

    private void headers(org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN));
    }

    private static String[] publicPatterns(List<PublicEndpoints> publicEndpoints, String prefix) {
        String[] patterns = publicEndpoints.stream().flatMap(p -> p.patterns().stream())
                .filter(p -> prefix == null || p.startsWith(prefix))
                .toArray(String[]::new);
        // requestMatchers() refuses an empty list; this path matches nothing real.
        return patterns.length == 0 ? new String[] {"/__none__"} : patterns;
    }

    private static AuthenticationFailureHandler loginFailureHandler() {
        return (request, response, e) -> {
            String reason = e instanceof LockedException ? "locked" : e instanceof DisabledException ? "disabled" : "error";
            response.sendRedirect(request.getContextPath() + "/login?" + reason);
        };
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
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"tiepdan\"");
        }
        json.writeValue(response.getOutputStream(), problem);
    }

}
