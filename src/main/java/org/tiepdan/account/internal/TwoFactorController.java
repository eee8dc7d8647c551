package org.tiepdan.account.internal;

import java.io.Serial;
import java.io.Serializable;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tiepdan.platform.ClientAddress;
import org.tiepdan.platform.DomainException;

/**
 * The second step of a sign-in (the code, or enrolment when the account's role requires a second
 * factor and it has none) and enrolment from the account page. Between the password and the code
 * the session holds a {@link Pending} sign-in that opens nothing but these pages.
 */
@Controller
class TwoFactorController {

    /** The authority of a session that has passed the password but not yet the second factor. */
    static final String PENDING = "SIGN_IN_PENDING";
    private static final String ENROLMENT = TwoFactorController.class.getName() + ".secret";

    /** Who is half-way through signing in; serialisable because the session lives in the database. */
    record Pending(String username) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public String toString() {
            return "Pending[" + username + "]";
        }
    }

    private final TwoFactorService twoFactor;
    private final AccountUserDetailsService users;
    private final LoginThrottle throttle;
    private final ClientAddress clients;
    private final SignInContexts contexts;

    TwoFactorController(TwoFactorService twoFactor, AccountUserDetailsService users, LoginThrottle throttle,
            ClientAddress clients, SignInContexts contexts) {
        this.twoFactor = twoFactor;
        this.users = users;
        this.throttle = throttle;
        this.clients = clients;
        this.contexts = contexts;
    }

    static Authentication pending(String username) {
        return UsernamePasswordAuthenticationToken.authenticated(new Pending(username), null,
                List.of(new SimpleGrantedAuthority(PENDING)));
    }

    // --- the second step of a sign-in ------------------------------------------------------------------

    @GetMapping("/login/two-factor")
    @PreAuthorize("hasAuthority('SIGN_IN_PENDING')")
    String codeForm(Authentication auth) {
        return twoFactor.enrolled(username(auth)) ? "account/two-factor" : "redirect:/login/two-factor/enrol";
    }

    @PostMapping("/login/two-factor")
    @PreAuthorize("hasAuthority('SIGN_IN_PENDING')")
    String code(@RequestParam(defaultValue = "") String code, Authentication auth, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        String username = username(auth);
        if (twoFactor.verify(username, code)) {
            contexts.signIn(users.loadUserByUsername(username), request, response);
            return "redirect:/";
        }
        throttle.failed(clients.of(request));
        if (twoFactor.locked(username)) {
            // The same answer as any other failed sign-in; the half-open session ends.
            contexts.signOut(request, response);
            return "redirect:/login?error";
        }
        model.addAttribute("codeError", "error.two-factor-code-wrong");
        return "account/two-factor";
    }

    @GetMapping("/login/two-factor/enrol")
    @PreAuthorize("hasAuthority('SIGN_IN_PENDING')")
    String enrolForm(Authentication auth, HttpSession session, Model model) {
        // Enrolled already: the code is asked, not a new secret (enable() would refuse it anyway).
        if (twoFactor.enrolled(username(auth))) {
            return "redirect:/login/two-factor";
        }
        return enrolPage(username(auth), session, model, "/login/two-factor/enrol");
    }

    @PostMapping("/login/two-factor/enrol")
    @PreAuthorize("hasAuthority('SIGN_IN_PENDING')")
    String enrolAtSignIn(@RequestParam(defaultValue = "") String code, Authentication auth, HttpSession session,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        String username = username(auth);
        if (twoFactor.enrolled(username)) {
            return "redirect:/login/two-factor";
        }
        List<String> recovery = enable(username, code, session, model, "/login/two-factor/enrol");
        if (recovery == null) {
            throttle.failed(clients.of(request));
            return "account/two-factor-enrol";
        }
        contexts.signIn(users.loadUserByUsername(username), request, response);
        model.addAttribute("recoveryCodes", recovery);
        return "account/recovery-codes";
    }

    // --- from the account page ----------------------------------------------------------------------------

    @GetMapping("/account/two-factor")
    @PreAuthorize("isAuthenticated()")
    String accountPage(Principal principal, HttpSession session, Model model) {
        if (twoFactor.enrolled(principal.getName())) {
            model.addAttribute("recoveryCodesLeft", twoFactor.recoveryCodesLeft(principal.getName()));
            return "account/two-factor-status";
        }
        return enrolPage(principal.getName(), session, model, "/account/two-factor");
    }

    @PostMapping("/account/two-factor")
    @PreAuthorize("isAuthenticated()")
    String enrolFromAccount(@RequestParam(defaultValue = "") String code, Principal principal, HttpSession session,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        List<String> recovery = enable(principal.getName(), code, session, model, "/account/two-factor");
        if (recovery == null) {
            return "account/two-factor-enrol";
        }
        // The session that proved the code is now a two-factor session.
        contexts.signIn(users.loadUserByUsername(principal.getName()), request, response);
        model.addAttribute("recoveryCodes", recovery);
        return "account/recovery-codes";
    }

    @PostMapping("/account/two-factor/disable")
    @PreAuthorize("isAuthenticated()")
    String disable(@RequestParam(defaultValue = "") String code, Principal principal, Model model,
            org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        try {
            twoFactor.disable(principal.getName(), code);
        } catch (DomainException e) {
            model.addAttribute("codeError", e.messageKey());
            model.addAttribute("recoveryCodesLeft", twoFactor.recoveryCodesLeft(principal.getName()));
            return "account/two-factor-status";
        }
        redirect.addFlashAttribute("success", "account.two-factor.disabled");
        return "redirect:/";
    }

    private String enrolPage(String username, HttpSession session, Model model, String action) {
        TwoFactorService.Enrolment enrolment = twoFactor.newEnrolment(username);
        session.setAttribute(ENROLMENT, enrolment.secret());
        model.addAttribute("enrolment", enrolment);
        model.addAttribute("action", action);
        return "account/two-factor-enrol";
    }

    /** The recovery codes, or null with the page ready to show again (same secret, error beside the field). */
    private List<String> enable(String username, String code, HttpSession session, Model model, String action) {
        String secret = (String) session.getAttribute(ENROLMENT);
        if (secret == null) {
            enrolPage(username, session, model, action);
            return null;
        }
        try {
            List<String> recovery = new ArrayList<>(twoFactor.enable(username, secret, code));
            session.removeAttribute(ENROLMENT);
            return recovery;
        } catch (DomainException e) {
            TwoFactorService.Enrolment again = twoFactor.sameEnrolment(username, secret);
            model.addAttribute("enrolment", again);
            model.addAttribute("action", action);
            model.addAttribute("codeError", e.messageKey());
            return null;
        }
    }

    private static String username(Authentication auth) {
        return auth.getPrincipal() instanceof Pending p ? p.username() : auth.getName();
    }
}
