package org.tiepdan.petition.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One step taken on a petition: who, when, from which state to which, with its written document. */
@Entity
@Table(name = "petition_event")
class PetitionEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "petition_id")
    private Petition petition;
    private int position;
    @Enumerated(EnumType.STRING)
    private Action action;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    private PetitionState fromState;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_state")
    private PetitionState toState;
    @Column(name = "acted_on")
    private LocalDate actedOn;
    private String actor;
    private Instant at;
    @Column(name = "document_number")
    private String documentNumber;
    @Column(name = "document_date")
    private LocalDate documentDate;
    private String note;
    private boolean notice;

    protected PetitionEvent() {
    }

    PetitionEvent(Petition petition, int position, Action action, PetitionState from, PetitionState to,
            LocalDate actedOn, String actor, String documentNumber, LocalDate documentDate, String note) {
        this.petition = petition;
        this.position = position;
        this.action = action;
        this.fromState = from;
        this.toState = to;
        this.actedOn = actedOn;
        this.actor = actor;
        this.at = Instant.now();
        this.documentNumber = documentNumber;
        this.documentDate = documentDate;
        this.note = note;
        this.notice = action.notice;
    }

    Long id() {
        return id;
    }

    int position() {
        return position;
    }

    Action action() {
        return action;
    }

    PetitionState fromState() {
        return fromState;
    }

    PetitionState toState() {
        return toState;
    }

    LocalDate actedOn() {
        return actedOn;
    }

    String actor() {
        return actor;
    }

    Instant at() {
        return at;
    }

    String documentNumber() {
        return documentNumber;
    }

    LocalDate documentDate() {
        return documentDate;
    }

    String note() {
        return note;
    }

    boolean notice() {
        return notice;
    }
}
