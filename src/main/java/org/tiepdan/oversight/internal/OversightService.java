package org.tiepdan.oversight.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.oversight.AbuseMeasure;
import org.tiepdan.oversight.Inspections;
import org.tiepdan.oversight.OutreachKind;
import org.tiepdan.oversight.HeadRole;
import org.tiepdan.oversight.ViolationSeverity;

/** The module's API for other modules and the JSON API: the same rules as the screens. */
@Service
class OversightService implements Inspections {

    private final InspectionService inspections;
    private final RecommendationService recommendations;
    private final OutreachService outreach;
    private final PetitionAbuseService abuse;

    OversightService(InspectionService inspections, RecommendationService recommendations, OutreachService outreach,
            PetitionAbuseService abuse) {
        this.inspections = inspections;
        this.recommendations = recommendations;
        this.outreach = outreach;
        this.abuse = abuse;
    }

    @Override
    @Transactional
    public long create(NewInspection i) {
        List<InspectionDetails.HeadRow> heads = i.heads() == null ? List.of() : i.heads().stream()
                .map(h -> new InspectionDetails.HeadRow(null, h.fullName(), h.title(), h.unitId())).toList();
        return inspections.create(i.unitId(), new InspectionDetails(i.kind(), i.mode(), i.topic(), i.title(),
                i.startedOn(), i.endedOn(), i.bodies(), i.decisionDocumentId(), i.conclusionDocumentId(),
                i.findings()), heads).id();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<InspectionSummary> find(long inspectionId) {
        return inspections.find(inspectionId)
                .map(i -> new InspectionSummary(i.id(), i.unitId(), i.kind(), i.title(), i.startedOn()));
    }

    @Override
    public long addViolation(long inspectionId, long headId, HeadRole headRole, String description,
            ViolationSeverity severity, String disciplineForm, Long disciplineDocumentId, LocalDate disciplinedOn) {
        return inspections.addViolation(inspectionId, new Violation.Data(headId, headRole, description, severity,
                disciplineForm, disciplineDocumentId, disciplinedOn));
    }

    @Override
    public long addRecommendation(long inspectionId, long assigneeUnitId, String content, LocalDate dueOn) {
        return recommendations.add(inspectionId, new RecommendationService.Data(assigneeUnitId, content,
                Recommendation.DueBasis.CONCLUSION, null, dueOn));
    }

    @Override
    public void answerRecommendation(long recommendationId, long version, String answer, LocalDate answeredOn) {
        recommendations.complete(recommendationId, version, answer, null, answeredOn);
    }

    @Override
    public long recordOutreach(long unitId, OutreachKind kind, LocalDate heldOn, String title, String topic,
            int participants, int materials, List<Long> documentIds) {
        return outreach.record(unitId, new OutreachEvent.Data(kind, heldOn, title, topic, participants, materials,
                documentIds));
    }

    @Override
    public long recordPetitionAbuse(long unitId, String personName, String description, String measure,
            Long decisionDocumentId, LocalDate decidedOn) {
        return abuse.record(unitId, new PetitionAbuse.Data(personName, description, AbuseMeasure.OTHER, measure,
                decisionDocumentId, null, decidedOn));
    }
}
