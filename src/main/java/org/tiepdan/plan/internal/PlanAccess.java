package org.tiepdan.plan.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tiepdan.account.Access;

/**
 * Method-security rules of work plans, each for a unit and every unit under it. Any role reads;
 * heads, inspectors and reporting officers draft plans and record progress; only the head (or an
 * administrator) issues a plan, since the head signs it. The head of a task's lead unit may also
 * record its progress.
 */
@Component("planAccess")
class PlanAccess {

    static final List<String> READ = List.of("ADMIN", "HEAD", "REPORTER", "INSPECTOR", "HANDLER",
            "RECEPTION_OFFICER", "VIEWER");
    /** {@link #READ} as roles, for {@code Access.unitsReachedInServedArea}. */
    static final List<org.tiepdan.account.Role> READ_ROLES = READ.stream().map(org.tiepdan.account.Role::valueOf).toList();
    private static final List<String> EDIT = List.of("HEAD", "INSPECTOR", "REPORTER", "ADMIN");
    private static final List<String> ISSUE = List.of("HEAD", "ADMIN");

    private final Access access;
    private final JdbcClient jdbc;
    private final org.tiepdan.org.OrgUnitHierarchy hierarchy;

    PlanAccess(Access access, JdbcClient jdbc, org.tiepdan.org.OrgUnitHierarchy hierarchy) {
        this.access = access;
        this.jdbc = jdbc;
        this.hierarchy = hierarchy;
    }

    /** Anyone who may read plans somewhere (the menu entry). */
    public boolean readsSomewhere() {
        return READ.stream().anyMatch(access::hasRole);
    }

    public boolean canRead(Long unitId) {
        return any(READ, unitId);
    }

    public boolean canEdit(Long unitId) {
        return any(EDIT, unitId);
    }

    public boolean canReadPlan(Long planId) {
        return canRead(planUnit(planId));
    }

    public boolean canEditPlan(Long planId) {
        return canEdit(planUnit(planId));
    }

    public boolean canIssuePlan(Long planId) {
        return any(ISSUE, planUnit(planId));
    }

    public boolean canReportTask(Long taskId) {
        if (taskId == null) {
            return false;
        }
        Long planUnit = jdbc.sql("select p.unit_id from plan_task t join work_plan p on p.id = t.plan_id where t.id = ?")
                .param(taskId).query(Long.class).optional().orElse(null);
        Long lead = jdbc.sql("select lead_unit_id from plan_task where id = ?").param(taskId).query(Long.class)
                .optional().orElse(null);
        return canEdit(planUnit) || any(List.of("HEAD"), lead);
    }

    /** True when {@code unitId} is {@code ancestorId} or under it (merged predecessors included). */
    boolean within(long unitId, long ancestorId) {
        return hierarchy.subtreeWithPredecessors(ancestorId).contains(unitId);
    }

    private Long planUnit(Long planId) {
        if (planId == null) {
            return null;
        }
        return jdbc.sql("select unit_id from work_plan where id = ?").param(planId).query(Long.class).optional()
                .orElse(null);
    }

    private boolean any(List<String> roles, Long unitId) {
        return unitId != null && roles.stream().anyMatch(r -> access.hasRoleAt(r, unitId));
    }
}
