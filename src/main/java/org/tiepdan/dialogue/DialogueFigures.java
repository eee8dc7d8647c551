package org.tiepdan.dialogue;

import java.time.LocalDate;
import java.util.List;

/**
 * Figures about dialogues for the reports module. A dialogue counts for a unit when the unit holding
 * it or one of its host bodies is the unit, a unit under it, or a unit merged into one of those;
 * the window selects dialogues held in [from, to] (cancelled and planned ones never count), and
 * their opinions and assignments are judged as they stood at the end of the window. Each figure is
 * one predicate that yields the records behind it; the count is the size of that list.
 */
public interface DialogueFigures {

    /** Stable codes (JSON, URLs, tests). Labels may change; codes do not. */
    List<String> CODES = List.of("dialogues.held", "dialogues.periodic", "dialogues.adhoc", "dialogues.thematic",
            "opinions", "opinions.answered", "opinions.petitions",
            "assignments", "assignments.on_time", "assignments.late", "assignments.open", "assignments.overdue",
            "assignments.escalated");

    /** What a record behind a figure is. */
    enum RecordType { DIALOGUE, OPINION, ASSIGNMENT }

    /**
     * A record behind a figure: its id, the dialogue it belongs to (the dialogue itself for
     * {@link RecordType#DIALOGUE}) and the unit holding that dialogue (reports place it in the column
     * of that unit's tier).
     */
    record Ref(RecordType type, long id, long dialogueId, long unitId) {
    }

    /** One cell: its code and the records behind it. */
    record Figure(String code, List<Ref> refs) {

        public Figure {
            refs = List.copyOf(refs);
        }

        public int count() {
            return refs.size();
        }
    }

    /** Every figure of {@link #CODES}, in that order. */
    List<Figure> all(long unitId, LocalDate from, LocalDate to);

    /** One figure; an unknown code is a NOT_FOUND {@code DomainException}. */
    Figure figure(String code, long unitId, LocalDate from, LocalDate to);
}
