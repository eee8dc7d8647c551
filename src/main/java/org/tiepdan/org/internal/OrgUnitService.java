package org.tiepdan.org.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.audit.AuditAction;
import org.tiepdan.audit.AuditLog;
import org.tiepdan.org.AdminTier;
import org.tiepdan.org.NewOrgUnit;
import org.tiepdan.org.OrgUnitChange;
import org.tiepdan.org.OrgUnitKind;
import org.tiepdan.org.OrgUnitMerge;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.DomainException;
import org.tiepdan.platform.Settings;

@Service
@Transactional
class OrgUnitService implements OrgUnits {

    static final String ENTITY = "OrgUnit";
    static final String COLUMNS = "id, name, kind, tier, code, parent_id, valid_from, valid_to, successor_id";

    private final OrgUnitRepository units;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final AreaNames names;
    private final Clock clock;
    private final Settings settings;

    OrgUnitService(OrgUnitRepository units, JdbcClient jdbc, AuditLog audit, AreaNames names, Clock clock,
            Settings settings) {
        this.units = units;
        this.jdbc = jdbc;
        this.audit = audit;
        this.names = names;
        this.clock = clock;
        this.settings = settings;
    }

    static final String SERVED_AREA = "installation.area";

    @Override
    @Transactional(readOnly = true)
    public Optional<OrgUnitView> servedArea() {
        return settings.get(SERVED_AREA).map(Long::valueOf).flatMap(this::find);
    }

    @Override
    public List<OrgUnitView> serveArea(long areaId) {
        OrgUnitView area = get(areaId);
        if (!area.kind().isArea() || !area.isOpen()) {
            throw DomainException.invalid("org-setup-not-area", "areaId", area.name());
        }
        settings.put(SERVED_AREA, Long.toString(areaId));
        audit.record(AuditAction.UPDATE, "Installation", SERVED_AREA, areaId, Map.of("servedArea", area.name()));
        return setUpStandardBodies(areaId);
    }

    static OrgUnitView map(ResultSet rs, int row) throws SQLException {
        return new OrgUnitView(rs.getLong("id"), rs.getString("name"), OrgUnitKind.valueOf(rs.getString("kind")),
                AdminTier.valueOf(rs.getString("tier")), rs.getString("code"),
                rs.getObject("parent_id", Long.class), rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class), rs.getObject("successor_id", Long.class));
    }

    @Override
    @Transactional(readOnly = true)
    public OrgUnitView get(long id) {
        return find(id).orElseThrow(() -> DomainException.notFound("unit-not-found", id));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OrgUnitView> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from org_unit where id = ?").param(id)
                .query(OrgUnitService::map).optional();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OrgUnitView> findAreaByCode(String gsoCode) {
        if (gsoCode == null || gsoCode.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("select " + COLUMNS + " from org_unit where kind = 'ADMINISTRATIVE_AREA' and code = ?")
                .param(gsoCode.strip()).query(OrgUnitService::map).optional();
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrgUnitView> search(String q, int limit) {
        // LIKE wildcards typed by the user are searched as plain text separators.
        String cleaned = q == null ? "" : q.replaceAll("[%_\\\\]", " ").strip();
        if (cleaned.isEmpty()) {
            return List.of();
        }
        int max = Math.max(1, Math.min(limit, 200));
        // Every word must occur in the folded name; the trigram index serves the LIKE patterns.
        return jdbc.sql("""
                with words as (
                    select '%' || w || '%' as pattern
                    from unnest(string_to_array(fold_vi(:q), ' ')) w where w <> '')
                select\s""" + COLUMNS + """
                 from org_unit
                where name_folded like all (select pattern from words)
                order by valid_to is not null, kind <> 'ADMINISTRATIVE_AREA', tier,
                         similarity(name_folded, fold_vi(:q)) desc, name, id
                limit :limit""")
                .param("q", cleaned).param("limit", max).query(OrgUnitService::map).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrgUnitView> topLevel() {
        return jdbc.sql("select " + COLUMNS + " from org_unit where parent_id is null "
                + "order by valid_to is not null, kind <> 'ADMINISTRATIVE_AREA', code nulls last, name, id")
                .query(OrgUnitService::map).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrgUnitView> children(long id) {
        return jdbc.sql("select " + COLUMNS + " from org_unit where parent_id = ? "
                + "order by valid_to is not null, kind <> 'ADMINISTRATIVE_AREA', kind, name_folded, id")
                .param(id).query(OrgUnitService::map).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrgUnitView> path(long id) {
        List<OrgUnitView> path = new ArrayList<>(jdbc.sql("""
                with recursive up(id, parent_id, depth) as (
                    select id, parent_id, 0 from org_unit where id = ?
                    union all
                    select u.id, u.parent_id, up.depth + 1 from org_unit u join up on u.id = up.parent_id
                    where up.depth < 50
                )
                select %s from org_unit u join up using (id) order by up.depth desc"""
                .formatted(prefixed("u")))
                .param(id).query(OrgUnitService::map).list());
        return List.copyOf(path);
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrgUnitView> predecessors(long id) {
        return jdbc.sql("select " + COLUMNS + " from org_unit where successor_id = ? order by valid_to, name")
                .param(id).query(OrgUnitService::map).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrgUnitMerge> mergeHistory(long id) {
        Map<Long, OrgUnitMerge> merges = new LinkedHashMap<>();
        jdbc.sql("""
                select m.id, m.successor_id, m.effective_on, m.note, p.predecessor_id
                from org_unit_merge m join org_unit_merge_predecessor p on p.merge_id = m.id
                where m.id in (select m2.id from org_unit_merge m2
                               left join org_unit_merge_predecessor p2 on p2.merge_id = m2.id
                               where m2.successor_id = :id or p2.predecessor_id = :id)
                order by m.effective_on, m.id, p.predecessor_id""")
                .param("id", id)
                .query(rs -> {
                    long mergeId = rs.getLong("id");
                    OrgUnitMerge merge = merges.computeIfAbsent(mergeId, k -> {
                        try {
                            return new OrgUnitMerge(mergeId, rs.getLong("successor_id"),
                                    rs.getObject("effective_on", LocalDate.class), rs.getString("note"),
                                    new ArrayList<>());
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    merge.predecessorIds().add(rs.getLong("predecessor_id"));
                });
        return merges.values().stream()
                .map(m -> new OrgUnitMerge(m.id(), m.successorId(), m.effectiveOn(), m.note(),
                        List.copyOf(m.predecessorIds())))
                .toList();
    }

    @Override
    public OrgUnitView create(NewOrgUnit request) {
        OrgUnit parent = request.parentId() == null ? null : load(request.parentId(), "parentId");
        LocalDate validFrom = request.validFrom() != null ? request.validFrom() : Dates.today(clock);
        OrgUnit unit = new OrgUnit(request.name(), request.kind(), request.tier(), parent, request.code(), validFrom);
        checkAreaCodeFree(unit.kind(), unit.code(), null);
        units.saveAndFlush(unit);
        audit.record(AuditAction.CREATE, ENTITY, unit.id(), unit.id(), changes(
                "name", unit.name(), "kind", unit.kind(), "tier", unit.tier(), "code", unit.code(),
                "parentId", request.parentId(), "validFrom", unit.validFrom()));
        return unit.view();
    }

    @Override
    public OrgUnitView update(long id, long expectedVersion, OrgUnitChange change) {
        OrgUnit unit = load(id, null);
        if (unit.version() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(OrgUnit.class, id);
        }
        OrgUnitView before = unit.view();
        if (!Objects.equals(before.name(), change.name())) {
            unit.rename(change.name());
        }
        String newCode = change.code() == null || change.code().isBlank() ? null : change.code().strip();
        if (!Objects.equals(before.code(), newCode)) {
            unit.changeCode(newCode);
            checkAreaCodeFree(unit.kind(), unit.code(), id);
        }
        if (!Objects.equals(before.parentId(), change.parentId())) {
            unit.moveTo(change.parentId() == null ? null : load(change.parentId(), "parentId"));
        }
        units.flush();
        OrgUnitView after = unit.view();
        Map<String, Object> diff = new LinkedHashMap<>();
        if (!Objects.equals(before.name(), after.name())) {
            diff.put("name", before.name() + " -> " + after.name());
        }
        if (!Objects.equals(before.code(), after.code())) {
            diff.put("code", before.code() + " -> " + after.code());
        }
        if (!Objects.equals(before.parentId(), after.parentId())) {
            diff.put("parentId", before.parentId() + " -> " + after.parentId());
        }
        if (!diff.isEmpty()) {
            audit.record(AuditAction.UPDATE, ENTITY, id, id, diff);
        }
        return after;
    }

    @Override
    @Transactional(readOnly = true)
    public long version(long id) {
        return load(id, null).version();
    }

    @Override
    public void close(long id, LocalDate validTo) {
        OrgUnit unit = load(id, null);
        unit.close(validTo);
        units.flush();
        audit.record(AuditAction.CLOSE, ENTITY, id, id, changes("name", unit.name(), "validTo", validTo));
    }

    @Override
    public OrgUnitView merge(List<Long> predecessorIds, long successorId, LocalDate effectiveOn, String note) {
        Set<Long> ids = new LinkedHashSet<>(predecessorIds == null ? List.of() : predecessorIds);
        ids.remove(null);
        if (ids.isEmpty()) {
            throw DomainException.invalid("org-merge-predecessors-required", "predecessorIds");
        }
        OrgUnit successor = load(successorId, "successorId");
        if (effectiveOn != null && effectiveOn.isBefore(successor.validFrom())) {
            throw DomainException.invalid("org-merge-before-successor", "effectiveOn", successor.name(),
                    Dates.format(successor.validFrom()));
        }
        List<OrgUnit> predecessors = ids.stream().map(p -> load(p, "predecessorIds")).toList();
        for (OrgUnit predecessor : predecessors) {
            predecessor.mergeInto(successor, effectiveOn);
        }
        units.flush();
        String trimmedNote = note == null || note.isBlank() ? null : note.strip();
        long mergeId = jdbc.sql("insert into org_unit_merge (successor_id, effective_on, note) values (?, ?, ?) "
                + "returning id").params(successorId, effectiveOn, trimmedNote).query(Long.class).single();
        for (Long predecessorId : ids) {
            jdbc.sql("insert into org_unit_merge_predecessor (merge_id, predecessor_id) values (?, ?)")
                    .params(mergeId, predecessorId).update();
        }
        audit.record(AuditAction.MERGE, ENTITY, successorId, successorId, changes(
                "predecessorIds", ids, "effectiveOn", effectiveOn, "note", trimmedNote, "mergeId", mergeId));
        for (OrgUnit predecessor : predecessors) {
            audit.record(AuditAction.CLOSE, ENTITY, predecessor.id(), predecessor.id(), changes(
                    "name", predecessor.name(), "validTo", predecessor.validTo(), "successorId", successorId));
        }
        return successor.view();
    }

    /**
     * Moves the first day of a unit and of its open bodies back to {@code day} (demo data: bodies
     * created on the load day get the history the demo records need); audited, idempotent.
     */
    void existedSince(long areaId, LocalDate day) {
        List<OrgUnit> all = new ArrayList<>();
        all.add(load(areaId, null));
        children(areaId).stream().filter(OrgUnitView::isOpen).filter(u -> !u.kind().isArea())
                .forEach(u -> all.add(load(u.id(), null)));
        for (OrgUnit unit : all) {
            LocalDate before = unit.validFrom();
            unit.existedSince(day);
            if (!before.equals(unit.validFrom())) {
                audit.record(AuditAction.UPDATE, ENTITY, unit.id(), unit.id(),
                        changes("validFrom", before + " -> " + unit.validFrom()));
            }
        }
        units.flush();
    }

    @Override
    public List<OrgUnitView> setUpStandardBodies(long areaId) {
        OrgUnit area = load(areaId, null);
        if (!area.kind().isArea()) {
            throw DomainException.invalid("org-setup-not-area", "id", area.name());
        }
        if (!area.isOpen()) {
            throw DomainException.invalid("org-parent-closed", "id", area.name());
        }
        Set<OrgUnitKind> present = EnumSet.noneOf(OrgUnitKind.class);
        children(areaId).stream().filter(OrgUnitView::isOpen).map(OrgUnitView::kind).forEach(present::add);
        List<OrgUnitView> created = new ArrayList<>();
        LocalDate today = Dates.today(clock);
        LocalDate validFrom = area.validFrom().isAfter(today) ? area.validFrom() : today;
        for (Map.Entry<OrgUnitKind, String> body : names.standardBodies(area.name(), area.tier()).entrySet()) {
            if (!present.contains(body.getKey())) {
                created.add(create(new NewOrgUnit(body.getValue(), body.getKey(), area.tier(), areaId, null,
                        validFrom)));
            }
        }
        return created;
    }

    private void checkAreaCodeFree(OrgUnitKind kind, String code, Long exceptId) {
        if (!kind.isArea() || code == null) {
            return;
        }
        boolean taken = jdbc.sql("select count(*) from org_unit where kind = 'ADMINISTRATIVE_AREA' and code = ? "
                + "and id <> ?").params(code, exceptId == null ? -1L : exceptId).query(Long.class).single() > 0;
        if (taken) {
            throw DomainException.invalid("org-code-taken", "code", code);
        }
    }

    private OrgUnit load(long id, String field) {
        return units.findById(id).orElseThrow(() -> field == null
                ? DomainException.notFound("unit-not-found", id)
                : DomainException.invalid("org-unit-unknown", field, id));
    }

    private static String prefixed(String alias) {
        return String.join(", ", Arrays.stream(COLUMNS.split(", ")).map(c -> alias + "." + c).toList());
    }

    /** Audit summaries keep nulls out of Map.of. */
    private static Map<String, Object> changes(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1] == null ? "" : keyValues[i + 1]);
        }
        return map;
    }
}
