package org.tiepdan.reception.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.audit.AuditAction;
import org.tiepdan.audit.AuditLog;
import org.tiepdan.org.HoldingBody;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.DomainException;
import org.tiepdan.reception.ReceptionHistory;

/**
 * {@link ReceptionHistory}: builds the same aggregates as the entry screen (so the same rules
 * apply), on transient objects for a check and saved for a record. Kept apart from
 * {@link ReceptionService} so that imports never go through the closed-session correction rules.
 */
@Service
class ReceptionHistoryWriter implements ReceptionHistory {

    private final ReceptionSessionRepository sessions;
    private final ReceptionVisitRepository visits;
    private final ReferenceData reference;
    private final OrgUnits units;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    private final ReceptionService reception;

    ReceptionHistoryWriter(ReceptionSessionRepository sessions, ReceptionVisitRepository visits,
            ReferenceData reference, OrgUnits units, JdbcClient jdbc, AuditLog audit, Clock clock,
            ReceptionService reception) {
        this.reception = reception;
        this.sessions = sessions;
        this.visits = visits;
        this.reference = reference;
        this.units = units;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        reference.fields().forEach(f -> fields.put(f.code(), f.label()));
        return fields;
    }

    @Override
    public Map<String, String> fieldAliases() {
        Map<String, String> aliases = new LinkedHashMap<>(reference.fieldCodes());
        aliases.entrySet().removeIf(e -> e.getKey().equals(e.getValue()));
        return aliases;
    }

    @Override
    public List<String> refusalGrounds() {
        return reference.refusalGrounds().stream().map(ReferenceData.RefusalGround::code).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public void checkSession(HistoricalSession s) {
        session(s);
    }

    @Override
    @Transactional(readOnly = true)
    public void checkVisit(HistoricalSession s, HistoricalVisit v) {
        ReceptionSession session = session(s);
        new ReceptionVisit(session, null).apply(data(v), session, Dates.today(clock), fieldCodes(), groundCodes());
    }

    @Override
    @Transactional(readOnly = true)
    public void checkVisit(long sessionId, HistoricalVisit v) {
        ReceptionSession session = sessions.findById(sessionId)
                .orElseThrow(() -> DomainException.notFound("reception-session-not-found", sessionId));
        HoldingBody.require(units.get(session.unitId()), "unit");
        new ReceptionVisit(session, null).apply(data(dated(v, session)), session, Dates.today(clock), fieldCodes(),
                groundCodes());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Long> existingSession(HistoricalSession s) {
        if (s.date() == null || s.kind() == null || s.place() == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select id from reception_session where unit_id = ? and session_date = ? and kind = ?
                   and fold_vi(place) = fold_vi(?) order by id limit 1""")
                .params(s.unitId(), s.date(), s.kind().name(), s.place().strip()).query(Long.class).optional();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Long> existingVisit(long sessionId, HistoricalVisit v) {
        if (v.citizenName() == null || v.content() == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select id from reception_visit where session_id = ? and citizen_name_folded = fold_vi(?)
                   and fold_vi(content) = fold_vi(?) order by id limit 1""")
                .params(sessionId, v.citizenName().strip(), v.content().strip()).query(Long.class).optional();
    }

    @Override
    @Transactional
    public long recordSession(HistoricalSession s, long importId) {
        ReceptionSession session = session(s);
        session.close();
        sessions.saveAndFlush(session);
        jdbc.sql("update reception_session set import_id = ? where id = ?").params(importId, session.id()).update();
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("kind", session.kind());
        changes.put("date", Dates.format(session.date()));
        changes.put("hosts", session.hosts().stream().map(h -> h.capacity() + ":" + h.personName())
                .collect(Collectors.joining(", ")));
        changes.put("import", importId);
        audit.record(AuditAction.CREATE, ReceptionService.SESSION, session.id(), session.unitId(), changes);
        return session.id();
    }

    @Override
    @Transactional
    public long recordVisit(long sessionId, HistoricalVisit v, Long matterOfVisitId, long importId) {
        ReceptionSession session = sessions.findById(sessionId)
                .orElseThrow(() -> DomainException.notFound("reception-session-not-found", sessionId));
        ReceptionVisit visit = new ReceptionVisit(session, currentUsername());
        VisitData d = data(dated(v, session));
        visit.apply(new VisitData(d.date(), d.citizenName(), d.citizenIdNumber(), d.addressUnitId(), d.hamlet(),
                d.addressDetail(), d.phone(), d.delegation(), d.headcount(), d.representatives(), d.content(),
                d.fieldCode(), d.complex(), d.prolonged(), d.degradationRelated(), d.mass(), d.outcome(),
                d.handlingNote(), d.documentsReceived(), d.refusalGround(), d.refusalNoticeNumber(),
                d.refusalNoticeDate(), matterOfVisitId, false, d.citizenIdKind(), d.matterKind(), d.newMatter()),
                session, Dates.today(clock), fieldCodes(), groundCodes());
        if (matterOfVisitId != null && !visits.existsById(matterOfVisitId)) {
            throw DomainException.invalid("reception-matter-not-found", "matterOfVisitId");
        }
        // A past denunciation is sealed like one entered today: the row never holds the identity in clear.
        org.tiepdan.identity.Person typed = visit.denunciation() ? reception.sealBeforeInsert(visit) : null;
        visits.saveAndFlush(visit);
        if (typed != null) {
            reception.sealAfterInsert(visit, typed);
        }
        jdbc.sql("update reception_visit set import_id = ? where id = ?").params(importId, visit.id()).update();
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("session", sessionId);
        changes.put("date", Dates.format(visit.date()));
        changes.put("delegation", visit.delegation());
        changes.put("headcount", visit.headcount());
        changes.put("outcome", visit.outcome());
        changes.put("import", importId);
        audit.record(AuditAction.CREATE, ReceptionService.VISIT, visit.id(), visit.unitId(), changes);
        return visit.id();
    }

    /** The session as the entry screen would build it (its constructor checks the rules). */
    private ReceptionSession session(HistoricalSession s) {
        HoldingBody.require(units.get(s.unitId()), "unit");
        List<SessionHost> hosts = s.hosts() == null ? List.of() : s.hosts().stream().map(this::host).toList();
        return new ReceptionSession(s.unitId(), s.kind(), s.date(), s.place(), null, hosts, s.participants(),
                currentUsername(), Dates.today(clock));
    }

    private SessionHost host(Host h) {
        HostCapacity capacity;
        try {
            capacity = h.capacity() == null ? null : HostCapacity.valueOf(h.capacity());
        } catch (IllegalArgumentException e) {
            capacity = null;
        }
        if (capacity == null) {
            throw DomainException.invalid("reception-host-capacity-required", "capacity");
        }
        HostRole role = h.hostUnitId() == null ? null
                : units.find(h.hostUnitId()).map(u -> HostRole.forKind(u.kind())).orElse(null);
        return new SessionHost(h.hostUnitId(), role, capacity, h.personName() == null ? null : h.personName().strip(),
                h.authorisationRef() == null || h.authorisationRef().isBlank() ? null : h.authorisationRef().strip());
    }

    /** A visit given without its day takes its session's. */
    private static HistoricalVisit dated(HistoricalVisit v, ReceptionSession session) {
        if (v.date() != null) {
            return v;
        }
        return new HistoricalVisit(session.date(), v.citizenName(), v.citizenIdNumber(), v.hamlet(), v.address(),
                v.delegation(), v.headcount(), v.representatives(), v.content(), v.fieldCode(), v.complex(),
                v.prolonged(), v.degradationRelated(), v.outcome(), v.handlingNote(), v.refusalGround(),
                v.refusalNoticeNumber(), v.refusalNoticeDate(), v.citizenIdKind(), v.matterKind(), v.newMatter());
    }

    private static VisitData data(HistoricalVisit v) {
        Outcome outcome;
        try {
            outcome = v.outcome() == null ? null : Outcome.valueOf(v.outcome());
        } catch (IllegalArgumentException e) {
            outcome = null;
        }
        return new VisitData(v.date(), v.citizenName(), v.citizenIdNumber(), null, v.hamlet(), v.address(), null,
                v.delegation(), v.headcount(), v.representatives(), v.content(), v.fieldCode(), v.complex(),
                v.prolonged(), v.degradationRelated(), false, outcome, v.handlingNote(), null, v.refusalGround(),
                v.refusalNoticeNumber(), v.refusalNoticeDate(), null, false, v.citizenIdKind(),
                matterKind(v.matterKind()), v.newMatter());
    }

    /** An unknown kind is refused beside its field (the validator offers only the known ones). */
    private static MatterKind matterKind(String code) {
        try {
            return code == null || code.isBlank() ? null : MatterKind.valueOf(code.strip());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("reception-matter-kind-unknown", "matterKind");
        }
    }

    private Map<String, String> fieldCodes() {
        return reference.fieldCodes();
    }

    private Set<String> groundCodes() {
        return reference.refusalGrounds().stream().map(ReferenceData.RefusalGround::code).collect(Collectors.toSet());
    }

    private static String currentUsername() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? null : auth.getName();
    }
}
