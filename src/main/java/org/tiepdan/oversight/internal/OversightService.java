package org.tiepdan.oversight.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.audit.AuditAction;
import org.tiepdan.audit.AuditLog;
import org.tiepdan.document.IssuedDocumentView;
import org.tiepdan.document.IssuedDocuments;
import org.tiepdan.org.OrgUnitHierarchy;
import org.tiepdan.oversight.InspectionKind;
import org.tiepdan.oversight.InspectionMode;
import org.tiepdan.oversight.Inspections;
import org.tiepdan.oversight.OutreachKind;
import org.tiepdan.oversight.OversightCounts;
import org.tiepdan.oversight.ReportCell;
import org.tiepdan.oversight.ViolationSeverity;
import org.tiepdan.platform.DomainException;

@Service
class OversightService implements Inspections, OversightCounts {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final OrgUnitHierarchy hierarchy;
    private final IssuedDocuments documents;

    OversightService(JdbcClient jdbc, AuditLog audit, OrgUnitHierarchy hierarchy, IssuedDocuments documents) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.hierarchy = hierarchy;
        this.documents = documents;
    }

    @Override
    @Transactional
    public long create(NewInspection i) {
        if (i.title() == null || i.title().isBlank()) {
            throw DomainException.invalid("inspection-title-required", "title");
        }
        if (i.startedOn() == null) {
            throw DomainException.invalid("inspection-date-required", "startedOn");
        }
        if (i.endedOn() != null && i.endedOn().isBefore(i.startedOn())) {
            throw DomainException.invalid("inspection-dates-order", "endedOn");
        }
        long id = jdbc.sql("""
                insert into inspection (unit_id, kind, mode, topic, title, started_on, ended_on, decision_document_id, findings)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(i.unitId(), i.kind().name(), i.mode().name(), blankToNull(i.topic()), i.title().strip(),
                        i.startedOn(), i.endedOn(), i.decisionDocumentId(), blankToNull(i.findings()))
                .query(Long.class).single();
        for (Long body : i.bodies() == null ? List.<Long>of() : i.bodies().stream().distinct().toList()) {
            jdbc.sql("insert into inspection_body (inspection_id, unit_id) values (?, ?)").params(id, body).update();
        }
        for (Head h : i.heads() == null ? List.<Head>of() : i.heads()) {
            jdbc.sql("insert into inspection_head (inspection_id, full_name, title, unit_id) values (?, ?, ?, ?)")
                    .params(id, h.fullName().strip(), blankToNull(h.title()), h.unitId()).update();
        }
        audit.record(AuditAction.CREATE, "Inspection", id, i.unitId(), Map.of("kind", i.kind(), "mode", i.mode(),
                "startedOn", i.startedOn(), "bodies", i.bodies() == null ? List.of() : i.bodies()));
        return id;
    }

    @Override
    @Transactional
    public long addViolation(long inspectionId, long headId, String description, ViolationSeverity severity,
            String disciplineForm, Long disciplineDocumentId, LocalDate disciplinedOn) {
        long unit = inspectionUnit(inspectionId);
        boolean headOfInspection = jdbc.sql("select count(*) from inspection_head where id = ? and inspection_id = ?")
                .params(headId, inspectionId).query(Long.class).single() > 0;
        if (!headOfInspection) {
            throw DomainException.invalid("violation-head-unknown", "headId");
        }
        if (description == null || description.isBlank()) {
            throw DomainException.invalid("violation-description-required", "description");
        }
        long id = jdbc.sql("""
                insert into violation (inspection_id, head_id, description, severity, discipline_form,
                  discipline_document_id, disciplined_on) values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(inspectionId, headId, description.strip(), severity.name(), blankToNull(disciplineForm),
                        disciplineDocumentId, disciplinedOn)
                .query(Long.class).single();
        audit.record(AuditAction.CREATE, "Violation", id, unit, Map.of("inspection", inspectionId, "head", headId,
                "severity", severity));
        return id;
    }

    @Override
    @Transactional
    public long addRecommendation(long inspectionId, long assigneeUnitId, String content, LocalDate dueOn) {
        long unit = inspectionUnit(inspectionId);
        long id = jdbc.sql("insert into inspection_recommendation (inspection_id, assignee_unit_id, content, due_on) "
                + "values (?, ?, ?, ?) returning id").params(inspectionId, assigneeUnitId, content.strip(), dueOn)
                .query(Long.class).single();
        audit.record(AuditAction.CREATE, "InspectionRecommendation", id, unit,
                Map.of("inspection", inspectionId, "assignee", assigneeUnitId));
        return id;
    }

    @Override
    @Transactional
    public void answerRecommendation(long recommendationId, long version, String answer, LocalDate answeredOn) {
        Long unit = jdbc.sql("select assignee_unit_id from inspection_recommendation where id = ?")
                .param(recommendationId).query(Long.class).optional()
                .orElseThrow(() -> DomainException.notFound("recommendation-not-found"));
        int n = jdbc.sql("update inspection_recommendation set answer = ?, answered_on = ?, status = 'DONE', "
                + "version = version + 1 where id = ? and version = ?")
                .params(answer, answeredOn, recommendationId, version).update();
        if (n == 0) {
            throw new ObjectOptimisticLockingFailureException("inspection_recommendation", recommendationId);
        }
        audit.record(AuditAction.STATE_CHANGE, "InspectionRecommendation", recommendationId, unit,
                Map.of("status", "DONE", "answeredOn", answeredOn));
    }

    @Override
    @Transactional
    public long recordOutreach(long unitId, OutreachKind kind, LocalDate heldOn, String title, String topic,
            int participants, int materials, List<Long> documentIds) {
        if (title == null || title.isBlank()) {
            throw DomainException.invalid("outreach-title-required", "title");
        }
        if (heldOn == null) {
            throw DomainException.invalid("outreach-date-required", "heldOn");
        }
        if (participants < 0 || materials < 0) {
            throw DomainException.invalid("outreach-count-negative", participants < 0 ? "participants" : "materials");
        }
        long id = jdbc.sql("""
                insert into outreach_event (unit_id, kind, held_on, title, topic, participants, materials)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(unitId, kind.name(), heldOn, title.strip(), blankToNull(topic), participants, materials)
                .query(Long.class).single();
        for (Long doc : documentIds == null ? List.<Long>of() : documentIds) {
            jdbc.sql("insert into outreach_event_document (event_id, document_id) values (?, ?)").params(id, doc).update();
        }
        audit.record(AuditAction.CREATE, "OutreachEvent", id, unitId, Map.of("kind", kind, "heldOn", heldOn,
                "participants", participants, "materials", materials));
        return id;
    }

    @Override
    @Transactional
    public long recordPetitionAbuse(long unitId, String personName, String description, String measure,
            Long decisionDocumentId, LocalDate decidedOn) {
        long id = jdbc.sql("""
                insert into petition_abuse_handling (unit_id, person_name, description, measure, decision_document_id, decided_on)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(unitId, personName.strip(), description.strip(), blankToNull(measure), decisionDocumentId,
                        decidedOn)
                .query(Long.class).single();
        audit.record(AuditAction.CREATE, "PetitionAbuseHandling", id, unitId, Map.of("decidedOn", decidedOn));
        return id;
    }

    // --- counts ---

    @Override
    @Transactional(readOnly = true)
    public List<ReportCell> appendix3(long unitId, LocalDate from, LocalDate to, String topic) {
        List<Long> units = units(unitId);
        String window = " i.unit_id in (:units) and i.started_on between :from and :to and (:topic = '' or i.topic = :topic) ";
        List<ReportCell> cells = new ArrayList<>();
        for (InspectionMode mode : InspectionMode.values()) {
            List<Long> ids = query("select i.id from inspection i where" + window + " and i.mode = :mode order by i.id",
                    units, from, to, topic, Map.of("mode", mode.name()));
            cells.add(cell(mode == InspectionMode.PLANNED ? "1.planned" : "1.adhoc", "Inspection", ids));
        }
        for (InspectionKind kind : InspectionKind.values()) {
            List<Long> bodies = query("select distinct b.unit_id from inspection i join inspection_body b on b.inspection_id = i.id "
                    + "where" + window + " and i.kind = :kind order by b.unit_id", units, from, to, topic,
                    Map.of("kind", kind.name()));
            cells.add(cell(kind == InspectionKind.CHECK ? "2" : "3", "OrgUnit", bodies));
        }
        // A head is one person (folded name + unit); counted once, under the gravest severity found.
        String heads = """
                with v as (
                  select fold_vi(h.full_name) as person, coalesce(h.unit_id, 0) as unit, min(h.id) as head_id,
                         bool_or(x.severity = 'TO_DISCIPLINE') as to_discipline
                  from inspection i join violation x on x.inspection_id = i.id join inspection_head h on h.id = x.head_id
                  where""" + window + """
                  group by 1, 2)
                select head_id from v where to_discipline = :grave order by head_id""";
        cells.add(cell("4.disciplined", "InspectionHead", query(heads, units, from, to, topic, Map.of("grave", true))));
        cells.add(cell("4.not_disciplined", "InspectionHead", query(heads, units, from, to, topic, Map.of("grave", false))));
        return cells;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReportCell> appendix1(long unitId, LocalDate from, LocalDate to, String topic) {
        List<Long> units = units(unitId);
        record Event(long id, int participants, int materials) {
        }
        List<Event> events = jdbc.sql("select e.id, e.participants, e.materials from outreach_event e "
                + "where e.unit_id in (:units) and e.held_on between :from and :to and (:topic = '' or e.topic = :topic) "
                + "order by e.id")
                .param("units", units).param("from", from).param("to", to).param("topic", topic == null ? "" : topic)
                .query((rs, i) -> new Event(rs.getLong(1), rs.getInt(2), rs.getInt(3))).list();
        List<ReportCell> cells = new ArrayList<>();
        List<Long> ids = events.stream().map(Event::id).toList();
        cells.add(cell("events", "OutreachEvent", ids));
        cells.add(new ReportCell("participants", events.stream().mapToLong(Event::participants).sum(), "OutreachEvent", ids));
        cells.add(new ReportCell("materials", events.stream().mapToLong(Event::materials).sum(), "OutreachEvent", ids));
        List<IssuedDocumentView> docs = documents.list(units, from, to, topic);
        cells.add(cell("documents", "IssuedDocument", docs.stream().map(IssuedDocumentView::id).toList()));
        Map<String, List<Long>> byType = new TreeMap<>();
        docs.forEach(d -> byType.computeIfAbsent(d.typeCode(), k -> new ArrayList<>()).add(d.id()));
        byType.forEach((type, list) -> cells.add(cell("documents." + type, "IssuedDocument", list)));
        return cells;
    }

    private List<Long> query(String sql, List<Long> units, LocalDate from, LocalDate to, String topic,
            Map<String, Object> extra) {
        Map<String, Object> params = new LinkedHashMap<>(extra);
        params.put("units", units);
        params.put("from", from);
        params.put("to", to);
        params.put("topic", topic == null ? "" : topic);
        return jdbc.sql(sql).params(params).query(Long.class).list();
    }

    private List<Long> units(long unitId) {
        List<Long> units = hierarchy.subtreeWithPredecessors(unitId);
        if (units.isEmpty()) {
            throw DomainException.notFound("unit-not-found");
        }
        return units;
    }

    private static ReportCell cell(String code, String type, List<Long> ids) {
        return new ReportCell(code, ids.size(), type, List.copyOf(ids));
    }

    private long inspectionUnit(long inspectionId) {
        return jdbc.sql("select unit_id from inspection where id = ?").param(inspectionId).query(Long.class).optional()
                .orElseThrow(() -> DomainException.notFound("inspection-not-found"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
