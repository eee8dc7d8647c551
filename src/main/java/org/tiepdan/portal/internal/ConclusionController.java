package org.tiepdan.portal.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.petition.DenunciationConclusions;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.DomainException;

/**
 * Officers publish a concluded denunciation's conclusion on the public site with a summary they
 * write for the public; citizens read those on show.
 */
@Controller
class ConclusionController {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final Conclusions conclusions;
    private final DenunciationConclusions concluded;
    private final PortalAccess access;
    private final OrgUnits units;
    private final MessageSource messages;
    private final Clock clock;

    ConclusionController(Conclusions conclusions, DenunciationConclusions concluded, PortalAccess access,
            OrgUnits units, MessageSource messages, Clock clock) {
        this.conclusions = conclusions;
        this.concluded = concluded;
        this.access = access;
        this.units = units;
        this.messages = messages;
        this.clock = clock;
    }

    // --- officers -----------------------------------------------------------------------------

    @GetMapping("/portal/conclusions")
    @PreAuthorize("@portalAccess.canPublishSomewhere()")
    String officerList(@RequestParam(required = false) Long petitionId, Model model) {
        return officerPage(petitionId, null, null, null, null, model);
    }

    @PostMapping("/portal/conclusions")
    @PreAuthorize("@portalAccess.canPublish(#petitionId)")
    String publish(@RequestParam Long petitionId, @RequestParam(defaultValue = "") String summary,
            @RequestParam(defaultValue = "") String publishedFrom, @RequestParam(defaultValue = "") String publishedUntil,
            Authentication auth, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            LocalDate from = date(publishedFrom, "publishedFrom");
            LocalDate until = date(publishedUntil, "publishedUntil");
            PublishedConclusion p = conclusions.publish(petitionId, summary, from, until, auth.getName());
            redirect.addFlashAttribute("success", "portal.conclusion.published");
            return "redirect:/portal/conclusions?petitionId=" + p.petitionId();
        } catch (DomainException e) {
            response.setStatus(400);
            return officerPage(petitionId, summary, publishedFrom, publishedUntil, e, model);
        }
    }

    private String officerPage(Long petitionId, String summary, String from, String until, DomainException error,
            Model model) {
        List<DenunciationConclusions.Concluded> list = concluded.concludedAt(access.publishingUnits());
        LocalDate today = Dates.today(clock);
        model.addAttribute("concluded", list);
        model.addAttribute("unitNames", list.stream().map(DenunciationConclusions.Concluded::unitId).distinct()
                .collect(java.util.stream.Collectors.toMap(id -> id, id -> units.get(id).name())));
        model.addAttribute("published", conclusions.ofPetitions(list.stream()
                .map(DenunciationConclusions.Concluded::petitionId).toList()));
        model.addAttribute("chosen", petitionId == null ? null
                : list.stream().filter(c -> c.petitionId() == petitionId).findFirst().orElse(null));
        model.addAttribute("summary", summary == null ? "" : summary);
        model.addAttribute("publishedFrom", from != null ? from : Dates.format(today));
        model.addAttribute("publishedUntil", until != null ? until
                : Dates.format(today.plusDays(Conclusions.MIN_DAYS * 2 - 1)));
        if (error != null) {
            model.addAttribute("errorField", error.field());
            model.addAttribute("errorText", messages.getMessage(error.messageKey(), error.args(), VI));
        }
        return "portal/conclusions-officer";
    }

    private static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip(), Dates.DISPLAY);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("portal-date-invalid", field);
        }
    }

    // --- public -------------------------------------------------------------------------------

    @GetMapping("/public/conclusions")
    @PreAuthorize("permitAll()")
    String publicList(Model model) {
        model.addAttribute("conclusions", conclusions.showing(null));
        return "portal/conclusions";
    }

    @GetMapping("/public/conclusions/{id}")
    @PreAuthorize("permitAll()")
    String publicOne(@PathVariable long id, Model model) {
        PublishedConclusion c = conclusions.get(id).filter(p -> p.showingOn(Dates.today(clock)))
                .orElseThrow(() -> DomainException.notFound("portal-conclusion-not-found"));
        model.addAttribute("c", c);
        return "portal/conclusion";
    }
}
