package org.tiepdan.plan.internal;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.account.Access;
import org.tiepdan.account.Role;
import org.tiepdan.home.DashboardCard;
import org.tiepdan.home.DashboardCards;
import org.tiepdan.platform.Dates;

/** The landing page shows the overdue tasks of the issued plans the user can see. */
@Component
class PlanDashboardCards implements DashboardCards {

    private final Access access;
    private final PlanService plans;
    private final Clock clock;

    PlanDashboardCards(Access access, PlanService plans, Clock clock) {
        this.access = access;
        this.plans = plans;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<DashboardCard> cards() {
        List<Long> units = access.unitsReachedInServedArea(PlanAccess.READ_ROLES);
        if (units.isEmpty()) {
            return List.of();
        }
        long overdue = plans.overdue(units, Dates.today(clock)).size();
        List<DashboardCard> cards = new java.util.ArrayList<>();
        cards.add(new DashboardCard("overdue-plan-tasks", "plan.card.overdue-tasks", overdue, "/plans/overdue",
                true));
        // What waits for the head's signature: draft plans of the units where the user is head.
        List<Long> heading = access.unitsReachedInServedArea(List.of(Role.HEAD));
        if (!heading.isEmpty()) {
            List<DashboardCard.Line> drafts = plans.of(heading).stream().filter(p -> p.state() == PlanState.DRAFT)
                    .map(p -> new DashboardCard.Line(p.title() + " (" + p.year() + ")", "/plans/" + p.id(), null,
                            false))
                    .toList();
            cards.add(DashboardCard.of("plans-to-issue", Role.HEAD, "plan.card.to-issue", drafts.size(), "/plans",
                    false, drafts.subList(0, Math.min(5, drafts.size()))));
        }
        return cards;
    }
}
