package org.tiepdan.oversight.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tiepdan.account.Access;

/** Method-security rules: reading needs any role at the unit; recording needs INSPECTOR, REPORTER or ADMIN. */
@Component("oversightAccess")
class OversightAccess {

    private static final List<String> READ = List.of("ADMIN", "HEAD", "REPORTER", "INSPECTOR", "HANDLER",
            "RECEPTION_OFFICER", "VIEWER");

    private final Access access;
    private final JdbcClient jdbc;

    OversightAccess(Access access, JdbcClient jdbc) {
        this.access = access;
        this.jdbc = jdbc;
    }

    public boolean canRead(Long unitId) {
        return unitId != null && READ.stream().anyMatch(r -> access.hasRoleAt(r, unitId));
    }

    public boolean canWrite(Long unitId) {
        return unitId != null && (access.hasRoleAt("INSPECTOR", unitId) || access.hasRoleAt("REPORTER", unitId)
                || access.hasRoleAt("ADMIN", unitId));
    }

    public boolean canWriteInspection(Long inspectionId) {
        return inspectionId != null && canWrite(jdbc.sql("select unit_id from inspection where id = ?")
                .param(inspectionId).query(Long.class).optional().orElse(null));
    }

    public boolean canReadInspection(Long inspectionId) {
        return inspectionId != null && canRead(jdbc.sql("select unit_id from inspection where id = ?")
                .param(inspectionId).query(Long.class).optional().orElse(null));
    }
}
