package org.tiepdan.oversight.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.tiepdan.account.Access;
import org.tiepdan.org.OrgUnitHierarchy;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.OrgUnits;

/**
 * Every unit the signed-in user reaches through one of the roles: each unit where they hold it,
 * with its subtree and merged predecessors (an installation-wide role reaches the served area).
 */
@Component
class ReachableUnits {

    private final Access access;
    private final OrgUnits units;
    private final OrgUnitHierarchy hierarchy;

    ReachableUnits(Access access, OrgUnits units, OrgUnitHierarchy hierarchy) {
        this.access = access;
        this.units = units;
        this.hierarchy = hierarchy;
    }

    List<Long> of(Collection<String> roles) {
        Set<Long> reached = new LinkedHashSet<>();
        access.currentUser().ifPresent(user -> user.grants().stream()
                .filter(g -> roles.contains(g.role().name()))
                .forEach(g -> {
                    Long root = g.unitId() != null ? g.unitId() : units.servedArea().map(OrgUnitView::id).orElse(null);
                    if (root != null) {
                        reached.addAll(hierarchy.subtreeWithPredecessors(root));
                    }
                }));
        return List.copyOf(reached);
    }
}
