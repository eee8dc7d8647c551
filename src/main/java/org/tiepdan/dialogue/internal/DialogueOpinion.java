package org.tiepdan.dialogue.internal;

import java.time.Instant;
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
import org.tiepdan.platform.DomainException;

/**
 * One point raised before (through a hamlet) or at the dialogue (ý kiến, kiến nghị của nhân dân).
 * It ends in one of three ways: answered on the spot, handed to the petition workflow (a petition
 * with channel DIALOGUE), or, when the conclusion notice is issued, assigned to a unit. Changed only
 * through its {@link Dialogue}, which checks the state.
 */
@Entity
@Table(name = "dialogue_opinion")
class DialogueOpinion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private int seq;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OpinionStage stage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OpinionSource source;

    @Column(name = "citizen_name")
    private String citizenName;

    private String hamlet;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OpinionField field;

    @Column(nullable = false)
    private String content;

    @Column(name = "raised_on", nullable = false)
    private LocalDate raisedOn;

    @Column(name = "answered_on_spot", nullable = false)
    private boolean answeredOnSpot;

    private String answer;

    @Column(name = "answered_by")
    private String answeredBy;

    @Column(name = "petition_id")
    private Long petitionId;

    @Column(name = "petition_number")
    private String petitionNumber;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt = Instant.now();

    @Version
    private long version;

    protected DialogueOpinion() {
    }

    /** What an officer records; {@code raisedOn} is the day the point was raised. */
    record NewOpinion(OpinionStage stage, OpinionSource source, String citizenName, String hamlet, OpinionField field,
            String content, LocalDate raisedOn, boolean answeredOnSpot, String answer, String answeredBy) {
    }

    DialogueOpinion(int seq, NewOpinion o, LocalDate raisedOn, String recordedBy) {
        if (o.stage() == null) {
            throw DomainException.invalid("dialogue-opinion-stage-required", "stage");
        }
        if (o.source() == null) {
            throw DomainException.invalid("dialogue-opinion-source-required", "source");
        }
        String name = Texts.clean(o.citizenName());
        String place = Texts.clean(o.hamlet());
        if (o.source() == OpinionSource.CITIZEN && name == null) {
            throw DomainException.invalid("dialogue-opinion-citizen-required", "citizenName");
        }
        if (o.source() == OpinionSource.HAMLET && place == null) {
            throw DomainException.invalid("dialogue-opinion-hamlet-required", "hamlet");
        }
        if (o.field() == null) {
            throw DomainException.invalid("dialogue-opinion-field-required", "field");
        }
        String text = Texts.clean(o.content());
        if (text == null) {
            throw DomainException.invalid("dialogue-opinion-content-required", "content");
        }
        this.seq = seq;
        this.stage = o.stage();
        this.source = o.source();
        // A point raised by a hamlet as a whole names no person.
        this.citizenName = o.source() == OpinionSource.CITIZEN ? name : null;
        this.hamlet = place;
        this.field = o.field();
        this.content = text;
        this.raisedOn = raisedOn;
        this.recordedBy = recordedBy;
    }

    void answerOnSpot(String text, String by) {
        if (answeredOnSpot) {
            throw DomainException.conflict("dialogue-opinion-already-answered", seq);
        }
        if (petitionId != null) {
            throw DomainException.conflict("dialogue-opinion-is-petition", seq, petitionNumber);
        }
        String clean = Texts.clean(text);
        if (clean == null) {
            throw DomainException.invalid("dialogue-answer-required", "answer");
        }
        this.answeredOnSpot = true;
        this.answer = clean;
        this.answeredBy = Texts.clean(by);
    }

    void checkCanBecomePetition() {
        if (answeredOnSpot) {
            throw DomainException.conflict("dialogue-opinion-already-answered", seq);
        }
        if (petitionId != null) {
            throw DomainException.conflict("dialogue-opinion-is-petition", seq, petitionNumber);
        }
    }

    void linkPetition(long id, String number) {
        checkCanBecomePetition();
        this.petitionId = id;
        this.petitionNumber = number;
    }

    /** Still needs a unit to answer it: neither answered on the spot nor handed to the petition workflow. */
    boolean needsAssignment() {
        return !answeredOnSpot && petitionId == null;
    }

    public Long id() {
        return id;
    }

    public int seq() {
        return seq;
    }

    public OpinionStage stage() {
        return stage;
    }

    public OpinionSource source() {
        return source;
    }

    public String citizenName() {
        return citizenName;
    }

    public String hamlet() {
        return hamlet;
    }

    public OpinionField field() {
        return field;
    }

    public String content() {
        return content;
    }

    public LocalDate raisedOn() {
        return raisedOn;
    }

    public boolean answeredOnSpot() {
        return answeredOnSpot;
    }

    public String answer() {
        return answer;
    }

    public String answeredBy() {
        return answeredBy;
    }

    public Long petitionId() {
        return petitionId;
    }

    public String petitionNumber() {
        return petitionNumber;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
