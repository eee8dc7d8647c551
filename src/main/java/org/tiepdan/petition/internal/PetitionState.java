package org.tiepdan.petition.internal;

/**
 * Every state a petition can be in. Which states a kind of petition goes through, and how, is the
 * transition table of its {@link Workflow}. Labels: {@code petition.state.*}.
 */
public enum PetitionState {
    RECEIVED, CLASSIFIED,
    ACCEPTED, REFUSED, TRANSFERRED, GUIDED, RETURNED, ARCHIVED,
    DIRECTED, DIRECTION_ANSWERED,
    INVESTIGATING, DIALOGUE_HELD, DIALOGUE_NOT_HELD, DECIDED,
    NOTIFIED, VERIFYING, SUSPENDED, CONCLUDED, PUBLISHED,
    ASSIGNED, ANSWERED, CLOSED,
    /** Ended without a decision on the merits: the petitioner withdrew, or the resolution was terminated. */
    WITHDRAWN, TERMINATED;

    /** Ended without a decision on the merits (reports count it as settled, apart). */
    boolean withoutDecisionOnTheMerits() {
        return this == WITHDRAWN || this == TERMINATED;
    }

    /** The matter is handled: the case counts as settled from here. */
    boolean settles() {
        return switch (this) {
            case REFUSED, TRANSFERRED, GUIDED, RETURNED, ARCHIVED, DIRECTION_ANSWERED, DECIDED, CONCLUDED, PUBLISHED,
                    CLOSED, WITHDRAWN, TERMINATED -> true;
            default -> false;
        };
    }
}
