package org.tiepdan.platform.internal;

import java.security.SecureRandom;
import java.util.HexFormat;

/** A short id that a user can read out over the phone and an operator can grep for in the log. */
final class ErrorReference {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ErrorReference() {
    }

    static String next() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }
}
