package org.tiepdan.oversight.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.document.IssuedDocumentView;
import org.tiepdan.document.IssuedDocuments;
import org.tiepdan.org.OrgUnitHierarchy;
import org.tiepdan.oversight.AbuseMeasure;
import org.tiepdan.oversight.DisciplineForm;
import org.tiepdan.oversight.InspectionKind;
import org.tiepdan.oversight.InspectionMode;
import org.tiepdan.oversight.OversightCounts;
import org.tiepdan.oversight.ReportCell;
import org.tiepdan.platform.DomainException;

/** The appendix figures, each one SQL query over the records, with the ids behind it. */
@Service
class OversightCountsService implements OversightCounts {

    private final JdbcClient jdbc;
    private final OrgUnitHierarchy hierarchy;
    private final IssuedDocuments documents;

    OversightCountsService(JdbcClient jdbc, OrgUnitHierarchy hierarchy, IssuedDocuments documents) {
        this.jdbc = jdbc;
        this.hierarchy = hierarchy;
        this.documents = documents;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReportCell> appendix3(long unitId, LocalDate from, LocalDate to, String topic) {
        return appendix3(units(unitId), from, to, topic);
    }

    /** {@link #appendix3(long, LocalDate, LocalDate, String)} for a subtree already resolved. */
    public List<ReportCell> appendix3(List<Long> units, LocalDate from, LocalDate to, String topic) {
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
        // Row 4 counts heads of Party committees (người đứng đầu cấp ủy): violations recorded with the
        // role PARTY_SECRETARY. A head is one person (folded name + unit); counted once, under the gravest
        // severity found.
        String heads = """
                with v as (
                  select fold_vi(h.full_name) as person, coalesce(h.unit_id, 0) as unit, min(h.id) as head_id,
                         bool_or(x.severity = 'TO_DISCIPLINE') as to_discipline
                  from inspection i join violation x on x.inspection_id = i.id join inspection_head h on h.id = x.head_id
                  where""" + window + """
                    and x.head_role = 'PARTY_SECRETARY'
                  group by 1, 2)
                select head_id from v where to_discipline = :grave order by head_id""";
        cells.add(cell("4.disciplined", "InspectionHead", query(heads, units, from, to, topic, Map.of("grave", true))));
        cells.add(cell("4.not_disciplined", "InspectionHead", query(heads, units, from, to, topic, Map.of("grave", false))));
        // Đề cương II.2.3 "nêu rõ hình thức xử lý": the disciplines of those heads, by form (the
        // violations; a form not in the lists, from before they were lists, is not counted).
        record Disciplined(long violation, String form) {
        }
        List<Disciplined> disciplined = jdbc.sql("select x.id, x.discipline_form from inspection i "
                + "join violation x on x.inspection_id = i.id where" + window + " and x.head_role = 'PARTY_SECRETARY' "
                + "and x.severity = 'TO_DISCIPLINE' and x.discipline_form is not null order by x.id")
                .param("units", units).param("from", from).param("to", to).param("topic", topic == null ? "" : topic)
                .query((rs, i) -> new Disciplined(rs.getLong(1), rs.getString(2))).list();
        for (DisciplineForm form : DisciplineForm.values()) {
            cells.add(cell("4.form." + form.name(), "Violation", disciplined.stream()
                    .filter(d -> d.form().equals(form.name())).map(Disciplined::violation).toList()));
        }
        return cells;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReportCell> appendix1(long unitId, LocalDate from, LocalDate to, String topic) {
        return appendix1(units(unitId), from, to, topic);
    }

    /**
     * Phụ lục 1 row 1 for a subtree already resolved: outreach events, their participants and materials
     * (the module's own records; the documents of row 2 are the document module's).
     */
    public List<ReportCell> outreach(List<Long> units, LocalDate from, LocalDate to, String topic) {
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
        return cells;
    }

    private List<ReportCell> appendix1(List<Long> units, LocalDate from, LocalDate to, String topic) {
        List<ReportCell> cells = new ArrayList<>(outreach(units, from, to, topic));
        // Documents issued "để lãnh đạo, chỉ đạo": only the types flagged so (the document module's rule).
        List<IssuedDocumentView> docs = documents.leadershipDocuments(units, from, to, topic);
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

    @Override
    @Transactional(readOnly = true)
    public List<ReportCell> petitionAbuse(long unitId, LocalDate from, LocalDate to) {
        return petitionAbuse(units(unitId), from, to);
    }

    /** {@link #petitionAbuse(long, LocalDate, LocalDate)} for a subtree already resolved. */
    public List<ReportCell> petitionAbuse(List<Long> units, LocalDate from, LocalDate to) {
        record Row(long id, String measure) {
        }
        List<Row> rows = jdbc.sql("select id, measure_kind from petition_abuse_handling "
                + "where unit_id in (:units) and decided_on between :from and :to order by id")
                .param("units", units).param("from", from).param("to", to)
                .query((rs, i) -> new Row(rs.getLong(1), rs.getString(2))).list();
        List<ReportCell> cells = new ArrayList<>();
        cells.add(cell("abuse", "PetitionAbuseHandling", rows.stream().map(Row::id).toList()));
        for (AbuseMeasure m : AbuseMeasure.values()) {
            cells.add(cell("abuse." + m.name(), "PetitionAbuseHandling",
                    rows.stream().filter(r -> r.measure().equals(m.name())).map(Row::id).toList()));
        }
        return cells;
    }

}
