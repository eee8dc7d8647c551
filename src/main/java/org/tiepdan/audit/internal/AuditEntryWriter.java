package org.tiepdan.audit.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Inserts through the transaction-bound connection, so the row shares the fate of the change
 * whether that change was made with JPA or JDBC.
 */
@Component
public class AuditEntryWriter {

    private final JdbcClient jdbc;

    AuditEntryWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void write(String username, String remoteAddress, Long unitId, String entityType, String entityId,
            String action, String summary) {
        jdbc.sql("""
                insert into audit_entry (username, remote_address, unit_id, entity_type, entity_id, action, summary)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(username, remoteAddress, unitId, entityType, entityId, action, summary)
                .update();
    }
}
