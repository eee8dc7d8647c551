package org.tiepdan.oversight.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ViolationRepository extends JpaRepository<Violation, Long> {

    List<Violation> findByInspectionIdOrderById(Long inspectionId);
}
