package org.tiepdan.account;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.tiepdan.org.OrgUnitHierarchy;
import org.tiepdan.org.OrgUnits;

/**
 * Unit-scoped access checks, usable from method security: {@code @PreAuthorize("@access.hasRoleAt('ADMIN', #unitId)")}.
 * A role held at a unit covers that unit and every unit under it.
 */
@Component("access")
public class Access {

    private final OrgUnitHierarchy hierarchy;
    private final OrgUnits units;

    Access(OrgUnitHierarchy hierarchy, OrgUnits units) {
        this.hierarchy = hierarchy;
        this.units = units;
    }

    /**
     * The unit a screen opens on when none is chosen: the first unit where the user holds a role,
     * or for installation-wide roles the area the installation serves.
     */
    public Optional<Long> homeUnitId() {
        Optional<Long> held = currentUser().flatMap(u -> u.grants().stream().map(RoleGrantView::unitId)
                .filter(java.util.Objects::nonNull).findFirst());
        return held.isPresent() ? held : units.servedArea().map(org.tiepdan.org.OrgUnitView::id);
    }

    public Optional<TiepdanUser> currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof TiepdanUser user ? Optional.of(user) : Optional.empty();
    }

    public boolean hasRole(String role) {
        Role wanted = Role.valueOf(role);
        return currentUser().map(u -> u.roles().contains(wanted)).orElse(false);
    }

    /**
     * True when the user holds the role at the unit or above it; a null unit asks for installation-wide. The
     * unit's ancestors are read once, and only when a grant of the role needs them (they were read once per
     * grant: one statement each, several per request, issue 22).
     */
    public boolean hasRoleAt(String role, Long unitId) {
        Role wanted = Role.valueOf(role);
        List<RoleGrantView> held = currentUser().map(user -> user.grants().stream().filter(g -> g.role() == wanted)
                .toList()).orElse(List.of());
        if (held.stream().anyMatch(g -> g.unitId() == null)) {
            return true;
        }
        if (unitId == null || held.isEmpty()) {
            return false;
        }
        List<Long> chain = hierarchy.ancestorsOrSelf(unitId);
        return held.stream().anyMatch(g -> chain.contains(g.unitId()));
    }

    /**
     * The units where the user holds the role: each such unit, the units under it and the units merged
     * into them; empty when the user holds it at no unit. Installation-wide grants are not in the list:
     * callers ask {@link #installationWide(String)} first, so that "everything" is never a long list
     * nor an empty one mistaken for it.
     */
    public List<Long> unitsWhere(String role) {
        Role wanted = Role.valueOf(role);
        Set<Long> units = new LinkedHashSet<>();
        currentUser().ifPresent(user -> user.grants().stream().filter(g -> g.role() == wanted && g.unitId() != null)
                .forEach(g -> units.addAll(hierarchy.subtreeWithPredecessors(g.unitId()))));
        return List.copyOf(units);
    }

    /**
     * The units whose records the current user may see through any of {@code roles}: each unit where
     * they hold one, the units under it and the units merged into them. <b>Every unit</b> for an
     * installation-wide grant, answered as {@code null} ("no filter"), because records may be held by
     * units outside the served area (a petition transferred in, an imported one): a record list filters
     * by this. Empty without a user or a matching grant.
     */
    public List<Long> unitsReached(Collection<Role> roles) {
        return reach(roles, false);
    }

    /**
     * The same units, except that an installation-wide grant reaches the <b>served area</b> (its
     * subtree with merged predecessors) instead of "everything": for what needs an actual list of units
     * (a dashboard's figures, the overdue tasks or recommendations of every unit reached). Never null.
     */
    public List<Long> unitsReachedInServedArea(Collection<Role> roles) {
        return reach(roles, true);
    }

    /**
     * The one computation behind {@link #unitsReached} and {@link #unitsReachedInServedArea} (issue 23:
     * it was written four times with the two meanings unnamed).
     */
    private List<Long> reach(Collection<Role> roles, boolean wideIsServedArea) {
        TiepdanUser user = currentUser().orElse(null);
        if (user == null) {
            return List.of();
        }
        Set<Long> reached = new LinkedHashSet<>();
        for (RoleGrantView g : user.grants()) {
            if (!roles.contains(g.role())) {
                continue;
            }
            Long root = g.unitId();
            if (root == null) {
                if (!wideIsServedArea) {
                    return null;
                }
                root = units.servedArea().map(org.tiepdan.org.OrgUnitView::id).orElse(null);
                if (root == null) {
                    continue;
                }
            }
            reached.addAll(hierarchy.subtreeWithPredecessors(root));
        }
        return List.copyOf(reached);
    }

    /** True when the user holds the role with no unit: installation-wide. */
    public boolean installationWide(String role) {
        return hasRoleAt(role, null);
    }
}
