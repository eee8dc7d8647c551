package org.tiepdan.report.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * Dialogue figures for the periodic report and the Đề cương, to be answered by the dialogue module
 * ({@code org.tiepdan.dialogue.DialogueFigures}) once it is merged: an adapter bean implementing this
 * interface is all the wiring needed. Without such a bean the dialogue rows say "chưa có dữ liệu"
 * instead of a zero that nobody counted.
 */
public interface DialogueSource {

    /** The codes of DialogueFigures, in the order the reports show them. */
    List<String> CODES = List.of("dialogues.held", "dialogues.periodic", "opinions", "opinions.answered",
            "assignments.on_time", "assignments.late", "assignments.open", "assignments.escalated");

    /**
     * The records behind the figure {@code code} for the unit's subtree (with merged predecessors) in
     * the window, each with the unit holding it (type e.g. {@code Dialogue}, {@code DialogueOpinion},
     * {@code DialogueAssignment}; path of its screen).
     */
    List<Ref> rows(String code, long unitId, LocalDate from, LocalDate to);
}
