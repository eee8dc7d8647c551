package org.tiepdan.oversight;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/** Recording inspections, their heads, violations and recommendations; outreach events. Audited. */
public interface Inspections {

    /** Lengths as the columns of inspection_head (V31). */
    record Head(@Size(max = 255) String fullName, @Size(max = 255) String title, Long unitId) {
    }

    /** Lengths as the columns of inspection (V31); findings (TEXT) bounded like other long texts. */
    record NewInspection(long unitId, InspectionKind kind, InspectionMode mode, @Size(max = 64) String topic,
            @Size(max = 500) String title, LocalDate startedOn, LocalDate endedOn, List<Long> bodies,
            List<@Valid Head> heads, Long decisionDocumentId, @Size(max = 20000) String findings,
            Long conclusionDocumentId) {

        /** Without a conclusion document (recorded later, when the conclusion is issued). */
        public NewInspection(long unitId, InspectionKind kind, InspectionMode mode, String topic, String title,
                LocalDate startedOn, LocalDate endedOn, List<Long> bodies, List<Head> heads, Long decisionDocumentId,
                String findings) {
            this(unitId, kind, mode, topic, title, startedOn, endedOn, bodies, heads, decisionDocumentId, findings,
                    null);
        }
    }

    /** An inspection as other modules see it (e.g. a work plan task it fulfils). */
    record InspectionSummary(long id, long unitId, InspectionKind kind, String title, LocalDate startedOn) {
    }

    long create(NewInspection inspection);

    Optional<InspectionSummary> find(long inspectionId);

    /** Records a violation of a head of the inspection; returns the violation id. */
    long addViolation(long inspectionId, long headId, HeadRole headRole, String description, ViolationSeverity severity,
            String disciplineForm, Long disciplineDocumentId, LocalDate disciplinedOn);

    /** A recommendation due on the date written in the conclusion. */
    long addRecommendation(long inspectionId, long assigneeUnitId, String content, LocalDate dueOn);

    /** Answers a recommendation and closes it (optimistic lock on version). */
    void answerRecommendation(long recommendationId, long version, String answer, LocalDate answeredOn);

    long recordOutreach(long unitId, OutreachKind kind, LocalDate heldOn, String title, String topic,
            int participants, int materials, List<Long> documentIds);

    long recordPetitionAbuse(long unitId, String personName, String description, String measure,
            Long decisionDocumentId, LocalDate decidedOn);
}
