package org.tiepdan.report.internal;

import java.util.OptionalLong;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The version of the records: a number that grows with every committed transaction that wrote a table of
 * records, from the application or from outside it (V188: a counter bumped at commit by a trigger on every
 * table of records). Two readers that read the same version saw the same committed records, so what one
 * computed from them is what the other would compute: the findings cache ({@link CrossChecks}) keys its
 * entries by it.
 *
 * <p>Read it <em>before</em> reading the records it stands for: whatever a later statement of the same
 * request reads was committed no earlier than the version, so an entry is never older than its key, in
 * READ COMMITTED as in REPEATABLE READ. Empty when the current transaction has written anything itself:
 * its own writes bump the version only at its commit, so nothing computed in it may be kept or reused.
 */
@Component
class RecordsVersion {

    private final JdbcClient jdbc;

    RecordsVersion(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The committed records' version, or empty when this transaction has uncommitted writes of its own. */
    OptionalLong now() {
        return jdbc.sql("""
                select case when pg_current_xact_id_if_assigned() is null then sum(n) end
                from record_change""")
                .query((rs, i) -> {
                    long v = rs.getLong(1);
                    return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(v);
                }).single();
    }
}
