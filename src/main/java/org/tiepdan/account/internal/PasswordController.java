package org.tiepdan.account.internal;

import java.security.Principal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import lombok.Getter;
import lombok.Setter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tiepdan.platform.DomainException;
import org.tiepdan.platform.FormErrors;

@Controller
@RequestMapping("/account/password")
class PasswordController {

    private final AccountService accounts;

    PasswordController(AccountService accounts) {
        this.accounts = accounts;
    }

    @Getter
    @Setter
    static class PasswordForm {
        @NotBlank
        private String currentPassword;
        @NotBlank
        private String newPassword;
        @NotBlank
        private String confirmPassword;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    String form(@ModelAttribute("form") PasswordForm form) {
        return "account/password";
    }

    @PostMapping
    @PreAuthorize("isAuthenticated()")
    String change(@Valid @ModelAttribute("form") PasswordForm form, BindingResult result, Principal principal,
            RedirectAttributes redirect) {
        if (!result.hasErrors() && !form.getNewPassword().equals(form.getConfirmPassword())) {
            result.rejectValue("confirmPassword", "error.password-mismatch");
        }
        if (result.hasErrors()) {
            return "account/password";
        }
        try {
            accounts.changePassword(principal.getName(), form.getCurrentPassword(), form.getNewPassword());
        } catch (DomainException e) {
            FormErrors.reject(result, e);
            return "account/password";
        }
        redirect.addFlashAttribute("success", "account.password.changed");
        return "redirect:/";
    }
}
