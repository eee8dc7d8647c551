package org.tiepdan.portal.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.tiepdan.dialogue.DialogueFollowUps;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.petition.PetitionCounts;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.DomainException;
import org.tiepdan.reception.PublicSchedules;
import org.tiepdan.reception.ReceptionFigures;
import org.tiepdan.reception.SessionKind;

/** The public site's pages for reading: home, bodies with their schedules and figures, dialogues. */
@Controller
class PublicPagesController {

    /** Figures are offered from this year on (the first year of the seeds' registers). */
    static final int FIRST_YEAR = 2019;

    private final PublicUnits units;
    private final PublicSchedules schedules;
    private final PetitionCounts petitionCounts;
    private final ReceptionFigures receptionFigures;
    private final Conclusions conclusions;
    private final DialogueFollowUps dialogues;
    private final Clock clock;

    PublicPagesController(PublicUnits units, PublicSchedules schedules, PetitionCounts petitionCounts,
            ReceptionFigures receptionFigures, Conclusions conclusions, DialogueFollowUps dialogues,
            Clock clock) {
        this.units = units;
        this.schedules = schedules;
        this.petitionCounts = petitionCounts;
        this.receptionFigures = receptionFigures;
        this.conclusions = conclusions;
        this.dialogues = dialogues;
        this.clock = clock;
    }

    @GetMapping("/public")
    @PreAuthorize("permitAll()")
    String home(Model model) {
        model.addAttribute("bodies", units.bodies());
        model.addAttribute("conclusionCount", conclusions.showing(null).size());
        return "portal/index";
    }

    @GetMapping("/public/units")
    @PreAuthorize("permitAll()")
    String bodies(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("bodies", q == null || q.isBlank() ? units.bodies() : units.search(q, 30));
        return "portal/units";
    }

    @GetMapping("/public/units/{id}")
    @PreAuthorize("permitAll()")
    String body(@PathVariable long id, @RequestParam(required = false) Integer year, Model model) {
        if (!units.accepts(id)) {
            throw DomainException.notFound("portal-unit-not-found");
        }
        OrgUnitView unit = units.find(id);
        int thisYear = Dates.today(clock).getYear();
        int y = year == null || year < FIRST_YEAR || year > thisYear ? thisYear : year;
        LocalDate from = LocalDate.of(y, 1, 1);
        LocalDate to = LocalDate.of(y, 12, 31);
        model.addAttribute("unit", unit);
        model.addAttribute("year", y);
        model.addAttribute("years", java.util.stream.IntStream.rangeClosed(FIRST_YEAR, thisYear).boxed()
                .sorted(java.util.Comparator.reverseOrder()).toList());
        model.addAttribute("schedules", schedules.publishedFor(List.of(id), 3));
        model.addAttribute("counts", petitionCounts.ofYear(id, y));
        model.addAttribute("kinds", SubmissionController.KINDS);
        model.addAttribute("periodicSessions", receptionFigures.sessions(id, from, to, SessionKind.PERIODIC).count());
        model.addAttribute("adHocSessions", receptionFigures.sessions(id, from, to, SessionKind.AD_HOC).count());
        model.addAttribute("conclusions", conclusions.showing(id));
        model.addAttribute("dialogues", dialogues.publishedFor(id));
        return "portal/unit";
    }

    @GetMapping("/public/dialogues")
    @PreAuthorize("permitAll()")
    String dialogues(Model model) {
        // The dialogue module serves each follow-up page; this lists those of the area served.
        model.addAttribute("followUps", units.servedAreaId().map(dialogues::publishedFor).orElse(List.of()));
        return "portal/dialogues";
    }
}
