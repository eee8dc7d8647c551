package org.tiepdan.identity.internal;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tiepdan.account.Access;
import org.tiepdan.account.Role;
import org.tiepdan.home.DashboardCard;
import org.tiepdan.home.DashboardCards;

/**
 * The requests to see a denouncer's identity that wait for the signed-in custodian's (or head's)
 * decision, oldest first, as the queue at /identity/requests lists them: the record's label and who
 * asks, never the identity itself.
 */
@Component
@Order(40)
class IdentityDashboardCards implements DashboardCards {

    private static final int LINES = 5;

    private final AccessService service;
    private final Access access;

    IdentityDashboardCards(AccessService service, Access access) {
        this.service = service;
        this.access = access;
    }

    @Override
    public List<DashboardCard> cards() {
        if (!service.decidesSomewhere()) {
            return List.of();
        }
        List<AccessService.RequestRow> pending = service.toDecide();
        Role role = access.hasRole(Role.IDENTITY_CUSTODIAN.name()) ? Role.IDENTITY_CUSTODIAN : Role.HEAD;
        List<DashboardCard.Line> lines = pending.stream().limit(LINES)
                .map(r -> new DashboardCard.Line(r.label(), "/identity/requests", r.requestedBy() + " · "
                        + r.requestedAtText(), false))
                .toList();
        return List.of(DashboardCard.of("identity-pending", role, "home.identity.pending", pending.size(),
                "/identity/requests", true, lines));
    }
}
