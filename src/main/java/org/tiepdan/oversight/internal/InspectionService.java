package org.tiepdan.oversight.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.audit.AuditAction;
import org.tiepdan.audit.AuditLog;
import org.tiepdan.document.IssuedDocumentView;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.DomainException;

/** Inspections with their heads, and the violations found. Every change is audited in its transaction. */
@Service
class InspectionService {

    private final InspectionRepository inspections;
    private final ViolationRepository violations;
    private final RegisterDocuments documents;
    private final AuditLog audit;
    private final Clock clock;
    private final org.tiepdan.account.UnitChoices unitChoices;

    InspectionService(InspectionRepository inspections, ViolationRepository violations, RegisterDocuments documents,
            AuditLog audit, Clock clock, org.tiepdan.account.UnitChoices unitChoices) {
        this.unitChoices = unitChoices;
        this.inspections = inspections;
        this.violations = violations;
        this.documents = documents;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    Inspection create(long unitId, InspectionDetails details, List<InspectionDetails.HeadRow> heads) {
        Inspection inspection = new Inspection(unitId, details, heads);
        checkUnits(inspection);
        checkDocuments(inspection);
        Inspection saved = inspections.saveAndFlush(inspection);
        audit.record(AuditAction.CREATE, "Inspection", saved.id(), unitId, summary(saved));
        return saved;
    }

    @Transactional
    Inspection update(long id, long version, InspectionDetails details, List<InspectionDetails.HeadRow> heads) {
        Inspection inspection = require(id);
        if (inspection.version() != version) {
            throw new ObjectOptimisticLockingFailureException(Inspection.class, id);
        }
        List<Violation> found = violations.findByInspectionIdOrderById(id);
        inspection.revise(details);
        inspection.reviseHeads(heads, found.stream().map(Violation::headId).toList());
        for (Violation v : found) {
            if (v.disciplinedOn() != null && v.disciplinedOn().isBefore(inspection.startedOn())) {
                throw DomainException.invalid("inspection-start-after-discipline", "startedOn",
                        Dates.format(v.disciplinedOn()));
            }
        }
        checkUnits(inspection);
        checkDocuments(inspection);
        // Flushed, not merged: a merge would persist copies of the new heads.
        inspections.flush();
        audit.record(AuditAction.UPDATE, "Inspection", id, inspection.unitId(), summary(inspection));
        return inspection;
    }

    @Transactional
    long addViolation(long inspectionId, Violation.Data data) {
        Inspection inspection = require(inspectionId);
        Violation violation = new Violation(inspection, data, Dates.today(clock));
        checkDisciplineDocument(inspection, data);
        Violation saved = violations.saveAndFlush(violation);
        audit.record(AuditAction.CREATE, "Violation", saved.id(), inspection.unitId(), violationSummary(saved));
        return saved.id();
    }

    @Transactional
    void updateViolation(long violationId, long version, Violation.Data data) {
        Violation violation = violations.findById(violationId)
                .orElseThrow(() -> DomainException.notFound("violation-not-found"));
        if (violation.version() != version) {
            throw new ObjectOptimisticLockingFailureException(Violation.class, violationId);
        }
        Inspection inspection = require(violation.inspectionId());
        violation.revise(inspection, data, Dates.today(clock));
        checkDisciplineDocument(inspection, data);
        violations.flush();
        audit.record(AuditAction.UPDATE, "Violation", violationId, inspection.unitId(), violationSummary(violation));
    }

    @Transactional(readOnly = true)
    Inspection require(long id) {
        return inspections.findById(id).orElseThrow(() -> DomainException.notFound("inspection-not-found"));
    }

    @Transactional(readOnly = true)
    java.util.Optional<Inspection> find(long id) {
        return inspections.findById(id);
    }

    @Transactional(readOnly = true)
    Violation violation(long id) {
        return violations.findById(id).orElseThrow(() -> DomainException.notFound("violation-not-found"));
    }

    /**
     * The bodies inspected and the units of the heads are unit ids taken from the request: they lie in
     * the territory of the inspecting unit ({@code UnitChoices.mayName}), or the field is refused like
     * an unknown unit.
     */
    private void checkUnits(Inspection i) {
        for (Long body : i.bodies()) {
            if (!unitChoices.mayName(i.unitId(), body)) {
                throw DomainException.invalid("inspection-body-unknown", "bodies");
            }
        }
        for (InspectionHead h : i.heads()) {
            if (h.unitId() != null && !unitChoices.mayName(i.unitId(), h.unitId())) {
                throw DomainException.invalid("inspection-body-unknown", "heads");
            }
        }
    }

    /** The decision to inspect comes before the start; the conclusion after it. */
    private void checkDocuments(Inspection i) {
        if (i.decisionDocumentId() != null) {
            IssuedDocumentView d = documents.require(i.decisionDocumentId(), i.unitId(), "decisionDocumentId");
            if (d.issuedOn().isAfter(i.startedOn())) {
                throw DomainException.invalid("inspection-decision-after-start", "decisionDocumentId",
                        d.numberSymbol(), Dates.format(d.issuedOn()));
            }
        }
        if (i.conclusionDocumentId() != null) {
            IssuedDocumentView c = documents.require(i.conclusionDocumentId(), i.unitId(), "conclusionDocumentId");
            if (c.issuedOn().isBefore(i.startedOn())) {
                throw DomainException.invalid("inspection-conclusion-before-start", "conclusionDocumentId",
                        c.numberSymbol(), Dates.format(c.issuedOn()));
            }
        }
    }

    private void checkDisciplineDocument(Inspection inspection, Violation.Data data) {
        if (data.disciplineDocumentId() != null) {
            documents.require(data.disciplineDocumentId(), inspection.unitId(), "disciplineDocumentId");
        }
    }

    private static Map<String, Object> summary(Inspection i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", i.kind());
        m.put("mode", i.mode());
        m.put("startedOn", i.startedOn());
        m.put("endedOn", i.endedOn());
        m.put("bodies", i.bodies());
        m.put("heads", i.heads().size());
        m.put("decisionDocument", i.decisionDocumentId());
        m.put("conclusionDocument", i.conclusionDocumentId());
        return m;
    }

    private static Map<String, Object> violationSummary(Violation v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("inspection", v.inspectionId());
        m.put("head", v.headId());
        m.put("severity", v.severity());
        m.put("disciplineForm", v.disciplineForm());
        m.put("disciplinedOn", v.disciplinedOn());
        return m;
    }

    LocalDate today() {
        return Dates.today(clock);
    }
}
