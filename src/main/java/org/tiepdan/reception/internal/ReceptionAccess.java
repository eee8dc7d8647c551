package org.tiepdan.reception.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tiepdan.account.Access;
import org.tiepdan.account.TiepdanUser;

/**
 * Access rules of the reception screens, for method security
 * ({@code @PreAuthorize("@receptionAccess.canRecordInSession(#id)")}). Recording needs
 * RECEPTION_OFFICER, HEAD or ADMIN at the unit (or above); looking also allows VIEWER, REPORTER,
 * INSPECTOR and HANDLER. A closed session is corrected only by its host (HEAD at a host's body, or
 * for a regular session the officer who opened it) or an ADMIN.
 */
@Component("receptionAccess")
class ReceptionAccess {

    private static final List<String> RECORDERS = List.of("RECEPTION_OFFICER", "HEAD", "ADMIN");
    /** IDENTITY_CUSTODIAN reads the (pseudonymised) visits of their units to decide identity requests. */
    private static final List<String> VIEWERS = List.of("RECEPTION_OFFICER", "HEAD", "ADMIN", "VIEWER", "REPORTER",
            "INSPECTOR", "HANDLER", "IDENTITY_CUSTODIAN");

    private final Access access;
    private final JdbcClient jdbc;

    ReceptionAccess(Access access, JdbcClient jdbc) {
        this.access = access;
        this.jdbc = jdbc;
    }

    /** Anyone who may view reception somewhere (the menu entry). */
    public boolean viewsSomewhere() {
        return VIEWERS.stream().anyMatch(access::hasRole);
    }

    public boolean canView(Long unitId) {
        return unitId != null && VIEWERS.stream().anyMatch(r -> access.hasRoleAt(r, unitId));
    }

    public boolean canRecord(Long unitId) {
        return unitId != null && RECORDERS.stream().anyMatch(r -> access.hasRoleAt(r, unitId));
    }

    public boolean canViewSession(Long sessionId) {
        return canView(sessionUnit(sessionId));
    }

    public boolean canRecordInSession(Long sessionId) {
        return canRecord(sessionUnit(sessionId));
    }

    public boolean canViewVisit(Long visitId) {
        return canView(visitUnit(visitId));
    }

    public boolean canRecordVisit(Long visitId) {
        return canRecord(visitUnit(visitId));
    }

    public boolean canViewSchedule(Long scheduleId) {
        return canView(scheduleUnit(scheduleId));
    }

    public boolean canRecordSchedule(Long scheduleId) {
        return canRecord(scheduleUnit(scheduleId));
    }

    /** May the current user change a closed session and its visits? */
    boolean canCorrectClosed(ReceptionSession session) {
        if (access.hasRoleAt("ADMIN", session.unitId())) {
            return true;
        }
        boolean headOfHost = session.hosts().stream()
                .filter(h -> h.hostUnitId() != null && h.capacity() != HostCapacity.STAFF)
                .anyMatch(h -> access.hasRoleAt("HEAD", h.hostUnitId()));
        if (headOfHost) {
            return true;
        }
        String me = access.currentUser().map(TiepdanUser::getUsername).orElse(null);
        return me != null && me.equals(session.createdBy())
                && session.hosts().stream().allMatch(h -> h.capacity() == HostCapacity.STAFF);
    }

    private Long sessionUnit(Long id) {
        return id == null ? null : jdbc.sql("select unit_id from reception_session where id = ?").param(id)
                .query(Long.class).optional().orElse(null);
    }

    private Long visitUnit(Long id) {
        return id == null ? null : jdbc.sql("select unit_id from reception_visit where id = ?").param(id)
                .query(Long.class).optional().orElse(null);
    }

    private Long scheduleUnit(Long id) {
        return id == null ? null : jdbc.sql("select unit_id from reception_schedule where id = ?").param(id)
                .query(Long.class).optional().orElse(null);
    }
}
