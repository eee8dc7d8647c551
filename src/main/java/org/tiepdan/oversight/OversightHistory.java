package org.tiepdan.oversight;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Inspections (with the heads found in violation) and outreach events of past years brought in by
 * a history import. They pass the rules of manual entry ({@code check...} throws the same
 * {@link org.tiepdan.platform.DomainException}), carry the import's id and are audited.
 */
public interface OversightHistory {

    record HistoricalInspection(long unitId, InspectionKind kind, InspectionMode mode, String topic, String title,
            LocalDate startedOn, LocalDate endedOn, List<Long> bodies, String findings) {
    }

    /** A head found in violation; heads with the same name and unit are one person. */
    record HistoricalViolation(String headName, String headTitle, Long headUnitId, HeadRole headRole, String description,
            ViolationSeverity severity, String disciplineForm, LocalDate disciplinedOn) {
    }

    record HistoricalOutreach(long unitId, OutreachKind kind, LocalDate heldOn, String title, String topic,
            int participants, int materials) {
    }

    void checkInspection(HistoricalInspection inspection);

    void checkViolation(HistoricalInspection inspection, HistoricalViolation violation);

    void checkOutreach(HistoricalOutreach outreach);

    /** An inspection of the unit that started the same day with the same title. */
    Optional<Long> existingInspection(HistoricalInspection inspection);

    /** An event of the unit held the same day with the same title. */
    Optional<Long> existingOutreach(HistoricalOutreach outreach);

    /** Records the inspection, one head per distinct person in the violations, and the violations. */
    long recordInspection(HistoricalInspection inspection, List<HistoricalViolation> violations, long importId);

    long recordOutreach(HistoricalOutreach outreach, long importId);
}
