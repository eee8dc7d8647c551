package org.tiepdan.oversight.internal;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.tiepdan.oversight.AbuseMeasure;
import org.tiepdan.platform.DomainException;

/**
 * The handling of a person who abused the right to petition (lợi dụng quyền khiếu nại, tố cáo để
 * gây rối, vu khống...), always recorded with the decision behind it: a document of this register
 * or, when another body decided (a police sanction), that decision's reference.
 */
@Entity
@Table(name = "petition_abuse_handling")
class PetitionAbuse {

    /** What a form or the API says. */
    record Data(String personName, String description, AbuseMeasure measureKind, String measure,
            Long decisionDocumentId, String decisionRef, LocalDate decidedOn) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long unitId;
    private String personName;
    private String description;
    @Enumerated(EnumType.STRING)
    private AbuseMeasure measureKind;
    private String measure;
    private Long decisionDocumentId;
    private String decisionRef;
    private LocalDate decidedOn;
    @Version
    private long version;

    protected PetitionAbuse() {
    }

    PetitionAbuse(long unitId, Data data, LocalDate today) {
        this.unitId = unitId;
        revise(data, today);
    }

    void revise(Data d, LocalDate today) {
        String name = Text.required(d.personName(), "petition-abuse-person-required", "personName");
        String what = Text.required(d.description(), "petition-abuse-description-required", "description");
        if (d.measureKind() == null) {
            throw DomainException.invalid("petition-abuse-measure-required", "measureKind");
        }
        String ref = Text.clean(d.decisionRef());
        if (d.decisionDocumentId() == null && ref == null) {
            throw DomainException.invalid("petition-abuse-decision-required", "decisionDocumentId");
        }
        if (d.decidedOn() == null) {
            throw DomainException.invalid("petition-abuse-date-required", "decidedOn");
        }
        if (d.decidedOn().isAfter(today)) {
            throw DomainException.invalid("petition-abuse-date-future", "decidedOn");
        }
        this.personName = name;
        this.description = what;
        this.measureKind = d.measureKind();
        this.measure = Text.clean(d.measure());
        this.decisionDocumentId = d.decisionDocumentId();
        this.decisionRef = ref;
        this.decidedOn = d.decidedOn();
    }

    Long id() {
        return id;
    }

    long unitId() {
        return unitId;
    }

    String personName() {
        return personName;
    }

    String description() {
        return description;
    }

    AbuseMeasure measureKind() {
        return measureKind;
    }

    String measure() {
        return measure;
    }

    Long decisionDocumentId() {
        return decisionDocumentId;
    }

    String decisionRef() {
        return decisionRef;
    }

    LocalDate decidedOn() {
        return decidedOn;
    }

    long version() {
        return version;
    }
}
