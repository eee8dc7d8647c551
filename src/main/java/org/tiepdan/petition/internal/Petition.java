package org.tiepdan.petition.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.tiepdan.calendar.Deadline;
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
 */
@Entity
@Table(name = "petition")
class Petition {

    /**
     * A petition from this many people or more is a mass petition (đơn đông người); the one place the
     * threshold is written, used at registration, classification, import and in the demo data.
     */
    static final int MASS_HEADCOUNT = 5;
    /** Whether a headcount makes a mass petition. */
    static boolean massHeadcount(int headcount) {
        return headcount >= MASS_HEADCOUNT;
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "unit_id")
    private long unitId;
    @Column(name = "case_id")
    private long caseId;
    @Column(name = "split_from_id")
    private Long splitFromId;
    @Column(name = "transferred_from_id")
    private Long transferredFromId;
    /** A second-round complaint: the first-round petition it follows (at the body below). */
    @Column(name = "first_round_id")
    private Long firstRoundId;
    @Column(name = "registration_year")
    private int registrationYear;
    @Column(name = "registration_seq")
    private int registrationSeq;
    @Column(name = "registration_number")
    private String registrationNumber;
    @Column(name = "tracking_code")
    private String trackingCode;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    @Column(name = "received_on")
    private LocalDate receivedOn;
    @Column(name = "sender_body")
    private String senderBody;
    @Column(name = "dispatch_number")
    private String dispatchNumber;
    @Column(name = "dispatch_date")
    private LocalDate dispatchDate;
    @Column(name = "reception_visit_id")
    private Long receptionVisitId;
    private String content;
    private boolean anonymous;
    @Column(name = "copy_marker")
    private boolean copyMarker;
    private boolean forwarded;
    private int headcount;
    @Enumerated(EnumType.STRING)
    private PetitionKind kind;
    /** A code of the field tree ({@code reception_field}, issue 21): a node, never an alias. */
    private String field;
    private Boolean eligible;
    @Enumerated(EnumType.STRING)
    @Column(name = "ineligibility_reason")
    private Reason ineligibilityReason;
    @Enumerated(EnumType.STRING)
    private Competence competence;
    private boolean complex;
    private boolean prolonged;
    private boolean mass;
    @Column(name = "degradation_related")
    private boolean degradationRelated;
    private boolean incited;
    @Column(name = "remote_area")
    private boolean remoteArea;
    @Column(name = "especially_complex")
    private boolean especiallyComplex;
    @Enumerated(EnumType.STRING)
    private PetitionState state;
    private int round;
    @Enumerated(EnumType.STRING)
    private Outcome outcome;
    @Enumerated(EnumType.STRING)
    private Reason reason;
    private String handler;
    @Column(name = "target_unit_id")
    private Long targetUnitId;
    @Column(name = "external_body")
    private String externalBody;
    /** TRANSFER, GUIDE: the category of the body it goes to (NĐ 55/2022 Art. 6); null before V176 or unknown to old books. */
    @Enumerated(EnumType.STRING)
    @Column(name = "destination_category")
    private DestinationCategory destinationCategory;
    /** Vụ việc mới phát sinh (true), vụ việc cũ (false), or not recorded (null). */
    @Column(name = "new_matter")
    private Boolean newMatter;
    @Column(name = "directed_body")
    private String directedBody;
    @Column(name = "direction_expected_on")
    private LocalDate directionExpectedOn;
    @Column(name = "direction_answered_on")
    private LocalDate directionAnsweredOn;
    private int extensions;
    @Column(name = "settled_on")
    private LocalDate settledOn;
    @Column(name = "settled_on_time")
    private Boolean settledOnTime;
    private boolean overdue;
    @Column(name = "created_by")
    private String createdBy;
    /** The petitioners are sealed in the identity module; {@link #petitioners} hold pseudonyms only. */
    @Column(name = "identity_sealed")
    private boolean identitySealed;
    /** A citizen's reopening (issue 24): the answered feedback or recommendation this one follows up. */
    @Column(name = "follow_up_of_id")
    private Long followUpOfId;
    /** The citizen's reason for reopening, on the follow-up. */
    @Column(name = "reopen_reason")
    private String reopenReason;
    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "petitioner", joinColumns = @JoinColumn(name = "petition_id"))
    @OrderColumn(name = "position")
    private List<Petitioner> petitioners = new ArrayList<>();

    @OneToMany(mappedBy = "petition", cascade = jakarta.persistence.CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<PetitionEvent> events = new ArrayList<>();

    @OneToMany(mappedBy = "petition", cascade = jakarta.persistence.CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<PetitionDeadline> deadlines = new ArrayList<>();

    protected Petition() {
    }

    /**
     * Intake data as typed or received. {@code declaredKind}: what the petition says it is ("Đơn tố
     * cáo"), before the handler classifies it; a declared denunciation is sealed on registration.
     */
    record Intake(long unitId, Channel channel, LocalDate receivedOn, String senderBody, String dispatchNumber,
            LocalDate dispatchDate, Long receptionVisitId, String content, boolean anonymous, boolean copyMarker,
            boolean forwarded, int headcount, List<Petitioner> petitioners, PetitionKind declaredKind,
            Boolean newMatter) {

        Intake(long unitId, Channel channel, LocalDate receivedOn, String senderBody, String dispatchNumber,
                LocalDate dispatchDate, Long receptionVisitId, String content, boolean anonymous, boolean copyMarker,
                boolean forwarded, int headcount, List<Petitioner> petitioners, PetitionKind declaredKind) {
            this(unitId, channel, receivedOn, senderBody, dispatchNumber, dispatchDate, receptionVisitId, content,
                    anonymous, copyMarker, forwarded, headcount, petitioners, declaredKind, null);
        }

        Intake(long unitId, Channel channel, LocalDate receivedOn, String senderBody, String dispatchNumber,
                LocalDate dispatchDate, Long receptionVisitId, String content, boolean anonymous, boolean copyMarker,
                boolean forwarded, int headcount, List<Petitioner> petitioners) {
            this(unitId, channel, receivedOn, senderBody, dispatchNumber, dispatchDate, receptionVisitId, content,
                    anonymous, copyMarker, forwarded, headcount, petitioners, null, null);
        }

        /** Who sent it, checked on every live intake ({@link SenderPolicy#requireLive}). */
        void checkPeople() {
            SenderPolicy.requireLive(this);
        }

        Intake withPetitioners(List<Petitioner> people) {
            return new Intake(unitId, channel, receivedOn, senderBody, dispatchNumber, dispatchDate, receptionVisitId,
                    content, anonymous, copyMarker, forwarded, headcount, people, declaredKind, newMatter);
        }

        /** The named petitioners (rows without a name are empty form lines). */
        List<Petitioner> named() {
            return petitioners == null ? List.of() : petitioners.stream().filter(p -> p.fullName() != null).toList();
        }

        Intake declared(PetitionKind kind) {
            return new Intake(unitId, channel, receivedOn, senderBody, dispatchNumber, dispatchDate, receptionVisitId,
                    content, anonymous, copyMarker, forwarded, headcount, petitioners, kind, newMatter);
        }

        /** Old or new matter as recorded (null: not recorded). */
        Intake withNewMatter(Boolean value) {
            return new Intake(unitId, channel, receivedOn, senderBody, dispatchNumber, dispatchDate, receptionVisitId,
                    content, anonymous, copyMarker, forwarded, headcount, petitioners, declaredKind, value);
        }
    }

    Petition(Intake in, long caseId, int seq, String trackingCode, String actor) {
        if (in.receivedOn() == null) {
            throw DomainException.invalid("petition-received-required", "receivedOn");
        }
        if (in.channel() == null) {
            throw DomainException.invalid("petition-channel-required", "channel");
        }
        String text = Texts.clean(in.content());
        if (text == null) {
            throw DomainException.invalid("petition-content-required", "content");
        }
        if (in.channel() == Channel.TRANSFERRED && (Texts.clean(in.senderBody()) == null
                || Texts.clean(in.dispatchNumber()) == null || in.dispatchDate() == null)) {
            throw DomainException.invalid("petition-transfer-dispatch-required", "senderBody");
        }
        List<Petitioner> people = in.petitioners() == null ? List.of()
                : in.petitioners().stream().filter(p -> p.fullName() != null).toList();
        if (!in.anonymous() && people.isEmpty()) {
            throw DomainException.invalid("petition-petitioner-required", "petitioners");
        }
        int count = Math.max(in.headcount(), Math.max(1, people.size()));
        this.unitId = in.unitId();
        this.caseId = caseId;
        this.channel = in.channel();
        this.receivedOn = in.receivedOn();
        this.senderBody = Texts.clean(in.senderBody());
        this.dispatchNumber = Texts.clean(in.dispatchNumber());
        this.dispatchDate = in.dispatchDate();
        this.receptionVisitId = in.receptionVisitId();
        this.content = text;
        this.anonymous = in.anonymous();
        this.copyMarker = in.copyMarker();
        this.forwarded = in.forwarded();
        this.newMatter = in.newMatter();
        this.headcount = count;
        this.mass = massHeadcount(count);
        this.petitioners.addAll(in.anonymous() ? List.of() : people);
        this.registrationYear = in.receivedOn().getYear();
        this.registrationSeq = seq;
        this.registrationNumber = seq + "/" + registrationYear;
        this.trackingCode = trackingCode;
        this.state = PetitionState.RECEIVED;
        this.round = 1;
        this.createdBy = actor;
    }

    /**
     * Starts the intake clocks whose rule was in force on the receipt day: handling, and for a Party
     * committee the head's notice. Where the law had no such limit that day (petition handling before
     * TT 07/2014/TT-TTCP, the head's notice before Quy định 11-QĐi/TW) no clock starts.
     */
    void startClocks(DeadlineSource clocks, boolean partyCommittee) {
        timeLimits().startIfInForce("PETITION_HANDLE", DeadlineVariant.NORMAL, receivedOn, clocks);
        if (partyCommittee) {
            timeLimits().startIfInForce("PARTY_HEAD_NOTIFY", DeadlineVariant.NORMAL, receivedOn, clocks);
        }
    }

    /** The petition's clocks, for the step being recorded now (the next position in the record). */
    TimeLimits timeLimits() {
        return new TimeLimits(this, deadlines, events.size() + 1);
    }

    void recordIntake(String actor) {
        events.add(new PetitionEvent(this, events.size() + 1, Action.REGISTER, null, PetitionState.RECEIVED,
                receivedOn, actor, dispatchNumber, dispatchDate, null));
    }

    // --- the state machine -------------------------------------------------------------------

    Workflow workflow() {
        return Workflow.of(kind);
    }

    /** The steps the table and the law of the day allow now, role not considered ({@link StepChecks#allowed}). */
    Set<Action> allowedActions() {
        return StepChecks.allowed(this);
    }

    /** The day the case's clock started: its acceptance, or its receipt while not accepted. */
    LocalDate clockStart() {
        return events.stream().filter(e -> e.action() == Action.ACCEPT).map(PetitionEvent::actedOn).findFirst()
                .orElse(receivedOn);
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
        if (c.kind() == null) {
            throw DomainException.invalid("petition-kind-required", "kind");
        }
        if (c.competence() == null) {
            throw DomainException.invalid("petition-competence-required", "competence");
        }
        if (!c.eligible() && c.ineligibility() == null) {
            throw DomainException.invalid("petition-ineligibility-reason-required", "ineligibility");
        }
        this.kind = c.kind();
        this.field = c.field();
        this.eligible = c.eligible();
        this.ineligibilityReason = c.eligible() ? null : c.ineligibility();
        this.competence = c.competence();
        this.complex = c.complex();
        this.prolonged = c.prolonged();
        this.mass = c.mass() || massHeadcount(headcount);
        this.degradationRelated = c.degradationRelated();
        this.incited = c.incited();
        this.remoteArea = c.remoteArea();
        // The intake clock of the kind classified runs; those of another kind stop.
        String denunciationClock = DenunciationProcedure.intakeRule(competence);
        timeLimits().dropIntake(code -> code.equals("COMPLAINT_ACCEPT") && kind != PetitionKind.COMPLAINT
                || (code.equals("DENUNCIATION_CHECK") || code.equals("DENUNCIATION_TRANSFER"))
                        && (kind != PetitionKind.DENUNCIATION || !code.equals(denunciationClock)));
        String acceptCode = ComplaintProcedure.acceptRule(round);
        if (kind == PetitionKind.COMPLAINT && deadline(acceptCode).isEmpty()) {
            timeLimits().startIfInForce(acceptCode, DeadlineVariant.NORMAL, receivedOn, clocks);
        }
        if (kind == PetitionKind.DENUNCIATION && deadline(denunciationClock).isEmpty()) {
            timeLimits().startIfInForce(denunciationClock, DeadlineVariant.NORMAL, receivedOn, clocks);
        }
        move(Action.CLASSIFY, to, actor, step);
    }

    void accept(Actor actor, Step step, DeadlineSource clocks) {
        PetitionState to = check(Action.ACCEPT, actor, step);
        if (competence != Competence.RESOLVE) {
            throw DomainException.conflict("petition-accept-needs-resolve");
        }
        if (!Boolean.TRUE.equals(eligible)) {
            throw DomainException.conflict("petition-accept-needs-eligible");
        }
        timeLimits().meetIntake(step.on());
        startResolution(step.on(), clocks);
        move(Action.ACCEPT, to, actor, step);
    }

    /** Acceptance starts the resolution clock of the kind and round, by the procedure's own rules. */
    private void startResolution(LocalDate on, DeadlineSource clocks) {
        if (kind == PetitionKind.COMPLAINT) {
            String code = ComplaintProcedure.resolveRule(round);
            DeadlineVariant variant = complaintVariant();
            timeLimits().start(code, variant, clocks.compute(code, variant, on), true);
        } else if (kind == PetitionKind.DENUNCIATION) {
            // The 2018 law's notice (Art. 29) where it was in force; then the limit itself.
            timeLimits().startIfInForce(DenunciationProcedure.NOTIFY, DeadlineVariant.NORMAL, on, clocks);
            DeadlineVariant variant = DenunciationProcedure.resolveVariant(complex, on, clocks);
            timeLimits().start(DenunciationProcedure.RESOLVE, variant,
                    clocks.compute(DenunciationProcedure.RESOLVE, variant, on), true);
        }
    }

    DeadlineVariant complaintVariant() {
        return ComplaintProcedure.variant(remoteArea, complex);
    }

    void refuse(Actor actor, Step step) {
        PetitionState to = check(Action.REFUSE, actor, step);
        this.reason = step.reason();
        timeLimits().meetIntake(step.on());
        move(Action.REFUSE, to, actor, step);
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
        this.targetUnitId = step.targetUnitId();
        this.externalBody = Texts.clean(step.externalBody());
        this.destinationCategory = step.destinationCategory();
        timeLimits().meetIntake(step.on());
        move(Action.TRANSFER, to, actor, step);
        settle(step.on());
    }

    void guide(Actor actor, Step step) {
        guide(actor, step, true);
    }

    /** {@code categoryRequired}: as for {@link #transfer(Actor, Step, boolean)}. */
    void guide(Actor actor, Step step, boolean categoryRequired) {
        PetitionState to = check(Action.GUIDE, actor, step);
        HandlingDecision.checkGuide(this, step, categoryRequired);
        this.externalBody = Texts.clean(step.externalBody());
        this.destinationCategory = step.destinationCategory();
        timeLimits().meetIntake(step.on());
        move(Action.GUIDE, to, actor, step);
        settle(step.on());
    }

    void returnToPetitioner(Actor actor, Step step) {
        PetitionState to = check(Action.RETURN, actor, step);
        HandlingDecision.checkReturn(this);
        this.reason = step.reason();
        timeLimits().meetIntake(step.on());
        move(Action.RETURN, to, actor, step);
        settle(step.on());
    }

    void archive(Actor actor, Step step) {
        PetitionState to = check(Action.ARCHIVE, actor, step);
        HandlingDecision.checkArchive(step);
        this.reason = step.reason();
        timeLimits().meetIntake(step.on());
        move(Action.ARCHIVE, to, actor, step);
        settle(step.on());
    }

    void direct(Actor actor, Step step) {
        PetitionState to = check(Action.DIRECT, actor, step);
        HandlingDecision.checkDirect(this, step);
        this.directedBody = Texts.clean(step.directedBody());
        this.directionExpectedOn = step.expectedOn();
        timeLimits().meetIntake(step.on());
        move(Action.DIRECT, to, actor, step);
    }

    void recordAnswer(Actor actor, Step step) {
        PetitionState to = check(Action.RECORD_ANSWER, actor, step);
        this.directionAnsweredOn = step.on();
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
        requireOutcome(step, PetitionKind.COMPLAINT);
        this.outcome = step.outcome();
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
        this.firstRoundId = first.id;
        this.round = 2;
        this.kind = PetitionKind.COMPLAINT;
        this.field = first.field;
        this.eligible = Boolean.TRUE;
        this.competence = Competence.RESOLVE;
        this.complex = first.complex;
        this.prolonged = first.prolonged;
        this.remoteArea = first.remoteArea;
        this.mass = first.mass;
        timeLimits().startIfInForce(ComplaintProcedure.acceptRule(2), DeadlineVariant.NORMAL, receivedOn, clocks);
        events.add(new PetitionEvent(this, events.size() + 1, Action.CLASSIFY, state, PetitionState.CLASSIFIED,
                receivedOn, actor.username(), null, null, first.registrationNumber));
        this.state = PetitionState.CLASSIFIED;
    }

    private void requireOutcome(Step step, PetitionKind k) {
        if (step.outcome() == null || step.outcome().kind != k) {
            throw DomainException.invalid("petition-outcome-required", "outcome");
        }
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

    /**
     * Extension by the rules in force on the day of acceptance, each a written decision with its
     * reason ({@link DenunciationProcedure#extensionRule}); the running resolution clock is lengthened.
     */
    void extend(Actor actor, Step step, DeadlineSource clocks) {
        PetitionState to = check(Action.EXTEND, actor, step);
        if (step.especially()) {
            this.especiallyComplex = true;
        }
        PetitionDeadline resolve = timeLimits().running(DenunciationProcedure.RESOLVE);
        org.tiepdan.calendar.DeadlineRule rule = DenunciationProcedure.extensionRule(especiallyComplex, complex,
                extensions, resolve.startOn(), clocks);
        Deadline extended = clocks.extend(clocks.restore(resolve), rule.code(), step.on(),
                DenunciationProcedure.extensionReason(step));
        resolve.apply(extended, rule.code());
        this.extensions++;
        move(Action.EXTEND, to, actor, step);
    }

    /**
     * Suspension (tạm đình chỉ): the resolution clock stops and keeps what is left. A denunciation
     * since 01/01/2019 (Luật Tố cáo 2018 Art. 34), a complaint from 01/7/2026 (Luật 136/2025/QH15).
     */
    void suspend(Actor actor, Step step, DeadlineSource clocks) {
        PetitionState to = check(Action.SUSPEND, actor, step);
        PetitionDeadline resolve = activeResolve();
        resolve.apply(clocks.restore(resolve).suspend(step.on()), null);
        decisionNotice(step, clocks);
        move(Action.SUSPEND, to, actor, step);
    }

    void resume(Actor actor, Step step, DeadlineSource clocks) {
        PetitionState to = check(Action.RESUME, actor, step);
        PetitionDeadline resolve = activeResolve();
        resolve.apply(clocks.restore(resolve).resume(step.on()), null);
        decisionNotice(step, clocks);
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
        decisionNotice(step, clocks);
        move(action, to, actor, step);
        settle(step.on());
    }

    /**
     * A denunciation's decision to suspend, resume or terminate, or the withdrawal, is sent to the
     * parties within a limit ({@link DenunciationProcedure#endingNotice}): shown with the case as a
     * computed date, not an open clock of the case, which nothing else closes.
     */
    private void decisionNotice(Step step, DeadlineSource clocks) {
        if (kind == PetitionKind.DENUNCIATION) {
            DenunciationProcedure.endingNotice(step, clocks)
                    .ifPresent(d -> timeLimits().note("DENUNCIATION_ENDING_NOTICE", d));
        }
    }

    /** The running resolution clock of the case's kind and round. */
    private PetitionDeadline activeResolve() {
        return timeLimits().running(kind == PetitionKind.DENUNCIATION ? DenunciationProcedure.RESOLVE
                : ComplaintProcedure.resolveRule(round));
    }

    void conclude(Actor actor, Step step) {
        PetitionState to = check(Action.CONCLUDE, actor, step);
        requireOutcome(step, PetitionKind.DENUNCIATION);
        this.outcome = step.outcome();
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
        String who = Texts.clean(step.handler()) == null ? actor.username() : Texts.clean(step.handler());
        this.handler = who;
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
        int position = last.position();
        switch (last.action()) {
            case REFUSE, RETURN, ARCHIVE -> this.reason = null;
            case TRANSFER, GUIDE -> {
                this.targetUnitId = null;
                this.externalBody = null;
                this.destinationCategory = null;
            }
            case DIRECT -> {
                this.directedBody = null;
                this.directionExpectedOn = null;
            }
            case RECORD_ANSWER -> this.directionAnsweredOn = null;
            case DECIDE, CONCLUDE -> this.outcome = null;
            default -> {
            }
        }
        timeLimits().undo(position);
        if (last.toState() != null && last.toState().settles() && (last.fromState() == null
                || !last.fromState().settles())) {
            this.settledOn = null;
            this.settledOnTime = null;
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
        String why = Texts.clean(reason);
        if (why == null) {
            throw DomainException.invalid("petition-reopen-reason-required", "reason");
        }
        answered.checkCitizenFeedback(on);
        if (state != PetitionState.RECEIVED || followUpOfId != null) {
            throw DomainException.conflict("petition-reopen-once");
        }
        this.followUpOfId = answered.id;
        this.reopenReason = why;
        this.kind = answered.kind;
        this.field = answered.field;
        this.eligible = Boolean.TRUE;
        this.competence = Competence.RESOLVE;
        events.add(new PetitionEvent(this, events.size() + 1, Action.CLASSIFY, state, PetitionState.CLASSIFIED,
                on, actor, null, null, answered.registrationNumber));
        this.state = PetitionState.CLASSIFIED;
    }

    Long followUpOfId() {
        return followUpOfId;
    }

    String reopenReason() {
        return reopenReason;
    }

    // --- urging -------------------------------------------------------------------------------

    /** Đôn đốc: recorded on the petition; only while it is open. */
    void remind(Actor actor, Step step) {
        if (state.settles()) {
            throw DomainException.conflict("petition-transition-invalid", label("petition.action.REMIND"),
                    label("petition.state." + state), label("petition.workflow." + workflow().name()));
        }
        StepChecks.actor(Action.REMIND, actor);
        StepChecks.step(this, Action.REMIND, step);
        record(Action.REMIND, state, actor, step);
    }

    // --- deadlines ----------------------------------------------------------------------------

    /** The last clock of a rule, running or not. */
    Optional<PetitionDeadline> deadline(String code) {
        return timeLimits().last(code);
    }

    /** Settled: on time when every deadline met was met by its due date (and a direction answered when expected). */
    private void settle(LocalDate on) {
        boolean onTime = timeLimits().meetAll(on) && (directionExpectedOn == null || directionAnsweredOn == null
                || !directionAnsweredOn.isAfter(directionExpectedOn));
        this.settledOn = on;
        this.settledOnTime = onTime;
        this.overdue = false;
    }

    /** The nearest active due date, or empty. */
    Optional<PetitionDeadline> nextDeadline() {
        return timeLimits().next();
    }

    /** Stores whether the petition is {@link Overdue overdue} today (the mark the list shows between two runs). */
    void markOverdue(LocalDate today) {
        this.overdue = Overdue.on(this, today);
    }

    /**
     * The petitioners are now sealed in the identity module: the rows keep only their pseudonyms
     * ("Người tố cáo 1") and whether each is a representative.
     */
    void sealed(List<String> pseudonyms) {
        List<Petitioner> old = List.copyOf(petitioners);
        petitioners.clear();
        for (int i = 0; i < pseudonyms.size(); i++) {
            petitioners.add(Petitioner.pseudonym(pseudonyms.get(i), i < old.size() && old.get(i).representative()));
        }
        this.identitySealed = true;
    }

    boolean identitySealed() {
        return identitySealed;
    }

    void moveToCase(long newCaseId) {
        this.caseId = newCaseId;
    }

    void splitFrom(long originalId) {
        this.splitFromId = originalId;
    }

    void transferredFrom(long originalId) {
        this.transferredFromId = originalId;
    }

    // --- reading ------------------------------------------------------------------------------

    Long id() { return id; }
    long unitId() { return unitId; }
    long caseId() { return caseId; }
    Long splitFromId() { return splitFromId; }
    Long transferredFromId() { return transferredFromId; }
    Long firstRoundId() { return firstRoundId; }
    String registrationNumber() { return registrationNumber; }
    String trackingCode() { return trackingCode; }
    Channel channel() { return channel; }
    LocalDate receivedOn() { return receivedOn; }
    String senderBody() { return senderBody; }
    String dispatchNumber() { return dispatchNumber; }
    LocalDate dispatchDate() { return dispatchDate; }
    Long receptionVisitId() { return receptionVisitId; }
    String content() { return content; }
    boolean anonymous() { return anonymous; }
    boolean copyMarker() { return copyMarker; }
    boolean forwarded() { return forwarded; }
    int headcount() { return headcount; }
    PetitionKind kind() { return kind; }
    String field() { return field; }
    Boolean eligible() { return eligible; }
    Reason ineligibilityReason() { return ineligibilityReason; }
    Competence competence() { return competence; }
    boolean complex() { return complex; }
    boolean prolonged() { return prolonged; }
    boolean mass() { return mass; }
    boolean degradationRelated() { return degradationRelated; }
    boolean incited() { return incited; }
    boolean remoteArea() { return remoteArea; }
    boolean especiallyComplex() { return especiallyComplex; }
    PetitionState state() { return state; }
    int round() { return round; }
    Outcome outcome() { return outcome; }
    Reason reason() { return reason; }
    String handler() { return handler; }
    Long targetUnitId() { return targetUnitId; }
    String externalBody() { return externalBody; }
    DestinationCategory destinationCategory() { return destinationCategory; }
    Boolean newMatter() { return newMatter; }
    String directedBody() { return directedBody; }
    LocalDate directionExpectedOn() { return directionExpectedOn; }
    LocalDate directionAnsweredOn() { return directionAnsweredOn; }
    int extensions() { return extensions; }
    LocalDate settledOn() { return settledOn; }
    Boolean settledOnTime() { return settledOnTime; }
    boolean overdue() { return overdue; }
    long version() { return version; }
    List<Petitioner> petitioners() { return List.copyOf(petitioners); }
    List<PetitionEvent> events() { return List.copyOf(events); }
    List<PetitionDeadline> deadlines() { return List.copyOf(deadlines); }
}
