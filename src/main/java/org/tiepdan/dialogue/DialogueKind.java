package org.tiepdan.dialogue;

/** Kind of dialogue conference. Labels: {@code dialogue.kind.*}. */
public enum DialogueKind {
    /** Định kỳ: held on a schedule, counted against the local minimum a year. */
    PERIODIC,
    /** Đột xuất: called when a matter needs it. */
    AD_HOC,
    /** Chuyên đề: on one subject (a project, a policy). */
    THEMATIC
}
