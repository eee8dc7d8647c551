package org.tiepdan.petition.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.tiepdan.calendar.DeadlineVariant;
import org.tiepdan.petition.Channel;
import org.tiepdan.petition.Competence;
import org.tiepdan.petition.PetitionKind;
import org.tiepdan.platform.DomainException;

/**
 * A petition (đơn): intake data, classification, and its position in the state machine of its kind
 * ({@link Workflow}). Every step is a method here that checks, in this order, the transition table
 * (409 {@code petition-transition-invalid}), the actor's role at the unit (403), the written document
 * and reason (400), and the step's own rules; then moves the state, keeps deadlines, and records who
 * and when. Nothing changes when a check fails.
 *
 * <p>Every state change stays a method of this aggregate; the rules it applies live beside it in
 * package-private policies, each named for its concept and changing nothing itself:
 * {@link StepChecks} (the frame every step checks first), {@link HandlingDecision} (transfer,
 * guidance, direction, return, archive), {@link ComplaintProcedure} and {@link DenunciationProcedure}
 * (each kind's law), {@link TimeLimits} (the clocks), {@link StepUndo} (what a head may take back),
 * {@link FeedbackWindow} (the citizen's rating and reopening) and {@link SenderPolicy} (who sent it).
 * Its columns are grouped in embedded values, each a concept of its own: {@link Receipt}
 * (how it came in and its register entry), {@link Petitioners}, {@link PetitionClassification},
 * {@link HandlingOutcome}, {@link Lineage} (what it continues) and {@link Settlement}.
 */
@Entity
@Table(name = "petition")
class Petition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "unit_id")
    private long unitId;
    @Column(name = "case_id")
    private long caseId;
    @Embedded
    private Receipt receipt;
    /** Null while every column of it is (see {@link #lineage()}). */
    @Embedded
    private Lineage lineage;
    @Embedded
    private PetitionClassification classification;
    @Enumerated(EnumType.STRING)
    private PetitionState state;
    private int round;
    /** Null while every column of it is (see {@link #handling()}). */
    @Embedded
    private HandlingOutcome handling;
    private String handler;
    private int extensions;
    @Embedded
    private Settlement settlement;
    @Column(name = "created_by")
    private String createdBy;
    @Version
    private long version;

    @Embedded
    private Petitioners petitioners;

    @OneToMany(mappedBy = "petition", cascade = jakarta.persistence.CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<PetitionEvent> events = new ArrayList<>();

    @OneToMany(mappedBy = "petition", cascade = jakarta.persistence.CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<PetitionDeadline> deadlines = new ArrayList<>();

    protected Petition() {
    }

    /** A petition registered from its intake ({@link Receipt#of} checks it), in its own case. */
    Petition(Intake in, long caseId, int seq, String trackingCode, String actor) {
        this.receipt = Receipt.of(in, seq, trackingCode);
        this.unitId = in.unitId();
        this.caseId = caseId;
        this.classification = PetitionClassification.atIntake(receipt.headcount());
        this.petitioners = Petitioners.of(in);
        this.state = PetitionState.RECEIVED;
        this.round = 1;
        this.settlement = Settlement.open();
        this.createdBy = actor;
    }

    /** The intake clocks in force on the receipt day ({@link TimeLimits#startIntake}). */
    void startClocks(DeadlineSource clocks, boolean partyCommittee) {
        timeLimits().startIntake(partyCommittee, clocks);
    }

    /** The petition's clocks, for the step being recorded now (the next position in the record). */
    TimeLimits timeLimits() {
        return new TimeLimits(this, deadlines, events.size() + 1);
    }

    void recordIntake(String actor) {
        events.add(new PetitionEvent(this, events.size() + 1, Action.REGISTER, null, PetitionState.RECEIVED,
                receivedOn(), actor, dispatchNumber(), dispatchDate(), null));
    }

    // --- the state machine -------------------------------------------------------------------

    Workflow workflow() {
        return Workflow.of(kind());
    }

    /** The steps the table and the law of the day allow now, role not considered ({@link StepChecks#allowed}). */
    Set<Action> allowedActions() {
        return StepChecks.allowed(this);
    }

    /** The day the case's clock started: its acceptance, or its receipt while not accepted. */
    LocalDate clockStart() {
        return events.stream().filter(e -> e.action() == Action.ACCEPT).map(PetitionEvent::actedOn).findFirst()
                .orElse(receivedOn());
    }

    /** The frame every step checks first ({@link StepChecks}); returns the target state. */
    private PetitionState check(Action action, Actor actor, Step step) {
        return StepChecks.check(this, action, actor, step);
    }

    private void record(Action action, PetitionState from, Actor actor, Step step) {
        events.add(new PetitionEvent(this, events.size() + 1, action, from, state, step.on(), actor.username(),
                Texts.clean(step.documentNumber()), step.documentDate(), Texts.clean(step.note())));
    }

    private void move(Action action, PetitionState to, Actor actor, Step step) {
        PetitionState from = state;
        state = to;
        record(action, from, actor, step);
    }

    static DefaultMessageSourceResolvable label(String code) {
        return StepChecks.label(code);
    }

    // --- intake: classification and the handling decision ------------------------------------

    void classify(Actor actor, Step step, Classification c, DeadlineSource clocks) {
        PetitionState to = check(Action.CLASSIFY, actor, step);
        this.classification = classification.classified(c, headcount());
        timeLimits().classified(clocks);
        move(Action.CLASSIFY, to, actor, step);
    }

    void accept(Actor actor, Step step, DeadlineSource clocks) {
        PetitionState to = check(Action.ACCEPT, actor, step);
        classification.checkAcceptable();
        timeLimits().meetIntake(step.on());
        timeLimits().startResolution(step.on(), clocks);
        move(Action.ACCEPT, to, actor, step);
    }

    DeadlineVariant complaintVariant() {
        return ComplaintProcedure.variant(remoteArea(), complex());
    }

    void refuse(Actor actor, Step step) {
        PetitionState to = check(Action.REFUSE, actor, step);
        this.handling = handling().withReason(step.reason());
        decided(Action.REFUSE, to, actor, step);
    }

    /** A handling decision that ends the case here: the intake clocks are met, the case settles. */
    private void decided(Action action, PetitionState to, Actor actor, Step step) {
        timeLimits().meetIntake(step.on());
        move(action, to, actor, step);
        settle(step.on());
    }

    void transfer(Actor actor, Step step) {
        transfer(actor, step, true);
    }

    /**
     * {@code categoryRequired} false only for the history import ({@link HandlingDecision}); every
     * live step names it (the caller fills it from a catalogue unit's kind,
     * {@link DestinationCategory#forUnitKind}).
     */
    void transfer(Actor actor, Step step, boolean categoryRequired) {
        PetitionState to = check(Action.TRANSFER, actor, step);
        HandlingDecision.checkTransfer(this, step, categoryRequired);
        this.handling = handling().transferred(step);
        decided(Action.TRANSFER, to, actor, step);
    }

    void guide(Actor actor, Step step) {
        guide(actor, step, true);
    }

    /** {@code categoryRequired}: as for {@link #transfer(Actor, Step, boolean)}. */
    void guide(Actor actor, Step step, boolean categoryRequired) {
        PetitionState to = check(Action.GUIDE, actor, step);
        HandlingDecision.checkGuide(this, step, categoryRequired);
        this.handling = handling().guided(step);
        decided(Action.GUIDE, to, actor, step);
    }

    void returnToPetitioner(Actor actor, Step step) {
        PetitionState to = check(Action.RETURN, actor, step);
        HandlingDecision.checkReturn(this);
        this.handling = handling().withReason(step.reason());
        decided(Action.RETURN, to, actor, step);
    }

    void archive(Actor actor, Step step) {
        PetitionState to = check(Action.ARCHIVE, actor, step);
        HandlingDecision.checkArchive(step);
        this.handling = handling().withReason(step.reason());
        decided(Action.ARCHIVE, to, actor, step);
    }

    void direct(Actor actor, Step step) {
        PetitionState to = check(Action.DIRECT, actor, step);
        HandlingDecision.checkDirect(this, step);
        this.handling = handling().directed(step);
        timeLimits().meetIntake(step.on());
        move(Action.DIRECT, to, actor, step);
    }

    void recordAnswer(Actor actor, Step step) {
        PetitionState to = check(Action.RECORD_ANSWER, actor, step);
        this.handling = handling().answered(step.on());
        move(Action.RECORD_ANSWER, to, actor, step);
        settle(step.on());
    }

    // --- complaint -----------------------------------------------------------------------------

    void investigate(Actor actor, Step step) {
        move(Action.INVESTIGATE, check(Action.INVESTIGATE, actor, step), actor, step);
    }

    void holdDialogue(Actor actor, Step step) {
        move(Action.HOLD_DIALOGUE, check(Action.HOLD_DIALOGUE, actor, step), actor, step);
    }

    void decide(Actor actor, Step step) {
        PetitionState to = check(Action.DECIDE, actor, step);
        this.handling = handling().decided(step, PetitionKind.COMPLAINT);
        timeLimits().meet(ComplaintProcedure.resolveRule(round), step.on());
        move(Action.DECIDE, to, actor, step);
        settle(step.on());
    }

    /** Round 1 only ({@link ComplaintProcedure#checkSkipDialogue}). */
    void skipDialogue(Actor actor, Step step) {
        PetitionState to = check(Action.SKIP_DIALOGUE, actor, step);
        ComplaintProcedure.checkSkipDialogue(round);
        move(Action.SKIP_DIALOGUE, to, actor, step);
    }

    /**
     * The complainant lodges a second complaint with the superior body (Luật Khiếu nại 2011 Art. 33):
     * checked ({@link ComplaintProcedure#checkSecondRound}: once, another body, within the filing
     * window) and recorded here, on the first-round petition, whose state does not change; the
     * service then registers the new petition at that body ({@link #openSecondRound}).
     */
    void secondRound(Actor actor, Step step, DeadlineSource clocks) {
        PetitionState to = check(Action.SECOND_ROUND, actor, step);
        ComplaintProcedure.checkSecondRound(this, step, clocks);
        move(Action.SECOND_ROUND, to, actor, step);
    }

    /**
     * This new petition, just registered at the superior body, is the second-round complaint after
     * {@code first}: a complaint of round 2, within competence and eligible as the first one was
     * taken up, with its own acceptance clock (COMPLAINT_ACCEPT_R2, Art. 36) from its receipt.
     */
    void openSecondRound(Petition first, Actor actor, DeadlineSource clocks) {
        if (state != PetitionState.RECEIVED || first.round != 1) {
            throw DomainException.conflict("complaint-second-round-once");
        }
        this.lineage = lineage().secondRoundOf(first.id);
        this.round = 2;
        this.classification = classification.secondRoundOf(first.classification);
        timeLimits().startIfInForce(ComplaintProcedure.acceptRule(2), DeadlineVariant.NORMAL, receivedOn(), clocks);
        takenUp(receivedOn(), actor.username(), first);
    }

    /** A continuation is classified on registration, as the earlier one was; the step names that one. */
    private void takenUp(LocalDate on, String actor, Petition earlier) {
        events.add(new PetitionEvent(this, events.size() + 1, Action.CLASSIFY, state, PetitionState.CLASSIFIED,
                on, actor, null, null, earlier.registrationNumber()));
        this.state = PetitionState.CLASSIFIED;
    }

    // --- denunciation --------------------------------------------------------------------------

    void notifyParties(Actor actor, Step step) {
        PetitionState to = check(Action.NOTIFY, actor, step);
        timeLimits().meet(DenunciationProcedure.NOTIFY, step.on());
        move(Action.NOTIFY, to, actor, step);
    }

    void verify(Actor actor, Step step) {
        move(Action.VERIFY, check(Action.VERIFY, actor, step), actor, step);
    }

    /** Extension, a written decision with its reason ({@link TimeLimits#extendResolution}). */
    void extend(Actor actor, Step step, DeadlineSource clocks) {
        PetitionState to = check(Action.EXTEND, actor, step);
        if (step.especially()) {
            this.classification = classification.especiallyComplexMarked();
        }
        timeLimits().extendResolution(step, clocks);
        this.extensions++;
        move(Action.EXTEND, to, actor, step);
    }

    /**
     * Suspension (tạm đình chỉ): the resolution clock stops and keeps what is left. A denunciation
     * since 01/01/2019 (Luật Tố cáo 2018 Art. 34), a complaint from 01/7/2026 (Luật 136/2025/QH15).
     */
    void suspend(Actor actor, Step step, DeadlineSource clocks) {
        PetitionState to = check(Action.SUSPEND, actor, step);
        timeLimits().suspendResolution(step.on(), clocks);
        timeLimits().endingNotice(step, clocks);
        move(Action.SUSPEND, to, actor, step);
    }

    void resume(Actor actor, Step step, DeadlineSource clocks) {
        PetitionState to = check(Action.RESUME, actor, step);
        timeLimits().resumeResolution(step.on(), clocks);
        timeLimits().endingNotice(step, clocks);
        move(Action.RESUME, to, actor, step);
    }

    /**
     * The petitioner withdraws (rút khiếu nại: Luật Khiếu nại 2011 Art. 10; rút tố cáo: Luật Tố cáo
     * 2018 Art. 33): the case ends without a decision on the merits, every clock stops.
     */
    void withdraw(Actor actor, Step step, DeadlineSource clocks) {
        endWithoutDecisionOnTheMerits(Action.WITHDRAW, actor, step, clocks);
    }

    /**
     * Termination of the resolution (đình chỉ), with its ground: a denunciation since 01/01/2019
     * (Art. 34), a complaint from 01/7/2026. The case ends without a decision on the merits.
     */
    void terminate(Actor actor, Step step, DeadlineSource clocks) {
        endWithoutDecisionOnTheMerits(Action.TERMINATE, actor, step, clocks);
    }

    /** Withdrawal and termination end the case alike: its notice, then every clock stops. */
    private void endWithoutDecisionOnTheMerits(Action action, Actor actor, Step step, DeadlineSource clocks) {
        PetitionState to = check(action, actor, step);
        timeLimits().meetIntake(step.on());
        timeLimits().endingNotice(step, clocks);
        move(action, to, actor, step);
        settle(step.on());
    }

    void conclude(Actor actor, Step step) {
        PetitionState to = check(Action.CONCLUDE, actor, step);
        this.handling = handling().decided(step, PetitionKind.DENUNCIATION);
        timeLimits().meet(DenunciationProcedure.NOTIFY, step.on());
        timeLimits().meet(DenunciationProcedure.RESOLVE, step.on());
        move(Action.CONCLUDE, to, actor, step);
        settle(step.on());
    }

    void publish(Actor actor, Step step, DeadlineSource clocks) {
        PetitionState to = check(Action.PUBLISH, actor, step);
        timeLimits().start(DenunciationProcedure.PUBLISH, DeadlineVariant.NORMAL,
                clocks.compute(DenunciationProcedure.PUBLISH, DeadlineVariant.NORMAL, step.on()), false);
        move(Action.PUBLISH, to, actor, step);
    }

    // --- feedback and recommendation -----------------------------------------------------------

    void assign(Actor actor, Step step) {
        PetitionState to = check(Action.ASSIGN, actor, step);
        this.handler = Texts.clean(step.handler()) == null ? actor.username() : Texts.clean(step.handler());
        move(Action.ASSIGN, to, actor, step);
    }

    void answer(Actor actor, Step step) {
        move(Action.ANSWER, check(Action.ANSWER, actor, step), actor, step);
    }

    void close(Actor actor, Step step) {
        PetitionState to = check(Action.CLOSE, actor, step);
        move(Action.CLOSE, to, actor, step);
        settle(step.on());
    }

    // --- undoing a step recorded by mistake ------------------------------------------------------

    /** The last step, if a head may undo it today ({@link StepUndo#undoable}). */
    Optional<PetitionEvent> undoableStep(LocalDate today) {
        return StepUndo.undoable(this, today);
    }

    /**
     * Undoes the last step recorded by mistake today: only a head of the body, with a reason. The
     * state goes back, the fields the step set are cleared, the clocks it met run again and the
     * notice clock it added goes; the step leaves the record (the caller audits it with the reason).
     * Returns the step undone.
     */
    PetitionEvent undoLastStep(Actor actor, String reason, LocalDate today) {
        PetitionEvent last = StepUndo.check(this, actor, reason, today);
        this.handling = handling().undone(last.action());
        timeLimits().undo(last.position());
        if (last.toState() != null && last.toState().settles() && (last.fromState() == null
                || !last.fromState().settles())) {
            this.settlement = settlement.reopened();
        }
        this.state = last.fromState();
        events.remove(events.size() - 1);
        markOverdue(today);
        return last;
    }

    // --- the citizen's rating and reopening (issue 24) -------------------------------------------

    /** The day of the last answer, or null ({@link FeedbackWindow}). */
    LocalDate answeredOn() {
        return FeedbackWindow.answeredOn(this);
    }

    /** Whether the citizen may still rate or reopen the answer ({@link FeedbackWindow#check}). */
    void checkCitizenFeedback(LocalDate today) {
        FeedbackWindow.check(this, today);
    }

    /** The last day the citizen may rate or reopen, or null. */
    LocalDate citizenFeedbackUntil() {
        return FeedbackWindow.until(this);
    }

    /**
     * This petition, just registered at {@code answered}'s body, is the citizen's reopening of it: the
     * same kind and field, taken up (classified) at once so it lands in the body's queue to be accepted,
     * assigned and answered again. Only once per answered petition (also a unique index), only within
     * the window, and the reason is required.
     */
    void openFollowUp(Petition answered, String reason, LocalDate on, String actor) {
        Lineage followUp = lineage().followUpOf(answered.id, reason);
        answered.checkCitizenFeedback(on);
        if (state != PetitionState.RECEIVED || followUpOfId() != null) {
            throw DomainException.conflict("petition-reopen-once");
        }
        this.lineage = followUp;
        this.classification = classification.followUpOf(answered.classification);
        takenUp(on, actor, answered);
    }

    // --- urging -------------------------------------------------------------------------------

    /** Đôn đốc: recorded on the petition; only while it is open. */
    void remind(Actor actor, Step step) {
        StepChecks.checkReminder(this, actor, step);
        record(Action.REMIND, state, actor, step);
    }

    // --- deadlines ----------------------------------------------------------------------------

    /** The last clock of a rule, running or not. */
    Optional<PetitionDeadline> deadline(String code) {
        return timeLimits().last(code);
    }

    /** Settled: on time when every deadline met was met by its due date (and a direction answered when expected). */
    private void settle(LocalDate on) {
        this.settlement = settlement.settled(on, timeLimits().meetAll(on) && handling().directionOnTime());
    }

    /** The nearest active due date, or empty. */
    Optional<PetitionDeadline> nextDeadline() {
        return timeLimits().next();
    }

    /** Stores whether the petition is {@link Overdue overdue} today (the mark the list shows between two runs). */
    void markOverdue(LocalDate today) {
        this.settlement = settlement.markedOverdue(Overdue.on(this, today));
    }

    /**
     * The petitioners are now sealed in the identity module: the rows keep only their pseudonyms
     * ("Người tố cáo 1") and whether each is a representative.
     */
    void sealed(List<String> pseudonyms) {
        petitioners.sealed(pseudonyms);
    }

    void moveToCase(long newCaseId) {
        this.caseId = newCaseId;
    }

    void splitFrom(long originalId) {
        this.lineage = lineage().splitFrom(originalId);
    }

    void transferredFrom(long originalId) {
        this.lineage = lineage().transferredFrom(originalId);
    }

    // --- reading ------------------------------------------------------------------------------

    /** How it was dealt with so far; {@link HandlingOutcome#NONE} where the row's columns are all null. */
    private HandlingOutcome handling() {
        return handling == null ? HandlingOutcome.NONE : handling;
    }

    /** What it continues; {@link Lineage#NONE} where the row's columns are all null. */
    private Lineage lineage() {
        return lineage == null ? Lineage.NONE : lineage;
    }

    Long id() { return id; }
    long unitId() { return unitId; }
    long caseId() { return caseId; }
    Long splitFromId() { return lineage().splitFromId(); }
    Long transferredFromId() { return lineage().transferredFromId(); }
    Long firstRoundId() { return lineage().firstRoundId(); }
    Long followUpOfId() { return lineage().followUpOfId(); }
    String reopenReason() { return lineage().reopenReason(); }
    String registrationNumber() { return receipt.registrationNumber(); }
    String trackingCode() { return receipt.trackingCode(); }
    Channel channel() { return receipt.channel(); }
    LocalDate receivedOn() { return receipt.receivedOn(); }
    String senderBody() { return receipt.senderBody(); }
    String dispatchNumber() { return receipt.dispatchNumber(); }
    LocalDate dispatchDate() { return receipt.dispatchDate(); }
    Long receptionVisitId() { return receipt.receptionVisitId(); }
    String content() { return receipt.content(); }
    boolean anonymous() { return receipt.anonymous(); }
    boolean copyMarker() { return receipt.copyMarker(); }
    boolean forwarded() { return receipt.forwarded(); }
    int headcount() { return receipt.headcount(); }
    PetitionKind kind() { return classification.kind(); }
    String field() { return classification.field(); }
    Boolean eligible() { return classification.eligible(); }
    Reason ineligibilityReason() { return classification.ineligibilityReason(); }
    Competence competence() { return classification.competence(); }
    boolean complex() { return classification.complex(); }
    boolean prolonged() { return classification.prolonged(); }
    boolean mass() { return classification.mass(); }
    boolean degradationRelated() { return classification.degradationRelated(); }
    boolean incited() { return classification.incited(); }
    boolean remoteArea() { return classification.remoteArea(); }
    boolean especiallyComplex() { return classification.especiallyComplex(); }
    PetitionState state() { return state; }
    int round() { return round; }
    Outcome outcome() { return handling().outcome(); }
    Reason reason() { return handling().reason(); }
    String handler() { return handler; }
    Long targetUnitId() { return handling().targetUnitId(); }
    String externalBody() { return handling().externalBody(); }
    DestinationCategory destinationCategory() { return handling().destinationCategory(); }
    Boolean newMatter() { return receipt.newMatter(); }
    String directedBody() { return handling().directedBody(); }
    LocalDate directionExpectedOn() { return handling().directionExpectedOn(); }
    LocalDate directionAnsweredOn() { return handling().directionAnsweredOn(); }
    int extensions() { return extensions; }
    LocalDate settledOn() { return settlement.settledOn(); }
    Boolean settledOnTime() { return settlement.settledOnTime(); }
    boolean overdue() { return settlement.overdue(); }
    long version() { return version; }
    boolean identitySealed() { return petitioners.identitySealed(); }
    List<Petitioner> petitioners() { return petitioners.list(); }
    List<PetitionEvent> events() { return List.copyOf(events); }
    List<PetitionDeadline> deadlines() { return List.copyOf(deadlines); }
}
