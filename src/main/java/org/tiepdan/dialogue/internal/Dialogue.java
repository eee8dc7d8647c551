package org.tiepdan.dialogue.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.tiepdan.dialogue.DialogueKind;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.DomainException;

/**
 * A direct dialogue of heads with citizens (hội nghị đối thoại trực tiếp), the aggregate of its
 * opinions, its conclusion, the assignments of open points and its documents. Every change is a
 * method here that first asks the {@link Workflow} table whether the action is allowed in the
 * current state (409 {@code dialogue-transition-invalid} otherwise), then checks its own rules
 * (400 with the field at fault, or 409), and only then changes anything or numbers a document.
 */
@Entity
@Table(name = "dialogue")
class Dialogue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DialogueKind kind;

    @Column(nullable = false)
    private String topic;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "start_time")
    private LocalTime startTime;

    @Column(nullable = false)
    private String place;

    @Column(name = "chair_name")
    private String chairName;

    @Column(name = "secretary_name")
    private String secretaryName;

    @Column(name = "officials_count")
    private Integer officialsCount;

    @Column(name = "citizens_count")
    private Integer citizensCount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DialogueState state = DialogueState.PLANNED;

    @Embedded
    private Conclusion conclusion;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "cancelled_on")
    private LocalDate cancelledOn;

    @Column(name = "cancel_reason")
    private String cancelReason;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "dialogue_host", joinColumns = @JoinColumn(name = "dialogue_id"))
    @OrderColumn(name = "position")
    private List<DialogueHost> hosts = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "dialogue_hamlet", joinColumns = @JoinColumn(name = "dialogue_id"))
    @OrderColumn(name = "position")
    @Column(name = "name", nullable = false)
    private List<String> hamlets = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "dialogue_document", joinColumns = @JoinColumn(name = "dialogue_id"))
    @OrderColumn(name = "position")
    private List<DocumentRef> documents = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "dialogue_id", nullable = false)
    @OrderBy("seq")
    private List<DialogueOpinion> opinions = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "dialogue_id", nullable = false)
    @OrderBy("id")
    private List<Assignment> assignments = new ArrayList<>();

    @Version
    private long version;

    protected Dialogue() {
    }

    /**
     * What a plan says. The first host is the body holding the dialogue (it numbers the documents);
     * a second one makes it a joint dialogue, e.g. of the Party committee and the People's Committee.
     */
    record Plan(DialogueKind kind, String topic, LocalDate heldOn, LocalTime startTime, String place,
            List<DialogueHost> hosts, List<String> hamlets, String chairName, String secretaryName) {
    }

    /** What happened at the conference. */
    record Holding(LocalDate heldOn, String place, String chairName, String secretaryName, Integer officialsCount,
            Integer citizensCount) {
    }

    /** Who answers an open point, decided in the conclusion notice. */
    record Route(Long assigneeUnitId, String instruction) {
    }

    /** The conclusion notice: its date, the chair's conclusions, and a route for each open point. */
    record ConclusionNotice(LocalDate on, String text, String signer, Map<Long, Route> routes) {
    }

    Dialogue(Plan plan, String createdBy) {
        this.createdBy = createdBy;
        apply(plan);
    }

    // --- the state machine -----------------------------------------------------------------------

    /** Refuses an action the table does not allow from the current state; returns the next state. */
    DialogueState check(DialogueAction action) {
        return Workflow.next(state, action).orElseThrow(() -> DomainException.conflict("dialogue-transition-invalid",
                Texts.label("dialogue.action." + action), Texts.label("dialogue.state." + state)));
    }

    Set<DialogueAction> allowedActions() {
        Set<DialogueAction> allowed = new HashSet<>(Workflow.allowed(state));
        for (DocumentKind k : DocumentKind.values()) {
            if (k.perDialogue() && document(k).isPresent()) {
                allowed.remove(DialogueAction.issuing(k));
            }
        }
        return allowed;
    }

    // --- plan ------------------------------------------------------------------------------------

    void editPlan(Plan plan) {
        check(DialogueAction.EDIT_PLAN);
        apply(plan);
    }

    private void apply(Plan plan) {
        if (plan.kind() == null) {
            throw DomainException.invalid("dialogue-kind-required", "kind");
        }
        String cleanTopic = Texts.clean(plan.topic());
        if (cleanTopic == null) {
            throw DomainException.invalid("dialogue-topic-required", "topic");
        }
        if (plan.heldOn() == null) {
            throw DomainException.invalid("dialogue-date-required", "heldOn");
        }
        String cleanPlace = Texts.clean(plan.place());
        if (cleanPlace == null) {
            throw DomainException.invalid("dialogue-place-required", "place");
        }
        List<DialogueHost> newHosts = plan.hosts() == null ? List.of()
                : plan.hosts().stream().filter(h -> h != null && h.unitId() != null).toList();
        if (newHosts.isEmpty()) {
            throw DomainException.invalid("dialogue-unit-required", "unitId");
        }
        if (newHosts.stream().map(DialogueHost::unitId).distinct().count() < newHosts.size()) {
            throw DomainException.invalid("dialogue-host-duplicate", "jointUnitId");
        }
        this.kind = plan.kind();
        this.topic = cleanTopic;
        this.heldOn = plan.heldOn();
        this.startTime = plan.startTime();
        this.place = cleanPlace;
        this.unitId = newHosts.get(0).unitId();
        this.hosts = new ArrayList<>(newHosts);
        this.hamlets = new ArrayList<>(Texts.cleanList(plan.hamlets()));
        this.chairName = Texts.clean(plan.chairName());
        this.secretaryName = Texts.clean(plan.secretaryName());
    }

    void cancel(String reason, LocalDate on) {
        check(DialogueAction.CANCEL);
        String clean = Texts.clean(reason);
        if (clean == null) {
            throw DomainException.invalid("dialogue-cancel-reason-required", "reason");
        }
        this.state = DialogueState.CANCELLED;
        this.cancelReason = clean;
        this.cancelledOn = on;
    }

    // --- opinions --------------------------------------------------------------------------------

    DialogueOpinion recordOpinion(DialogueOpinion.NewOpinion o, String recordedBy, LocalDate today) {
        check(DialogueAction.RECORD_OPINION);
        if (o.stage() == OpinionStage.AT && state != DialogueState.HELD) {
            throw DomainException.invalid("dialogue-opinion-at-needs-held", "stage");
        }
        if (o.answeredOnSpot() && state != DialogueState.HELD) {
            throw DomainException.invalid("dialogue-answer-needs-held", "answeredOnSpot");
        }
        LocalDate raised;
        if (o.stage() == OpinionStage.AT) {
            raised = heldOn;
        } else {
            // Unstated, a point collected beforehand dates from today, or from the dialogue's day when
            // a past dialogue is entered after the fact.
            raised = o.raisedOn() != null ? o.raisedOn() : heldOn.isBefore(today) ? heldOn : today;
            if (raised.isAfter(today)) {
                throw DomainException.invalid("dialogue-date-future", "raisedOn", Dates.format(today));
            }
            if (state == DialogueState.HELD && raised.isAfter(heldOn)) {
                throw DomainException.invalid("dialogue-opinion-raised-after", "raisedOn", Dates.format(heldOn));
            }
        }
        int seq = opinions.stream().mapToInt(DialogueOpinion::seq).max().orElse(0) + 1;
        DialogueOpinion opinion = new DialogueOpinion(seq, o, raised, recordedBy);
        if (o.answeredOnSpot()) {
            opinion.answerOnSpot(o.answer(), o.answeredBy());
        }
        opinions.add(opinion);
        return opinion;
    }

    void answerOnSpot(long opinionId, String answer, String answeredBy) {
        check(DialogueAction.ANSWER_ON_SPOT);
        opinion(opinionId).answerOnSpot(answer, answeredBy);
    }

    /** Checks that the point may join the petition workflow; the caller registers it, then links it. */
    DialogueOpinion opinionForPetition(long opinionId) {
        check(DialogueAction.TURN_INTO_PETITION);
        DialogueOpinion o = opinion(opinionId);
        o.checkCanBecomePetition();
        return o;
    }

    void linkPetition(long opinionId, long petitionId, String petitionNumber) {
        check(DialogueAction.TURN_INTO_PETITION);
        opinion(opinionId).linkPetition(petitionId, petitionNumber);
    }

    // --- documents -------------------------------------------------------------------------------

    /** Issues one of the documents an officer issues by themselves (plan, notice, invitation, summary, record). */
    DocumentRef issueDocument(DocumentKind documentKind, LocalDate on, String signer, LocalDate today,
            DocumentIssuer issuer) {
        if (!documentKind.standalone()) {
            throw DomainException.invalid("dialogue-document-not-standalone", "kind",
                    Texts.label("dialogue.document." + documentKind));
        }
        check(DialogueAction.issuing(documentKind));
        checkNotIssued(documentKind);
        checkDocumentDate(on, today, "on");
        if (documentKind == DocumentKind.OPINION_SUMMARY && opinions.isEmpty()) {
            throw DomainException.conflict("dialogue-summary-needs-opinions");
        }
        DocumentRef ref = issuer.issue(documentKind, on, Texts.clean(signer));
        documents.add(ref);
        return ref;
    }

    private void checkNotIssued(DocumentKind documentKind) {
        document(documentKind).ifPresent(d -> {
            throw DomainException.conflict("dialogue-document-already-issued",
                    Texts.label("dialogue.document." + documentKind), d.number());
        });
    }

    private static void checkDocumentDate(LocalDate on, LocalDate today, String field) {
        if (on == null) {
            throw DomainException.invalid("dialogue-date-required", field);
        }
        if (on.isAfter(today)) {
            throw DomainException.invalid("dialogue-date-future", field, Dates.format(today));
        }
    }

    // --- the conference --------------------------------------------------------------------------

    /**
     * Records the conference. {@code conclusionDeadline} computes the conclusion's due date from the
     * day it was held (rule DIALOGUE_CONCLUSION, through the working-day calendar).
     */
    void hold(Holding h, LocalDate today, Function<LocalDate, Due> conclusionDeadline) {
        check(DialogueAction.HOLD);
        if (h.heldOn() == null) {
            throw DomainException.invalid("dialogue-date-required", "heldOn");
        }
        if (h.heldOn().isAfter(today)) {
            throw DomainException.invalid("dialogue-held-future", "heldOn", Dates.format(today));
        }
        String chair = Texts.clean(h.chairName());
        if (chair == null) {
            throw DomainException.invalid("dialogue-chair-required", "chairName");
        }
        String secretary = Texts.clean(h.secretaryName());
        if (secretary == null) {
            throw DomainException.invalid("dialogue-secretary-required", "secretaryName");
        }
        if (h.officialsCount() == null || h.officialsCount() < 0) {
            throw DomainException.invalid("dialogue-officials-required", "officialsCount");
        }
        if (h.citizensCount() == null || h.citizensCount() < 1) {
            throw DomainException.invalid("dialogue-citizens-required", "citizensCount");
        }
        LocalDate lastRaised = opinions.stream().map(DialogueOpinion::raisedOn).max(Comparator.naturalOrder())
                .orElse(null);
        if (lastRaised != null && lastRaised.isAfter(h.heldOn())) {
            throw DomainException.invalid("dialogue-held-before-opinions", "heldOn", Dates.format(lastRaised));
        }
        String newPlace = Texts.clean(h.place());
        Due due = conclusionDeadline.apply(h.heldOn());
        this.heldOn = h.heldOn();
        if (newPlace != null) {
            this.place = newPlace;
        }
        this.chairName = chair;
        this.secretaryName = secretary;
        this.officialsCount = h.officialsCount();
        this.citizensCount = h.citizensCount();
        this.conclusion = Conclusion.due(due.date(), due.explanation());
        this.state = DialogueState.HELD;
    }

    /**
     * Issues the conclusion notice: every open point gets a unit with a due date counted from the
     * notice ({@code answerDeadline}: rule DIALOGUE_ANSWER), and the notice is numbered.
     */
    DocumentRef conclude(ConclusionNotice notice, LocalDate today, Function<LocalDate, Due> answerDeadline,
            DocumentIssuer issuer) {
        check(DialogueAction.CONCLUDE);
        checkDocumentDate(notice.on(), today, "on");
        if (notice.on().isBefore(heldOn)) {
            throw DomainException.invalid("dialogue-conclusion-before-dialogue", "on", Dates.format(heldOn));
        }
        String text = Texts.clean(notice.text());
        if (text == null) {
            throw DomainException.invalid("dialogue-conclusion-text-required", "text");
        }
        Map<Long, Route> routes = notice.routes() == null ? Map.of() : notice.routes();
        List<DialogueOpinion> open = opinions.stream().filter(DialogueOpinion::needsAssignment).toList();
        for (DialogueOpinion o : open) {
            Route r = routes.get(o.id());
            if (r == null || r.assigneeUnitId() == null) {
                throw DomainException.invalid("dialogue-opinion-unassigned", "routes", o.seq());
            }
        }
        Due due = answerDeadline.apply(notice.on());
        DocumentRef ref = issuer.issue(DocumentKind.CONCLUSION_NOTICE, notice.on(), Texts.clean(notice.signer()));
        for (DialogueOpinion o : open) {
            Route r = routes.get(o.id());
            assignments.add(new Assignment(o, r.assigneeUnitId(), r.instruction(), notice.on(), due));
        }
        conclusion.issued(notice.on(), ref.documentId(), ref.number(), text);
        documents.add(ref);
        this.state = DialogueState.CONCLUDED;
        return ref;
    }

    // --- follow-up -------------------------------------------------------------------------------

    void answer(long assignmentId, Assignment.Answer answer, LocalDate today) {
        check(DialogueAction.ANSWER);
        assignment(assignmentId).answer(answer, today);
    }

    /** Sends a point outside the body's competence to a higher body, with a numbered letter. */
    DocumentRef escalate(long assignmentId, Assignment.Escalation escalation, LocalDate today, DocumentIssuer issuer) {
        check(DialogueAction.ESCALATE);
        Assignment a = assignment(assignmentId);
        a.checkEscalation(escalation, today);
        DocumentRef ref = issuer.issue(DocumentKind.ESCALATION, escalation.on(), Texts.clean(escalation.signer()));
        a.escalate(escalation, ref);
        return ref;
    }

    /** Closes once every assignment is answered or escalated, with the report to the Party committee. */
    DocumentRef close(LocalDate on, String signer, LocalDate today, DocumentIssuer issuer) {
        check(DialogueAction.CLOSE);
        checkDocumentDate(on, today, "on");
        long open = assignments.stream().filter(a -> !a.settled()).count();
        if (open > 0) {
            throw DomainException.conflict("dialogue-close-open-assignments", open);
        }
        LocalDate last = assignments.stream().map(Assignment::settledOn).max(Comparator.naturalOrder())
                .orElse(conclusion.issuedOn());
        if (on.isBefore(last)) {
            throw DomainException.invalid("dialogue-close-before-answers", "on", Dates.format(last));
        }
        DocumentRef ref = issuer.issue(DocumentKind.REPORT, on, Texts.clean(signer));
        documents.add(ref);
        this.closedOn = on;
        this.state = DialogueState.CLOSED;
        return ref;
    }

    // --- reading ---------------------------------------------------------------------------------

    DialogueOpinion opinion(long opinionId) {
        return opinions.stream().filter(o -> o.id() != null && o.id() == opinionId).findFirst()
                .orElseThrow(() -> DomainException.notFound("dialogue-opinion-not-found"));
    }

    Assignment assignment(long assignmentId) {
        return assignments.stream().filter(a -> a.id() != null && a.id() == assignmentId).findFirst()
                .orElseThrow(() -> DomainException.notFound("dialogue-assignment-not-found"));
    }

    Optional<Assignment> assignmentFor(DialogueOpinion o) {
        return assignments.stream().filter(a -> a.opinion() == o).findFirst();
    }

    Optional<DocumentRef> document(DocumentKind documentKind) {
        return documents.stream().filter(d -> d.kind() == documentKind).findFirst();
    }

    boolean held() {
        return state == DialogueState.HELD || state == DialogueState.CONCLUDED || state == DialogueState.CLOSED;
    }

    public Long id() {
        return id;
    }

    public Long unitId() {
        return unitId;
    }

    public DialogueKind kind() {
        return kind;
    }

    public String topic() {
        return topic;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public LocalTime startTime() {
        return startTime;
    }

    public String place() {
        return place;
    }

    public String chairName() {
        return chairName;
    }

    public String secretaryName() {
        return secretaryName;
    }

    public Integer officialsCount() {
        return officialsCount;
    }

    public Integer citizensCount() {
        return citizensCount;
    }

    public DialogueState state() {
        return state;
    }

    /** Null until the dialogue is held. */
    public Conclusion conclusion() {
        return conclusion;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public LocalDate cancelledOn() {
        return cancelledOn;
    }

    public String cancelReason() {
        return cancelReason;
    }

    public String createdBy() {
        return createdBy;
    }

    public List<DialogueHost> hosts() {
        return List.copyOf(hosts);
    }

    public boolean joint() {
        return hosts.size() > 1;
    }

    public List<String> hamlets() {
        return List.copyOf(hamlets);
    }

    public List<DocumentRef> documents() {
        return List.copyOf(documents);
    }

    public List<DialogueOpinion> opinions() {
        return List.copyOf(opinions);
    }

    public List<Assignment> assignments() {
        return List.copyOf(assignments);
    }

    public long version() {
        return version;
    }
}
