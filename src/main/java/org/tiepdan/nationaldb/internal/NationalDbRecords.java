package org.tiepdan.nationaldb.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.org.OrgUnitHierarchy;
import org.tiepdan.platform.DomainException;

/** The sync status of the records of a unit's subtree, for the API and the screen. */
@Component
@Transactional(readOnly = true)
class NationalDbRecords {

    static final int MAX_ITEMS = 1000;
    static final List<String> STATUSES = List.of("PENDING", "SENT", "FAILED");

    /** One record's status; {@code nextAttemptAt} and {@code attempts} for the screen. */
    record Item(String type, long id, String status, Instant sentAt, String error, Instant changedAt,
            Instant nextAttemptAt, int attempts) {
    }

    record Counts(long pending, long sent, long failed) {
    }

    private final JdbcClient jdbc;
    private final OrgUnitHierarchy hierarchy;

    NationalDbRecords(JdbcClient jdbc, OrgUnitHierarchy hierarchy) {
        this.jdbc = jdbc;
        this.hierarchy = hierarchy;
    }

    /** Records of the subtree with the status (null: any), the oldest change first, at most {@link #MAX_ITEMS}. */
    List<Item> list(long unitId, String status) {
        check(status);
        return jdbc.sql("""
                select record_type, record_id, status, sent_at, error, changed_at, next_attempt_at, attempts
                  from national_db_record
                 where unit_id in (:units) and (cast(:status as varchar) is null or status = :status)
                 order by changed_at, record_type, record_id limit :limit""")
                .param("units", hierarchy.subtreeWithPredecessors(unitId)).param("status", status)
                .param("limit", MAX_ITEMS)
                .query((rs, i) -> new Item(rs.getString(1), rs.getLong(2), rs.getString(3), instant(rs.getTimestamp(4)),
                        rs.getString(5), instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7)), rs.getInt(8)))
                .list();
    }

    long total(long unitId, String status) {
        check(status);
        return jdbc.sql("select count(*) from national_db_record where unit_id in (:units) "
                + "and (cast(:status as varchar) is null or status = :status)")
                .param("units", hierarchy.subtreeWithPredecessors(unitId)).param("status", status)
                .query(Long.class).single();
    }

    Counts counts(long unitId) {
        return new Counts(total(unitId, "PENDING"), total(unitId, "SENT"), total(unitId, "FAILED"));
    }

    private static void check(String status) {
        if (status != null && !STATUSES.contains(status)) {
            throw DomainException.invalid("national-db-status-invalid", "status");
        }
    }

    private static Instant instant(java.sql.Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
