package org.tiepdan.petition.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.tiepdan.petition.PetitionKind;
import org.tiepdan.platform.DomainException;

/**
 * How a petition was dealt with, as its steps recorded it: the ground of a refusal, return or
 * archiving; where a transfer or guidance sent it; the body directed to resolve it and when it was
 * expected to answer and did; the complaint decision's or the denunciation conclusion's outcome.
 * A value of the aggregate (the same columns of the {@code petition} row), replaced whole by the
 * step that records it, which stays {@link Petition}'s and checks its rules first; its own class
 * because what a step sets is what undoing that step clears ({@link #undone}), in one place.
 *
 * <p>Every column is nullable, and an embedded value whose columns are all null loads as null: the
 * aggregate reads {@link #NONE} then ({@code Petition.handling()}), never a null.
 */
@Embeddable
class HandlingOutcome {

    /** Nothing decided yet; never changed (every change returns a copy). */
    static final HandlingOutcome NONE = new HandlingOutcome();

    /** REFUSE, RETURN, ARCHIVE: the ground. */
    @Enumerated(EnumType.STRING)
    @Column(name = "reason")
    private Reason reason;
    @Column(name = "target_unit_id")
    private Long targetUnitId;
    @Column(name = "external_body")
    private String externalBody;
    /** TRANSFER, GUIDE: the category of the body it goes to (NĐ 55/2022 Art. 6); null before V176 or unknown. */
    @Enumerated(EnumType.STRING)
    @Column(name = "destination_category")
    private DestinationCategory destinationCategory;
    @Column(name = "directed_body")
    private String directedBody;
    @Column(name = "direction_expected_on")
    private LocalDate directionExpectedOn;
    @Column(name = "direction_answered_on")
    private LocalDate directionAnsweredOn;
    /** DECIDE (a complaint), CONCLUDE (a denunciation). */
    @Enumerated(EnumType.STRING)
    @Column(name = "outcome")
    private Outcome outcome;

    protected HandlingOutcome() {
    }

    private HandlingOutcome copy() {
        HandlingOutcome h = new HandlingOutcome();
        h.reason = reason;
        h.targetUnitId = targetUnitId;
        h.externalBody = externalBody;
        h.destinationCategory = destinationCategory;
        h.directedBody = directedBody;
        h.directionExpectedOn = directionExpectedOn;
        h.directionAnsweredOn = directionAnsweredOn;
        h.outcome = outcome;
        return h;
    }

    HandlingOutcome withReason(Reason ground) {
        HandlingOutcome h = copy();
        h.reason = ground;
        return h;
    }

    /** TRANSFER: to a unit of the installation and/or a body named. */
    HandlingOutcome transferred(Step step) {
        HandlingOutcome h = guided(step);
        h.targetUnitId = step.targetUnitId();
        return h;
    }

    /** GUIDE: the body the petitioner is guided to. */
    HandlingOutcome guided(Step step) {
        HandlingOutcome h = copy();
        h.externalBody = Texts.clean(step.externalBody());
        h.destinationCategory = step.destinationCategory();
        return h;
    }

    HandlingOutcome directed(Step step) {
        HandlingOutcome h = copy();
        h.directedBody = Texts.clean(step.directedBody());
        h.directionExpectedOn = step.expectedOn();
        return h;
    }

    HandlingOutcome answered(LocalDate on) {
        HandlingOutcome h = copy();
        h.directionAnsweredOn = on;
        return h;
    }

    /** DECIDE, CONCLUDE: the step's outcome, which must be one of the petition's kind. */
    HandlingOutcome decided(Step step, PetitionKind kind) {
        if (step.outcome() == null || step.outcome().kind != kind) {
            throw DomainException.invalid("petition-outcome-required", "outcome");
        }
        HandlingOutcome h = copy();
        h.outcome = step.outcome();
        return h;
    }

    /** What the step {@code action} set, cleared again ({@link Petition#undoLastStep}). */
    HandlingOutcome undone(Action action) {
        HandlingOutcome h = copy();
        switch (action) {
            case REFUSE, RETURN, ARCHIVE -> h.reason = null;
            case TRANSFER, GUIDE -> {
                h.targetUnitId = null;
                h.externalBody = null;
                h.destinationCategory = null;
            }
            case DIRECT -> {
                h.directedBody = null;
                h.directionExpectedOn = null;
            }
            case RECORD_ANSWER -> h.directionAnsweredOn = null;
            case DECIDE, CONCLUDE -> h.outcome = null;
            default -> {
            }
        }
        return h;
    }

    /** A direction answered when expected, or none expected (settling on time needs it). */
    boolean directionOnTime() {
        return directionExpectedOn == null || directionAnsweredOn == null
                || !directionAnsweredOn.isAfter(directionExpectedOn);
    }

    Reason reason() { return reason; }
    Long targetUnitId() { return targetUnitId; }
    String externalBody() { return externalBody; }
    DestinationCategory destinationCategory() { return destinationCategory; }
    String directedBody() { return directedBody; }
    LocalDate directionExpectedOn() { return directionExpectedOn; }
    LocalDate directionAnsweredOn() { return directionAnsweredOn; }
    Outcome outcome() { return outcome; }
}
