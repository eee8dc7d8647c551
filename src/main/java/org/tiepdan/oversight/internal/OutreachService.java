package org.tiepdan.oversight.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.audit.AuditAction;
import org.tiepdan.audit.AuditLog;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.DomainException;

/** Conferences, trainings and dissemination events; audited. */
@Service
class OutreachService {

    private final OutreachEventRepository events;
    private final RegisterDocuments documents;
    private final AuditLog audit;
    private final Clock clock;

    OutreachService(OutreachEventRepository events, RegisterDocuments documents, AuditLog audit, Clock clock) {
        this.events = events;
        this.documents = documents;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    long record(long unitId, OutreachEvent.Data data) {
        OutreachEvent e = new OutreachEvent(unitId, data, Dates.today(clock));
        e.documentIds().forEach(d -> documents.require(d, unitId, "documentIds"));
        OutreachEvent saved = events.saveAndFlush(e);
        audit.record(AuditAction.CREATE, "OutreachEvent", saved.id(), unitId, summary(saved));
        return saved.id();
    }

    @Transactional
    void update(long id, long version, OutreachEvent.Data data) {
        OutreachEvent e = find(id);
        if (e.version() != version) {
            throw new ObjectOptimisticLockingFailureException(OutreachEvent.class, id);
        }
        e.revise(data, Dates.today(clock));
        e.documentIds().forEach(d -> documents.require(d, e.unitId(), "documentIds"));
        events.flush();
        audit.record(AuditAction.UPDATE, "OutreachEvent", id, e.unitId(), summary(e));
    }

    @Transactional(readOnly = true)
    OutreachEvent find(long id) {
        return events.findById(id).orElseThrow(() -> DomainException.notFound("outreach-not-found"));
    }

    private static Map<String, Object> summary(OutreachEvent e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", e.kind());
        m.put("heldOn", e.heldOn());
        m.put("participants", e.participants());
        m.put("materials", e.materials());
        m.put("documents", e.documentIds());
        return m;
    }
}
