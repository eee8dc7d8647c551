package org.tiepdan.portal.internal;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the public site (docs/public-site.md). Limits are per client address, shared by
 * every node (kept in PostgreSQL by {@link RateLimiter}).
 *
 * @param baseUrl           the site's address as citizens reach it, for links in e-mails
 * @param trustedProxies    addresses of reverse proxies whose X-Forwarded-For is believed; empty: none
 * @param submissions       submissions (attempts) per address and window
 * @param trackingLookups   tracking lookups (right or wrong) per address and window
 * @param trackingMisses    wrong tracking codes per address and window
 * @param trackingMinTime   every lookup answers after at least this long, so right and wrong codes take alike
 * @param maxFileBytes      size limit of one attachment
 * @param maxFiles          number of attachments
 * @param maxTotalBytes     size limit of all attachments together
 * @param maxContentChars   length limit of the content
 * @param challengeTtl      how long an arithmetic question stays valid
 * @param mailFrom          sender address of notifications
 */
@ConfigurationProperties("tiepdan.portal")
record PortalProperties(
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("") List<String> trustedProxies,
        @DefaultValue Limit submissions,
        @DefaultValue Limit trackingLookups,
        @DefaultValue Limit trackingMisses,
        @DefaultValue("150ms") Duration trackingMinTime,
        @DefaultValue("5242880") long maxFileBytes,
        @DefaultValue("5") int maxFiles,
        @DefaultValue("15728640") long maxTotalBytes,
        @DefaultValue("10000") int maxContentChars,
        @DefaultValue("30m") Duration challengeTtl,
        @DefaultValue("khong-tra-loi@tiepdan.local") String mailFrom) {

    /** At most {@code count} events per {@code window}; a null count takes the default of its use. */
    record Limit(Integer count, Duration window) {

        int countOr(int fallback) {
            return count == null ? fallback : count;
        }

        Duration windowOr(Duration fallback) {
            return window == null ? fallback : window;
        }
    }

    int submissionLimit() {
        // Several citizens may share one address (a commune's public computer, a mobile operator's NAT).
        return submissions.countOr(20);
    }

    Duration submissionWindow() {
        return submissions.windowOr(Duration.ofHours(1));
    }

    int lookupLimit() {
        return trackingLookups.countOr(30);
    }

    Duration lookupWindow() {
        return trackingLookups.windowOr(Duration.ofMinutes(10));
    }

    int missLimit() {
        return trackingMisses.countOr(10);
    }

    Duration missWindow() {
        return trackingMisses.windowOr(Duration.ofMinutes(10));
    }
}
