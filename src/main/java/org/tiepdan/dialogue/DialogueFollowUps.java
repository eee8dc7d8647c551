package org.tiepdan.dialogue;

import java.time.LocalDate;
import java.util.List;

/**
 * The follow-up of dialogue conclusions, for other modules: the public site lists the published
 * follow-ups of a unit (no personal data: only hamlets, never citizens' names) and links to their
 * public page; the home page shows the signed-in officer's overdue and soon-due assignments.
 */
public interface DialogueFollowUps {

    /**
     * A dialogue whose conclusion notice was issued, as the public may see it.
     *
     * @param hosts    names of the host bodies
     * @param points   points raised
     * @param done     points answered on the spot, handed to the petition workflow, answered in
     *                 writing or escalated to a higher body
     * @param url      the public follow-up page, e.g. {@code /public/dialogues/12}
     */
    record PublishedDialogue(long id, DialogueKind kind, String topic, LocalDate heldOn, String place,
            List<String> hosts, List<String> hamlets, int points, int done, int progressPercent, String url) {
    }

    /** Published dialogues held by the unit or any unit under it, the most recent first. */
    List<PublishedDialogue> publishedFor(long unitId);

    /** An open assignment due soon or past its due date. */
    record Alert(long assignmentId, long dialogueId, String topic, String assigneeUnit, LocalDate due,
            boolean overdue) {
    }

    /**
     * Open assignments of the units the signed-in officer may see: overdue first, then due soon.
     * {@code applies} is false for an officer who reads no dialogues (nothing to show at all).
     */
    record Alerts(boolean applies, int overdue, int dueSoon, List<Alert> items) {

        public boolean isEmpty() {
            return overdue == 0 && dueSoon == 0;
        }
    }

    /** For the signed-in officer; empty without one. {@code dueSoon} means within 3 working days. */
    Alerts alertsForCurrentUser();
}
