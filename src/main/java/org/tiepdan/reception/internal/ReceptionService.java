package org.tiepdan.reception.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.audit.AuditAction;
import org.tiepdan.audit.AuditLog;
import org.tiepdan.identity.IdentityVault;
import org.tiepdan.org.HoldingBody;
import org.tiepdan.org.OrgUnitHierarchy;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.DomainException;
import org.tiepdan.reception.ReceptionVisits;
import org.tiepdan.reception.SessionKind;
import org.tiepdan.reception.VisitView;

/** Sessions and visits: recording, correcting (a closed session only by its host), recognition. */
@Service
@Transactional
class ReceptionService implements ReceptionVisits {

    static final String SESSION = "ReceptionSession";
    static final String VISIT = "ReceptionVisit";

    /** A session as entered or corrected. */
    record SessionCommand(long unitId, SessionKind kind, LocalDate date, String place, Long scheduleId,
            List<SessionHost> hosts, String participants) {
    }

    /** A line of the session list. */
    record SessionRow(long id, LocalDate date, SessionKind kind, String place, String unitName, String hosts,
            boolean closed, int visits, int people) {
    }

    /** An earlier visit of a citizen being entered; {@code exact} when the CCCD or name and address match. */
    record EarlierVisit(long id, long sessionId, LocalDate date, String citizenName, String address, String hamlet,
            String content, String outcome, boolean exact) {
    }

    private final ReceptionSessionRepository sessions;
    private final ReceptionVisitRepository visits;
    private final ReferenceData reference;
    private final ReceptionAccess access;
    private final OrgUnits units;
    private final OrgUnitHierarchy hierarchy;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final IdentityVault vault;
    private final org.tiepdan.account.UnitChoices unitChoices;

    ReceptionService(ReceptionSessionRepository sessions, ReceptionVisitRepository visits, ReferenceData reference,
            ReceptionAccess access, OrgUnits units, OrgUnitHierarchy hierarchy, JdbcClient jdbc, AuditLog audit,
            Clock clock, IdentityVault vault, org.tiepdan.account.UnitChoices unitChoices) {
        this.vault = vault;
        this.unitChoices = unitChoices;
        this.sessions = sessions;
        this.visits = visits;
        this.reference = reference;
        this.access = access;
        this.units = units;
        this.hierarchy = hierarchy;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    // --- sessions ------------------------------------------------------------------------------

    ReceptionSession openSession(SessionCommand c) {
        HoldingBody.require(units.get(c.unitId()), "unitId");
        // The schedule a session is held under is a record id taken from the request: a schedule of the
        // session unit's subtree (which the recording user reads), or refused like a missing one.
        if (c.scheduleId() != null && !inSubtree(c.unitId(),
                "select unit_id from reception_schedule where id = ?", c.scheduleId())) {
            throw DomainException.invalid("reception-schedule-not-found", "scheduleId");
        }
        checkHostUnits(c.unitId(), c.hosts());
        ReceptionSession s = new ReceptionSession(c.unitId(), c.kind(), c.date(), c.place(), c.scheduleId(),
                c.hosts(), c.participants(), currentUsername(), Dates.today(clock));
        sessions.save(s);
        audit.record(AuditAction.CREATE, SESSION, s.id(), s.unitId(), sessionChanges(s, false));
        return s;
    }

    /**
     * The open sessions of the same unit on the same day at the same place (spaces and case aside):
     * a second one is almost always a double entry, so the form warns before it opens another.
     */
    @Transactional(readOnly = true)
    List<Long> openSessionsLike(long unitId, LocalDate date, String place) {
        if (date == null || place == null || place.isBlank()) {
            return List.of();
        }
        String wanted = samePlace(place);
        return jdbc.sql("select id, place from reception_session where unit_id = ? and session_date = ? and not closed "
                + "order by id").params(unitId, date)
                .query((rs, i) -> samePlace(rs.getString(2)).equals(wanted) ? rs.getLong(1) : null).list().stream()
                .filter(java.util.Objects::nonNull).toList();
    }

    /** A place as people would compare it: spaces collapsed, case ignored (Vietnamese included). */
    private static String samePlace(String place) {
        return place == null ? "" : place.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    ReceptionSession correctSession(long id, long expectedVersion, SessionCommand c) {
        ReceptionSession s = session(id);
        checkVersion(s.version(), expectedVersion);
        boolean closed = requireCorrectable(s);
        checkHostUnits(s.unitId(), c.hosts());
        s.change(c.kind(), c.date(), c.place(), c.hosts(), c.participants(), Dates.today(clock));
        for (ReceptionVisit v : visits.findBySessionIdOrderByIdAsc(id)) {
            if (!v.date().equals(s.date())) {
                throw DomainException.invalid("reception-session-date-has-visits", "date", Dates.format(v.date()));
            }
        }
        audit.record(AuditAction.UPDATE, SESSION, id, s.unitId(), sessionChanges(s, closed));
        return s;
    }

    void closeSession(long id) {
        ReceptionSession s = session(id);
        if (!s.closed()) {
            s.close();
            audit.record(AuditAction.CLOSE, SESSION, id, s.unitId(), Map.of("closed", true));
        }
    }

    @Transactional(readOnly = true)
    ReceptionSession session(long id) {
        return sessions.findById(id).orElseThrow(() -> DomainException.notFound("reception-session-not-found", id));
    }

    @Transactional(readOnly = true)
    List<SessionRow> sessionRows(long unitId, LocalDate from, LocalDate to) {
        List<Long> subtree = hierarchy.subtreeWithPredecessors(unitId);
        return jdbc.sql("""
                select s.id, s.session_date, s.kind, s.place, u.name, s.closed,
                       (select string_agg(h.person_name, ', ' order by h.position)
                          from reception_session_host h where h.session_id = s.id) as hosts,
                       (select count(*) from reception_visit v where v.session_id = s.id) as visits,
                       (select coalesce(sum(v.headcount), 0) from reception_visit v
                         where v.session_id = s.id and v.outcome <> 'REFUSED') as people
                  from reception_session s join org_unit u on u.id = s.unit_id
                 where s.unit_id in (:units) and s.session_date between :from and :to
                 order by s.session_date desc, s.id desc""")
                .param("units", subtree).param("from", from).param("to", to)
                .query((rs, i) -> new SessionRow(rs.getLong("id"), rs.getObject("session_date", LocalDate.class),
                        SessionKind.valueOf(rs.getString("kind")), rs.getString("place"), rs.getString("name"),
                        rs.getString("hosts"), rs.getBoolean("closed"), rs.getInt("visits"), rs.getInt("people")))
                .list();
    }

    // --- visits --------------------------------------------------------------------------------

    ReceptionVisit recordVisit(long sessionId, VisitData data) {
        ReceptionSession s = session(sessionId);
        // A visit is held by its session's body; a session an older version let a territory hold
        // takes no new visits until it is re-homed (docs/data-model.md, "Records held by territories").
        HoldingBody.require(units.get(s.unitId()), "unitId");
        boolean closed = requireCorrectable(s);
        ReceptionVisit v = new ReceptionVisit(s, currentUsername());
        v.apply(data, s, Dates.today(clock), fieldCodes(), groundCodes());
        checkMatter(v);
        org.tiepdan.identity.Person typed = null;
        if (v.denunciation()) {
            // Sealed before the first insert: the row never holds the identity in clear.
            typed = v.identity(communeName(v.addressUnitId()));
            v.sealed(vault.pseudonym(1));
        }
        visits.saveAndFlush(v);
        if (typed != null) {
            seal(v, typed);
        }
        audit.record(AuditAction.CREATE, VISIT, v.id(), v.unitId(), visitChanges(v, closed));
        return v;
    }

    ReceptionVisit correctVisit(long visitId, long expectedVersion, VisitData data) {
        ReceptionVisit v = visit(visitId);
        checkVersion(v.version(), expectedVersion);
        ReceptionSession s = session(v.sessionId());
        boolean closed = requireCorrectable(s);
        boolean wasSealed = v.denunciation();
        v.apply(data, s, Dates.today(clock), fieldCodes(), groundCodes());
        checkMatter(v);
        if (v.denunciation() && !wasSealed) {
            org.tiepdan.identity.Person typed = v.identity(communeName(v.addressUnitId()));
            v.sealed(vault.pseudonym(1));
            visits.flush();
            seal(v, typed);
        }
        audit.record(AuditAction.UPDATE, VISIT, visitId, v.unitId(), visitChanges(v, closed));
        return v;
    }

    @Transactional(readOnly = true)
    ReceptionVisit visit(long id) {
        return visits.findById(id).orElseThrow(() -> DomainException.notFound("reception-visit-not-found", id));
    }

    @Transactional(readOnly = true)
    List<ReceptionVisit> visitsOf(long sessionId) {
        return visits.findBySessionIdOrderByIdAsc(sessionId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<VisitView> find(long visitId) {
        return visits.findById(visitId).map(this::view);
    }

    @Override
    public void sealAsDenunciation(long visitId) {
        ReceptionVisit v = visit(visitId);
        if (v.denunciation()) {
            return;
        }
        org.tiepdan.identity.Person typed = v.identity(communeName(v.addressUnitId()));
        v.sealed(vault.pseudonym(1));
        visits.flush();
        seal(v, typed);
        audit.record(AuditAction.UPDATE, VISIT, visitId, v.unitId(), Map.of("denunciation", true, "sealed", true));
    }

    /**
     * For a denunciation visit about to be inserted by another writer (the history import): keeps the
     * identity as typed and leaves only the pseudonym in the row; {@link #sealAfterInsert} seals it.
     */
    org.tiepdan.identity.Person sealBeforeInsert(ReceptionVisit v) {
        org.tiepdan.identity.Person typed = v.identity(communeName(v.addressUnitId()));
        v.sealed(vault.pseudonym(1));
        return typed;
    }

    void sealAfterInsert(ReceptionVisit v, org.tiepdan.identity.Person typed) {
        seal(v, typed);
    }

    /** Seals the visit's citizen (one pseudonym a visit: "Người tố cáo 1"). */
    private void seal(ReceptionVisit v, org.tiepdan.identity.Person typed) {
        List<String> names = vault.seal(org.tiepdan.identity.SubjectRef.visit(v.id()), v.unitId(), "VISIT:" + v.id(),
                List.of(typed));
        v.sealed(names.get(0));
        visits.flush();
    }

    private String communeName(Long addressUnitId) {
        return addressUnitId == null ? null : units.find(addressUnitId).map(OrgUnitView::name).orElse(null);
    }

    /** Denunciation visits whose identity is not sealed (none unless written around this service). */
    int sealPlainDenunciations() {
        int n = 0;
        for (Long id : jdbc.sql("select id from reception_visit where denunciation order by id").query(Long.class)
                .list()) {
            if (!vault.isSealed(org.tiepdan.identity.SubjectRef.visit(id))) {
                ReceptionVisit v = visit(id);
                seal(v, v.identity(communeName(v.addressUnitId())));
                n++;
            }
        }
        return n;
    }

    @Override
    public void linkPetition(long visitId, long petitionId, String registrationNumber) {
        ReceptionVisit v = visit(visitId);
        v.linkPetition(petitionId, registrationNumber);
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("petitionId", petitionId);
        changes.put("registrationNumber", registrationNumber);
        audit.record(AuditAction.UPDATE, VISIT, visitId, v.unitId(), changes);
    }

    VisitView view(ReceptionVisit v) {
        return new VisitView(v.id(), v.sessionId(), v.unitId(), v.date(), v.citizenName(), v.citizenIdNumber(),
                address(v), v.hamlet(), v.phone(), v.delegation(), v.headcount(), v.representatives(), v.content(),
                v.fieldCode(), v.complex(), v.prolonged(), v.degradationRelated(), v.mass(), v.outcome().name(),
                v.petitionId(), v.denunciation(), v.citizenIdKind());
    }

    /** The commune's name (or the free address when given). */
    String address(ReceptionVisit v) {
        if (v.addressDetail() != null) {
            return v.addressDetail();
        }
        return v.addressUnitId() == null ? "" : units.find(v.addressUnitId()).map(OrgUnitView::name).orElse("");
    }

    /**
     * Earlier visits of the citizen being entered, in the unit's subtree: an exact match on the
     * identity document number (of any kind), or on the folded name with the same commune and
     * hamlet; while only part of a name is typed, visits whose folded name contains every typed
     * word (not exact).
     */
    @Transactional(readOnly = true)
    List<EarlierVisit> recognise(long unitId, String idNumber, String name, Long addressUnitId, String hamlet,
            Long excludeVisitId) {
        String id = org.tiepdan.platform.IdDocument.normalise(idNumber);
        String cleaned = name == null ? "" : name.replaceAll("[%_\\\\]", " ").strip();
        boolean byId = id != null && java.util.Arrays.stream(org.tiepdan.platform.IdDocumentKind.values())
                .anyMatch(k -> k.accepts(id));
        if (!byId && cleaned.length() < 3) {
            return List.of();
        }
        List<Long> subtree = hierarchy.subtreeWithPredecessors(unitId);
        return jdbc.sql("""
                with words as (
                    select '%' || w || '%' as pattern
                      from unnest(string_to_array(fold_vi(:name), ' ')) w where w <> '')
                select v.id, v.session_id, v.visit_date, v.citizen_name, coalesce(v.address_detail, u.name) as address,
                       v.hamlet, v.content, v.outcome,
                       ((:id <> '' and v.citizen_id_number = :id)
                        or (v.citizen_name_folded = fold_vi(:name) and v.address_unit_id is not distinct from cast(:addressUnit as bigint)
                            and v.hamlet_folded = fold_vi(:hamlet))) as exact
                  from reception_visit v left join org_unit u on u.id = v.address_unit_id
                 where v.unit_id in (:units) and v.id <> :exclude and not v.denunciation
                   and ((:id <> '' and v.citizen_id_number = :id)
                        or (:name <> '' and v.citizen_name_folded like all (select pattern from words)))
                 order by exact desc, v.visit_date desc, v.id desc
                 limit 10""")
                .param("name", cleaned).param("id", byId ? id : "").param("addressUnit", addressUnitId)
                .param("hamlet", hamlet == null ? "" : hamlet).param("units", subtree)
                .param("exclude", excludeVisitId == null ? -1L : excludeVisitId)
                .query((rs, i) -> new EarlierVisit(rs.getLong("id"), rs.getLong("session_id"),
                        rs.getObject("visit_date", LocalDate.class), rs.getString("citizen_name"),
                        rs.getString("address"), rs.getString("hamlet"), rs.getString("content"),
                        rs.getString("outcome"), rs.getBoolean("exact")))
                .list();
    }

    /** Hamlets already used in addresses in the commune, for the entry form's suggestions. */
    @Transactional(readOnly = true)
    List<String> hamletsOf(Long communeId) {
        if (communeId == null) {
            return List.of();
        }
        return jdbc.sql("select distinct hamlet from reception_visit where address_unit_id = ? and hamlet is not null "
                + "order by hamlet limit 100").param(communeId).query(String.class).list();
    }

    // --- helpers -------------------------------------------------------------------------------

    private boolean requireCorrectable(ReceptionSession s) {
        if (!s.closed()) {
            return false;
        }
        if (!access.canCorrectClosed(s)) {
            throw DomainException.forbidden("reception-session-closed", Dates.format(s.date()));
        }
        return true;
    }

    /**
     * The body of a head or deputy hosting a session is a unit id taken from the request: a unit of the
     * session unit's territory ({@code UnitChoices.mayName}), never one of another subtree (the head of
     * a host body may correct the closed session), refused like an unknown unit.
     */
    private void checkHostUnits(long unitId, List<SessionHost> hosts) {
        if (hosts == null) {
            return;
        }
        for (SessionHost h : hosts) {
            if (h != null && h.hostUnitId() != null && !unitChoices.mayName(unitId, h.hostUnitId())) {
                throw DomainException.invalid("reception-host-unit-unknown", "hostUnitId");
            }
        }
    }

    /**
     * "The same matter as an earlier visit" is a record id taken from the request: a visit of the
     * session unit's subtree (where {@link #recognise} looks, and which the recording user reads), or
     * refused exactly like a missing one (the visit page shows the earlier visit).
     */
    private void checkMatter(ReceptionVisit v) {
        if (v.matterOfVisitId() != null && !inSubtree(v.unitId(),
                "select unit_id from reception_visit where id = ?", v.matterOfVisitId())) {
            throw DomainException.invalid("reception-matter-not-found", "matterOfVisitId");
        }
    }

    private boolean inSubtree(long unitId, String unitOfRecord, long recordId) {
        return jdbc.sql(unitOfRecord).param(recordId).query(Long.class).optional()
                .map(u -> hierarchy.subtreeWithPredecessors(unitId).contains(u)).orElse(false);
    }

    private static void checkVersion(long actual, long expected) {
        if (actual != expected) {
            throw new ObjectOptimisticLockingFailureException(ReceptionVisit.class, expected);
        }
    }

    private Map<String, String> fieldCodes() {
        return reference.fieldCodes();
    }

    private Set<String> groundCodes() {
        return new HashSet<>(reference.refusalGrounds().stream().map(ReferenceData.RefusalGround::code).toList());
    }

    private static Map<String, Object> sessionChanges(ReceptionSession s, boolean correctionOfClosed) {
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("kind", s.kind());
        changes.put("date", Dates.format(s.date()));
        changes.put("place", s.place());
        changes.put("hosts", s.hosts().stream().map(h -> h.capacity() + ":" + h.personName())
                .collect(Collectors.joining(", ")));
        if (correctionOfClosed) {
            changes.put("closedSessionCorrection", true);
        }
        return changes;
    }

    private static Map<String, Object> visitChanges(ReceptionVisit v, boolean correctionOfClosed) {
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("session", v.sessionId());
        changes.put("date", Dates.format(v.date()));
        changes.put("delegation", v.delegation());
        changes.put("headcount", v.headcount());
        changes.put("field", v.fieldCode());
        changes.put("outcome", v.outcome());
        if (v.denunciation()) {
            changes.put("denunciation", true);
        }
        if (v.refusalGround() != null) {
            changes.put("refusalGround", v.refusalGround());
        }
        changes.put("flags", (v.complex() ? "complex " : "") + (v.prolonged() ? "prolonged " : "")
                + (v.degradationRelated() ? "degradation " : "") + (v.mass() ? "mass" : ""));
        if (correctionOfClosed) {
            changes.put("closedSessionCorrection", true);
        }
        return changes;
    }

    private static String currentUsername() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? null : auth.getName();
    }
}
