package org.tiepdan.oversight.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.tiepdan.oversight.RecommendationState;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.DomainException;

/**
 * A recommendation (kiến nghị) of an inspection to a unit, tracked to completion: OPEN until the
 * unit reports it done with its result or document (DONE); a DONE one the inspecting body finds
 * not done is reopened. OVERDUE is not stored: it is an OPEN one past its due date on a given day.
 */
@Entity
@Table(name = "inspection_recommendation")
class Recommendation {

    enum Status { OPEN, DONE }

    /** Where the due date comes from: the conclusion's text, or a legal rule of the calendar module. */
    enum DueBasis { CONCLUSION, RULE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long inspectionId;
    private Long assigneeUnitId;
    private String content;
    private LocalDate dueOn;
    @Enumerated(EnumType.STRING)
    private DueBasis dueBasis;
    private String ruleCode;
    @Enumerated(EnumType.STRING)
    private Status status;
    /** The result reported by the unit (kết quả thực hiện). */
    @Column(name = "answer")
    private String result;
    @Column(name = "answered_on")
    private LocalDate doneOn;
    private Long resultDocumentId;
    @Version
    private long version;

    protected Recommendation() {
    }

    /**
     * @param earliest the conclusion's date (or the inspection's start when no conclusion is
     *                 recorded): a recommendation cannot be due before it was made
     */
    Recommendation(long inspectionId, Long assigneeUnitId, String content, DueBasis basis, String ruleCode,
            LocalDate dueOn, LocalDate earliest) {
        if (assigneeUnitId == null) {
            throw DomainException.invalid("recommendation-assignee-required", "assigneeUnitId");
        }
        this.content = Text.required(content, "recommendation-content-required", "content");
        if (dueOn == null) {
            throw DomainException.invalid("recommendation-due-required", "dueOn");
        }
        if (earliest != null && dueOn.isBefore(earliest)) {
            throw DomainException.invalid("recommendation-due-before-conclusion", "dueOn", Dates.format(earliest));
        }
        if (basis == DueBasis.RULE && Text.clean(ruleCode) == null) {
            throw DomainException.invalid("recommendation-rule-required", "ruleCode");
        }
        this.inspectionId = inspectionId;
        this.assigneeUnitId = assigneeUnitId;
        this.dueBasis = basis == null ? DueBasis.CONCLUSION : basis;
        this.ruleCode = this.dueBasis == DueBasis.RULE ? ruleCode : null;
        this.dueOn = dueOn;
        this.status = Status.OPEN;
    }

    /** OPEN → DONE, with what was done (a result, a document, or both) on a day not in the future. */
    void complete(String resultText, Long documentId, LocalDate on, LocalDate today) {
        if (status != Status.OPEN) {
            throw DomainException.conflict("recommendation-transition-invalid");
        }
        String clean = Text.clean(resultText);
        if (clean == null && documentId == null) {
            throw DomainException.invalid("recommendation-result-required", "result");
        }
        if (on == null) {
            throw DomainException.invalid("recommendation-done-date-required", "doneOn");
        }
        if (on.isAfter(today)) {
            throw DomainException.invalid("recommendation-done-future", "doneOn");
        }
        this.result = clean;
        this.resultDocumentId = documentId;
        this.doneOn = on;
        this.status = Status.DONE;
    }

    /** DONE → OPEN: the inspecting body found it was not done; the reason goes to the audit log. */
    void reopen(String reason) {
        if (status != Status.DONE) {
            throw DomainException.conflict("recommendation-transition-invalid");
        }
        Text.required(reason, "recommendation-reopen-reason-required", "reason");
        this.result = null;
        this.resultDocumentId = null;
        this.doneOn = null;
        this.status = Status.OPEN;
    }

    RecommendationState state(LocalDate today) {
        if (status == Status.DONE) {
            return RecommendationState.DONE;
        }
        return dueOn != null && today.isAfter(dueOn) ? RecommendationState.OVERDUE : RecommendationState.OPEN;
    }

    /** Done, but after its due date. */
    boolean doneLate() {
        return status == Status.DONE && dueOn != null && doneOn != null && doneOn.isAfter(dueOn);
    }

    Long id() {
        return id;
    }

    Long inspectionId() {
        return inspectionId;
    }

    Long assigneeUnitId() {
        return assigneeUnitId;
    }

    String content() {
        return content;
    }

    LocalDate dueOn() {
        return dueOn;
    }

    DueBasis dueBasis() {
        return dueBasis;
    }

    String ruleCode() {
        return ruleCode;
    }

    Status status() {
        return status;
    }

    String result() {
        return result;
    }

    LocalDate doneOn() {
        return doneOn;
    }

    Long resultDocumentId() {
        return resultDocumentId;
    }

    long version() {
        return version;
    }
}
