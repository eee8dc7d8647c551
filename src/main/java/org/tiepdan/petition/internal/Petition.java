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
 */
@Entity
@Table(name = "petition")
class Petition {

    /** The clocks that run from receipt until the handling decision (met by it). */
    static final Set<String> INTAKE_RULES = Set.of("PETITION_HANDLE", "PARTY_HEAD_NOTIFY", "COMPLAINT_ACCEPT",
            "DENUNCIATION_CHECK", "DENUNCIATION_TRANSFER", "COMPLAINT_ACCEPT_R2");
    /**
     * A petition from this many people or more is a mass petition (đơn đông người); the one place the
     * threshold is written, used at registration, classification, import and in the demo data.
     */
    static final int MASS_HEADCOUNT = 5;
    /**
     * The extension rules of a denunciation, tried in this order, the first in force on the day of
     * acceptance applying: especially complex and complex (Luật Tố cáo 2018 Art. 30; 2011 Art. 21 for a
     * complex case), then the 2011 law's extension of any case "where necessary" (Art. 21).
     */
    static final List<String> EXTENSION_RULES_SPECIAL = List.of("DENUNCIATION_EXTEND_SPECIAL",
            "DENUNCIATION_EXTEND_COMPLEX", "DENUNCIATION_EXTEND");
    static final List<String> EXTENSION_RULES_COMPLEX = List.of("DENUNCIATION_EXTEND_COMPLEX", "DENUNCIATION_EXTEND");
    static final List<String> EXTENSION_RULES_OTHER = List.of("DENUNCIATION_EXTEND");

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

        /**
         * Who sent it, checked on every live intake (the history import keeps what the old books
         * hold): an anonymous petition names nobody (a name typed beside "anonymous" would otherwise
         * be dropped without a word, or kept against the citizen's wish), and an identity document
         * number follows its kind's rule (LAW.md, "Identity documents"; {@link Petitioner#checkIdDocument}):
         * anything else would never match a duplicate or a blind index; then the sender rules every
         * channel shares ({@link SenderPolicy}: contacts need a name, phone and e-mail well formed).
         */
        void checkPeople() {
            if (petitioners == null) {
                return;
            }
            for (int i = 0; i < petitioners.size(); i++) {
                Petitioner p = petitioners.get(i);
                if (anonymous && (p.fullName() != null || p.idNumber() != null)) {
                    throw DomainException.invalid("petition-anonymous-with-petitioner", "anonymous");
                }
                p.checkIdDocument("petitioners[" + i + "].idNumber");
            }
            SenderPolicy.require(this, false);
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
        startIfInForce("PETITION_HANDLE", DeadlineVariant.NORMAL, receivedOn, clocks);
        if (partyCommittee) {
            startIfInForce("PARTY_HEAD_NOTIFY", DeadlineVariant.NORMAL, receivedOn, clocks);
        }
    }

    /** Starts a clock when its rule was in force on {@code start}; says whether it did. */
    private boolean startIfInForce(String code, DeadlineVariant variant, LocalDate start, DeadlineSource clocks) {
        Optional<Deadline> d = clocks.computeIfInForce(code, variant, start);
        d.ifPresent(x -> addDeadline(code, variant, x, true));
        return d.isPresent();
    }

    void recordIntake(String actor) {
        events.add(new PetitionEvent(this, events.size() + 1, Action.REGISTER, null, PetitionState.RECEIVED,
                receivedOn, actor, dispatchNumber, dispatchDate, null));
    }

    // --- the state machine -------------------------------------------------------------------

    Workflow workflow() {
        return Workflow.of(kind);
    }

    /**
     * The steps the table allows now (role not considered), less the steps the law in force on the
     * day the case's clock started did not have ({@link CaseEndings}).
     */
    Set<Action> allowedActions() {
        Set<Action> table = workflow().allowed(state);
        if (kind == null || table.stream().noneMatch(a -> CaseEndings.BY_DATE.contains(a) || ROUND_ONE_ONLY.contains(a))) {
            return table;
        }
        LocalDate start = clockStart();
        Set<Action> allowed = new java.util.LinkedHashSet<>();
        table.stream().filter(a -> CaseEndings.allows(kind, a, start))
                .filter(a -> round == 1 || !ROUND_ONE_ONLY.contains(a)).forEach(allowed::add);
        return java.util.Collections.unmodifiableSet(allowed);
    }

    /** A second complaint is lodged once, from the first round; the second round always holds its dialogue. */
    static final Set<Action> ROUND_ONE_ONLY = Set.of(Action.SECOND_ROUND, Action.SKIP_DIALOGUE);

    /** The day the case's clock started: its acceptance, or its receipt while not accepted. */
    LocalDate clockStart() {
        return events.stream().filter(e -> e.action() == Action.ACCEPT).map(PetitionEvent::actedOn).findFirst()
                .orElse(receivedOn);
    }

    /** Checks table, law of the day, role, document and reason; returns the target state. */
    private PetitionState check(Action action, Actor actor, Step step) {
        Workflow wf = workflow();
        PetitionState to = wf.next(state, action).orElseThrow(() -> DomainException.conflict(
                "petition-transition-invalid", label("petition.action." + action), label("petition.state." + state),
                label("petition.workflow." + wf.name())));
        if (!CaseEndings.allows(kind, action, clockStart())) {
            LocalDate since = CaseEndings.since(kind, action);
            throw DomainException.conflict("petition-step-not-in-force", label("petition.action." + action),
                    org.tiepdan.platform.Dates.format(clockStart()),
                    since == null ? "" : org.tiepdan.platform.Dates.format(since));
        }
        checkActor(action, actor);
        checkStep(action, step);
        return to;
    }

    private void checkActor(Action action, Actor actor) {
        if (actor == null || !actor.holdsAny(action.roles)) {
            throw DomainException.forbidden("petition-role-required", label("petition.action." + action));
        }
    }

    private void checkStep(Action action, Step step) {
        if (step == null || step.on() == null) {
            throw DomainException.invalid("petition-date-required", "on");
        }
        if (step.on().isBefore(receivedOn)) {
            throw DomainException.invalid("petition-date-before-received", "on",
                    org.tiepdan.platform.Dates.format(receivedOn));
        }
        LocalDate last = events.isEmpty() ? receivedOn : events.get(events.size() - 1).actedOn();
        if (step.on().isBefore(last)) {
            throw DomainException.invalid("petition-date-before-last", "on", org.tiepdan.platform.Dates.format(last));
        }
        if (action.needsDocument && (Texts.clean(step.documentNumber()) == null || step.documentDate() == null)) {
            throw DomainException.invalid("petition-document-required", "documentNumber",
                    label("petition.action." + action));
        }
        if (action.needsReason && step.reason() == null && Texts.clean(step.note()) == null) {
            throw DomainException.invalid("petition-reason-required", "reason", label("petition.action." + action));
        }
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
        return new DefaultMessageSourceResolvable(new String[] {code}, code);
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
        // A denunciation outside the body's competence is transferred within its own limit (Luật Tố cáo
        // 2018 Art. 24; 2011 Art. 20) instead of being checked for acceptance.
        String denunciationClock = competence == Competence.NONE ? "DENUNCIATION_TRANSFER" : "DENUNCIATION_CHECK";
        deadlines.removeIf(d -> d.active() && (d.ruleCode().equals("COMPLAINT_ACCEPT") && kind != PetitionKind.COMPLAINT
                || (d.ruleCode().equals("DENUNCIATION_CHECK") || d.ruleCode().equals("DENUNCIATION_TRANSFER"))
                        && (kind != PetitionKind.DENUNCIATION || !d.ruleCode().equals(denunciationClock))));
        String acceptCode = round == 1 ? "COMPLAINT_ACCEPT" : "COMPLAINT_ACCEPT_R2";
        if (kind == PetitionKind.COMPLAINT && deadline(acceptCode).isEmpty()) {
            startIfInForce(acceptCode, DeadlineVariant.NORMAL, receivedOn, clocks);
        }
        if (kind == PetitionKind.DENUNCIATION && deadline(denunciationClock).isEmpty()) {
            startIfInForce(denunciationClock, DeadlineVariant.NORMAL, receivedOn, clocks);
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
        meetIntake(step.on());
        startResolution(step.on(), clocks);
        move(Action.ACCEPT, to, actor, step);
    }

    private void startResolution(LocalDate on, DeadlineSource clocks) {
        if (kind == PetitionKind.COMPLAINT) {
            String code = round == 1 ? "COMPLAINT_RESOLVE_R1" : "COMPLAINT_RESOLVE_R2";
            DeadlineVariant variant = complaintVariant();
            addDeadline(code, variant, clocks.compute(code, variant, on), true);
        } else if (kind == PetitionKind.DENUNCIATION) {
            // Luật Tố cáo 2011 had no notice limit and a longer one for complex cases (Art. 21); the
            // 2018 law has the notice (Art. 29) and one limit, lengthened by extensions (Art. 30).
            startIfInForce("DENUNCIATION_NOTIFY", DeadlineVariant.NORMAL, on, clocks);
            DeadlineVariant variant = complex && clocks.rule("DENUNCIATION_RESOLVE", DeadlineVariant.COMPLEX, on)
                    .isPresent() ? DeadlineVariant.COMPLEX : DeadlineVariant.NORMAL;
            addDeadline("DENUNCIATION_RESOLVE", variant, clocks.compute("DENUNCIATION_RESOLVE", variant, on), true);
        }
    }

    DeadlineVariant complaintVariant() {
        if (remoteArea) {
            return complex ? DeadlineVariant.REMOTE_AREA_COMPLEX : DeadlineVariant.REMOTE_AREA;
        }
        return complex ? DeadlineVariant.COMPLEX : DeadlineVariant.NORMAL;
    }

    void refuse(Actor actor, Step step) {
        PetitionState to = check(Action.REFUSE, actor, step);
        this.reason = step.reason();
        meetIntake(step.on());
        move(Action.REFUSE, to, actor, step);
        settle(step.on());
    }

    void transfer(Actor actor, Step step) {
        transfer(actor, step, true);
    }

    /**
     * {@code categoryRequired} false only for the history import: the old books do not say the
     * category of the body a petition went to, and an imported petition may leave it unrecorded
     * (null), never guessed. Every live step must name it (the caller fills it from a catalogue
     * unit's kind, {@link DestinationCategory#forUnitKind}).
     */
    void transfer(Actor actor, Step step, boolean categoryRequired) {
        PetitionState to = check(Action.TRANSFER, actor, step);
        requireNoCompetence();
        if (step.targetUnitId() == null && Texts.clean(step.externalBody()) == null) {
            throw DomainException.invalid("petition-transfer-target-required", "targetUnitId");
        }
        if (step.targetUnitId() != null && step.targetUnitId() == unitId) {
            throw DomainException.invalid("petition-transfer-same-unit", "targetUnitId");
        }
        requireDestinationCategory(step, categoryRequired);
        this.targetUnitId = step.targetUnitId();
        this.externalBody = Texts.clean(step.externalBody());
        this.destinationCategory = step.destinationCategory();
        meetIntake(step.on());
        move(Action.TRANSFER, to, actor, step);
        settle(step.on());
    }

    void guide(Actor actor, Step step) {
        guide(actor, step, true);
    }

    /** {@code categoryRequired}: as for {@link #transfer(Actor, Step, boolean)}. */
    void guide(Actor actor, Step step, boolean categoryRequired) {
        PetitionState to = check(Action.GUIDE, actor, step);
        requireNoCompetence();
        if (Texts.clean(step.externalBody()) == null) {
            throw DomainException.invalid("petition-guide-body-required", "externalBody");
        }
        requireDestinationCategory(step, categoryRequired);
        this.externalBody = Texts.clean(step.externalBody());
        this.destinationCategory = step.destinationCategory();
        meetIntake(step.on());
        move(Action.GUIDE, to, actor, step);
        settle(step.on());
    }

    /**
     * The national database asks the category of the body a petition outside competence goes to
     * (NĐ 55/2022 Art. 6): no default, since a wrong entry there is a prohibited act.
     */
    private static void requireDestinationCategory(Step step, boolean required) {
        if (required && step.destinationCategory() == null) {
            throw DomainException.invalid("petition-destination-category-required", "destinationCategory");
        }
    }

    private void requireNoCompetence() {
        if (competence != Competence.NONE) {
            throw DomainException.conflict("petition-needs-no-competence");
        }
    }

    void returnToPetitioner(Actor actor, Step step) {
        PetitionState to = check(Action.RETURN, actor, step);
        if (anonymous) {
            throw DomainException.conflict("petition-return-anonymous");
        }
        this.reason = step.reason();
        meetIntake(step.on());
        move(Action.RETURN, to, actor, step);
        settle(step.on());
    }

    void archive(Actor actor, Step step) {
        PetitionState to = check(Action.ARCHIVE, actor, step);
        if (step.reason() == null || !step.reason().archives()) {
            throw DomainException.invalid("petition-archive-reason", "reason");
        }
        this.reason = step.reason();
        meetIntake(step.on());
        move(Action.ARCHIVE, to, actor, step);
        settle(step.on());
    }

    void direct(Actor actor, Step step) {
        PetitionState to = check(Action.DIRECT, actor, step);
        if (competence != Competence.DIRECT) {
            throw DomainException.conflict("petition-direct-needs-direct");
        }
        if (Texts.clean(step.directedBody()) == null) {
            throw DomainException.invalid("petition-directed-body-required", "directedBody");
        }
        if (step.expectedOn() == null || step.expectedOn().isBefore(step.on())) {
            throw DomainException.invalid("petition-direction-expected-required", "expectedOn");
        }
        this.directedBody = Texts.clean(step.directedBody());
        this.directionExpectedOn = step.expectedOn();
        meetIntake(step.on());
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
        meet(round == 1 ? "COMPLAINT_RESOLVE_R1" : "COMPLAINT_RESOLVE_R2", step.on());
        move(Action.DECIDE, to, actor, step);
        settle(step.on());
    }

    /**
     * Round 1 only, where request and verification agree: no dialogue, with the reason (Luật Khiếu
     * nại 2011 Art. 30). A second-round complaint always holds it (Art. 39).
     */
    void skipDialogue(Actor actor, Step step) {
        PetitionState to = check(Action.SKIP_DIALOGUE, actor, step);
        if (round != 1) {
            throw DomainException.conflict("complaint-dialogue-required-round-2");
        }
        move(Action.SKIP_DIALOGUE, to, actor, step);
    }

    /**
     * The complainant lodges a second complaint with the superior body (Luật Khiếu nại 2011 Art. 33):
     * checked and recorded here, on the first-round petition, whose state does not change; the service
     * then registers the new petition at that body ({@link #openSecondRound}). The officer names the
     * body (no default: after the 2025 reform it is not the tree parent). The filing window
     * (COMPLAINT_FILE_R2: 30 days, 45 in a remote area) runs from the day the complainant received
     * the first-round decision, or, without a decision, from the expiry of the first-round limit; a
     * late filing is refused with that ground.
     */
    void secondRound(Actor actor, Step step, DeadlineSource clocks) {
        PetitionState to = check(Action.SECOND_ROUND, actor, step);
        if (round != 1 || events.stream().anyMatch(e -> e.action() == Action.SECOND_ROUND)) {
            throw DomainException.conflict("complaint-second-round-once");
        }
        if (step.targetUnitId() == null) {
            throw DomainException.invalid("complaint-second-round-body-required", "targetUnitId");
        }
        if (step.targetUnitId() == unitId) {
            throw DomainException.invalid("complaint-second-round-same-body", "targetUnitId");
        }
        LocalDate start;
        if (state == PetitionState.DECIDED) {
            LocalDate decided = events.stream().filter(e -> e.action() == Action.DECIDE).map(PetitionEvent::actedOn)
                    .reduce((a, b) -> b).orElse(settledOn);
            start = step.decisionReceivedOn() != null ? step.decisionReceivedOn() : decided;
            if (start.isBefore(decided) || start.isAfter(step.on())) {
                throw DomainException.invalid("complaint-second-round-received-invalid", "decisionReceivedOn",
                        org.tiepdan.platform.Dates.format(decided));
            }
        } else {
            LocalDate due = deadline("COMPLAINT_RESOLVE_R1").map(PetitionDeadline::due).orElse(null);
            if (due == null || !step.on().isAfter(due)) {
                throw DomainException.conflict("complaint-second-round-round1-running",
                        due == null ? "" : org.tiepdan.platform.Dates.format(due));
            }
            start = due;
        }
        Deadline window = clocks.compute("COMPLAINT_FILE_R2",
                remoteArea ? DeadlineVariant.REMOTE_AREA : DeadlineVariant.NORMAL, start);
        if (step.on().isAfter(window.due())) {
            throw DomainException.conflict("complaint-second-round-late", org.tiepdan.platform.Dates.format(step.on()),
                    window.explanation());
        }
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
        startIfInForce("COMPLAINT_ACCEPT_R2", DeadlineVariant.NORMAL, receivedOn, clocks);
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
        meet("DENUNCIATION_NOTIFY", step.on());
        move(Action.NOTIFY, to, actor, step);
    }

    void verify(Actor actor, Step step) {
        move(Action.VERIFY, check(Action.VERIFY, actor, step), actor, step);
    }

    /**
     * Extension by the rules in force on the day of acceptance (its clock's start), each a written
     * decision with its reason: under Luật Tố cáo 2018 once for a complex case and twice for an
     * especially complex one (Art. 30); under the 2011 law once for any case (Art. 21). How many times
     * is the rule's {@code maxUses}.
     */
    void extend(Actor actor, Step step, DeadlineSource clocks) {
        PetitionState to = check(Action.EXTEND, actor, step);
        if (step.especially()) {
            this.especiallyComplex = true;
        }
        PetitionDeadline resolve = deadline("DENUNCIATION_RESOLVE").filter(PetitionDeadline::active)
                .orElseThrow(() -> DomainException.conflict("petition-deadline-missing", "DENUNCIATION_RESOLVE"));
        LocalDate accepted = resolve.startOn();
        List<String> candidates = especiallyComplex ? EXTENSION_RULES_SPECIAL
                : complex ? EXTENSION_RULES_COMPLEX : EXTENSION_RULES_OTHER;
        org.tiepdan.calendar.DeadlineRule rule = candidates.stream()
                .map(c -> clocks.rule(c, DeadlineVariant.NORMAL, accepted)).flatMap(Optional::stream).findFirst()
                .orElseThrow(() -> DomainException.conflict("denunciation-extension-not-complex"));
        int limit = rule.uses();
        if (extensions >= limit) {
            throw DomainException.conflict("denunciation-extension-limit", limit);
        }
        String why = Texts.clean(step.note()) != null ? Texts.clean(step.note()) : String.valueOf(step.reason());
        Deadline extended = clocks.extend(clocks.restore(resolve), rule.code(), step.on(), why);
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
        meetIntake(step.on());
        decisionNotice(step, clocks);
        move(action, to, actor, step);
        settle(step.on());
    }

    /**
     * A denunciation's decision to suspend, resume or terminate, or the withdrawal, is sent to the
     * parties within the rule DENUNCIATION_ENDING_NOTICE (5 working days) from the decision: shown
     * with the case as a computed date (not an open clock of the case, which nothing else closes).
     */
    private void decisionNotice(Step step, DeadlineSource clocks) {
        if (kind != PetitionKind.DENUNCIATION) {
            return;
        }
        LocalDate decided = step.documentDate() != null ? step.documentDate() : step.on();
        clocks.computeIfInForce("DENUNCIATION_ENDING_NOTICE", DeadlineVariant.NORMAL, decided)
                .ifPresent(d -> deadlines.add(new PetitionDeadline(this, deadlines.size() + 1,
                        "DENUNCIATION_ENDING_NOTICE", DeadlineVariant.NORMAL, d, false).addedBy(events.size() + 1)));
    }

    /** The running resolution clock of the case's kind and round. */
    private PetitionDeadline activeResolve() {
        String code = kind == PetitionKind.DENUNCIATION ? "DENUNCIATION_RESOLVE"
                : round == 1 ? "COMPLAINT_RESOLVE_R1" : "COMPLAINT_RESOLVE_R2";
        return deadline(code).filter(PetitionDeadline::active)
                .orElseThrow(() -> DomainException.conflict("petition-deadline-missing", code));
    }

    void conclude(Actor actor, Step step) {
        PetitionState to = check(Action.CONCLUDE, actor, step);
        requireOutcome(step, PetitionKind.DENUNCIATION);
        this.outcome = step.outcome();
        meet("DENUNCIATION_NOTIFY", step.on());
        meet("DENUNCIATION_RESOLVE", step.on());
        move(Action.CONCLUDE, to, actor, step);
        settle(step.on());
    }

    void publish(Actor actor, Step step, DeadlineSource clocks) {
        PetitionState to = check(Action.PUBLISH, actor, step);
        addDeadline("DENUNCIATION_PUBLISH", DeadlineVariant.NORMAL,
                clocks.compute("DENUNCIATION_PUBLISH", DeadlineVariant.NORMAL, step.on()), false);
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

    /**
     * Steps a head may undo: those whose whole effect is the move, the fields named on the step, the
     * clocks it met and the notice clock it added. Steps that register another record (a transfer
     * inside the installation, a second round), replace or stretch a clock (acceptance,
     * classification, extension, suspension, resumption, publication) or write elsewhere (an urging)
     * cannot be taken back this way: they are corrected by a new step.
     */
    static final Set<Action> UNDOABLE = java.util.EnumSet.of(Action.REFUSE, Action.TRANSFER, Action.GUIDE,
            Action.RETURN, Action.ARCHIVE, Action.DIRECT, Action.RECORD_ANSWER, Action.INVESTIGATE,
            Action.HOLD_DIALOGUE, Action.DECIDE, Action.SKIP_DIALOGUE, Action.NOTIFY, Action.VERIFY,
            Action.CONCLUDE, Action.ANSWER, Action.CLOSE, Action.WITHDRAW, Action.TERMINATE);

    /**
     * The last step, if a head may undo it today: recorded today (in Asia/Ho_Chi_Minh) on this
     * petition (so by this body), and of a kind whose effect can be taken back ({@link #UNDOABLE}).
     */
    Optional<PetitionEvent> undoableStep(LocalDate today) {
        if (events.size() < 2) {
            return Optional.empty();
        }
        PetitionEvent last = events.get(events.size() - 1);
        boolean recordedToday = last.at() != null
                && last.at().atZone(org.tiepdan.platform.Dates.ZONE).toLocalDate().equals(today);
        boolean insideTransfer = last.action() == Action.TRANSFER && targetUnitId != null;
        return recordedToday && UNDOABLE.contains(last.action()) && !insideTransfer ? Optional.of(last)
                : Optional.empty();
    }

    /**
     * Undoes the last step recorded by mistake today: only a head of the body, with a reason. The
     * state goes back, the fields the step set are cleared, the clocks it met run again and the
     * notice clock it added goes; the step leaves the record (the caller audits it with the reason).
     * Returns the step undone.
     */
    PetitionEvent undoLastStep(Actor actor, String reason, LocalDate today) {
        if (actor == null || !actor.holdsAny(Set.of(org.tiepdan.account.Role.HEAD))) {
            throw DomainException.forbidden("petition-undo-head-only");
        }
        PetitionEvent last = undoableStep(today).orElseThrow(() -> DomainException.conflict("petition-undo-not-allowed"));
        if (Texts.clean(reason) == null) {
            throw DomainException.invalid("petition-undo-reason-required", "reason");
        }
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
        deadlines.removeIf(d -> Integer.valueOf(position).equals(d.addedByStep()));
        deadlines.stream().filter(d -> Integer.valueOf(position).equals(d.metByStep())).forEach(PetitionDeadline::reopen);
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

    /** The day of the last answer, or null when the petition was never answered. */
    LocalDate answeredOn() {
        return events.stream().filter(e -> e.action() == Action.ANSWER).map(PetitionEvent::actedOn)
                .reduce((a, b) -> b).orElse(null);
    }

    /**
     * Whether the citizen may still rate or reopen the answer on {@code today}: a feedback or
     * recommendation, answered (or closed after the answer), within
     * {@link org.tiepdan.petition.PetitionFeedback#WINDOW_DAYS} days of the answer. CONFLICT
     * {@code petition-feedback-closed} otherwise.
     */
    void checkCitizenFeedback(LocalDate today) {
        LocalDate answered = answeredOn();
        boolean kindOk = kind == PetitionKind.FEEDBACK || kind == PetitionKind.RECOMMENDATION;
        boolean stateOk = state == PetitionState.ANSWERED || state == PetitionState.CLOSED;
        if (!kindOk || !stateOk || answered == null || identitySealed
                || today.isAfter(answered.plusDays(org.tiepdan.petition.PetitionFeedback.WINDOW_DAYS))) {
            throw DomainException.conflict("petition-feedback-closed");
        }
    }

    /** The last day the citizen may rate or reopen, or null. */
    LocalDate citizenFeedbackUntil() {
        LocalDate answered = answeredOn();
        return answered == null ? null : answered.plusDays(org.tiepdan.petition.PetitionFeedback.WINDOW_DAYS);
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
        checkActor(Action.REMIND, actor);
        checkStep(Action.REMIND, step);
        record(Action.REMIND, state, actor, step);
    }

    // --- deadlines ----------------------------------------------------------------------------

    private void addDeadline(String code, DeadlineVariant variant, Deadline d, boolean active) {
        deadlines.removeIf(x -> x.ruleCode().equals(code) && x.active());
        deadlines.add(new PetitionDeadline(this, deadlines.size() + 1, code, variant, d,
                active));
    }

    Optional<PetitionDeadline> deadline(String code) {
        PetitionDeadline found = null;
        for (PetitionDeadline d : deadlines) {
            if (d.ruleCode().equals(code)) {
                found = d;
            }
        }
        return Optional.ofNullable(found);
    }

    private void meet(String code, LocalDate on) {
        deadlines.stream().filter(d -> d.active() && d.ruleCode().equals(code)).forEach(d -> d.meet(on, events.size() + 1));
    }

    private void meetIntake(LocalDate on) {
        deadlines.stream().filter(d -> d.active() && INTAKE_RULES.contains(d.ruleCode()))
                .forEach(d -> d.meet(on, events.size() + 1));
    }

    /** Settled: on time when every deadline met was met by its due date (and a direction answered when expected). */
    private void settle(LocalDate on) {
        deadlines.stream().filter(PetitionDeadline::active).filter(d -> !d.ruleCode().equals("DENUNCIATION_PUBLISH"))
                .forEach(d -> d.meet(on, events.size() + 1));
        boolean onTime = deadlines.stream().noneMatch(PetitionDeadline::metLate)
                && (directionExpectedOn == null || directionAnsweredOn == null
                        || !directionAnsweredOn.isAfter(directionExpectedOn));
        this.settledOn = on;
        this.settledOnTime = onTime;
        this.overdue = false;
    }

    /** The nearest active due date, or empty. */
    Optional<PetitionDeadline> nextDeadline() {
        return deadlines.stream().filter(PetitionDeadline::active).filter(d -> d.due() != null)
                .min(java.util.Comparator.comparing(PetitionDeadline::due));
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

    Long id() {
        return id;
    }

    long unitId() {
        return unitId;
    }

    long caseId() {
        return caseId;
    }

    Long splitFromId() {
        return splitFromId;
    }

    Long transferredFromId() {
        return transferredFromId;
    }

    Long firstRoundId() {
        return firstRoundId;
    }

    String registrationNumber() {
        return registrationNumber;
    }

    String trackingCode() {
        return trackingCode;
    }

    Channel channel() {
        return channel;
    }

    LocalDate receivedOn() {
        return receivedOn;
    }

    String senderBody() {
        return senderBody;
    }

    String dispatchNumber() {
        return dispatchNumber;
    }

    LocalDate dispatchDate() {
        return dispatchDate;
    }

    Long receptionVisitId() {
        return receptionVisitId;
    }

    String content() {
        return content;
    }

    boolean anonymous() {
        return anonymous;
    }

    boolean copyMarker() {
        return copyMarker;
    }

    boolean forwarded() {
        return forwarded;
    }

    int headcount() {
        return headcount;
    }

    PetitionKind kind() {
        return kind;
    }

    String field() {
        return field;
    }

    Boolean eligible() {
        return eligible;
    }

    Reason ineligibilityReason() {
        return ineligibilityReason;
    }

    Competence competence() {
        return competence;
    }

    boolean complex() {
        return complex;
    }

    boolean prolonged() {
        return prolonged;
    }

    boolean mass() {
        return mass;
    }

    boolean degradationRelated() {
        return degradationRelated;
    }

    boolean incited() {
        return incited;
    }

    boolean remoteArea() {
        return remoteArea;
    }

    boolean especiallyComplex() {
        return especiallyComplex;
    }

    PetitionState state() {
        return state;
    }

    int round() {
        return round;
    }

    Outcome outcome() {
        return outcome;
    }

    Reason reason() {
        return reason;
    }

    String handler() {
        return handler;
    }

    Long targetUnitId() {
        return targetUnitId;
    }

    String externalBody() {
        return externalBody;
    }

    DestinationCategory destinationCategory() {
        return destinationCategory;
    }

    Boolean newMatter() {
        return newMatter;
    }

    String directedBody() {
        return directedBody;
    }

    LocalDate directionExpectedOn() {
        return directionExpectedOn;
    }

    LocalDate directionAnsweredOn() {
        return directionAnsweredOn;
    }

    int extensions() {
        return extensions;
    }

    LocalDate settledOn() {
        return settledOn;
    }

    Boolean settledOnTime() {
        return settledOnTime;
    }

    boolean overdue() {
        return overdue;
    }

    long version() {
        return version;
    }

    List<Petitioner> petitioners() {
        return List.copyOf(petitioners);
    }

    List<PetitionEvent> events() {
        return List.copyOf(events);
    }

    List<PetitionDeadline> deadlines() {
        return List.copyOf(deadlines);
    }
}
