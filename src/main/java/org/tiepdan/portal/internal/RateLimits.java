package org.tiepdan.portal.internal;

import java.time.Duration;

/** Helpers shared by the rate-limited pages. */
final class RateLimits {

    private RateLimits() {
    }

    /** Sleeps until {@code min} has passed since {@code started} (System.nanoTime), so answers take alike. */
    static void padTo(long started, Duration min) {
        long left = min.toNanos() - (System.nanoTime() - started);
        if (left > 0) {
            try {
                Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
