package org.tiepdan.portal.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.tiepdan.account.Access;
import org.tiepdan.account.Role;
import org.tiepdan.account.RoleGrantView;
import org.tiepdan.org.OrgUnitHierarchy;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.petition.DenunciationConclusions;

/**
 * Who may publish a conclusion: a handler or head at the body holding the denunciation (or above),
 * as for the petition's own steps. Bean {@code portalAccess} for method security.
 */
@Component("portalAccess")
class PortalAccess {

    private static final Set<Role> PUBLISHERS = Set.of(Role.HANDLER, Role.HEAD);

    private final Access access;
    private final DenunciationConclusions concluded;
    private final OrgUnitHierarchy hierarchy;
    private final OrgUnits units;

    PortalAccess(Access access, DenunciationConclusions concluded, OrgUnitHierarchy hierarchy, OrgUnits units) {
        this.access = access;
        this.concluded = concluded;
        this.hierarchy = hierarchy;
        this.units = units;
    }

    public boolean canPublishSomewhere() {
        return access.currentUser().map(u -> u.grants().stream().anyMatch(g -> PUBLISHERS.contains(g.role())))
                .orElse(false);
    }

    public boolean canPublish(Long petitionId) {
        return petitionId != null && concluded.find(petitionId)
                .map(c -> access.hasRoleAt("HANDLER", c.unitId()) || access.hasRoleAt("HEAD", c.unitId()))
                .orElse(false);
    }

    /** Who reads the citizens' ratings per body: those who read reports (the head, reporters, inspectors). */
    static final Set<Role> RATING_READERS = Set.of(Role.HEAD, Role.REPORTER, Role.INSPECTOR);

    public boolean canReadRatings() {
        return access.currentUser().map(u -> u.grants().stream().anyMatch(g -> RATING_READERS.contains(g.role())))
                .orElse(false);
    }

    /** The units whose ratings the user reads, with every unit under them. */
    List<Long> ratingUnits() {
        return unitsOf(RATING_READERS);
    }

    /** Who reads the places named with online petitions: those who read petitions. */
    static final Set<Role> PLACE_READERS = Set.of(Role.ADMIN, Role.HEAD, Role.HANDLER, Role.RECEPTION_OFFICER,
            Role.INSPECTOR, Role.VIEWER, Role.IDENTITY_CUSTODIAN, Role.REPORTER);

    public boolean canReadPlaces() {
        return access.currentUser().map(u -> u.grants().stream().anyMatch(g -> PLACE_READERS.contains(g.role())))
                .orElse(false);
    }

    List<Long> placeUnits() {
        return unitsOf(PLACE_READERS);
    }

    /** The units where the user may publish, with every unit under them. */
    List<Long> publishingUnits() {
        return unitsOf(PUBLISHERS);
    }

    private List<Long> unitsOf(Set<Role> roles) {
        Set<Long> result = new LinkedHashSet<>();
        access.currentUser().ifPresent(u -> {
            for (RoleGrantView g : u.grants()) {
                if (!roles.contains(g.role())) {
                    continue;
                }
                Long root = g.unitId() != null ? g.unitId() : units.servedArea().map(a -> a.id()).orElse(null);
                if (root != null) {
                    result.addAll(hierarchy.subtreeWithPredecessors(root));
                }
            }
        });
        return List.copyOf(result);
    }
}
