package org.tiepdan.plan.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanTaskRepository extends JpaRepository<PlanTask, Long> {
}
