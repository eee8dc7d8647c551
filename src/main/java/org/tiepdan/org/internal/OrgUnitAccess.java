package org.tiepdan.org.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Helpers for method-security expressions: changing a unit (edit, close, merge) needs the role at
 * its parent or above, so these give the parent. A top-level or unknown unit gives null, which
 * asks for the role installation-wide.
 */
@Component("orgUnitAccess")
class OrgUnitAccess {

    private final JdbcClient jdbc;

    OrgUnitAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Long parentOf(Long id) {
        if (id == null) {
            return null;
        }
        return jdbc.sql("select parent_id from org_unit where id = ?").param(id)
                .query((rs, i) -> rs.getObject(1, Long.class)).optional().orElse(null);
    }

    /** The parents of the units (null for a top-level one), in order; an empty list for null. */
    public List<Long> parentsOf(List<Long> ids) {
        List<Long> parents = new ArrayList<>();
        if (ids != null) {
            for (Long id : ids) {
                parents.add(parentOf(id));
            }
        }
        return parents;
    }
}
