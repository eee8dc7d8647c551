package org.tiepdan.oversight.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.audit.AuditAction;
import org.tiepdan.audit.AuditLog;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.DomainException;

/** The handling of people who abused the right to petition; audited without the person's name. */
@Service
class PetitionAbuseService {

    private final PetitionAbuseRepository records;
    private final RegisterDocuments documents;
    private final AuditLog audit;
    private final Clock clock;

    PetitionAbuseService(PetitionAbuseRepository records, RegisterDocuments documents, AuditLog audit, Clock clock) {
        this.records = records;
        this.documents = documents;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    long record(long unitId, PetitionAbuse.Data data) {
        PetitionAbuse p = new PetitionAbuse(unitId, data, Dates.today(clock));
        checkDocument(unitId, data);
        PetitionAbuse saved = records.saveAndFlush(p);
        audit.record(AuditAction.CREATE, "PetitionAbuseHandling", saved.id(), unitId, summary(saved));
        return saved.id();
    }

    @Transactional
    void update(long id, long version, PetitionAbuse.Data data) {
        PetitionAbuse p = find(id);
        if (p.version() != version) {
            throw new ObjectOptimisticLockingFailureException(PetitionAbuse.class, id);
        }
        p.revise(data, Dates.today(clock));
        checkDocument(p.unitId(), data);
        records.flush();
        audit.record(AuditAction.UPDATE, "PetitionAbuseHandling", id, p.unitId(), summary(p));
    }

    @Transactional(readOnly = true)
    PetitionAbuse find(long id) {
        return records.findById(id).orElseThrow(() -> DomainException.notFound("petition-abuse-not-found"));
    }

    @Transactional(readOnly = true)
    List<PetitionAbuse> of(Collection<Long> units) {
        return units.isEmpty() ? List.of() : records.findByUnitIdInOrderByDecidedOnDescIdDesc(units);
    }

    private void checkDocument(long unitId, PetitionAbuse.Data data) {
        if (data.decisionDocumentId() != null) {
            documents.require(data.decisionDocumentId(), unitId, "decisionDocumentId");
        }
    }

    private static Map<String, Object> summary(PetitionAbuse p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("measure", p.measureKind());
        m.put("decisionDocument", p.decisionDocumentId());
        m.put("decisionRef", p.decisionRef());
        m.put("decidedOn", p.decidedOn());
        return m;
    }
}
