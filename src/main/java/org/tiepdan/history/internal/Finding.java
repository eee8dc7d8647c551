package org.tiepdan.history.internal;

import java.util.List;

/**
 * One finding on a row, in the shape of the register import's findings (row, code, severity,
 * message, related rows) with the record type (its JSON array name) and the field concerned.
 */
record Finding(String type, int row, String code, String severity, String message, List<Integer> related,
        String field) {

    static final String ERROR = "ERROR";
    static final String WARNING = "WARNING";
    static final String INFO = "INFO";

    Finding {
        related = related == null ? List.of() : List.copyOf(related);
    }
}
