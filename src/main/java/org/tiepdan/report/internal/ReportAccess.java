package org.tiepdan.report.internal;

import org.springframework.stereotype.Component;
import org.tiepdan.account.Access;

/**
 * Who may read a report on a unit: a reporter (cán bộ tổng hợp báo cáo), a head or an inspector
 * holding the role at the unit or above it. Used as {@code @reportAccess.canRead(#unit)}.
 */
@Component("reportAccess")
class ReportAccess {

    private final Access access;

    ReportAccess(Access access) {
        this.access = access;
    }

    public boolean canRead(Long unit) {
        return unit != null && (access.hasRoleAt("REPORTER", unit) || access.hasRoleAt("HEAD", unit)
                || access.hasRoleAt("INSPECTOR", unit));
    }

    /**
     * Who records the report duty of a unit (reports sent, working sessions with the secretaries
     * below): a reporter or a head holding the role at the unit or above it.
     */
    public boolean canRecord(Long unit) {
        return unit != null && (access.hasRoleAt("REPORTER", unit) || access.hasRoleAt("HEAD", unit));
    }

    /** True when the user may read reports on some unit (the reports menu page). */
    public boolean canReadAny() {
        return access.hasRole("REPORTER") || access.hasRole("HEAD") || access.hasRole("INSPECTOR");
    }
}
