package org.tiepdan.dialogue.internal;

/** When a point was raised. Labels: {@code dialogue.stage.*}. */
public enum OpinionStage {
    /** Collected through the hamlets before the conference. */
    BEFORE,
    /** Raised at the conference. */
    AT
}
