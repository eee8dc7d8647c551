package org.tiepdan.org;

import java.time.LocalDate;
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

    /**
     * The units of {@link #subtreeWithPredecessors(long)} with their kind, tier and dates, so that a
     * report can put each record in the column of the tier of the unit that held it.
     */
    public List<OrgUnitView> subtreeUnitsWithPredecessors(long unitId) {
        return jdbc.sql("""
                with recursive down(id) as (
                    select id from org_unit where id = ?
                    union
                    select u.id from org_unit u join down on u.parent_id = down.id or u.successor_id = down.id
                )
                select u.id, u.name, u.kind, u.tier, u.code, u.parent_id, u.valid_from, u.valid_to, u.successor_id
                from org_unit u join down on down.id = u.id order by u.id""")
                .param(unitId)
                .query((rs, i) -> new OrgUnitView(rs.getLong(1), rs.getString(2), OrgUnitKind.valueOf(rs.getString(3)),
                        AdminTier.valueOf(rs.getString(4)), rs.getString(5), rs.getObject(6, Long.class),
                        rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class), rs.getObject(9, Long.class)))
                .list();
    }
}
