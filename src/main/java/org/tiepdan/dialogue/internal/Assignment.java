package org.tiepdan.dialogue.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.DomainException;

/**
 * An open point given by the conclusion notice to a unit, which answers in writing within 30 working
 * days of the notice (rule {@code DIALOGUE_ANSWER}), or, when the point is outside the body's
 * competence, escalates it to a higher body with a document (kiến nghị cấp trên). Changed only
 * through its {@link Dialogue}.
 */
@Entity
@Table(name = "dialogue_assignment")
class Assignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "opinion_id", nullable = false, updatable = false)
    private DialogueOpinion opinion;

    @Column(name = "assignee_unit_id", nullable = false)
    private Long assigneeUnitId;

    private String instruction;

    @Column(name = "assigned_on", nullable = false)
    private LocalDate assignedOn;

    @Column(nullable = false)
    private LocalDate due;

    @Column(name = "due_explanation", nullable = false)
    private String dueExplanation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AssignmentState state = AssignmentState.OPEN;

    @Column(name = "answered_on")
    private LocalDate answeredOn;

    @Column(name = "answer_number")
    private String answerNumber;

    private String answer;

    @Column(name = "escalated_on")
    private LocalDate escalatedOn;

    @Column(name = "escalated_to")
    private String escalatedTo;

    @Column(name = "escalation_reason")
    private String escalationReason;

    @Column(name = "escalation_document_id")
    private Long escalationDocumentId;

    @Column(name = "escalation_number")
    private String escalationNumber;

    @Version
    private long version;

    protected Assignment() {
    }

    Assignment(DialogueOpinion opinion, long assigneeUnitId, String instruction, LocalDate notice, Due deadline) {
        this.opinion = opinion;
        this.assigneeUnitId = assigneeUnitId;
        this.instruction = Texts.clean(instruction);
        this.assignedOn = notice;
        this.due = deadline.date();
        this.dueExplanation = deadline.explanation();
    }

    /** What the unit's written answer says: its document (number, date) and content. */
    record Answer(LocalDate on, String documentNumber, String text) {
    }

    /** Where a point outside the body's competence is sent. */
    record Escalation(LocalDate on, String higherBody, String reason, String signer) {
    }

    void checkOpen() {
        if (state != AssignmentState.OPEN) {
            throw DomainException.conflict("dialogue-assignment-not-open", Texts.label("dialogue.assignment.state." + state));
        }
    }

    void answer(Answer a, LocalDate today) {
        checkOpen();
        if (a.on() == null) {
            throw DomainException.invalid("dialogue-date-required", "on");
        }
        checkDate(a.on(), today);
        String number = Texts.clean(a.documentNumber());
        if (number == null) {
            throw DomainException.invalid("dialogue-answer-number-required", "documentNumber");
        }
        if (number.length() > 64) {
            throw DomainException.invalid("dialogue-answer-number-too-long", "documentNumber");
        }
        String text = Texts.clean(a.text());
        if (text == null) {
            throw DomainException.invalid("dialogue-answer-text-required", "answer");
        }
        this.state = AssignmentState.ANSWERED;
        this.answeredOn = a.on();
        this.answerNumber = number;
        this.answer = text;
    }

    /** Checks an escalation before its document is numbered. */
    void checkEscalation(Escalation e, LocalDate today) {
        checkOpen();
        if (e.on() == null) {
            throw DomainException.invalid("dialogue-date-required", "on");
        }
        checkDate(e.on(), today);
        if (Texts.clean(e.higherBody()) == null) {
            throw DomainException.invalid("dialogue-escalation-body-required", "higherBody");
        }
        if (Texts.clean(e.reason()) == null) {
            throw DomainException.invalid("dialogue-escalation-reason-required", "reason");
        }
    }

    void escalate(Escalation e, DocumentRef document) {
        this.state = AssignmentState.ESCALATED;
        this.escalatedOn = e.on();
        this.escalatedTo = Texts.clean(e.higherBody());
        this.escalationReason = Texts.clean(e.reason());
        this.escalationDocumentId = document.documentId();
        this.escalationNumber = document.number();
    }

    private void checkDate(LocalDate on, LocalDate today) {
        if (on.isAfter(today)) {
            throw DomainException.invalid("dialogue-date-future", "on", Dates.format(today));
        }
        if (on.isBefore(assignedOn)) {
            throw DomainException.invalid("dialogue-answer-before-assignment", "on", Dates.format(assignedOn));
        }
    }

    /** Open and past its due date on {@code today}. */
    boolean overdue(LocalDate today) {
        return state == AssignmentState.OPEN && today.isAfter(due);
    }

    /** Answered in writing by the due date; null unless answered. */
    Boolean answeredOnTime() {
        return state == AssignmentState.ANSWERED ? !answeredOn.isAfter(due) : null;
    }

    boolean settled() {
        return state != AssignmentState.OPEN;
    }

    /** The day the body's duty ended (answer or escalation); null while open. */
    LocalDate settledOn() {
        return state == AssignmentState.ANSWERED ? answeredOn : escalatedOn;
    }

    public Long id() {
        return id;
    }

    public DialogueOpinion opinion() {
        return opinion;
    }

    public Long assigneeUnitId() {
        return assigneeUnitId;
    }

    public String instruction() {
        return instruction;
    }

    public LocalDate assignedOn() {
        return assignedOn;
    }

    public LocalDate due() {
        return due;
    }

    public String dueExplanation() {
        return dueExplanation;
    }

    public AssignmentState state() {
        return state;
    }

    public LocalDate answeredOn() {
        return answeredOn;
    }

    public String answerNumber() {
        return answerNumber;
    }

    public String answer() {
        return answer;
    }

    public LocalDate escalatedOn() {
        return escalatedOn;
    }

    public String escalatedTo() {
        return escalatedTo;
    }

    public String escalationReason() {
        return escalationReason;
    }

    public Long escalationDocumentId() {
        return escalationDocumentId;
    }

    public String escalationNumber() {
        return escalationNumber;
    }
}
