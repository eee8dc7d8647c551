package org.tiepdan.petition.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.tiepdan.petition.Competence;
import org.tiepdan.petition.PetitionKind;
import org.tiepdan.platform.DomainException;

/**
 * What a petition is taken to be (TT 05/2021/TT-TTCP): its kind, field, eligibility and competence,
 * and the marks the clocks and the reports read (complex, prolonged, mass, ...). The handler's
 * {@link Classification} is what was typed on one step; this is what the petition keeps, with what
 * came from elsewhere: the mass mark of the headcount at intake, a second round's or a reopening's
 * copy of the earlier petition, a denunciation's "especially complex" from its extension. A value of
 * the aggregate (the same columns of the {@code petition} row), replaced whole by the steps that
 * change it, which stay {@link Petition}'s; its own class because these twelve columns are one
 * concept that several steps set together. Its marks are NOT NULL columns, so it always loads.
 */
@Embeddable
class PetitionClassification {

    /**
     * A petition from this many people or more is a mass petition (đơn đông người); the one place the
     * threshold is written, used at registration, classification, import and in the demo data.
     */
    static final int MASS_HEADCOUNT = 5;

    /** Whether a headcount makes a mass petition. */
    static boolean massHeadcount(int headcount) {
        return headcount >= MASS_HEADCOUNT;
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "kind")
    private PetitionKind kind;
    /** A code of the field tree ({@code reception_field}, issue 21): a node, never an alias. */
    @Column(name = "field")
    private String field;
    @Column(name = "eligible")
    private Boolean eligible;
    @Enumerated(EnumType.STRING)
    @Column(name = "ineligibility_reason")
    private Reason ineligibilityReason;
    @Enumerated(EnumType.STRING)
    @Column(name = "competence")
    private Competence competence;
    @Column(name = "complex")
    private boolean complex;
    @Column(name = "prolonged")
    private boolean prolonged;
    @Column(name = "mass")
    private boolean mass;
    @Column(name = "degradation_related")
    private boolean degradationRelated;
    @Column(name = "incited")
    private boolean incited;
    @Column(name = "remote_area")
    private boolean remoteArea;
    @Column(name = "especially_complex")
    private boolean especiallyComplex;

    protected PetitionClassification() {
    }

    private PetitionClassification copy() {
        PetitionClassification c = new PetitionClassification();
        c.kind = kind;
        c.field = field;
        c.eligible = eligible;
        c.ineligibilityReason = ineligibilityReason;
        c.competence = competence;
        c.complex = complex;
        c.prolonged = prolonged;
        c.mass = mass;
        c.degradationRelated = degradationRelated;
        c.incited = incited;
        c.remoteArea = remoteArea;
        c.especiallyComplex = especiallyComplex;
        return c;
    }

    /** Before any classification: only the mass mark, from the headcount ({@link #massHeadcount}). */
    static PetitionClassification atIntake(int headcount) {
        PetitionClassification c = new PetitionClassification();
        c.mass = massHeadcount(headcount);
        return c;
    }

    /**
     * The handler's classification, checked (kind, competence, and the ground of ineligibility are
     * required); the headcount keeps a mass petition mass. "Especially complex" is not the handler's
     * to classify: it stays as an extension set it.
     */
    PetitionClassification classified(Classification in, int headcount) {
        if (in.kind() == null) {
            throw DomainException.invalid("petition-kind-required", "kind");
        }
        if (in.competence() == null) {
            throw DomainException.invalid("petition-competence-required", "competence");
        }
        if (!in.eligible() && in.ineligibility() == null) {
            throw DomainException.invalid("petition-ineligibility-reason-required", "ineligibility");
        }
        PetitionClassification c = copy();
        c.kind = in.kind();
        c.field = in.field();
        c.eligible = in.eligible();
        c.ineligibilityReason = in.eligible() ? null : in.ineligibility();
        c.competence = in.competence();
        c.complex = in.complex();
        c.prolonged = in.prolonged();
        c.mass = in.mass() || massHeadcount(headcount);
        c.degradationRelated = in.degradationRelated();
        c.incited = in.incited();
        c.remoteArea = in.remoteArea();
        return c;
    }

    /**
     * A second-round complaint: a complaint within competence and eligible, of the first round's
     * field, with its marks of complexity, duration, place and mass ({@link Petition#openSecondRound}).
     */
    PetitionClassification secondRoundOf(PetitionClassification first) {
        PetitionClassification c = takenUp(PetitionKind.COMPLAINT, first.field);
        c.complex = first.complex;
        c.prolonged = first.prolonged;
        c.remoteArea = first.remoteArea;
        c.mass = first.mass;
        return c;
    }

    /** A citizen's reopening: the answered petition's kind and field, taken up ({@link Petition#openFollowUp}). */
    PetitionClassification followUpOf(PetitionClassification answered) {
        return takenUp(answered.kind, answered.field);
    }

    private PetitionClassification takenUp(PetitionKind k, String f) {
        PetitionClassification c = copy();
        c.kind = k;
        c.field = f;
        c.eligible = Boolean.TRUE;
        c.competence = Competence.RESOLVE;
        return c;
    }

    /** Acceptance needs a petition within the body's competence to resolve, and eligible. */
    void checkAcceptable() {
        if (competence != Competence.RESOLVE) {
            throw DomainException.conflict("petition-accept-needs-resolve");
        }
        if (!Boolean.TRUE.equals(eligible)) {
            throw DomainException.conflict("petition-accept-needs-eligible");
        }
    }

    /** A denunciation once extended as especially complex ({@link Petition#extend}) stays so. */
    PetitionClassification especiallyComplexMarked() {
        PetitionClassification c = copy();
        c.especiallyComplex = true;
        return c;
    }

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
}
