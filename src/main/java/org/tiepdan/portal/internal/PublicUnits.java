package org.tiepdan.portal.internal;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.tiepdan.org.OrgUnitHierarchy;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.OrgUnits;

/**
 * The bodies a citizen can write to here: open bodies (not territories) of the area this
 * installation serves; any open body while no area is chosen.
 */
@Component
class PublicUnits {

    private final OrgUnits units;
    private final OrgUnitHierarchy hierarchy;

    PublicUnits(OrgUnits units, OrgUnitHierarchy hierarchy) {
        this.units = units;
        this.hierarchy = hierarchy;
    }

    /** The bodies of the served area itself (those of the areas under it are found by search). */
    List<OrgUnitView> bodies() {
        return units.servedArea().map(area -> units.children(area.id()).stream().filter(this::isPublicBody)
                .toList()).orElse(List.of());
    }

    /** Diacritic-insensitive search among the public bodies. */
    List<OrgUnitView> search(String q, int limit) {
        if (q == null || q.isBlank()) {
            return List.of();
        }
        Set<Long> scope = scope();
        return units.search(q.strip(), 200).stream().filter(this::isPublicBody)
                .filter(u -> scope == null || scope.contains(u.id())).limit(limit).toList();
    }

    java.util.Optional<Long> servedAreaId() {
        return units.servedArea().map(OrgUnitView::id);
    }

    OrgUnitView find(long id) {
        return units.get(id);
    }

    boolean accepts(Long unitId) {
        if (unitId == null) {
            return false;
        }
        Set<Long> scope = scope();
        return units.find(unitId).filter(this::isPublicBody).isPresent() && (scope == null || scope.contains(unitId));
    }

    /** Null when no area is served (every body is in scope). */
    private Set<Long> scope() {
        return units.servedArea().map(a -> Set.copyOf(hierarchy.subtreeWithPredecessors(a.id()))).orElse(null);
    }

    private boolean isPublicBody(OrgUnitView u) {
        return u.isOpen() && !u.kind().isArea();
    }
}
