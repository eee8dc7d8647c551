package org.tiepdan.document;

import java.util.List;

/**
 * Documents of past years brought in by a history import, checked by the register import's own
 * validator (dates, numbers, duplicates in the file and in the register, date order, summaries)
 * and written as imported documents carrying the import's id. The findings have the shape of the
 * register import's (row, code, severity, message, related rows).
 */
public interface DocumentHistory {

    /** A row of the import: the issuing unit's register entry as written in the old register. */
    record Row(int row, String numberSymbol, String issuerName, String summary, String issuedOn, String topic) {
    }

    record Finding(int row, String code, String severity, String message, List<Integer> related) {
    }

    /** NEW (will be written), ALREADY_PRESENT (the same document is in the register), REJECTED (an ERROR finding). */
    record Checked(int row, String outcome, List<Finding> findings) {
    }

    /** Checks the rows of one issuing unit against each other and against its register, in row order. */
    List<Checked> check(long unitId, List<Row> rows);

    /** Writes the rows the check found NEW; returns the ids in row order. All or nothing. */
    List<Long> record(long unitId, List<Row> rows, long importId, String sha256);
}
