package org.tiepdan.petition.internal;

import java.time.LocalDate;

import org.tiepdan.calendar.Deadline;
import org.tiepdan.calendar.DeadlineVariant;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.DomainException;

/**
 * The complaint procedure's own rules (Luật Khiếu nại 2011), beside the {@link Petition} aggregate
 * whose steps call them: which clocks a round runs, which variant of a limit applies, when a
 * dialogue may be skipped and when a second complaint may be lodged. Its own class because these
 * are the law of one kind of petition, read and changed with that law (a reform such as Luật
 * 136/2025/QH15 touches this file, not the state machine), while the aggregate keeps every state
 * change and the order of checks common to all kinds. Nothing here changes a petition.
 */
final class ComplaintProcedure {

    private ComplaintProcedure() {
    }

    /** The acceptance clock of a round (Art. 27; at the superior body Art. 36). */
    static String acceptRule(int round) {
        return round == 1 ? "COMPLAINT_ACCEPT" : "COMPLAINT_ACCEPT_R2";
    }

    /** The resolution clock of a round (Art. 28, 37). */
    static String resolveRule(int round) {
        return round == 1 ? "COMPLAINT_RESOLVE_R1" : "COMPLAINT_RESOLVE_R2";
    }

    /** The variant of the resolution limit: longer for a complex case, longer again in a remote area. */
    static DeadlineVariant variant(boolean remoteArea, boolean complex) {
        if (remoteArea) {
            return complex ? DeadlineVariant.REMOTE_AREA_COMPLEX : DeadlineVariant.REMOTE_AREA;
        }
        return complex ? DeadlineVariant.COMPLEX : DeadlineVariant.NORMAL;
    }

    /**
     * Round 1 only, where request and verification agree: no dialogue (Art. 30). A second-round
     * complaint always holds it (Art. 39).
     */
    static void checkSkipDialogue(int round) {
        if (round != 1) {
            throw DomainException.conflict("complaint-dialogue-required-round-2");
        }
    }

    /**
     * Whether the complainant may lodge a second complaint with the superior body now (Art. 33): once,
     * from the first round, at another body named by the officer (no default: after the 2025 reform
     * it is not the tree parent), within the filing window (COMPLAINT_FILE_R2: 30 days, 45 in a remote
     * area) from the day the first-round decision was received or, without a decision, from the
     * expiry of the first-round limit. A late filing is refused with that ground.
     */
    static void checkSecondRound(Petition first, Step step, DeadlineSource clocks) {
        if (first.round() != 1 || first.events().stream().anyMatch(e -> e.action() == Action.SECOND_ROUND)) {
            throw DomainException.conflict("complaint-second-round-once");
        }
        if (step.targetUnitId() == null) {
            throw DomainException.invalid("complaint-second-round-body-required", "targetUnitId");
        }
        if (step.targetUnitId() == first.unitId()) {
            throw DomainException.invalid("complaint-second-round-same-body", "targetUnitId");
        }
        LocalDate start;
        if (first.state() == PetitionState.DECIDED) {
            LocalDate decided = first.events().stream().filter(e -> e.action() == Action.DECIDE)
                    .map(PetitionEvent::actedOn).reduce((a, b) -> b).orElse(first.settledOn());
            start = step.decisionReceivedOn() != null ? step.decisionReceivedOn() : decided;
            if (start.isBefore(decided) || start.isAfter(step.on())) {
                throw DomainException.invalid("complaint-second-round-received-invalid", "decisionReceivedOn",
                        Dates.format(decided));
            }
        } else {
            LocalDate due = first.deadline(resolveRule(1)).map(PetitionDeadline::due).orElse(null);
            if (due == null || !step.on().isAfter(due)) {
                throw DomainException.conflict("complaint-second-round-round1-running",
                        due == null ? "" : Dates.format(due));
            }
            start = due;
        }
        Deadline window = clocks.compute("COMPLAINT_FILE_R2",
                first.remoteArea() ? DeadlineVariant.REMOTE_AREA : DeadlineVariant.NORMAL, start);
        if (step.on().isAfter(window.due())) {
            throw DomainException.conflict("complaint-second-round-late", Dates.format(step.on()),
                    window.explanation());
        }
    }
}
