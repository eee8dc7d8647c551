package org.tiepdan.petition.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PetitionRepository extends JpaRepository<Petition, Long> {

    /** The petitions of a case in the order received (the day sits in the embedded {@link Receipt}). */
    @Query("select p from Petition p where p.caseId = :caseId order by p.receipt.receivedOn asc, p.id asc")
    List<Petition> findByCaseIdOrderByReceivedOnAscIdAsc(@Param("caseId") long caseId);
}
