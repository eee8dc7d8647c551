package org.tiepdan.oversight.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tiepdan.platform.DomainException;

/** Read models of the oversight screens. */
@Component
public class OversightQueries {

    public record InspectionRow(long id, long unitId, String kind, String mode, String topic, String title,
            LocalDate startedOn, LocalDate endedOn) {
    }

    public record HeadRow(long id, String fullName, String title, Long unitId) {
    }

    public record ViolationRow(long id, long headId, String headName, String description, String severity,
            String disciplineForm, LocalDate disciplinedOn) {
    }

    public record RecommendationRow(long id, long assigneeUnitId, String content, LocalDate dueOn, String status,
            String answer, long version) {
    }

    public record InspectionDetail(InspectionRow inspection, List<Long> bodies, List<HeadRow> heads,
            List<ViolationRow> violations, List<RecommendationRow> recommendations) {
    }

    public record EventRow(long id, long unitId, String kind, LocalDate heldOn, String title, String topic,
            int participants, int materials) {
    }

    private final JdbcClient jdbc;

    OversightQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<InspectionRow> inspections(Collection<Long> units) {
        return jdbc.sql("select id, unit_id, kind, mode, topic, title, started_on, ended_on from inspection "
                + "where unit_id in (:u) order by started_on desc, id desc").param("u", units)
                .query((rs, i) -> new InspectionRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class),
                        rs.getObject(8, LocalDate.class)))
                .list();
    }

    InspectionDetail detail(long id) {
        InspectionRow row = jdbc.sql("select id, unit_id, kind, mode, topic, title, started_on, ended_on from inspection "
                + "where id = ?").param(id)
                .query((rs, i) -> new InspectionRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class),
                        rs.getObject(8, LocalDate.class)))
                .optional().orElseThrow(() -> DomainException.notFound("inspection-not-found"));
        List<Long> bodies = jdbc.sql("select unit_id from inspection_body where inspection_id = ? order by unit_id")
                .param(id).query(Long.class).list();
        List<HeadRow> heads = jdbc.sql("select id, full_name, title, unit_id from inspection_head where inspection_id = ? "
                + "order by id").param(id)
                .query((rs, i) -> new HeadRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                        (Long) rs.getObject(4, Long.class)))
                .list();
        List<ViolationRow> violations = jdbc.sql("""
                select v.id, v.head_id, h.full_name, v.description, v.severity, v.discipline_form, v.disciplined_on
                from violation v join inspection_head h on h.id = v.head_id where v.inspection_id = ? order by v.id""")
                .param(id)
                .query((rs, i) -> new ViolationRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class)))
                .list();
        List<RecommendationRow> recs = jdbc.sql("select id, assignee_unit_id, content, due_on, status, answer, version "
                + "from inspection_recommendation where inspection_id = ? order by id").param(id)
                .query((rs, i) -> new RecommendationRow(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), rs.getLong(7)))
                .list();
        return new InspectionDetail(row, bodies, heads, violations, recs);
    }

    List<EventRow> events(Collection<Long> units) {
        return jdbc.sql("select id, unit_id, kind, held_on, title, topic, participants, materials from outreach_event "
                + "where unit_id in (:u) order by held_on desc, id desc").param("u", units)
                .query((rs, i) -> new EventRow(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), rs.getInt(7), rs.getInt(8)))
                .list();
    }
}
