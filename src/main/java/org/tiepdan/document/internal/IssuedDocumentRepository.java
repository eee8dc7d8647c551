package org.tiepdan.document.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IssuedDocumentRepository extends JpaRepository<IssuedDocument, Long> {

    Optional<IssuedDocument> findByUnitIdAndPeriodKeyAndNumberKey(Long unitId, String periodKey, String numberKey);

    @Query("""
            select d from IssuedDocument d where d.unitId in :units and d.issuedOn between :from and :to
            order by d.issuedOn, d.seq, d.id""")
    List<IssuedDocument> window(Collection<Long> units, LocalDate from, LocalDate to);

    long countByUnitId(Long unitId);
}
