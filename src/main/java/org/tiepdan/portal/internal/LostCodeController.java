package org.tiepdan.portal.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tiepdan.platform.ClientAddress;

/**
 * "Quên mã tra cứu" ({@code /public/lost-code}): the citizen types the e-mail address or phone number
 * they gave and answers the sum; the codes go to that address only, never on the page. Limited per
 * client address (like submission) and per contact (nobody floods another's inbox), and the answer
 * is the same, in words and in time, whether or not anything matched or the contact's own limit was
 * reached: only a malformed contact, a wrong sum or the client's own limit is said.
 */
@Controller
@RequestMapping("/public")
class LostCodeController {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final LostCodes lostCodes;
    private final Challenge challenge;
    private final RateLimiter limiter;
    private final ClientAddress clients;
    private final CitizenLimits limits;
    private final MessageSource texts;

    LostCodeController(LostCodes lostCodes, Challenge challenge, RateLimiter limiter, ClientAddress clients,
            CitizenLimits limits, MessageSource texts) {
        this.lostCodes = lostCodes;
        this.challenge = challenge;
        this.limiter = limiter;
        this.clients = clients;
        this.limits = limits;
        this.texts = texts;
    }

    @GetMapping("/lost-code")
    @PreAuthorize("permitAll()")
    String form(Model model) {
        return show("", Map.of(), model);
    }

    @PostMapping("/lost-code")
    @PreAuthorize("permitAll()")
    String request(@RequestParam(defaultValue = "") String contact,
            @RequestParam(defaultValue = "") String challengeToken,
            @RequestParam(defaultValue = "") String challengeAnswer,
            @RequestParam(defaultValue = "") String website, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        long started = System.nanoTime();
        String typed = contact.length() > 254 ? contact.substring(0, 254) : contact;
        if (!limiter.tryAcquire("lost-code", clients.of(request), limits.lostCodeLimit(), limits.lostCodeWindow())) {
            response.setStatus(429);
            return show(typed, Map.of("form", "portal.lost-code.limited"), model);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<LostCodes.Contact> parsed = LostCodes.parse(typed);
        if (!website.isBlank()) {
            errors.put("form", "error.portal-rejected");
        } else if (parsed.isEmpty()) {
            errors.put("contact", "error.portal-lost-code-contact-invalid");
        } else if (!challenge.check(challengeToken, challengeAnswer)) {
            errors.put("challengeAnswer", "error.portal-challenge-wrong");
        }
        if (!errors.isEmpty()) {
            response.setStatus(400);
            return show(typed, errors, model);
        }
        LostCodes.Contact to = parsed.get();
        // A contact's own limit, whoever asks, keyed by a hash so the table holds no address; over it,
        // nothing is sent and nothing is said.
        if (limiter.tryAcquire("lost-code-to", challenge.keyed("lost-code", to.address()), limits.perContactLimit(),
                limits.perContactWindow())) {
            lostCodes.request(to);
        }
        RateLimits.padTo(started, limits.lostCodeMinTime());
        model.addAttribute("done", true);
        model.addAttribute("medium", to.medium().name());
        return "portal/lost-code";
    }

    private String show(String contact, Map<String, String> errors, Model model) {
        Map<String, String> messages = new LinkedHashMap<>();
        errors.forEach((field, key) -> messages.put(field, texts.getMessage(key, null, key, VI)));
        model.addAttribute("contact", contact);
        model.addAttribute("errors", messages);
        model.addAttribute("question", challenge.next());
        model.addAttribute("done", false);
        return "portal/lost-code";
    }
}
