package org.tiepdan.dialogue.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The chair's conclusions (thông báo kết luận): due within 10 working days of the dialogue (rule
 * {@code DIALOGUE_CONCLUSION}, computed when the dialogue is held), issued as a numbered notice.
 */
@Embeddable
class Conclusion {

    @Column(name = "conclusion_due")
    private LocalDate due;

    @Column(name = "conclusion_due_explanation")
    private String dueExplanation;

    @Column(name = "conclusion_issued_on")
    private LocalDate issuedOn;

    @Column(name = "conclusion_document_id")
    private Long documentId;

    @Column(name = "conclusion_number")
    private String number;

    @Column(name = "conclusion_text")
    private String text;

    protected Conclusion() {
    }

    static Conclusion due(LocalDate due, String explanation) {
        Conclusion c = new Conclusion();
        c.due = due;
        c.dueExplanation = explanation;
        return c;
    }

    void issued(LocalDate on, long docId, String docNumber, String conclusions) {
        this.issuedOn = on;
        this.documentId = docId;
        this.number = docNumber;
        this.text = conclusions;
    }

    public LocalDate due() {
        return due;
    }

    public String dueExplanation() {
        return dueExplanation;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public Long documentId() {
        return documentId;
    }

    public String number() {
        return number;
    }

    public String text() {
        return text;
    }

    public boolean issued() {
        return issuedOn != null;
    }

    /** Issued by its due date; null while not issued. */
    public Boolean onTime() {
        return issuedOn == null || due == null ? null : !issuedOn.isAfter(due);
    }

    /** Not issued and past due on {@code today}. */
    public boolean overdue(LocalDate today) {
        return issuedOn == null && due != null && today.isAfter(due);
    }
}
