package org.tiepdan.oversight.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.tiepdan.account.UnitChoices;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.OrgUnits;

/**
 * The units a record of a unit may name (bodies inspected, heads' units, the unit a recommendation
 * is addressed to): the unit, the bodies under it and its neighbours in the same territory, with the
 * bodies of the territories under that one (a province's communes), plus what is already chosen.
 */
@Component
class UnitOptions {

    private final OrgUnits units;
    private final UnitChoices choices;

    UnitOptions(OrgUnits units, UnitChoices choices) {
        this.units = units;
        this.choices = choices;
    }

    List<UnitChoices.UnitOption> around(long unitId, Collection<Long> selected) {
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
        return choices.options(List.copyOf(found.values()));
    }

    private void addBodies(long parentId, Map<Long, OrgUnitView> found) {
        units.children(parentId).stream().filter(u -> !u.kind().isArea() && u.isOpen())
                .forEach(u -> found.putIfAbsent(u.id(), u));
    }
}
