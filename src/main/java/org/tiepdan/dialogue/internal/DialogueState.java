package org.tiepdan.dialogue.internal;

/** Where a dialogue stands. Labels: {@code dialogue.state.*}. */
public enum DialogueState {
    /** Planned: documents prepared, opinions collected from the hamlets. */
    PLANNED,
    /** The conference took place; the conclusion notice is due within 10 working days. */
    HELD,
    /** The conclusion notice was issued; assigned units answer within 30 working days. */
    CONCLUDED,
    /** Every assignment answered or escalated, and reported to the Party committee. */
    CLOSED,
    /** Called off before it was held. */
    CANCELLED
}
