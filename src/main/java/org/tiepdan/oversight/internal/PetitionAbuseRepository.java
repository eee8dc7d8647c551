package org.tiepdan.oversight.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PetitionAbuseRepository extends JpaRepository<PetitionAbuse, Long> {

    List<PetitionAbuse> findByUnitIdInOrderByDecidedOnDescIdDesc(Collection<Long> units);
}
