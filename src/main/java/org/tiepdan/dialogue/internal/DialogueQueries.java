package org.tiepdan.dialogue.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.calendar.WorkingCalendar;
import org.tiepdan.dialogue.DialogueKind;
import org.tiepdan.org.AdminTier;
import org.tiepdan.org.OrgUnitHierarchy;
import org.tiepdan.org.OrgUnitKind;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.OrgUnits;

/** Read-only lists: dialogues of a unit, compliance with the local minimum, open assignments, reminders. */
@Repository
class DialogueQueries {

    /** Reminders and the home card look this many working days ahead. */
    static final int DAYS_AHEAD = 3;

    /** A dialogue belongs to a unit's list when the holding body or a host body is in the unit's subtree. */
    private static final String IN_UNITS = """
            (d.unit_id = any(:units) or exists (select 1 from dialogue_host h where h.dialogue_id = d.id
                                                 and h.host_unit_id = any(:units)))""";

    record Row(long id, long unitId, String unitName, DialogueKind kind, String topic, LocalDate heldOn, String place,
            DialogueState state, int opinions, int openAssignments, int overdueAssignments, LocalDate conclusionDue,
            LocalDate conclusionIssuedOn, boolean conclusionOverdue) {
    }

    /** The local minimum that applies to a body (rows of {@code dialogue_minimum}). */
    record Minimum(int perYear, String legalBasis, String note) {
    }

    /** A body's periodic dialogues held in a year, against its minimum. Status labels: {@code dialogue.compliance.*}. */
    record ComplianceRow(long bodyId, String bodyName, OrgUnitKind bodyKind, Optional<Minimum> minimum,
            List<Row> held, String status) {

        public int count() {
            return held.size();
        }
    }

    record OpenAssignment(long id, long dialogueId, String topic, int seq, String content, long assigneeUnitId,
            String assigneeUnit, LocalDate assignedOn, LocalDate due, boolean overdue) {
    }

    record Reminder(long assignmentId, long dialogueId, String topic, String assigneeUnit, String kind, LocalDate due,
            java.time.OffsetDateTime createdAt) {
    }

    private final JdbcClient jdbc;
    private final OrgUnits units;
    private final OrgUnitHierarchy hierarchy;
    private final WorkingCalendar calendar;

    DialogueQueries(JdbcClient jdbc, OrgUnits units, OrgUnitHierarchy hierarchy, WorkingCalendar calendar) {
        this.jdbc = jdbc;
        this.units = units;
        this.hierarchy = hierarchy;
        this.calendar = calendar;
    }

    /** Dialogues of the unit's subtree (with merged predecessors), optionally of one year, latest first. */
    @Transactional(readOnly = true)
    List<Row> list(long unitId, Integer year, DialogueState state, LocalDate today) {
        return rows(hierarchy.subtreeWithPredecessors(unitId), year, state, null, today);
    }

    private List<Row> rows(List<Long> scope, Integer year, DialogueState state, String extra, LocalDate today) {
        String sql = """
                select d.id, d.unit_id, u.name, d.kind, d.topic, d.held_on, d.place, d.state, d.conclusion_due,
                       d.conclusion_issued_on,
                       (select count(*) from dialogue_opinion o where o.dialogue_id = d.id),
                       (select count(*) from dialogue_assignment a where a.dialogue_id = d.id and a.state = 'OPEN'),
                       (select count(*) from dialogue_assignment a where a.dialogue_id = d.id and a.state = 'OPEN'
                                                                      and a.due < :today)
                from dialogue d join org_unit u on u.id = d.unit_id
                where """ + IN_UNITS
                + (year == null ? "" : " and extract(year from d.held_on) = :year")
                + (state == null ? "" : " and d.state = :state")
                + (extra == null ? "" : " and " + extra)
                + " order by d.held_on desc, d.id desc";
        var spec = jdbc.sql(sql).param("units", scope.toArray(Long[]::new)).param("today", today);
        if (year != null) {
            spec = spec.param("year", year);
        }
        if (state != null) {
            spec = spec.param("state", state.name());
        }
        return spec.query((rs, i) -> {
            LocalDate due = rs.getObject(9, LocalDate.class);
            LocalDate issued = rs.getObject(10, LocalDate.class);
            DialogueState s = DialogueState.valueOf(rs.getString(8));
            return new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), DialogueKind.valueOf(rs.getString(4)),
                    rs.getString(5), rs.getObject(6, LocalDate.class), rs.getString(7), s, rs.getInt(11),
                    rs.getInt(12), rs.getInt(13), due, issued,
                    s == DialogueState.HELD && issued == null && due != null && today.isAfter(due));
        }).list();
    }

    /**
     * For each Party committee and People's Committee in the unit's subtree: its periodic dialogues
     * held in the year (as holding body or co-host) against the local minimum for its province, tier
     * and kind. MET once reached; PENDING while the year runs; SHORT after it ended; NO_RULE when no
     * minimum applies.
     */
    @Transactional(readOnly = true)
    List<ComplianceRow> compliance(long unitId, int year, LocalDate today) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        List<ComplianceRow> out = new ArrayList<>();
        for (Long id : hierarchy.subtreeWithPredecessors(unitId)) {
            OrgUnitView body = units.get(id);
            if (body.kind() != OrgUnitKind.PARTY_COMMITTEE && body.kind() != OrgUnitKind.PEOPLES_COMMITTEE) {
                continue;
            }
            // A body closed before the year has no duty in it; the opening day is not checked, since
            // bodies are often entered in the system long after they began.
            if (body.validTo() != null && body.validTo().isBefore(first)) {
                continue;
            }
            Optional<Minimum> min = minimum(body, first, last);
            List<Row> held = rows(List.of(id), year, null,
                    "d.kind = 'PERIODIC' and d.state in ('HELD', 'CONCLUDED', 'CLOSED')", today);
            String status = min.isEmpty() ? "NO_RULE" : held.size() >= min.get().perYear() ? "MET"
                    : today.isAfter(last) ? "SHORT" : "PENDING";
            out.add(new ComplianceRow(id, body.name(), body.kind(), min, held, status));
        }
        return out;
    }

    private Optional<Minimum> minimum(OrgUnitView body, LocalDate first, LocalDate last) {
        String province = units.path(body.id()).stream()
                .filter(u -> u.kind().isArea() && u.tier() == AdminTier.PROVINCE).map(OrgUnitView::code)
                .findFirst().orElse(null);
        return jdbc.sql("""
                select min_per_year, legal_basis, note from dialogue_minimum
                where (province_code = :province or province_code is null) and tier = :tier and body_kind = :kind
                  and dialogue_kind = 'PERIODIC' and valid_from <= :last and (valid_to is null or valid_to >= :first)
                order by province_code nulls last, valid_from desc limit 1""")
                .param("province", province).param("tier", body.tier().name()).param("kind", body.kind().name())
                .param("first", first).param("last", last)
                .query((rs, i) -> new Minimum(rs.getInt(1), rs.getString(2), rs.getString(3))).optional();
    }

    /**
     * Open assignments of dialogues held by (or co-hosted by, or assigned to) the units, overdue
     * first then by due date; {@code units} null means every unit. With a {@code horizon} (the
     * alerts), assignments of dialogues brought in by a history import are left out.
     */
    @Transactional(readOnly = true)
    List<OpenAssignment> openAssignments(List<Long> scope, LocalDate today, LocalDate horizon) {
        String where = scope == null ? "" : " and (" + IN_UNITS + " or a.assignee_unit_id = any(:units))";
        var spec = jdbc.sql("""
                select a.id, a.dialogue_id, d.topic, o.seq, o.content, a.assignee_unit_id, u.name, a.assigned_on, a.due
                from dialogue_assignment a
                join dialogue d on d.id = a.dialogue_id
                join dialogue_opinion o on o.id = a.opinion_id
                join org_unit u on u.id = a.assignee_unit_id
                where a.state = 'OPEN'""" + (horizon == null ? ""
                        // The alerts (due soon or overdue) leave out what a history import brought in.
                        : " and a.due <= :horizon and d.import_id is null") + where
                + " order by a.due, a.id");
        if (scope != null) {
            spec = spec.param("units", scope.toArray(Long[]::new));
        }
        if (horizon != null) {
            spec = spec.param("horizon", horizon);
        }
        return spec.query((rs, i) -> {
            LocalDate due = rs.getObject(9, LocalDate.class);
            return new OpenAssignment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                    rs.getLong(6), rs.getString(7), rs.getObject(8, LocalDate.class), due, today.isAfter(due));
        }).list();
    }

    /** The last day "due soon" reaches from today. */
    LocalDate horizon(LocalDate today) {
        return calendar.addWorkingDays(today, DAYS_AHEAD);
    }

    @Transactional(readOnly = true)
    List<Reminder> reminders(List<Long> scope, int limit) {
        String where = scope == null ? "" : " where (" + IN_UNITS + " or r.unit_id = any(:units))";
        var spec = jdbc.sql("""
                select r.assignment_id, r.dialogue_id, d.topic, u.name, r.kind, r.due, r.created_at
                from dialogue_reminder r
                join dialogue d on d.id = r.dialogue_id
                join org_unit u on u.id = r.unit_id""" + where + " order by r.created_at desc, r.id desc limit :limit")
                .param("limit", limit);
        if (scope != null) {
            spec = spec.param("units", scope.toArray(Long[]::new));
        }
        return spec.query((rs, i) -> new Reminder(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getObject(6, LocalDate.class), rs.getObject(7, java.time.OffsetDateTime.class)))
                .list();
    }

    /** Ids of the published dialogues (conclusion notice issued) of the unit's subtree, latest first. */
    @Transactional(readOnly = true)
    List<Long> published(long unitId) {
        return jdbc.sql("select d.id from dialogue d where " + IN_UNITS
                        + " and d.state in ('CONCLUDED', 'CLOSED') order by d.held_on desc, d.id desc")
                .param("units", hierarchy.subtreeWithPredecessors(unitId).toArray(Long[]::new))
                .query(Long.class).list();
    }
}
