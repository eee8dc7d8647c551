package org.tiepdan.oversight.internal;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.home.DashboardCard;
import org.tiepdan.home.DashboardCards;
import org.tiepdan.platform.Dates;

/** The landing page shows the overdue recommendations of the inspections the user can see. */
@Component
class OversightDashboardCards implements DashboardCards {

    private final org.tiepdan.account.Access access;
    private final RecommendationService recommendations;
    private final Clock clock;

    OversightDashboardCards(org.tiepdan.account.Access access, RecommendationService recommendations, Clock clock) {
        this.access = access;
        this.recommendations = recommendations;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<DashboardCard> cards() {
        List<Long> units = access.unitsReachedInServedArea(OversightAccess.READ_ROLES);
        if (units.isEmpty()) {
            return List.of();
        }
        long overdue = recommendations.overdue(units, Dates.today(clock)).size();
        return List.of(new DashboardCard("overdue-recommendations", "oversight.card.overdue-recommendations", overdue,
                "/recommendations?mine=true&overdue=true", true));
    }
}
