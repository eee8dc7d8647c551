package org.tiepdan.petition.internal;

import java.time.LocalDate;

import org.tiepdan.petition.PetitionFeedback;
import org.tiepdan.petition.PetitionKind;
import org.tiepdan.platform.DomainException;

/**
 * When a citizen may rate or reopen the answer to a feedback or recommendation (issue 24): within
 * {@link PetitionFeedback#WINDOW_DAYS} days of the last answer, never on a sealed petition. Its own
 * class because it is the citizen's side of the record, asked by the public tracking page and the
 * reopening step alike; the {@link Petition} aggregate opens the follow-up. Nothing here changes a
 * petition.
 */
final class FeedbackWindow {

    private FeedbackWindow() {
    }

    /** The day of the last answer, or null when the petition was never answered. */
    static LocalDate answeredOn(Petition p) {
        return p.events().stream().filter(e -> e.action() == Action.ANSWER).map(PetitionEvent::actedOn)
                .reduce((a, b) -> b).orElse(null);
    }

    /** The last day the citizen may rate or reopen, or null. */
    static LocalDate until(Petition p) {
        LocalDate answered = answeredOn(p);
        return answered == null ? null : answered.plusDays(PetitionFeedback.WINDOW_DAYS);
    }

    /**
     * A feedback or recommendation, answered (or closed after the answer), not sealed, within the
     * window on {@code today}: CONFLICT {@code petition-feedback-closed} otherwise.
     */
    static void check(Petition p, LocalDate today) {
        LocalDate answered = answeredOn(p);
        boolean kindOk = p.kind() == PetitionKind.FEEDBACK || p.kind() == PetitionKind.RECOMMENDATION;
        boolean stateOk = p.state() == PetitionState.ANSWERED || p.state() == PetitionState.CLOSED;
        if (!kindOk || !stateOk || answered == null || p.identitySealed()
                || today.isAfter(answered.plusDays(PetitionFeedback.WINDOW_DAYS))) {
            throw DomainException.conflict("petition-feedback-closed");
        }
    }
}
