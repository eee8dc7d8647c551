package org.tiepdan.petition.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Where a petition's handling stands against its time limits: the day it settled (null while open),
 * whether it settled on time (every clock met by its due date, a direction answered when expected),
 * and, while open, the overdue mark the lists show between two runs of the reminder job
 * ({@link Overdue}). A value of the aggregate (the same columns of the {@code petition} row),
 * replaced whole by the aggregate when a step settles or an undo reopens; its own class because the
 * reports and the case read these three together, and settling clears the mark. The mark is a
 * NOT NULL column, so it always loads.
 */
@Embeddable
class Settlement {

    @Column(name = "settled_on")
    private LocalDate settledOn;
    @Column(name = "settled_on_time")
    private Boolean settledOnTime;
    @Column(name = "overdue")
    private boolean overdue;

    protected Settlement() {
    }

    /** Not settled, not overdue: a petition just registered. */
    static Settlement open() {
        return new Settlement();
    }

    /** Settled on {@code on}; a settled petition is never overdue. */
    Settlement settled(LocalDate on, boolean onTime) {
        Settlement s = new Settlement();
        s.settledOn = on;
        s.settledOnTime = onTime;
        return s;
    }

    /** The step that settled it was undone: open again (the overdue mark is computed afresh). */
    Settlement reopened() {
        Settlement s = new Settlement();
        s.overdue = overdue;
        return s;
    }

    Settlement markedOverdue(boolean value) {
        Settlement s = new Settlement();
        s.settledOn = settledOn;
        s.settledOnTime = settledOnTime;
        s.overdue = value;
        return s;
    }

    LocalDate settledOn() { return settledOn; }
    Boolean settledOnTime() { return settledOnTime; }
    boolean overdue() { return overdue; }
}
