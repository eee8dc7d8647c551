package org.tiepdan.oversight.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Read models of the oversight lists (one query each). */
@Component
public class OversightQueries {

    public record InspectionRow(long id, long unitId, String kind, String mode, String topic, String title,
            LocalDate startedOn, LocalDate endedOn, int violations) {
    }

    public record EventRow(long id, long unitId, String kind, LocalDate heldOn, String title, String topic,
            int participants, int materials) {
    }

    private final JdbcClient jdbc;

    OversightQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<InspectionRow> inspections(Collection<Long> units) {
        return jdbc.sql("select i.id, i.unit_id, i.kind, i.mode, i.topic, i.title, i.started_on, i.ended_on, "
                + "(select count(*) from violation v where v.inspection_id = i.id) from inspection i "
                + "where i.unit_id in (:u) order by i.started_on desc, i.id desc").param("u", units)
                .query((rs, i) -> new InspectionRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class),
                        rs.getObject(8, LocalDate.class), rs.getInt(9)))
                .list();
    }

    List<EventRow> events(Collection<Long> units) {
        return jdbc.sql("select id, unit_id, kind, held_on, title, topic, participants, materials from outreach_event "
                + "where unit_id in (:u) order by held_on desc, id desc").param("u", units)
                .query((rs, i) -> new EventRow(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), rs.getInt(7), rs.getInt(8)))
                .list();
    }
}
