package org.tiepdan.oversight.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.oversight.Inspections;
import org.tiepdan.oversight.HeadRole;
import org.tiepdan.oversight.OversightHistory;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.DomainException;

/**
 * {@link OversightHistory} over {@link Inspections}: the same inserts and audit rows as manual
 * entry, then the import's id on what was written. The checks repeat the entry rules of
 * {@code OversightService} (which runs them inline while inserting) so that a dry run writes nothing.
 */
@Service
class OversightHistoryWriter implements OversightHistory {

    private final Inspections inspections;
    private final OrgUnits units;
    private final JdbcClient jdbc;
    private final Clock clock;

    OversightHistoryWriter(Inspections inspections, OrgUnits units, JdbcClient jdbc, Clock clock) {
        this.inspections = inspections;
        this.units = units;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void checkInspection(HistoricalInspection i) {
        units.get(i.unitId());
        if (i.kind() == null) {
            throw DomainException.invalid("inspection-kind-required", "kind");
        }
        if (i.mode() == null) {
            throw DomainException.invalid("inspection-mode-required", "mode");
        }
        if (i.title() == null || i.title().isBlank()) {
            throw DomainException.invalid("inspection-title-required", "title");
        }
        if (i.startedOn() == null) {
            throw DomainException.invalid("inspection-date-required", "startedOn");
        }
        if (i.endedOn() != null && i.endedOn().isBefore(i.startedOn())) {
            throw DomainException.invalid("inspection-dates-order", "endedOn");
        }
        notFuture(i.endedOn() != null ? i.endedOn() : i.startedOn(), "startedOn");
        for (Long body : i.bodies() == null ? List.<Long>of() : i.bodies()) {
            units.get(body);
        }
    }

    @Override
    public void checkViolation(HistoricalInspection i, HistoricalViolation v) {
        if (v.headName() == null || v.headName().isBlank()) {
            throw DomainException.invalid("violation-head-required", "headName");
        }
        if (v.description() == null || v.description().isBlank()) {
            throw DomainException.invalid("violation-description-required", "description");
        }
        if (v.severity() == null) {
            throw DomainException.invalid("violation-severity-required", "severity");
        }
        if (v.disciplineForm() != null && !v.disciplineForm().isBlank()
                && org.tiepdan.oversight.DisciplineForm.parse(v.disciplineForm()).isEmpty()) {
            throw DomainException.invalid("violation-discipline-form-unknown", "disciplineForm");
        }
        if (v.disciplinedOn() != null) {
            notFuture(v.disciplinedOn(), "disciplinedOn");
            if (i.startedOn() != null && v.disciplinedOn().isBefore(i.startedOn())) {
                throw DomainException.invalid("violation-discipline-before-inspection", "disciplinedOn",
                        Dates.format(i.startedOn()));
            }
        }
    }

    @Override
    public void checkOutreach(HistoricalOutreach o) {
        units.get(o.unitId());
        if (o.kind() == null) {
            throw DomainException.invalid("outreach-kind-required", "kind");
        }
        if (o.title() == null || o.title().isBlank()) {
            throw DomainException.invalid("outreach-title-required", "title");
        }
        if (o.heldOn() == null) {
            throw DomainException.invalid("outreach-date-required", "heldOn");
        }
        if (o.participants() < 0 || o.materials() < 0) {
            throw DomainException.invalid("outreach-count-negative", o.participants() < 0 ? "participants" : "materials");
        }
        notFuture(o.heldOn(), "heldOn");
    }

    @Override
    public Optional<Long> existingInspection(HistoricalInspection i) {
        if (i.startedOn() == null || i.title() == null) {
            return Optional.empty();
        }
        return jdbc.sql("select id from inspection where unit_id = ? and started_on = ? and fold_vi(title) = fold_vi(?) "
                + "order by id limit 1").params(i.unitId(), i.startedOn(), i.title().strip()).query(Long.class).optional();
    }

    @Override
    public Optional<Long> existingOutreach(HistoricalOutreach o) {
        if (o.heldOn() == null || o.title() == null) {
            return Optional.empty();
        }
        return jdbc.sql("select id from outreach_event where unit_id = ? and held_on = ? and fold_vi(title) = fold_vi(?) "
                + "order by id limit 1").params(o.unitId(), o.heldOn(), o.title().strip()).query(Long.class).optional();
    }

    @Override
    @Transactional
    public long recordInspection(HistoricalInspection i, List<HistoricalViolation> violations, long importId) {
        checkInspection(i);
        violations.forEach(v -> checkViolation(i, v));
        // One head per person (folded name and unit), as Phụ lục 3 counts them.
        Map<String, Inspections.Head> heads = new LinkedHashMap<>();
        for (HistoricalViolation v : violations) {
            heads.putIfAbsent(person(v.headName(), v.headUnitId()),
                    new Inspections.Head(v.headName().strip(), v.headTitle(), v.headUnitId()));
        }
        long id = inspections.create(new Inspections.NewInspection(i.unitId(), i.kind(), i.mode(), i.topic(), i.title(),
                i.startedOn(), i.endedOn(), i.bodies(), new ArrayList<>(heads.values()), null, i.findings()));
        Map<String, Long> headIds = new LinkedHashMap<>();
        jdbc.sql("select id, full_name, unit_id from inspection_head where inspection_id = ? order by id").param(id)
                .query((rs, n) -> headIds.putIfAbsent(person(rs.getString(2), (Long) rs.getObject(3)), rs.getLong(1)))
                .list();
        for (HistoricalViolation v : violations) {
            // A role the file does not give is OTHER (the validator warned about it): not counted in row 4.
            long violation = inspections.addViolation(id, headIds.get(person(v.headName(), v.headUnitId())),
                    v.headRole() == null ? HeadRole.OTHER : v.headRole(), v.description(), v.severity(), v.disciplineForm(), null, v.disciplinedOn());
            jdbc.sql("update violation set import_id = ? where id = ?").params(importId, violation).update();
        }
        jdbc.sql("update inspection set import_id = ? where id = ?").params(importId, id).update();
        return id;
    }

    @Override
    @Transactional
    public long recordOutreach(HistoricalOutreach o, long importId) {
        checkOutreach(o);
        long id = inspections.recordOutreach(o.unitId(), o.kind(), o.heldOn(), o.title(), o.topic(), o.participants(),
                o.materials(), List.of());
        jdbc.sql("update outreach_event set import_id = ? where id = ?").params(importId, id).update();
        return id;
    }

    private void notFuture(LocalDate date, String field) {
        if (date != null && date.isAfter(Dates.today(clock))) {
            throw DomainException.invalid("history-date-future", field, Dates.format(Dates.today(clock)));
        }
    }

    private static String person(String name, Long unitId) {
        return name.strip().toLowerCase(Locale.ROOT) + "|" + unitId;
    }
}
