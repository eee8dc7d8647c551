package org.tiepdan.platform.internal;

import java.security.SecureRandom;
import java.util.HexFormat;

import org.slf4j.MDC;

/**
 * A short id that a user can read out over the phone and an operator can grep for in the log.
 * Every request gets one ({@link RequestIdFilter}: the MDC, so every log line of the request
 * carries it, and the {@code X-Request-Id} header); an error page or problem shows the same id.
 */
final class ErrorReference {

    /** The MDC key, used by the logging pattern in application.yaml. */
    static final String MDC_KEY = "requestId";

    private static final SecureRandom RANDOM = new SecureRandom();

    private ErrorReference() {
    }

    static String next() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }

    /** The current request's id, or a new one outside a request. */
    static String current() {
        String id = MDC.get(MDC_KEY);
        return id != null ? id : next();
    }
}
