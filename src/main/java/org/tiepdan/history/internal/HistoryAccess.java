package org.tiepdan.history.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tiepdan.account.Access;

/**
 * Method-security rules of imports: {@code @historyAccess.canImport(#unit)}. Bringing a body's
 * history in writes into every module at once, so it needs ADMIN or HEAD at the unit (or above).
 */
@Component("historyAccess")
class HistoryAccess {

    private final Access access;
    private final JdbcClient jdbc;

    HistoryAccess(Access access, JdbcClient jdbc) {
        this.access = access;
        this.jdbc = jdbc;
    }

    public boolean canImport(Long unitId) {
        return unitId != null && (access.hasRoleAt("ADMIN", unitId) || access.hasRoleAt("HEAD", unitId));
    }

    public boolean canImportSomewhere() {
        return access.currentUser().map(u -> u.grants().stream()
                .anyMatch(g -> g.role().name().equals("ADMIN") || g.role().name().equals("HEAD"))).orElse(false);
    }

    public boolean canSee(Long importId) {
        if (importId == null) {
            return false;
        }
        return jdbc.sql("select unit_id from history_import where id = ?").param(importId).query(Long.class).optional()
                .map(this::canImport).orElse(false);
    }
}
