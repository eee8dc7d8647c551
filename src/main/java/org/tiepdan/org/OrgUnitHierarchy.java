package org.tiepdan.org;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The shape of the administrative map, for other modules: who is above whom. Access rules use it
 * (a role held at a unit covers every unit under it), and so do reports (a unit and its subtree).
 */
@Service
public class OrgUnitHierarchy {

    private final JdbcClient jdbc;

    OrgUnitHierarchy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The unit itself, then its parent, up to the root. Empty when the unit does not exist. */
    public List<Long> ancestorsOrSelf(long unitId) {
        return jdbc.sql("""
                with recursive up(id, parent_id, depth) as (
                    select id, parent_id, 0 from org_unit where id = ?
                    union all
                    select u.id, u.parent_id, up.depth + 1 from org_unit u join up on u.id = up.parent_id
                )
                select id from up order by depth""")
                .param(unitId).query(Long.class).list();
    }

    /**
     * The unit, every unit under it, and every unit merged into any of those (with their own
     * subtrees), so that a report for a merged unit includes its predecessors.
     */
    public List<Long> subtreeWithPredecessors(long unitId) {
        return jdbc.sql("""
                with recursive down(id) as (
                    select id from org_unit where id = ?
                    union
                    select u.id from org_unit u join down on u.parent_id = down.id or u.successor_id = down.id
                )
                select id from down order by id""")
                .param(unitId).query(Long.class).list();
    }
}
