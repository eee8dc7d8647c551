package org.tiepdan.org.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reports at every start the records an older version let a territory hold that V155 could not
 * re-home (docs/data-model.md, "Records held by territories"): they stay where they were, listed in
 * {@code territory_held_record}, until an administrator decides; the log says how many and where
 * to look, so that they are never silently forgotten. Nothing is logged when there are none.
 */
@Component
class TerritoryHeldRecords {

    private static final Logger log = LoggerFactory.getLogger(TerritoryHeldRecords.class);

    /** Rows still held by a territory: the table, the reason, how many. */
    record Remaining(String table, String reason, long count) {
    }

    private final JdbcClient jdbc;

    TerritoryHeldRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Remaining> remaining() {
        return jdbc.sql("""
                select r.record_table, r.reason, count(*) from territory_held_record r
                  join org_unit u on u.id = r.territory_id
                 where r.rehomed_to is null
                 group by r.record_table, r.reason order by 1, 2""")
                .query((rs, i) -> new Remaining(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
    }

    @EventListener(ApplicationReadyEvent.class)
    void report() {
        List<Remaining> rows = remaining();
        if (!rows.isEmpty()) {
            log.warn("Records still held by a territory, not a body (see table territory_held_record and "
                    + "docs/data-model.md, 'Records held by territories'): {}", rows);
        }
    }
}
