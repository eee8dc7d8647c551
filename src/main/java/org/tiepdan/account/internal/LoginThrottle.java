package org.tiepdan.account.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins per client address (password, HTTP Basic or two-factor code), counted in
 * PostgreSQL so that the limit holds across nodes and restarts. The per-account lockout alone lets
 * one address try a password against every name, and lets anyone lock anyone out at will; this
 * caps what one address can do. A blocked address gets the same answer as a wrong password.
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;

    LoginThrottle(JdbcClient jdbc, Clock clock,
            @Value("${tiepdan.security.login-failures-per-address:20}") int maxFailures,
            @Value("${tiepdan.security.login-failure-window:10m}") Duration window) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    /** True when the address has used up its failures in the window: no sign-in is tried at all. */
    boolean blocked(String address) {
        Instant since = clock.instant().minus(window);
        long failures = jdbc.sql("select count(*) from login_failure where address = ? and failed_at > ?")
                .params(key(address), java.sql.Timestamp.from(since)).query(Long.class).single();
        return failures >= maxFailures;
    }

    void failed(String address) {
        Instant now = clock.instant();
        jdbc.sql("delete from login_failure where failed_at <= ?").param(java.sql.Timestamp.from(now.minus(window)))
                .update();
        jdbc.sql("insert into login_failure (address, failed_at) values (?, ?)")
                .params(key(address), java.sql.Timestamp.from(now)).update();
    }

    private static String key(String address) {
        String a = address == null ? "?" : address;
        return a.length() > 64 ? a.substring(0, 64) : a;
    }
}
