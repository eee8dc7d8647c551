package org.tiepdan.reception.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReceptionScheduleRepository extends JpaRepository<ReceptionSchedule, Long> {

    List<ReceptionSchedule> findByUnitIdInOrderByValidFromDesc(List<Long> unitIds);

    List<ReceptionSchedule> findByPublishedTrueOrderByIdAsc();
}
