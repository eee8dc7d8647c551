package org.tiepdan.account.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.SecurityFilterChain;
import org.tiepdan.account.Role;
import org.tiepdan.account.TiepdanUser;

/**
 * The management endpoints: {@code /actuator/health} stays public (load balancers probe it),
 * everything else there ({@code /actuator/prometheus}) needs an installation-wide ADMIN, with HTTP
 * Basic so that a Prometheus server can scrape it (docs/operations.md). Installation-wide, because
 * the figures span every unit; an ADMIN of one unit sees only that unit elsewhere. No session is
 * created for a scrape.
 */
@Configuration(proxyBeanMethods = false)
class ActuatorSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain actuator(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().access((authentication, context) ->
                                new AuthorizationDecision(installationAdmin(authentication.get()))))
                .httpBasic(basic -> basic.realmName("tiepdan"))
                // CSRF protection stays on: the exposed endpoints are read-only GETs, which it never blocks.
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    static boolean installationAdmin(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof TiepdanUser user
                && user.grants().stream().anyMatch(g -> g.role() == Role.ADMIN && g.unitId() == null);
    }
}
