package org.tiepdan.portal.internal;

import java.util.Optional;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tiepdan.platform.ClientAddress;
import org.tiepdan.petition.PetitionTracking;

/**
 * Following a petition with its tracking code. The code travels only in POST bodies (never in a
 * URL, a log line or a Referer). Every lookup is rate-limited per address, wrong codes more
 * tightly, and right and wrong codes answer alike in time and wording.
 */
@Controller
@RequestMapping("/public")
class TrackingController {

    private final PetitionTracking tracking;
    private final RateLimiter limiter;
    private final ClientAddress clients;
    private final PortalProperties properties;
    private final ReceiptPdf receipts;
    private final org.tiepdan.petition.PetitionFeedback feedback;
    private final CitizenLimits citizenLimits;
    private final NotificationChoices choices;
    private final org.springframework.context.MessageSource texts;

    TrackingController(PetitionTracking tracking, RateLimiter limiter, ClientAddress clients,
            PortalProperties properties, ReceiptPdf receipts, org.tiepdan.petition.PetitionFeedback feedback,
            CitizenLimits citizenLimits, NotificationChoices choices, org.springframework.context.MessageSource texts) {
        this.feedback = feedback;
        this.citizenLimits = citizenLimits;
        this.choices = choices;
        this.texts = texts;
        this.tracking = tracking;
        this.limiter = limiter;
        this.clients = clients;
        this.properties = properties;
        this.receipts = receipts;
    }

    @GetMapping("/tracking")
    @PreAuthorize("permitAll()")
    String form() {
        return "portal/tracking";
    }

    @PostMapping("/tracking")
    @PreAuthorize("permitAll()")
    String lookup(@RequestParam(defaultValue = "") String code, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        Lookup<PetitionTracking.TrackedPetition> found = lookup(request, code, tracking::find);
        if (found.limited()) {
            response.setStatus(429);
            model.addAttribute("error", "portal.tracking.limited");
        } else if (found.value().isEmpty()) {
            model.addAttribute("error", "portal.tracking.not-found");
        } else {
            show(found.value().get(), model);
        }
        return "portal/tracking";
    }

    /** The tracked petition with what the citizen may still do about its answer (rate, reopen). */
    private void show(PetitionTracking.TrackedPetition p, Model model) {
        model.addAttribute("p", p);
        model.addAttribute("code", p.trackingCode());
        feedback.offer(p.petitionId()).ifPresent(o -> model.addAttribute("offer", o));
        if (!model.containsAttribute("feedbackErrors")) {
            model.addAttribute("feedbackErrors", java.util.Map.of());
        }
    }

    /** Rating the answer (1–5, a comment) from the tracking page; the code in the body, like every lookup. */
    @PostMapping("/tracking/rating")
    @PreAuthorize("permitAll()")
    String rate(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "0") String stars,
            @RequestParam(defaultValue = "") String comment, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        return feedbackStep(code, model, request, response, p -> {
            int n;
            try {
                n = Integer.parseInt(stars.strip());
            } catch (NumberFormatException e) {
                n = 0;
            }
            feedback.rate(code, n, comment);
            model.addAttribute("done", "portal.feedback.rated");
        }, java.util.Map.of("comment", comment));
    }

    /** Asking once, with a reason, to reopen the answered petition: a follow-up in the same case. */
    @PostMapping("/tracking/reopen")
    @PreAuthorize("permitAll()")
    String reopen(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String reason,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        return feedbackStep(code, model, request, response, p -> {
            org.tiepdan.petition.PetitionIntake.Registered r = feedback.reopen(code, reason);
            // The follow-up is told of its progress the way the citizen chose for the first one.
            choices.copy(p.petitionId(), r.petitionId());
            model.addAttribute("followUp", r);
            model.addAttribute("done", "portal.feedback.reopened");
        }, java.util.Map.of("reason", reason));
    }

    private String feedbackStep(String code, Model model, HttpServletRequest request, HttpServletResponse response,
            java.util.function.Consumer<PetitionTracking.TrackedPetition> step, java.util.Map<String, String> typed) {
        if (!limiter.tryAcquire("feedback", clients.of(request), citizenLimits.feedbackLimit(),
                citizenLimits.feedbackWindow())) {
            response.setStatus(429);
            model.addAttribute("error", "portal.tracking.limited");
            return "portal/tracking";
        }
        Lookup<PetitionTracking.TrackedPetition> found = lookup(request, code, tracking::find);
        if (found.value().isEmpty()) {
            response.setStatus(found.limited() ? 429 : 200);
            model.addAttribute("error", found.limited() ? "portal.tracking.limited" : "portal.tracking.not-found");
            return "portal/tracking";
        }
        try {
            step.accept(found.value().get());
        } catch (org.tiepdan.platform.DomainException e) {
            response.setStatus(e.field() == null ? 409 : 400);
            model.addAttribute("feedbackErrors", java.util.Map.of(e.field() == null ? "feedback" : e.field(),
                    texts.getMessage(e.messageKey(), e.args(), java.util.Locale.forLanguageTag("vi"))));
            model.addAttribute("typed", typed);
        }
        show(tracking.find(code).orElse(found.value().get()), model);
        return "portal/tracking";
    }

    @PostMapping("/tracking/notices/{id}")
    @PreAuthorize("permitAll()")
    Object notice(@PathVariable long id, @RequestParam(defaultValue = "") String code, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        Lookup<PetitionTracking.NoticeFile> found = lookup(request, code, c -> tracking.notice(c, id));
        if (found.value().isPresent()) {
            PetitionTracking.NoticeFile f = found.value().get();
            return Downloads.attachment(f.data(), f.fileName(), f.contentType());
        }
        response.setStatus(found.limited() ? 429 : 200);
        model.addAttribute("error", found.limited() ? "portal.tracking.limited" : "portal.tracking.not-found");
        return "portal/tracking";
    }

    @PostMapping("/receipt.pdf")
    @PreAuthorize("permitAll()")
    Object receipt(@RequestParam(defaultValue = "") String code, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        Lookup<PetitionTracking.TrackedPetition> found = lookup(request, code, tracking::find);
        if (found.value().isPresent()) {
            PetitionTracking.TrackedPetition p = found.value().get();
            ResponseEntity<byte[]> pdf = Downloads.attachment(receipts.render(p), ReceiptPdf.fileName(p),
                    "application/pdf");
            return pdf;
        }
        response.setStatus(found.limited() ? 429 : 200);
        model.addAttribute("error", found.limited() ? "portal.tracking.limited" : "portal.tracking.not-found");
        return "portal/tracking";
    }

    record Lookup<T>(boolean limited, Optional<T> value) {
    }

    /** Counts the lookup, refuses an address over its limits, and takes at least the minimum time. */
    private <T> Lookup<T> lookup(HttpServletRequest request, String code, Function<String, Optional<T>> find) {
        long started = System.nanoTime();
        String address = clients.of(request);
        if (limiter.exhausted("track-miss", address, properties.missLimit(), properties.missWindow())
                || !limiter.tryAcquire("track", address, properties.lookupLimit(), properties.lookupWindow())) {
            return new Lookup<>(true, Optional.empty());
        }
        Optional<T> value = code.length() > 40 ? Optional.empty() : find.apply(code);
        if (value.isEmpty()) {
            limiter.tryAcquire("track-miss", address, properties.missLimit(), properties.missWindow());
        }
        padTo(started);
        return new Lookup<>(false, value);
    }

    private void padTo(long started) {
        long left = properties.trackingMinTime().toNanos() - (System.nanoTime() - started);
        if (left > 0) {
            try {
                Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
