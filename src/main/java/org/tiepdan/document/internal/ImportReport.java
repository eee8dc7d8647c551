package org.tiepdan.document.internal;

import java.util.List;

/** The answer of an import or dry run: rows read, documents written, and what was found. */
record ImportReport(int rows, int imported, List<Finding> findings) {

    enum Severity { ERROR, WARNING, INFO }

    /** One finding on a row (its STT, or its line when it has none), with the other rows involved. */
    record Finding(int row, String code, Severity severity, String message, List<Integer> related) {
    }
}
