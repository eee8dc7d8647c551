package org.tiepdan.history.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.tiepdan.org.OrgUnitHierarchy;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.OrgUnits;

/** The units an import may name: the import's unit and every unit under it (merged ones included), by name. */
@Component
class UnitDirectory {

    /** The units of one import's unit, looked up by folded name. */
    record Units(OrgUnitView root, List<OrgUnitView> all, Map<String, List<OrgUnitView>> byName) {

        List<OrgUnitView> named(String name) {
            return byName.getOrDefault(Fold.fold(name), List.of());
        }

        /** The names offered in the template, the import's unit first. */
        List<String> names() {
            return all.stream().map(OrgUnitView::name).distinct().toList();
        }
    }

    private final OrgUnits units;
    private final OrgUnitHierarchy hierarchy;

    UnitDirectory(OrgUnits units, OrgUnitHierarchy hierarchy) {
        this.units = units;
        this.hierarchy = hierarchy;
    }

    String name(long unitId) {
        return units.get(unitId).name();
    }

    Units of(long unitId) {
        OrgUnitView root = units.get(unitId);
        List<OrgUnitView> all = new ArrayList<>();
        for (Long id : hierarchy.subtreeWithPredecessors(unitId)) {
            units.find(id).ifPresent(all::add);
        }
        all.sort(Comparator.comparing((OrgUnitView u) -> u.id() != unitId).thenComparing(u -> !u.kind().isArea())
                .thenComparing(OrgUnitView::name));
        Map<String, List<OrgUnitView>> byName = new LinkedHashMap<>();
        all.forEach(u -> byName.computeIfAbsent(Fold.fold(u.name()), k -> new ArrayList<>()).add(u));
        return new Units(root, all, byName);
    }
}
