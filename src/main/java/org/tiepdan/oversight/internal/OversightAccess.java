package org.tiepdan.oversight.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tiepdan.account.Access;

/**
 * Method-security rules, each for a unit and every unit under it. Reading needs any role.
 * Inspections, violations and recommendations are recorded by inspectors and heads (INSPECTOR,
 * HEAD, ADMIN); outreach events also by the reporting officer; the handling of petition abuse by
 * heads, inspectors and petition handlers. A recommendation is reported done by the inspecting
 * side or by the head of the unit it is addressed to; only the inspecting side reopens it.
 */
@Component("oversightAccess")
class OversightAccess {

    static final List<String> READ = List.of("ADMIN", "HEAD", "REPORTER", "INSPECTOR", "HANDLER",
            "RECEPTION_OFFICER", "VIEWER");
    /** {@link #READ} as roles, for {@code Access.unitsReachedInServedArea}. */
    static final List<org.tiepdan.account.Role> READ_ROLES = READ.stream().map(org.tiepdan.account.Role::valueOf).toList();
    private static final List<String> RECORD = List.of("INSPECTOR", "HEAD", "ADMIN");
    private static final List<String> OUTREACH = List.of("INSPECTOR", "HEAD", "REPORTER", "ADMIN");
    private static final List<String> ABUSE = List.of("INSPECTOR", "HEAD", "HANDLER", "ADMIN");

    private final Access access;
    private final JdbcClient jdbc;

    OversightAccess(Access access, JdbcClient jdbc) {
        this.access = access;
        this.jdbc = jdbc;
    }

    /** Anyone who may read inspections and outreach somewhere (the menu entries). */
    public boolean readsSomewhere() {
        return READ.stream().anyMatch(access::hasRole);
    }

    public boolean canRead(Long unitId) {
        return any(READ, unitId);
    }

    public boolean canRecord(Long unitId) {
        return any(RECORD, unitId);
    }

    public boolean canWriteOutreach(Long unitId) {
        return any(OUTREACH, unitId);
    }

    public boolean canRecordAbuse(Long unitId) {
        return any(ABUSE, unitId);
    }

    public boolean canReadInspection(Long inspectionId) {
        return canRead(unit("select unit_id from inspection where id = ?", inspectionId));
    }

    public boolean canRecordInspection(Long inspectionId) {
        return canRecord(unit("select unit_id from inspection where id = ?", inspectionId));
    }

    public boolean canRecordViolation(Long violationId) {
        return canRecord(unit("select i.unit_id from violation v join inspection i on i.id = v.inspection_id "
                + "where v.id = ?", violationId));
    }

    public boolean canCompleteRecommendation(Long recommendationId) {
        return canReopenRecommendation(recommendationId) || access.hasRoleAt("HEAD",
                unit("select assignee_unit_id from inspection_recommendation where id = ?", recommendationId));
    }

    public boolean canReopenRecommendation(Long recommendationId) {
        return canRecord(unit("select i.unit_id from inspection_recommendation r join inspection i "
                + "on i.id = r.inspection_id where r.id = ?", recommendationId));
    }

    public boolean canWriteOutreachEvent(Long eventId) {
        return canWriteOutreach(unit("select unit_id from outreach_event where id = ?", eventId));
    }

    public boolean canRecordAbuseHandling(Long recordId) {
        return canRecordAbuse(unit("select unit_id from petition_abuse_handling where id = ?", recordId));
    }

    private boolean any(List<String> roles, Long unitId) {
        return unitId != null && roles.stream().anyMatch(r -> access.hasRoleAt(r, unitId));
    }

    private Long unit(String sql, Long id) {
        if (id == null) {
            return null;
        }
        return jdbc.sql(sql).param(id).query(Long.class).optional().orElse(null);
    }
}
