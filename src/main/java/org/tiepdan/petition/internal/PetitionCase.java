package org.tiepdan.petition.internal;

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
import org.tiepdan.petition.Competence;
import org.tiepdan.petition.PetitionKind;

/**
 * A case (vụ việc): one matter at one body, grouping its petitions (repeats, copies, the second
 * round). It is open until its petition is handled, then settled (on time or late); a petition on
 * the same matter after that reopens it ("đã giải quyết, còn PAKN, KNTC").
 */
@Entity
@Table(name = "petition_case")
class PetitionCase {

    static final int TITLE_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "unit_id")
    private long unitId;
    private String title;
    @Enumerated(EnumType.STRING)
    private PetitionKind kind;
    private String field;
    @Enumerated(EnumType.STRING)
    private Competence competence;
    private boolean complex;
    private boolean prolonged;
    private boolean mass;
    @Column(name = "degradation_related")
    private boolean degradationRelated;
    private boolean incited;
    @Column(name = "received_on")
    private LocalDate receivedOn;
    private String outcome;
    @Column(name = "direction_issued_on")
    private LocalDate directionIssuedOn;
    @Column(name = "settled_on")
    private LocalDate settledOn;
    @Column(name = "settled_on_time")
    private Boolean settledOnTime;
    @Column(name = "reopened_on")
    private LocalDate reopenedOn;
    @Version
    private long version;

    protected PetitionCase() {
    }

    PetitionCase(long unitId, String content, LocalDate receivedOn) {
        this.unitId = unitId;
        String t = content.replaceAll("\\s+", " ").strip();
        this.title = t.length() > 120 ? t.substring(0, 119) + "…" : t;
        this.receivedOn = receivedOn;
    }

    /** Takes the classification of its petition while open. */
    void follow(Petition p) {
        if (settledOn != null) {
            complex |= p.complex();
            prolonged |= p.prolonged();
            mass |= p.mass();
            degradationRelated |= p.degradationRelated();
            incited |= p.incited();
            return;
        }
        this.kind = p.kind();
        this.field = p.field();
        this.competence = p.competence();
        this.complex = p.complex();
        this.prolonged = p.prolonged();
        this.mass = p.mass();
        this.degradationRelated = p.degradationRelated();
        this.incited = p.incited();
        if (p.directionExpectedOn() != null && directionIssuedOn == null) {
            this.directionIssuedOn = p.events().get(p.events().size() - 1).actedOn();
        }
    }

    /** The first settlement counts; later ones (after a reopening) do not move it. */
    void settle(Petition p) {
        if (settledOn == null && p.settledOn() != null) {
            this.settledOn = p.settledOn();
            this.settledOnTime = p.settledOnTime();
            this.outcome = p.state().name();
        }
    }

    /** The step that settled it was undone (a head's correction the same day): open again. */
    void unsettle() {
        this.settledOn = null;
        this.settledOnTime = null;
        this.outcome = null;
    }

    /** A petition on the same matter arrived after the case was settled. */
    void reopen(LocalDate on) {
        if (settledOn != null && !on.isBefore(settledOn) && reopenedOn == null) {
            this.reopenedOn = on;
        }
    }

    /** A petition received earlier than the case's first one joins it. */
    void received(LocalDate on) {
        if (on.isBefore(receivedOn)) {
            receivedOn = on;
        }
    }

    Long id() {
        return id;
    }

    long unitId() {
        return unitId;
    }

    String title() {
        return title;
    }

    PetitionKind kind() {
        return kind;
    }

    String field() {
        return field;
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

    LocalDate receivedOn() {
        return receivedOn;
    }

    String outcome() {
        return outcome;
    }

    LocalDate directionIssuedOn() {
        return directionIssuedOn;
    }

    LocalDate settledOn() {
        return settledOn;
    }

    Boolean settledOnTime() {
        return settledOnTime;
    }

    LocalDate reopenedOn() {
        return reopenedOn;
    }

    long version() {
        return version;
    }
}
