package org.tiepdan.plan.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface WorkPlanRepository extends JpaRepository<WorkPlan, Long> {

    List<WorkPlan> findByUnitIdInOrderByYearDescIdDesc(Collection<Long> unitIds);

    List<WorkPlan> findByUnitIdAndYear(Long unitId, int year);

    List<WorkPlan> findByUnitIdInAndState(Collection<Long> unitIds, PlanState state);
}
