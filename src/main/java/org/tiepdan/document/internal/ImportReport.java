package org.tiepdan.document.internal;

import java.util.List;

/** The answer of an import or dry run: rows read, documents written, and what was found. */
public record ImportReport(int rows, int imported, List<Finding> findings) {

    public enum Severity { ERROR, WARNING, INFO }

    /** One finding on a row (its STT, or its line when it has none), with the other rows involved. */
    public record Finding(int row, String code, Severity severity, String message, List<Integer> related) {
    }
}
