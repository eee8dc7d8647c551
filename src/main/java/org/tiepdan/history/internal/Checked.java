package org.tiepdan.history.internal;

import java.util.ArrayList;
import java.util.List;

/** A row after the checks: its key, outcome, findings, and what it becomes (the owning module's record). */
final class Checked {

    final Rec rec;
    String key;
    RowOutcome outcome = RowOutcome.NEW;
    final List<Finding> findings = new ArrayList<>();
    /** The typed record for the owning module's history writer. */
    Object command;
    /** The record this row is (already imported or already present), when there is one. */
    Long existingId;

    Checked(Rec rec) {
        this.rec = rec;
    }

    RecordType type() {
        return rec.type();
    }

    int row() {
        return rec.row();
    }

    boolean hasError() {
        return findings.stream().anyMatch(f -> Finding.ERROR.equals(f.severity()));
    }

    /** Will be created, or is already there (so rows under it can point to it). */
    boolean usable() {
        return outcome == RowOutcome.NEW || outcome == RowOutcome.ALREADY_IMPORTED
                || outcome == RowOutcome.ALREADY_PRESENT;
    }
}
