package org.tiepdan.oversight.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.document.IssuedDocuments;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.oversight.AbuseMeasure;
import org.tiepdan.oversight.InspectionKind;
import org.tiepdan.oversight.InspectionMode;
import org.tiepdan.oversight.RecommendationState;
import org.tiepdan.oversight.HeadRole;
import org.tiepdan.oversight.ViolationSeverity;
import org.tiepdan.platform.Dates;

/** What the oversight screens and the JSON API show: records with the names and numbers they point to. */
@Component
public class OversightViews {

    public record DocumentRef(long id, String numberSymbol, LocalDate issuedOn, String summary) {
    }

    public record UnitRef(long id, String name) {
    }

    public record HeadView(long id, String fullName, String title, UnitRef unit) {
    }

    public record ViolationView(long id, long headId, String headName, HeadRole headRole, String description,
            ViolationSeverity severity, String disciplineForm, DocumentRef disciplineDocument, LocalDate disciplinedOn,
            long version) {
    }

    public record RecommendationView(long id, long inspectionId, String inspectionTitle, UnitRef assignee,
            String content, LocalDate dueOn, String dueBasis, String ruleCode, String ruleName, RecommendationState state,
            boolean doneLate, String result, DocumentRef resultDocument, LocalDate doneOn, long version) {
    }

    public record InspectionView(long id, UnitRef unit, InspectionKind kind, InspectionMode mode, String topic,
            String title, LocalDate startedOn, LocalDate endedOn, DocumentRef decision, DocumentRef conclusion,
            String findings, List<UnitRef> bodies, List<HeadView> heads, List<ViolationView> violations,
            List<RecommendationView> recommendations, long version) {
    }

    public record AbuseView(long id, UnitRef unit, String personName, String description, AbuseMeasure measureKind,
            String measure, DocumentRef decision, String decisionRef, LocalDate decidedOn, long version) {
    }

    private final InspectionService inspections;
    private final RecommendationService recommendations;
    private final ViolationRepository violations;
    private final IssuedDocuments documents;
    private final OrgUnits units;
    private final org.tiepdan.calendar.DeadlineRules rules;
    private final Clock clock;

    OversightViews(InspectionService inspections, RecommendationService recommendations,
            ViolationRepository violations, IssuedDocuments documents, OrgUnits units,
            org.tiepdan.calendar.DeadlineRules rules, Clock clock) {
        this.rules = rules;
        this.inspections = inspections;
        this.recommendations = recommendations;
        this.violations = violations;
        this.documents = documents;
        this.units = units;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public InspectionView inspection(long id) {
        Inspection i = inspections.require(id);
        LocalDate today = Dates.today(clock);
        Map<Long, InspectionHead> heads = i.heads().stream()
                .collect(Collectors.toMap(InspectionHead::id, Function.identity()));
        List<ViolationView> found = violations.findByInspectionIdOrderById(id).stream()
                .map(v -> new ViolationView(v.id(), v.headId(), heads.containsKey(v.headId())
                        ? heads.get(v.headId()).fullName() : "", v.headRole(), v.description(), v.severity(), v.disciplineForm(),
                        document(v.disciplineDocumentId()), v.disciplinedOn(), v.version()))
                .toList();
        return new InspectionView(i.id(), unit(i.unitId()), i.kind(), i.mode(), i.topic(), i.title(), i.startedOn(),
                i.endedOn(), document(i.decisionDocumentId()), document(i.conclusionDocumentId()), i.findings(),
                i.bodies().stream().sorted().map(this::unit).toList(),
                i.heads().stream().map(h -> new HeadView(h.id(), h.fullName(), h.title(),
                        h.unitId() == null ? null : unit(h.unitId()))).toList(),
                found,
                recommendations.ofInspection(id).stream().map(r -> recommendation(r, i.title(), today)).toList(),
                i.version());
    }

    /** Recommendations of the units' inspections or addressed to them, as they stand on {@code today}. */
    @Transactional(readOnly = true)
    public List<RecommendationView> recommendations(Collection<Long> unitIds, LocalDate today, boolean overdueOnly) {
        List<Recommendation> list = overdueOnly ? recommendations.overdue(unitIds, today)
                : recommendations.concerning(unitIds);
        return list.stream().map(r -> recommendation(r, inspections.require(r.inspectionId()).title(), today))
                .toList();
    }

    @Transactional(readOnly = true)
    public RecommendationView recommendation(long id) {
        Recommendation r = recommendations.find(id);
        return recommendation(r, inspections.require(r.inspectionId()).title(), Dates.today(clock));
    }

    AbuseView abuse(PetitionAbuse p) {
        return new AbuseView(p.id(), unit(p.unitId()), p.personName(), p.description(), p.measureKind(),
                p.measure(), document(p.decisionDocumentId()), p.decisionRef(), p.decidedOn(), p.version());
    }

    private RecommendationView recommendation(Recommendation r, String inspectionTitle, LocalDate today) {
        return new RecommendationView(r.id(), r.inspectionId(), inspectionTitle, unit(r.assigneeUnitId()),
                r.content(), r.dueOn(), r.dueBasis().name(), r.ruleCode(), ruleName(r.ruleCode()), r.state(today),
                r.doneLate(), r.result(),
                document(r.resultDocumentId()), r.doneOn(), r.version());
    }

    private String ruleName(String code) {
        return code == null ? null : rules.all().stream().filter(r -> r.code().equals(code))
                .map(org.tiepdan.calendar.DeadlineRule::name).findFirst().orElse(code);
    }

    UnitRef unit(long id) {
        return new UnitRef(id, units.find(id).map(OrgUnitView::name).orElse("#" + id));
    }

    DocumentRef document(Long id) {
        if (id == null) {
            return null;
        }
        return documents.find(id).map(d -> new DocumentRef(d.id(), d.numberSymbol(), d.issuedOn(), d.summary()))
                .orElse(null);
    }
}
