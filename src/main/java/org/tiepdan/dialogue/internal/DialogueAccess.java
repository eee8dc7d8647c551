package org.tiepdan.dialogue.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tiepdan.account.Access;
import org.tiepdan.account.Role;

/**
 * Access rules of dialogues, for method security ({@code @dialogueAccess.canOrganise(#id)}). A role
 * held at the dialogue's unit or above, or HEAD at one of its host bodies (the head of a co-hosting
 * People's Committee runs the dialogue too):
 * <ul>
 * <li>reading: any role but the identity custodian's;</li>
 * <li>organising (plan, opinions, documents, holding, answers, escalations): reception officer,
 * handler, head or administrator;</li>
 * <li>the chair's steps (conclusion notice, closing with the report): head or administrator;</li>
 * <li>answering an assignment also: handler or head at the assigned unit.</li>
 * </ul>
 * Unknown ids give false (403, revealing nothing).
 */
@Component("dialogueAccess")
class DialogueAccess {

    static final Set<Role> READERS = EnumSet.of(Role.ADMIN, Role.HEAD, Role.RECEPTION_OFFICER, Role.HANDLER,
            Role.INSPECTOR, Role.REPORTER, Role.VIEWER);
    static final Set<Role> ORGANISERS = EnumSet.of(Role.ADMIN, Role.HEAD, Role.RECEPTION_OFFICER, Role.HANDLER);
    static final Set<Role> CHAIRS = EnumSet.of(Role.ADMIN, Role.HEAD);
    static final Set<Role> ASSIGNEES = EnumSet.of(Role.HEAD, Role.HANDLER);
    static final Set<Role> FIGURES = EnumSet.of(Role.ADMIN, Role.HEAD, Role.REPORTER, Role.INSPECTOR);

    private final Access access;
    private final JdbcClient jdbc;

    DialogueAccess(Access access, JdbcClient jdbc) {
        this.access = access;
        this.jdbc = jdbc;
    }

    public boolean canView(Long unitId) {
        return unitId != null && holdsAnyAt(READERS, unitId);
    }

    public boolean canOrganise(Long unitId) {
        return unitId != null && holdsAnyAt(ORGANISERS, unitId);
    }

    public boolean canReadFigures(Long unitId) {
        return unitId != null && holdsAnyAt(FIGURES, unitId);
    }

    public boolean canViewDialogue(Long id) {
        return allowed(id, READERS);
    }

    public boolean canOrganiseDialogue(Long id) {
        return allowed(id, ORGANISERS);
    }

    public boolean canChair(Long id) {
        return allowed(id, CHAIRS);
    }

    /** The dialogue's organisers, or a handler or head of the unit the point was assigned to. */
    public boolean canAnswer(Long dialogueId, Long assignmentId) {
        if (canOrganiseDialogue(dialogueId)) {
            return true;
        }
        Long unit = assignmentId == null ? null : jdbc.sql(
                "select assignee_unit_id from dialogue_assignment where id = ? and dialogue_id = ?")
                .params(assignmentId, dialogueId).query(Long.class).optional().orElse(null);
        return unit != null && holdsAnyAt(ASSIGNEES, unit);
    }

    /** Anyone who may read dialogues somewhere (lists are then limited to their units). */
    public boolean readsSomewhere() {
        return access.currentUser().map(u -> u.grants().stream().anyMatch(g -> READERS.contains(g.role())))
                .orElse(false);
    }

    private boolean allowed(Long dialogueId, Set<Role> roles) {
        if (dialogueId == null) {
            return false;
        }
        List<Long> units = jdbc.sql("""
                select unit_id from dialogue where id = :id
                union
                select host_unit_id from dialogue_host where dialogue_id = :id""")
                .param("id", dialogueId).query(Long.class).list();
        if (units.isEmpty()) {
            return false;
        }
        Long unit = jdbc.sql("select unit_id from dialogue where id = ?").param(dialogueId).query(Long.class).single();
        if (holdsAnyAt(roles, unit)) {
            return true;
        }
        // The head of a co-hosting body runs the dialogue as much as the holding body's head.
        return roles.contains(Role.HEAD) && units.stream().anyMatch(u -> access.hasRoleAt(Role.HEAD.name(), u));
    }

    boolean holdsAnyAt(Set<Role> roles, long unitId) {
        return roles.stream().anyMatch(r -> access.hasRoleAt(r.name(), unitId));
    }

    String currentUsername() {
        return access.currentUser().map(u -> u.getUsername()).orElse(null);
    }

    /** The units whose dialogues the current user may read (null: every unit; {@link Access#unitsReached}). */
    List<Long> visibleUnits() {
        return access.unitsReached(READERS);
    }
}
