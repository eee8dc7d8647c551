package org.tiepdan.portal.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tiepdan.petition.PetitionFeedback;
import org.tiepdan.platform.Dates;

/**
 * The report of the citizens' ratings per body ({@code /portal/ratings}): ratings given in a period,
 * their average and spread, and the answers reopened, for the bodies in the reader's subtree only.
 */
@Controller
class RatingsController {

    private final PetitionFeedback feedback;
    private final PortalAccess access;
    private final Clock clock;

    RatingsController(PetitionFeedback feedback, PortalAccess access, Clock clock) {
        this.feedback = feedback;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/portal/ratings")
    @PreAuthorize("@portalAccess.canReadRatings()")
    String ratings(@RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate to, Model model) {
        LocalDate today = Dates.today(clock);
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.withDayOfYear(1) : from;
        if (start.isAfter(end)) {
            LocalDate t = start;
            start = end;
            end = t;
        }
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("rows", feedback.byBody(access.ratingUnits(), start, end));
        return "portal/ratings";
    }
}
