package org.tiepdan.portal.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the citizens' second-step pages (issue 24), per client address unless said otherwise,
 * kept in PostgreSQL by {@link RateLimiter} like the others (docs/public-site.md).
 *
 * @param lostCodes           lost-code requests per client address
 * @param lostCodesPerContact lost-code messages to one e-mail address or phone number (whoever asks):
 *                            nobody can flood someone else's inbox or phone
 * @param lostCodeMinTime     every lost-code request answers after at least this long, sent or not
 * @param feedback            ratings and reopening requests per client address
 */
@ConfigurationProperties("tiepdan.portal.citizen")
record CitizenLimits(
        @DefaultValue PortalProperties.Limit lostCodes,
        @DefaultValue PortalProperties.Limit lostCodesPerContact,
        @DefaultValue("300ms") Duration lostCodeMinTime,
        @DefaultValue PortalProperties.Limit feedback) {

    int lostCodeLimit() {
        return lostCodes.countOr(5);
    }

    Duration lostCodeWindow() {
        return lostCodes.windowOr(Duration.ofHours(1));
    }

    int perContactLimit() {
        return lostCodesPerContact.countOr(3);
    }

    Duration perContactWindow() {
        return lostCodesPerContact.windowOr(Duration.ofDays(1));
    }

    int feedbackLimit() {
        return feedback.countOr(10);
    }

    Duration feedbackWindow() {
        return feedback.windowOr(Duration.ofHours(1));
    }
}
