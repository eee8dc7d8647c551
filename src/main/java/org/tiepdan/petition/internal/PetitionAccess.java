package org.tiepdan.petition.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tiepdan.account.Access;
import org.tiepdan.account.Role;

/**
 * Access rules of petitions and cases, for method security ({@code @petitionAccess.canHandle(#id)}):
 * a role held at the petition's unit or above. Unknown ids give false (403, revealing nothing).
 */
@Component("petitionAccess")
class PetitionAccess {

    /** IDENTITY_CUSTODIAN reads the (pseudonymised) petitions of their units to decide identity requests. */
    static final Set<Role> READERS = EnumSet.of(Role.ADMIN, Role.HEAD, Role.HANDLER, Role.RECEPTION_OFFICER,
            Role.INSPECTOR, Role.VIEWER, Role.REPORTER, Role.IDENTITY_CUSTODIAN);
    static final Set<Role> HANDLERS = EnumSet.of(Role.HANDLER, Role.HEAD);
    static final Set<Role> INTAKE = EnumSet.of(Role.HANDLER, Role.HEAD, Role.RECEPTION_OFFICER);

    private final Access access;
    private final JdbcClient jdbc;

    PetitionAccess(Access access, JdbcClient jdbc) {
        this.access = access;
        this.jdbc = jdbc;
    }

    public Long unitOf(Long petitionId) {
        return petitionId == null ? null : jdbc.sql("select unit_id from petition where id = ?").param(petitionId)
                .query(Long.class).optional().orElse(null);
    }

    public Long caseUnitOf(Long caseId) {
        return caseId == null ? null : jdbc.sql("select unit_id from petition_case where id = ?").param(caseId)
                .query(Long.class).optional().orElse(null);
    }

    public boolean canRead(Long petitionId) {
        Long unit = unitOf(petitionId);
        return unit != null && holdsAnyAt(READERS, unit);
    }

    public boolean canHandle(Long petitionId) {
        Long unit = unitOf(petitionId);
        return unit != null && holdsAnyAt(HANDLERS, unit);
    }

    /** A head of the petition's body (or above): may undo a step recorded by mistake today. */
    public boolean canUndo(Long petitionId) {
        Long unit = unitOf(petitionId);
        return unit != null && holdsAnyAt(EnumSet.of(Role.HEAD), unit);
    }

    public boolean canReadCase(Long caseId) {
        Long unit = caseUnitOf(caseId);
        return unit != null && holdsAnyAt(READERS, unit);
    }

    public boolean canHandleCase(Long caseId) {
        Long unit = caseUnitOf(caseId);
        return unit != null && holdsAnyAt(HANDLERS, unit);
    }

    public boolean canIntake(Long unitId) {
        return unitId != null && holdsAnyAt(INTAKE, unitId);
    }

    public boolean canReadAttachment(Long attachmentId) {
        Long petition = attachmentId == null ? null : jdbc.sql("select petition_id from petition_attachment where id = ?")
                .param(attachmentId).query(Long.class).optional().orElse(null);
        return canRead(petition);
    }

    public boolean canHandleAttachment(Long attachmentId) {
        Long petition = attachmentId == null ? null : jdbc.sql("select petition_id from petition_attachment where id = ?")
                .param(attachmentId).query(Long.class).optional().orElse(null);
        return canHandle(petition);
    }

    public boolean canHandleDuplicate(Long proposalId) {
        Long petition = proposalId == null ? null : jdbc.sql("select petition_id from petition_duplicate where id = ?")
                .param(proposalId).query(Long.class).optional().orElse(null);
        return canHandle(petition);
    }

    /** Anyone who may read petitions somewhere (queues and search are then limited to their units). */
    public boolean readsSomewhere() {
        return access.currentUser().map(u -> u.grants().stream().anyMatch(g -> READERS.contains(g.role())))
                .orElse(false);
    }

    /** Anyone who handles petitions somewhere: the work queue is theirs (the menu entry, the home cards). */
    public boolean handlesSomewhere() {
        return access.currentUser().map(u -> u.grants().stream().anyMatch(g -> HANDLERS.contains(g.role())))
                .orElse(false);
    }

    boolean holdsAnyAt(Set<Role> roles, long unitId) {
        return roles.stream().anyMatch(r -> access.hasRoleAt(r.name(), unitId));
    }

    /** The roles the current user holds at the unit (or above). */
    Set<Role> rolesAt(long unitId) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role r : Role.values()) {
            if (access.hasRoleAt(r.name(), unitId)) {
                roles.add(r);
            }
        }
        return roles;
    }

    Actor actorAt(long unitId) {
        String name = access.currentUser().map(u -> u.getUsername()).orElse(null);
        return new Actor(name, rolesAt(unitId));
    }

    /** The units whose petitions the current user may read (null: every unit). */
    List<Long> visibleUnits() {
        return unitsWith(READERS);
    }

    /**
     * The units where the current user holds one of the roles, their subtrees and merged predecessors
     * (null: every unit; {@link Access#unitsReached}).
     */
    List<Long> unitsWith(Set<Role> roles) {
        return access.unitsReached(roles);
    }
}
