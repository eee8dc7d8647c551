package org.tiepdan.portal.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.tiepdan.platform.ClientAddress;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.petition.PetitionKind;
import org.tiepdan.petition.PetitionTracking;
import org.tiepdan.platform.DomainException;
import org.tiepdan.platform.MapTiles;

/**
 * Sending a petition online: choose the body (a plain search form, no script needed), the kind
 * (each explained), the content, files and contact details, answer a sum, send; then the receipt.
 */
@Controller
@RequestMapping("/public")
class SubmissionController {

    private static final Locale VI = Locale.forLanguageTag("vi");
    static final List<PetitionKind> KINDS = List.of(PetitionKind.FEEDBACK, PetitionKind.RECOMMENDATION,
            PetitionKind.COMPLAINT, PetitionKind.DENUNCIATION);

    private final PublicUnits units;
    private final SubmissionService submissions;
    private final Challenge challenge;
    private final RateLimiter limiter;
    private final ClientAddress clients;
    private final PortalProperties properties;
    private final PetitionTracking tracking;
    private final MessageSource texts;
    private final MapTiles map;

    SubmissionController(PublicUnits units, SubmissionService submissions, Challenge challenge, RateLimiter limiter,
            ClientAddress clients, PortalProperties properties, PetitionTracking tracking, MessageSource texts,
            MapTiles map) {
        this.texts = texts;
        this.map = map;
        this.units = units;
        this.submissions = submissions;
        this.challenge = challenge;
        this.limiter = limiter;
        this.clients = clients;
        this.properties = properties;
        this.tracking = tracking;
    }

    @GetMapping("/submit")
    @PreAuthorize("permitAll()")
    String form(@ModelAttribute("form") SubmissionForm form, Model model) {
        return show(form, Map.of(), model);
    }

    @PostMapping("/submit")
    @PreAuthorize("permitAll()")
    String submit(@ModelAttribute("form") SubmissionForm form, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        if (!limiter.tryAcquire("submit", clients.of(request), properties.submissionLimit(),
                properties.submissionWindow())) {
            response.setStatus(429);
            return show(form, Map.of("form", DomainException.invalid("portal-rate-limited", "form")), model);
        }
        SubmissionService.Result result = submissions.submit(form);
        if (!result.ok()) {
            response.setStatus(400);
            return show(form, result.errors(), model);
        }
        // Post/redirect/get: the receipt survives a reload (and a reload never sends the form again).
        // The code rides in the session (server side, shared by the nodes), never in the URL.
        java.util.ArrayList<String> files = new java.util.ArrayList<>(form.getFiles().stream()
                .filter(f -> f != null && !f.isEmpty()).map(f -> UploadCheck.safeName(f.getOriginalFilename())).toList());
        request.getSession().setAttribute(RECEIPT, new Receipt(result.registered().trackingCode(), files));
        response.setHeader("Cache-Control", "no-store");
        return "redirect:/public/receipt";
    }

    /** The session attribute holding the last receipt of this browser's session. */
    static final String RECEIPT = "portal.receipt";

    /** The last submission's code and file names, in the citizen's own session only. */
    record Receipt(String trackingCode, java.util.ArrayList<String> files) implements java.io.Serializable {

        @Override
        public String toString() {
            return "Receipt[***]";
        }
    }

    /**
     * The receipt of the submission just made in this session: a reload shows it again, for as long as
     * the session lasts; without one (another browser, a session ended) the tracking form instead.
     */
    @GetMapping("/receipt")
    @PreAuthorize("permitAll()")
    String receipt(Model model, HttpServletRequest request, HttpServletResponse response) {
        jakarta.servlet.http.HttpSession session = request.getSession(false);
        Object stored = session == null ? null : session.getAttribute(RECEIPT);
        if (!(stored instanceof Receipt r)) {
            return "redirect:/public/tracking";
        }
        PetitionTracking.TrackedPetition p = tracking.find(r.trackingCode()).orElse(null);
        if (p == null) {
            return "redirect:/public/tracking";
        }
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("p", p);
        model.addAttribute("files", r.files());
        return "portal/receipt";
    }

    private String show(SubmissionForm form, Map<String, DomainException> errors, Model model) {
        List<OrgUnitView> matches = units.search(form.getQ(), 20);
        List<OrgUnitView> choices = new ArrayList<>(units.bodies());
        matches.stream().filter(u -> choices.stream().noneMatch(c -> c.id() == u.id())).forEach(choices::add);
        if (form.getUnitId() != null && choices.stream().noneMatch(c -> c.id() == form.getUnitId())
                && units.accepts(form.getUnitId())) {
            choices.add(0, units.find(form.getUnitId()));
        }
        Map<String, String> messages = new LinkedHashMap<>();
        errors.forEach((field, e) -> messages.put(field, texts.getMessage(e.messageKey(), e.args(), VI)));
        form.setChallengeAnswer(null);
        model.addAttribute("choices", choices);
        model.addAttribute("searched", form.getQ() != null && !form.getQ().isBlank());
        model.addAttribute("matches", matches);
        model.addAttribute("kinds", KINDS);
        model.addAttribute("notifyChoices", java.util.Arrays.stream(NotificationChoices.Choice.values())
                .map(Enum::name).toList());
        model.addAttribute("errors", messages);
        model.addAttribute("question", challenge.next());
        model.addAttribute("maxFiles", properties.maxFiles());
        model.addAttribute("maxFileMb", properties.maxFileBytes() / (1024 * 1024));
        model.addAttribute("maxContent", properties.maxContentChars());
        // The place picker: only with a tile server; without one the typed fields are the whole form.
        model.addAttribute("map", map.enabled() ? map : null);
        return "portal/submit";
    }

}
