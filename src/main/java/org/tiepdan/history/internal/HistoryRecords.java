package org.tiepdan.history.internal;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The stable keys of records earlier imports created ({@code history_record}). */
@Component
class HistoryRecords {

    private final JdbcClient jdbc;

    HistoryRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Key to record id, for one unit and type. */
    Map<String, Long> keys(long unitId, RecordType type) {
        Map<String, Long> keys = new HashMap<>();
        jdbc.sql("select record_key, record_id from history_record where unit_id = ? and record_type = ?")
                .params(unitId, type.name())
                .query((rs, i) -> keys.put(rs.getString(1), rs.getLong(2))).list();
        return keys;
    }

    void store(long unitId, RecordType type, String key, long importId, long recordId) {
        jdbc.sql("insert into history_record (unit_id, record_type, record_key, import_id, record_id) values (?, ?, ?, ?, ?)")
                .params(unitId, type.name(), key, importId, recordId).update();
    }
}
