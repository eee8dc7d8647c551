package org.tiepdan.oversight.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.audit.AuditAction;
import org.tiepdan.audit.AuditLog;
import org.tiepdan.calendar.DeadlineEvent;
import org.tiepdan.calendar.DeadlineRule;
import org.tiepdan.calendar.DeadlineRules;
import org.tiepdan.calendar.DeadlineVariant;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.DomainException;

/**
 * Recommendations of inspections, tracked to completion. A due date comes from the conclusion
 * (the date it writes) or, when a legal rule applies, from the calendar module: the rule counted
 * from the conclusion notice's date, with the assignee unit's stricter internal limit.
 */
@Service
class RecommendationService {

    /** What a form or the API says when a recommendation is made. */
    record Data(Long assigneeUnitId, String content, Recommendation.DueBasis basis, String ruleCode,
            LocalDate dueOn) {
    }

    private final RecommendationRepository recommendations;
    private final InspectionService inspections;
    private final RegisterDocuments documents;
    private final DeadlineRules rules;
    private final AuditLog audit;
    private final Clock clock;
    private final org.tiepdan.account.UnitChoices unitChoices;

    RecommendationService(RecommendationRepository recommendations, InspectionService inspections,
            RegisterDocuments documents, DeadlineRules rules, AuditLog audit, Clock clock,
            org.tiepdan.account.UnitChoices unitChoices) {
        this.unitChoices = unitChoices;
        this.recommendations = recommendations;
        this.inspections = inspections;
        this.documents = documents;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    long add(long inspectionId, Data d) {
        Inspection inspection = inspections.require(inspectionId);
        // The assignee is a unit id taken from the request: a body of the inspecting unit's territory
        // (the inspected bodies and their neighbours), never a unit of another subtree.
        if (d.assigneeUnitId() != null && !unitChoices.mayName(inspection.unitId(), d.assigneeUnitId())) {
            throw DomainException.invalid("recommendation-assignee-unknown", "assigneeUnitId");
        }
        LocalDate concluded = conclusionDate(inspection);
        Recommendation.DueBasis basis = d.basis() == null ? Recommendation.DueBasis.CONCLUSION : d.basis();
        LocalDate due = d.dueOn();
        if (basis == Recommendation.DueBasis.RULE) {
            due = dueByRule(d.ruleCode(), concluded, d.assigneeUnitId());
        }
        Recommendation r = recommendations.saveAndFlush(new Recommendation(inspectionId, d.assigneeUnitId(),
                d.content(), basis, d.ruleCode(), due, concluded != null ? concluded : inspection.startedOn()));
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("inspection", inspectionId);
        changes.put("assignee", r.assigneeUnitId());
        changes.put("dueOn", r.dueOn());
        changes.put("dueBasis", r.dueBasis());
        changes.put("rule", r.ruleCode());
        audit.record(AuditAction.CREATE, "InspectionRecommendation", r.id(), inspection.unitId(), changes);
        return r.id();
    }

    @Transactional
    void complete(long id, long version, String result, Long documentId, LocalDate doneOn) {
        Recommendation r = require(id, version);
        if (documentId != null) {
            documents.require(documentId, r.assigneeUnitId(), "resultDocumentId");
        }
        r.complete(result, documentId, doneOn, Dates.today(clock));
        recommendations.flush();
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("status", r.status());
        changes.put("doneOn", r.doneOn());
        changes.put("resultDocument", r.resultDocumentId());
        changes.put("late", r.doneLate());
        audit.record(AuditAction.STATE_CHANGE, "InspectionRecommendation", id, r.assigneeUnitId(), changes);
    }

    @Transactional
    void reopen(long id, long version, String reason) {
        Recommendation r = require(id, version);
        r.reopen(reason);
        recommendations.flush();
        audit.record(AuditAction.STATE_CHANGE, "InspectionRecommendation", id, r.assigneeUnitId(),
                Map.of("status", r.status(), "reason", reason.strip()));
    }

    @Transactional(readOnly = true)
    Recommendation find(long id) {
        return recommendations.findById(id).orElseThrow(() -> DomainException.notFound("recommendation-not-found"));
    }

    @Transactional(readOnly = true)
    List<Recommendation> ofInspection(long inspectionId) {
        return recommendations.findByInspectionIdOrderById(inspectionId);
    }

    @Transactional(readOnly = true)
    List<Recommendation> concerning(Collection<Long> units) {
        return units.isEmpty() ? List.of() : recommendations.concerning(units);
    }

    /** Open recommendations held or owed by the units that are past their due date on {@code today}. */
    @Transactional(readOnly = true)
    List<Recommendation> overdue(Collection<Long> units, LocalDate today) {
        return units.isEmpty() ? List.of() : recommendations.overdue(units, today);
    }

    /** The rules a due date may be computed from: in force on the conclusion's date, counted from its notice. */
    @Transactional(readOnly = true)
    List<DeadlineRule> applicableRules(LocalDate conclusionDate) {
        LocalDate on = conclusionDate == null ? Dates.today(clock) : conclusionDate;
        return rules.inForce(on).stream().filter(r -> r.startEvent() == DeadlineEvent.CONCLUSION_NOTICE)
                .filter(r -> r.variant() == DeadlineVariant.NORMAL).toList();
    }

    @Transactional(readOnly = true)
    LocalDate conclusionDate(Inspection inspection) {
        return inspection.conclusionDocumentId() == null ? null
                : documents.require(inspection.conclusionDocumentId(), inspection.unitId(), "conclusionDocumentId")
                        .issuedOn();
    }

    private LocalDate dueByRule(String ruleCode, LocalDate concluded, Long assignee) {
        if (concluded == null) {
            throw DomainException.invalid("recommendation-conclusion-required", "basis");
        }
        if (ruleCode == null || applicableRules(concluded).stream().noneMatch(r -> r.code().equals(ruleCode))) {
            throw DomainException.invalid("recommendation-rule-required", "ruleCode");
        }
        return rules.compute(ruleCode, DeadlineVariant.NORMAL, concluded, assignee).due();
    }

    private Recommendation require(long id, long version) {
        Recommendation r = find(id);
        if (r.version() != version) {
            throw new ObjectOptimisticLockingFailureException(Recommendation.class, id);
        }
        return r;
    }
}
