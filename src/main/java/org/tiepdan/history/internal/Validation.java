package org.tiepdan.history.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The result of checking a bundle: every row with its outcome and findings. */
record Validation(List<Checked> rows) {

    List<Checked> of(RecordType type) {
        return rows.stream().filter(r -> r.type() == type).toList();
    }

    long count(RowOutcome outcome) {
        return rows.stream().filter(r -> r.outcome == outcome).count();
    }

    long findings(String severity) {
        return rows.stream().flatMap(r -> r.findings.stream()).filter(f -> severity.equals(f.severity())).count();
    }

    /** ERROR findings on rows that block the import (not on rows left out or skipped). */
    long blockingErrors() {
        return rows.stream().filter(r -> r.outcome == RowOutcome.REJECTED).flatMap(r -> r.findings.stream())
                .filter(f -> Finding.ERROR.equals(f.severity())).count();
    }

    boolean importable() {
        return count(RowOutcome.REJECTED) == 0;
    }

    List<Finding> allFindings() {
        return rows.stream().flatMap(r -> r.findings.stream()).toList();
    }

    /** Rows to be created, by type. */
    Map<RecordType, Long> toCreate() {
        Map<RecordType, Long> counts = new EnumMap<>(RecordType.class);
        rows.stream().filter(r -> r.outcome == RowOutcome.NEW).forEach(r -> counts.merge(r.type(), 1L, Long::sum));
        return counts;
    }
}
