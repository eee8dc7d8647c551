package org.tiepdan.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import java.time.Clock;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tiepdan.FullStackTest;

/**
 * Issue 17: the public site's rate limits lived in each node's memory, so N nodes let N times the
 * limit through. Kept in PostgreSQL, two limiters (two nodes) on one database share one limit; and
 * a solved challenge, remembered in PostgreSQL, serves once on all nodes together.
 */
@FullStackTest
class SharedAbuseControlsTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private static String address() {
        return "198.51.100." + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void twoNodesShareOneLimit() {
        AbuseControlsTest.ManualClock clock = new AbuseControlsTest.ManualClock();
        RateLimiter first = new RateLimiter(dataSource, clock);
        RateLimiter second = new RateLimiter(dataSource, clock);
        String address = address();
        Duration hour = Duration.ofHours(1);
        assertThat(first.tryAcquire("submit", address, 3, hour)).isTrue();
        assertThat(second.tryAcquire("submit", address, 3, hour)).isTrue();
        assertThat(first.tryAcquire("submit", address, 3, hour)).isTrue();
        assertThat(second.tryAcquire("submit", address, 3, hour)).as("the other node knows").isFalse();
        assertThat(first.exhausted("submit", address, 3, hour)).isTrue();
        assertThat(second.exhausted("submit", address, 3, hour)).isTrue();
        assertThat(second.tryAcquire("submit", address(), 3, hour)).as("another address").isTrue();
        assertThat(second.tryAcquire("track", address, 3, hour)).as("another bucket").isTrue();
    }

    @Test
    void theAllowanceComesBackAfterTheWindowAndARefusalCostsNothing() {
        AbuseControlsTest.ManualClock clock = new AbuseControlsTest.ManualClock();
        RateLimiter limiter = new RateLimiter(dataSource, clock);
        String address = address();
        Duration hour = Duration.ofHours(1);
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire("submit", address, 3, hour)).isTrue();
            clock.now = clock.now.plusSeconds(600);
        }
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.tryAcquire("submit", address, 3, hour)).isFalse();
        }
        clock.now = Instant.parse("2026-03-02T02:00:01Z");
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire("submit", address, 3, hour)).isTrue();
        }
        assertThat(limiter.tryAcquire("submit", address, 3, hour)).isFalse();
    }

    @Test
    void aChangedLimitTakesEffect() {
        AbuseControlsTest.ManualClock clock = new AbuseControlsTest.ManualClock();
        RateLimiter limiter = new RateLimiter(dataSource, clock);
        String address = address();
        Duration hour = Duration.ofHours(1);
        assertThat(limiter.tryAcquire("submit", address, 1, hour)).isTrue();
        assertThat(limiter.tryAcquire("submit", address, 1, hour)).isFalse();
        assertThat(limiter.tryAcquire("submit", address, 5, hour)).as("raised to 5").isTrue();
    }

    @Test
    void aChallengeTokenServesOnceAcrossNodes() {
        PortalProperties properties = new PortalProperties("http://x", List.of(), null, null, null, Duration.ZERO, 1,
                1, 1, 1, Duration.ofMinutes(5), "a@b.c");
        Challenge first = new Challenge(jdbc, Clock.systemUTC(), properties);
        Challenge second = new Challenge(jdbc, Clock.systemUTC(), properties);
        Challenge.Question q = first.next();
        String answer = String.valueOf(q.a() + q.b());
        assertThat(second.check(q.token(), answer)).as("any node checks it").isTrue();
        assertThat(first.check(q.token(), answer)).as("used on the other node").isFalse();
        assertThat(second.check(q.token(), answer)).isFalse();
    }
}
