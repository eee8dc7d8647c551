package org.tiepdan.dialogue.internal;

/** Who raised a point. Labels: {@code dialogue.source.*}. */
public enum OpinionSource {
    /** A named citizen (personal data: never on the public page). */
    CITIZEN,
    /** A hamlet as a whole, through its meeting or its head. */
    HAMLET
}
