package org.tiepdan.reception.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReceptionVisitRepository extends JpaRepository<ReceptionVisit, Long> {

    List<ReceptionVisit> findBySessionIdOrderByIdAsc(Long sessionId);
}
