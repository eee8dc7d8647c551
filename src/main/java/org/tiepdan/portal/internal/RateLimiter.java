package org.tiepdan.portal.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Sliding-window counters per (bucket, client address), in memory: a public site must refuse floods
 * without a third-party service. Per node (docs/public-site.md); a restart forgets them.
 */
@Component
class RateLimiter {

    /** Beyond this many keys, windows that are over are dropped before a new key is added. */
    private static final int MAX_KEYS = 100_000;

    private final Map<String, Deque<Long>> windows = new ConcurrentHashMap<>();
    private final Clock clock;

    RateLimiter(Clock clock) {
        this.clock = clock;
    }

    /** Counts one event and tells whether it is within the limit; a refused event is not counted. */
    boolean tryAcquire(String bucket, String address, int limit, Duration window) {
        long now = clock.millis();
        String key = bucket + "|" + address;
        if (windows.size() > MAX_KEYS && !windows.containsKey(key)) {
            sweep(now, window);
        }
        Deque<Long> times = windows.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            drop(times, now - window.toMillis());
            if (times.size() >= limit) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }

    /** Whether another event would be refused now, without counting one. */
    boolean exhausted(String bucket, String address, int limit, Duration window) {
        Deque<Long> times = windows.get(bucket + "|" + address);
        if (times == null) {
            return false;
        }
        synchronized (times) {
            drop(times, clock.millis() - window.toMillis());
            return times.size() >= limit;
        }
    }

    private void sweep(long now, Duration window) {
        windows.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                drop(e.getValue(), now - window.toMillis());
                return e.getValue().isEmpty();
            }
        });
    }

    private static void drop(Deque<Long> times, long before) {
        while (!times.isEmpty() && times.peekFirst() <= before) {
            times.removeFirst();
        }
    }
}
