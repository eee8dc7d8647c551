package org.tiepdan.dialogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * How a history import hands past dialogues (hội nghị đối thoại) with their opinions and
 * assignments to the dialogue module, as {@code ReceptionHistory}, {@code PetitionHistory} and
 * {@code OversightHistory} do for theirs (it lives here, not in the history module, so that the
 * dependency runs history → dialogue and the modules stay free of cycles). The dialogue module
 * implements it ({@code DialogueHistoryWriter}); without a bean,
 * imports read and check dialogue rows but say they cannot be imported yet (and a later import
 * of the same file brings them in, since the other rows are already there by key).
 * {@code check} throws the {@link org.tiepdan.platform.DomainException} manual entry would.
 */
public interface DialogueHistory {

    /** PERIODIC, AD_HOC or THEMATIC (glossary: Dialogue). */
    record HistoricalDialogue(long unitId, String kind, LocalDate heldOn, String place, String chair, String topic,
            Integer participants, String conclusionNumber, LocalDate conclusionOn, List<Opinion> opinions) {
    }

    /** One point raised; {@code escalatedTo} names the body above when it was outside the body's competence. */
    record Opinion(String citizenName, String hamlet, String content, boolean answeredAtDialogue,
            String escalatedTo, List<Assignment> assignments) {
    }

    /** A unit told to answer the point, by a due date, and when it answered in writing. */
    record Assignment(long assigneeUnitId, String task, LocalDate dueOn, LocalDate answeredOn,
            String answerDocument) {
    }

    void check(HistoricalDialogue dialogue);

    /** The same dialogue (unit, day) already recorded. */
    Optional<Long> existing(HistoricalDialogue dialogue);

    /** Records the dialogue in its final state, linked to the import; returns its id. */
    long record(HistoricalDialogue dialogue, long importId);
}
