package org.tiepdan.account.internal;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;
import lombok.Getter;
import lombok.Setter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tiepdan.account.TiepdanUser;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.DomainException;
import org.tiepdan.platform.FormErrors;

/**
 * The account page of personal access tokens: create one (shown once, on the answer to the form,
 * never in an address or a flash attribute), list them, revoke one after a confirmation.
 */
@Controller
@RequestMapping("/account/tokens")
class ApiTokenPageController {

    /** What the form suggests: a quarter; up to {@link ApiToken#MAX_DAYS} is allowed. */
    static final int SUGGESTED_DAYS = 90;

    private final ApiTokenService tokens;
    private final Clock clock;

    ApiTokenPageController(ApiTokenService tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @Getter
    @Setter
    static class TokenForm {
        private String name;
        private LocalDate expiresOn;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    String page(@AuthenticationPrincipal TiepdanUser user, Model model) {
        TokenForm form = new TokenForm();
        form.setExpiresOn(Dates.today(clock).plusDays(SUGGESTED_DAYS));
        model.addAttribute("form", form);
        return render(user, model);
    }

    @PostMapping
    @PreAuthorize("isAuthenticated()")
    String create(@AuthenticationPrincipal TiepdanUser user, @ModelAttribute("form") TokenForm form,
            BindingResult result, Model model, HttpServletResponse response) {
        if (!result.hasErrors()) {
            try {
                model.addAttribute("created", tokens.create(user, form.getName(), form.getExpiresOn()));
                // The page holds the secret: no cache, no back-button copy.
                response.setHeader("Cache-Control", "no-store");
                return "account/token-created";
            } catch (DomainException e) {
                FormErrors.reject(result, e);
            }
        }
        return render(user, model);
    }

    @PostMapping("/{id}/revoke")
    @PreAuthorize("isAuthenticated()")
    String revoke(@AuthenticationPrincipal TiepdanUser user, @PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(user, id);
        redirect.addFlashAttribute("success", "tokens.revoked");
        return "redirect:/account/tokens";
    }

    private String render(TiepdanUser user, Model model) {
        model.addAttribute("tokens", tokens.list(user));
        model.addAttribute("maxDays", ApiToken.MAX_DAYS);
        return "account/tokens";
    }
}
