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

    TrackingController(PetitionTracking tracking, RateLimiter limiter, ClientAddress clients,
            PortalProperties properties, ReceiptPdf receipts) {
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
            model.addAttribute("p", found.value().get());
        }
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
