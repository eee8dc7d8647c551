package org.tiepdan.oversight.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RecommendationRepository extends JpaRepository<Recommendation, Long> {

    List<Recommendation> findByInspectionIdOrderById(Long inspectionId);

    /** Recommendations of inspections held by the units or addressed to them. */
    @Query("""
            select r from Recommendation r where r.assigneeUnitId in :units
               or r.inspectionId in (select i.id from Inspection i where i.unitId in :units)
            order by r.dueOn, r.id""")
    List<Recommendation> concerning(Collection<Long> units);

    /** Open ones due before {@code today}: overdue on that day. */
    default List<Recommendation> overdue(Collection<Long> units, LocalDate today) {
        return inStatusDueBefore(units, today, Recommendation.Status.OPEN);
    }

    @Query("""
            select r from Recommendation r where r.status = :status and r.dueOn < :today
              and (r.assigneeUnitId in :units
                   or r.inspectionId in (select i.id from Inspection i where i.unitId in :units))
            order by r.dueOn, r.id""")
    List<Recommendation> inStatusDueBefore(Collection<Long> units, LocalDate today, Recommendation.Status status);
}
