package org.tiepdan.oversight;

import java.time.LocalDate;
import java.util.List;

/** Recording inspections, their heads, violations and recommendations; outreach events. Audited. */
public interface Inspections {

    record Head(String fullName, String title, Long unitId) {
    }

    record NewInspection(long unitId, InspectionKind kind, InspectionMode mode, String topic, String title,
            LocalDate startedOn, LocalDate endedOn, List<Long> bodies, List<Head> heads, Long decisionDocumentId,
            String findings) {
    }

    long create(NewInspection inspection);

    /** Records a violation of a head of the inspection; returns the violation id. */
    long addViolation(long inspectionId, long headId, String description, ViolationSeverity severity,
            String disciplineForm, Long disciplineDocumentId, LocalDate disciplinedOn);

    long addRecommendation(long inspectionId, long assigneeUnitId, String content, LocalDate dueOn);

    /** Answers a recommendation and closes it (optimistic lock on version). */
    void answerRecommendation(long recommendationId, long version, String answer, LocalDate answeredOn);

    long recordOutreach(long unitId, OutreachKind kind, LocalDate heldOn, String title, String topic,
            int participants, int materials, List<Long> documentIds);

    long recordPetitionAbuse(long unitId, String personName, String description, String measure,
            Long decisionDocumentId, LocalDate decidedOn);
}
