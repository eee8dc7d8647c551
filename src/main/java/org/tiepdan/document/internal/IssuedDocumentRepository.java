package org.tiepdan.document.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IssuedDocumentRepository extends JpaRepository<IssuedDocument, Long> {

    Optional<IssuedDocument> findByUnitIdAndPeriodKeyAndNumberKey(Long unitId, String periodKey, String numberKey);

    /**
     * The register of the units in the window, with the topics of every document in the same
     * statement: loaded one by one (the collection is eager), a province's ten years (100 k
     * documents) took 100 k more statements and ten seconds (issue 22).
     */
    @Query("""
            select distinct d from IssuedDocument d left join fetch d.topics
            where d.unitId in :units and d.issuedOn between :from and :to
            order by d.issuedOn, d.seq, d.id""")
    List<IssuedDocument> window(Collection<Long> units, LocalDate from, LocalDate to);

    long countByUnitId(Long unitId);
}
