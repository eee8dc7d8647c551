package org.tiepdan.portal.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.home.DashboardCard;
import org.tiepdan.home.DashboardCards;
import org.tiepdan.petition.PetitionFeedback;
import org.tiepdan.platform.Dates;

/**
 * The citizens' word on the landing page of those who read ratings (the head above all): answers
 * reopened in the last 30 days (needs attention) and ratings of 1 or 2 stars in that time, both
 * linking to the report per body.
 */
@Component
class PortalDashboardCards implements DashboardCards {

    private final PetitionFeedback feedback;
    private final PortalAccess access;
    private final Clock clock;

    PortalDashboardCards(PetitionFeedback feedback, PortalAccess access, Clock clock) {
        this.feedback = feedback;
        this.access = access;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<DashboardCard> cards() {
        if (!access.canReadRatings()) {
            return List.of();
        }
        LocalDate today = Dates.today(clock);
        LocalDate from = today.minusDays(PetitionFeedback.WINDOW_DAYS);
        List<PetitionFeedback.BodyRatings> rows = feedback.byBody(access.ratingUnits(), from, today);
        long reopened = rows.stream().mapToLong(PetitionFeedback.BodyRatings::reopened).sum();
        long poor = rows.stream().mapToLong(r -> r.byStars()[0] + r.byStars()[1]).sum();
        String href = "/portal/ratings?from=" + Dates.format(from) + "&to=" + Dates.format(today);
        return List.of(new DashboardCard("citizen-reopened", "portal.card.reopened", reopened, href, true),
                new DashboardCard("citizen-poor-ratings", "portal.card.poor-ratings", poor, href, true));
    }
}
