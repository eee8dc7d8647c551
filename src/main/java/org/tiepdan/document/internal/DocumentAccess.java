package org.tiepdan.document.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tiepdan.account.Access;

/**
 * Method-security rules of the register: {@code @documentAccess.canRead(#unitId)}. Reading needs
 * any role at the unit (or above); writing needs REPORTER or ADMIN there.
 */
@Component("documentAccess")
class DocumentAccess {

    private static final List<String> READ_ROLES = List.of("ADMIN", "HEAD", "REPORTER", "INSPECTOR", "HANDLER",
            "RECEPTION_OFFICER", "VIEWER");

    private final Access access;
    private final JdbcClient jdbc;

    DocumentAccess(Access access, JdbcClient jdbc) {
        this.access = access;
        this.jdbc = jdbc;
    }

    /** Anyone who may read the register somewhere (the menu entry). */
    public boolean readsSomewhere() {
        return READ_ROLES.stream().anyMatch(access::hasRole);
    }

    public boolean canRead(Long unitId) {
        return unitId != null && READ_ROLES.stream().anyMatch(r -> access.hasRoleAt(r, unitId));
    }

    public boolean canWrite(Long unitId) {
        return unitId != null && (access.hasRoleAt("REPORTER", unitId) || access.hasRoleAt("ADMIN", unitId));
    }

    public boolean canReadDocument(Long documentId) {
        return canRead(unitOf("select unit_id from issued_document where id = ?", documentId));
    }

    public boolean canWriteDocument(Long documentId) {
        return canWrite(unitOf("select unit_id from issued_document where id = ?", documentId));
    }

    public boolean canWriteBatch(Long batchId) {
        return canWrite(unitOf("select unit_id from document_import_batch where id = ?", batchId));
    }

    private Long unitOf(String sql, Long id) {
        if (id == null) {
            return null;
        }
        return jdbc.sql(sql).param(id).query(Long.class).optional().orElse(null);
    }
}
