package org.tiepdan.petition.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PetitionRepository extends JpaRepository<Petition, Long> {

    List<Petition> findByCaseIdOrderByReceivedOnAscIdAsc(long caseId);
}
