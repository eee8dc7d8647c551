package org.tiepdan.account;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.OrgUnits;

/**
 * The units a signed-in officer picks from on a screen: where they hold roles and the units just
 * under those (for installation-wide roles, the served area). Templates call it lazily:
 * {@code ${@unitChoices.forCurrentUser(unit)}}.
 */
@Component("unitChoices")
public class UnitChoices {

    /** A unit with its path, so that namesakes ("Xã Kỳ Lâm" in two provinces) can be told apart. */
    public record UnitOption(long id, String label) {
    }

    private final Access access;
    private final OrgUnits units;
    private final org.tiepdan.org.OrgUnitHierarchy hierarchy;

    UnitChoices(Access access, OrgUnits units, org.tiepdan.org.OrgUnitHierarchy hierarchy) {
        this.access = access;
        this.units = units;
        this.hierarchy = hierarchy;
    }

    public List<UnitOption> forCurrentUser(Long selected) {
        Map<Long, OrgUnitView> chosen = new LinkedHashMap<>();
        List<Long> roots = new ArrayList<>();
        access.currentUser().ifPresent(user -> user.grants().forEach(g -> {
            if (g.unitId() != null) {
                roots.add(g.unitId());
            } else {
                units.servedArea().ifPresent(a -> roots.add(a.id()));
            }
        }));
        if (selected != null) {
            units.find(selected).ifPresent(u -> chosen.put(u.id(), u));
        }
        for (Long root : roots.stream().distinct().toList()) {
            units.find(root).ifPresent(u -> chosen.putIfAbsent(u.id(), u));
            units.children(root).stream().filter(OrgUnitView::isOpen).forEach(u -> chosen.putIfAbsent(u.id(), u));
        }
        return options(chosen.values().stream().toList());
    }

    /**
     * The units a record of a unit may name (bodies inspected, the unit a recommendation is
     * addressed to, a plan task's lead and coordinating units): the unit, the bodies under it and its
     * neighbours in the same territory, with the bodies of the territories under that one (a
     * province's communes), plus what is already chosen.
     */
    public List<UnitOption> around(long unitId, Collection<Long> selected) {
        Map<Long, OrgUnitView> found = new LinkedHashMap<>();
        OrgUnitView unit = units.get(unitId);
        found.put(unit.id(), unit);
        addBodies(unit.id(), found);
        if (unit.parentId() != null) {
            addBodies(unit.parentId(), found);
            for (OrgUnitView sibling : units.children(unit.parentId())) {
                if (sibling.kind().isArea() && sibling.isOpen()) {
                    addBodies(sibling.id(), found);
                }
            }
        }
        if (selected != null) {
            selected.stream().filter(id -> id != null && !found.containsKey(id))
                    .forEach(id -> units.find(id).ifPresent(u -> found.put(u.id(), u)));
        }
        return options(List.copyOf(found.values()));
    }

    /**
     * The rule behind {@link #around}, for a unit id taken from a request (a body inspected, the
     * assignee of a recommendation, a plan task's lead or coordinating unit, a dialogue's joint host):
     * the workflow keeps such a unit inside the territory the record's unit belongs to (its parent's
     * subtree, with merged predecessors; the record's own subtree when it has no parent). A unit of
     * another territory, or an id that does not exist, is refused like an unknown one by the caller.
     * Closed units are accepted, so that a record of past years can still be corrected.
     */
    public boolean mayName(long recordUnitId, Long candidate) {
        if (candidate == null || units.find(candidate).isEmpty()) {
            return false;
        }
        Long parent = units.find(recordUnitId).map(OrgUnitView::parentId).orElse(null);
        return hierarchy.subtreeWithPredecessors(parent != null ? parent : recordUnitId).contains(candidate);
    }

    /**
     * The bodies that may hold a new record made from a unit ({@link org.tiepdan.org.HoldingBody}): the
     * unit itself when it is a body; the open bodies directly under it when it is a territory, for the
     * user to choose among (a form preselects none of them).
     */
    public List<OrgUnitView> holdersAt(long unitId) {
        OrgUnitView unit = units.get(unitId);
        if (org.tiepdan.org.HoldingBody.isBody(unit.kind())) {
            return List.of(unit);
        }
        return units.children(unitId).stream().filter(u -> org.tiepdan.org.HoldingBody.isBody(u.kind()))
                .filter(OrgUnitView::isOpen).toList();
    }

    /**
     * The bodies a user holding one of the roles may file a new record at: each body where they hold
     * one of them, the open bodies directly under it, and the open bodies of each territory where they
     * hold one. Never a territory ({@link org.tiepdan.org.HoldingBody}).
     */
    public List<OrgUnitView> holders(Collection<Role> roles) {
        Map<Long, OrgUnitView> found = new LinkedHashMap<>();
        for (RoleGrantView g : grants(roles)) {
            units.find(g.unitId()).filter(u -> org.tiepdan.org.HoldingBody.isBody(u.kind()))
                    .ifPresent(u -> found.putIfAbsent(u.id(), u));
            units.children(g.unitId()).stream().filter(OrgUnitView::isOpen)
                    .filter(u -> org.tiepdan.org.HoldingBody.isBody(u.kind()))
                    .forEach(u -> found.putIfAbsent(u.id(), u));
        }
        return List.copyOf(found.values());
    }

    /**
     * The body a form preselects for a new record: the one body where the user holds one of the roles;
     * null when the role is held at a territory only, or at several bodies: the user then chooses on
     * the form ("— Chọn —"), and a form sent without a choice is answered with a required error. A
     * silent default to the first unit once filed petitions at a territory (issue 19).
     */
    public Long defaultHolder(Collection<Role> roles) {
        List<Long> bodies = grants(roles).stream().map(RoleGrantView::unitId).distinct()
                .filter(id -> units.find(id).map(u -> org.tiepdan.org.HoldingBody.isBody(u.kind())).orElse(false))
                .toList();
        return bodies.size() == 1 ? bodies.get(0) : null;
    }

    /** The user's grants of these roles; one held installation-wide counts at the served area. */
    private List<RoleGrantView> grants(Collection<Role> roles) {
        Long served = units.servedArea().map(OrgUnitView::id).orElse(null);
        return access.currentUser().map(u -> u.grants().stream().filter(g -> roles.contains(g.role()))
                .map(g -> g.unitId() != null ? g : new RoleGrantView(g.role(), served))
                .filter(g -> g.unitId() != null).toList()).orElse(List.of());
    }

    private void addBodies(long parentId, Map<Long, OrgUnitView> found) {
        units.children(parentId).stream().filter(u -> !u.kind().isArea() && u.isOpen())
                .forEach(u -> found.putIfAbsent(u.id(), u));
    }

    public List<UnitOption> options(List<OrgUnitView> list) {
        return list.stream().map(u -> new UnitOption(u.id(), units.path(u.id()).stream().map(OrgUnitView::name)
                .collect(Collectors.joining(" › ")))).toList();
    }
}
