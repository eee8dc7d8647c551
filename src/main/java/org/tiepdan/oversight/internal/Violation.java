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
import org.tiepdan.oversight.DisciplineForm;
import org.tiepdan.oversight.HeadRole;
import org.tiepdan.oversight.ViolationSeverity;
import org.tiepdan.platform.DomainException;

/**
 * A violation (vi phạm) of a head found by an inspection, and the discipline decided for it. Only a
 * violation "to the level of discipline" carries a discipline; the decision date can neither precede
 * the inspection nor lie in the future.
 */
@Entity
@Table(name = "violation")
class Violation {

    /** What a form or the API says about a violation. */
    record Data(Long headId, HeadRole headRole, String description, ViolationSeverity severity,
            String disciplineForm, Long disciplineDocumentId, LocalDate disciplinedOn) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long inspectionId;
    private Long headId;
    @Enumerated(EnumType.STRING)
    private HeadRole headRole;
    private String description;
    @Enumerated(EnumType.STRING)
    private ViolationSeverity severity;
    private String disciplineForm;
    private Long disciplineDocumentId;
    private LocalDate disciplinedOn;
    @Version
    private long version;

    protected Violation() {
    }

    Violation(Inspection inspection, Data data, LocalDate today) {
        this.inspectionId = inspection.id();
        revise(inspection, data, today);
    }

    void revise(Inspection inspection, Data d, LocalDate today) {
        if (d.headId() == null || inspection.head(d.headId()).isEmpty()) {
            throw DomainException.invalid("violation-head-unknown", "headId");
        }
        if (d.headRole() == null) {
            throw DomainException.invalid("violation-head-role-required", "headRole");
        }
        String what = Text.required(d.description(), "violation-description-required", "description");
        if (d.severity() == null) {
            throw DomainException.invalid("violation-severity-required", "severity");
        }
        // A list, not free text: the code, or the Vietnamese name older records and imports write.
        String typed = Text.clean(d.disciplineForm());
        String form = typed == null ? null : DisciplineForm.parse(typed).map(Enum::name).orElseThrow(
                () -> DomainException.invalid("violation-discipline-form-unknown", "disciplineForm"));
        boolean disciplined = form != null || d.disciplineDocumentId() != null || d.disciplinedOn() != null;
        if (disciplined && d.severity() == ViolationSeverity.NOT_TO_DISCIPLINE) {
            throw DomainException.invalid("violation-discipline-not-applicable", "disciplineForm");
        }
        if (disciplined && form == null) {
            throw DomainException.invalid("violation-discipline-form-required", "disciplineForm");
        }
        if (d.disciplinedOn() != null && d.disciplinedOn().isBefore(inspection.startedOn())) {
            throw DomainException.invalid("violation-discipline-before-inspection", "disciplinedOn",
                    org.tiepdan.platform.Dates.format(inspection.startedOn()));
        }
        if (d.disciplinedOn() != null && d.disciplinedOn().isAfter(today)) {
            throw DomainException.invalid("violation-discipline-future", "disciplinedOn");
        }
        this.headId = d.headId();
        this.headRole = d.headRole();
        this.description = what;
        this.severity = d.severity();
        this.disciplineForm = form;
        this.disciplineDocumentId = d.disciplineDocumentId();
        this.disciplinedOn = d.disciplinedOn();
    }

    Long id() {
        return id;
    }

    Long inspectionId() {
        return inspectionId;
    }

    Long headId() {
        return headId;
    }

    HeadRole headRole() {
        return headRole;
    }

    String description() {
        return description;
    }

    ViolationSeverity severity() {
        return severity;
    }

    String disciplineForm() {
        return disciplineForm;
    }

    Long disciplineDocumentId() {
        return disciplineDocumentId;
    }

    LocalDate disciplinedOn() {
        return disciplinedOn;
    }

    long version() {
        return version;
    }
}
