package org.tiepdan.report.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tiepdan.org.AdminTier;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.OrgUnits;

/**
 * The units of a report: the chosen unit's subtree with its merged predecessors, each with its tier,
 * so that a record counts in the column of the tier of the unit that held it. A record held by a
 * unit outside the subtree (a session on the commune territory hosted by the head of the chosen
 * Party committee) is looked up once.
 */
final class UnitDirectory {

    static final String TOTAL = "TOTAL";

    private final OrgUnitView root;
    private final Map<Long, OrgUnitView> units = new HashMap<>();
    private final OrgUnits lookup;
    private final Set<Long> subtree;

    UnitDirectory(OrgUnitView root, List<OrgUnitView> subtree, OrgUnits lookup) {
        this.root = root;
        this.lookup = lookup;
        subtree.forEach(u -> units.put(u.id(), u));
        units.put(root.id(), root);
        this.subtree = Set.copyOf(units.keySet());
    }

    /** The ids of the subtree (the chosen unit, the units under it, their merged predecessors), ascending. */
    List<Long> ids() {
        return subtree.stream().sorted().toList();
    }

    OrgUnitView root() {
        return root;
    }

    OrgUnitView unit(long id) {
        return units.computeIfAbsent(id, lookup::get);
    }

    boolean inSubtree(long id) {
        return subtree.contains(id);
    }

    AdminTier tier(long unitId) {
        return unit(unitId).tier();
    }

    /**
     * Tiers of the units under the chosen one that existed during the window, plus those holding records,
     * in the form's order: the lowest tier first ("Cấp xã", "Cấp huyện", "Cấp tỉnh"), then the total, as
     * the seed's Phụ lục 2 prints them (REPORTS.md "Columns by tier").
     */
    List<String> columns(ReportWindow window, Set<AdminTier> withRecords) {
        Set<AdminTier> tiers = EnumSet.noneOf(AdminTier.class);
        for (OrgUnitView u : subtree.stream().map(units::get).toList()) {
            if (!u.validFrom().isAfter(window.to()) && (u.validTo() == null || !u.validTo().isBefore(window.from()))) {
                tiers.add(u.tier());
            }
        }
        tiers.addAll(withRecords);
        List<String> columns = new ArrayList<>();
        List<AdminTier> lowestFirst = new ArrayList<>(List.of(AdminTier.values()));
        java.util.Collections.reverse(lowestFirst);
        for (AdminTier t : lowestFirst) {
            if (tiers.contains(t)) {
                columns.add(t.name());
            }
        }
        columns.add(TOTAL);
        return columns;
    }

    /**
     * The unit directly under the chosen one that contains {@code unitId} (following parents and
     * merges upwards), for the chart by unit; the chosen unit itself for its own records and for
     * units outside its subtree.
     */
    OrgUnitView branch(long unitId) {
        OrgUnitView u = units.get(unitId);
        for (int guard = 0; u != null && guard < 64; guard++) {
            Long up = u.successorId() != null && units.containsKey(u.successorId()) ? u.successorId() : u.parentId();
            if (up == null) {
                break;
            }
            if (up == root.id()) {
                return u;
            }
            u = units.get(up);
        }
        return root;
    }
}
