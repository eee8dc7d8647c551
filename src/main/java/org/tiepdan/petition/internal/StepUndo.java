package org.tiepdan.petition.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.tiepdan.account.Role;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.DomainException;

/**
 * Which step a head may take back the day it was recorded by mistake, and on what conditions. Its
 * own class because it is a rule about the record, not about any procedure: it lists the steps
 * whose whole effect can be reversed and says why the others cannot. The {@link Petition}
 * aggregate does the undoing ({@link Petition#undoLastStep}); nothing here changes a petition.
 */
final class StepUndo {

    /**
     * Steps a head may undo: those whose whole effect is the move, the fields named on the step, the
     * clocks it met and the notice clock it added. Steps that register another record (a transfer
     * inside the installation, a second round), replace or stretch a clock (acceptance,
     * classification, extension, suspension, resumption, publication) or write elsewhere (an urging)
     * cannot be taken back this way: they are corrected by a new step.
     */
    static final Set<Action> UNDOABLE = EnumSet.of(Action.REFUSE, Action.TRANSFER, Action.GUIDE,
            Action.RETURN, Action.ARCHIVE, Action.DIRECT, Action.RECORD_ANSWER, Action.INVESTIGATE,
            Action.HOLD_DIALOGUE, Action.DECIDE, Action.SKIP_DIALOGUE, Action.NOTIFY, Action.VERIFY,
            Action.CONCLUDE, Action.ANSWER, Action.CLOSE, Action.WITHDRAW, Action.TERMINATE);

    private StepUndo() {
    }

    /**
     * The last step, if a head may undo it today: recorded today (in Asia/Ho_Chi_Minh) on this
     * petition (so by this body), and of a kind whose effect can be taken back ({@link #UNDOABLE}); a
     * transfer inside the installation registered a petition elsewhere and stays.
     */
    static Optional<PetitionEvent> undoable(Petition p, LocalDate today) {
        List<PetitionEvent> events = p.events();
        if (events.size() < 2) {
            return Optional.empty();
        }
        PetitionEvent last = events.get(events.size() - 1);
        boolean recordedToday = last.at() != null && last.at().atZone(Dates.ZONE).toLocalDate().equals(today);
        boolean insideTransfer = last.action() == Action.TRANSFER && p.targetUnitId() != null;
        return recordedToday && UNDOABLE.contains(last.action()) && !insideTransfer ? Optional.of(last)
                : Optional.empty();
    }

    /** Only a head of the body, with a reason, and only an {@link #undoable} step: returns it. */
    static PetitionEvent check(Petition p, Actor actor, String reason, LocalDate today) {
        if (actor == null || !actor.holdsAny(Set.of(Role.HEAD))) {
            throw DomainException.forbidden("petition-undo-head-only");
        }
        PetitionEvent last = undoable(p, today).orElseThrow(() -> DomainException.conflict("petition-undo-not-allowed"));
        if (Texts.clean(reason) == null) {
            throw DomainException.invalid("petition-undo-reason-required", "reason");
        }
        return last;
    }
}
