package org.tiepdan.portal.internal;

import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The public site's rate limits per (bucket, client address), kept in PostgreSQL (table
 * {@code portal_rate_limit}) with Bucket4j's PostgreSQL backend so that they hold across every node
 * behind the load balancer and across restarts (issue 17: in memory, each node counted alone, so N
 * nodes let N times the limit through). A public site must refuse floods without a third-party
 * service; the database is the one thing every node already shares.
 *
 * <p>Each limit "N events per window" is a token bucket of N tokens refilled whole once per window
 * (counted from the bucket's first use). A refused event consumes nothing. Each decision is one
 * short transaction that locks the bucket's row ({@code SELECT ... FOR UPDATE}), so two nodes
 * cannot both take the last token. Rows of buckets that are full again expire and are deleted.
 */
@Component
class RateLimiter {

    /** How long a bucket's row is kept after it is full again (then it is as good as new). */
    private static final Duration KEEP_AFTER_FULL = Duration.ofMinutes(5);

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

    @Autowired
    RateLimiter(DataSource dataSource, Clock clock) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("portal_rate_limit")
                .clientClock(new ClockTimeMeter(clock))
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEEP_AFTER_FULL))
                .build();
    }

    /** Counts one event and tells whether it is within the limit; a refused event is not counted. */
    boolean tryAcquire(String bucket, String address, int limit, Duration window) {
        return bucket(bucket, address, limit, window).tryConsume(1);
    }

    /** Whether another event would be refused now, without counting one. */
    boolean exhausted(String bucket, String address, int limit, Duration window) {
        return bucket(bucket, address, limit, window).getAvailableTokens() < 1;
    }

    private BucketProxy bucket(String bucket, String address, int limit, Duration window) {
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(l -> l.capacity(limit).refillIntervally(limit, window)).build();
        // A changed setting replaces the stored configuration at the next use (the version differs).
        long version = Math.abs(31L * limit + window.toMillis());
        return buckets.builder().withImplicitConfigurationReplacement(version, TokensInheritanceStrategy.ADDITIVE)
                .build(bucket + "|" + address, () -> configuration);
    }

    /** Deletes the rows of buckets that are full again; one node at a time. */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
    @SchedulerLock(name = "portal-rate-limit-cleanup", lockAtMostFor = "PT5M")
    public void removeExpired() {
        while (buckets.removeExpired(1000) == 1000) {
            // another batch
        }
    }

    /** Bucket4j's time from the application's clock (a test moves it by hand). */
    private record ClockTimeMeter(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            return clock.millis() * 1_000_000L;
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
