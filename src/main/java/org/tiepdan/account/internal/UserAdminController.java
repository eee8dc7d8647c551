package org.tiepdan.account.internal;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import lombok.Getter;
import lombok.Setter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tiepdan.account.Role;
import org.tiepdan.account.UnitChoices;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.platform.DomainException;

/**
 * Accounts and their roles, for administrators. Every change goes through AccountService (audited);
 * every list and action is limited to the administrator's reach ({@link AdminScope}): an ADMIN held
 * at a commune sees and manages the accounts of that commune's subtree only.
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    private final AccountService accounts;
    private final UserAccountRepository repository;
    private final OrgUnits units;
    private final UnitChoices unitChoices;
    private final AdminScope scope;

    UserAdminController(AccountService accounts, UserAccountRepository repository, OrgUnits units,
            UnitChoices unitChoices, AdminScope scope) {
        this.scope = scope;
        this.accounts = accounts;
        this.repository = repository;
        this.units = units;
        this.unitChoices = unitChoices;
    }

    /** Options for the unit of a role: units matching the text, or by default the served area and its bodies. */
    @GetMapping("/unit-options")
    @PreAuthorize("hasRole('ADMIN')")
    String unitOptions(@RequestParam(defaultValue = "") String q, Model model) {
        List<OrgUnitView> found = q.isBlank() ? defaultUnits() : units.search(q, 20);
        model.addAttribute("unitOptions", unitChoices.options(found));
        return "account/users :: unitOptions";
    }

    private List<OrgUnitView> defaultUnits() {
        return units.servedArea().map(area -> {
            List<OrgUnitView> list = new java.util.ArrayList<>();
            list.add(area);
            list.addAll(units.children(area.id()));
            return list;
        }).orElse(List.of());
    }

    @Getter
    @Setter
    static class NewUserForm {
        @NotBlank
        private String username;
        @NotBlank
        private String fullName;
        @NotBlank
        private String password;
        @NotNull
        private Role role;
        private Long unitId;
    }

    @GetMapping
    @PreAuthorize("hasRole('ADMIN')")
    String list(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new NewUserForm());
        }
        return page(model);
    }

    @PostMapping
    @PreAuthorize("@access.hasRoleAt('ADMIN', #form.unitId)")
    String create(@Valid @ModelAttribute("form") NewUserForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return page(model);
        }
        try {
            accounts.createUser(form.getUsername(), form.getFullName(), form.getPassword(), form.getRole(),
                    form.getUnitId());
        } catch (DomainException e) {
            result.rejectValue(e.field() == null ? "username" : e.field().equals("newPassword") ? "password" : e.field(),
                    e.messageKey(), e.args(), null);
            return page(model);
        }
        redirect.addFlashAttribute("success", "users.created");
        return "redirect:/admin/users";
    }

    @PostMapping("/{id}/grants")
    @PreAuthorize("@access.hasRoleAt('ADMIN', #unitId) and @adminScope.canManage(#id)")
    String grant(@PathVariable long id, @RequestParam(required = false) Role role,
            @RequestParam(required = false) Long unitId, RedirectAttributes redirect) {
        if (role == null) {
            // The row's small form: the page again with the message and the row's role picker marked.
            redirect.addFlashAttribute("flashError", "users.grant.role-required");
            redirect.addFlashAttribute("grantErrorUser", id);
            return "redirect:/admin/users";
        }
        accounts.grant(id, role, unitId);
        redirect.addFlashAttribute("success", "users.updated");
        return "redirect:/admin/users";
    }

    @PostMapping("/{id}/grants/{grantId}/revoke")
    @PreAuthorize("@adminScope.canManage(#id)")
    String revoke(@PathVariable long id, @PathVariable long grantId, RedirectAttributes redirect) {
        accounts.revoke(id, grantId);
        redirect.addFlashAttribute("success", "users.updated");
        return "redirect:/admin/users";
    }

    @PostMapping("/{id}/unlock")
    @PreAuthorize("@adminScope.canManage(#id)")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        accounts.unlock(id);
        redirect.addFlashAttribute("success", "users.updated");
        return "redirect:/admin/users";
    }

    @PostMapping("/{id}/enabled")
    @PreAuthorize("@adminScope.canManage(#id)")
    String enabled(@PathVariable long id, @RequestParam boolean value, RedirectAttributes redirect) {
        accounts.setEnabled(id, value);
        redirect.addFlashAttribute("success", "users.updated");
        return "redirect:/admin/users";
    }

    private String page(Model model) {
        List<UserAccount> users = scope.manageable();
        model.addAttribute("users", users);
        model.addAttribute("roles", Arrays.asList(Role.values()));
        model.addAttribute("now", java.time.Instant.now());
        model.addAttribute("unitOptions", unitChoices.options(defaultUnits()));
        model.addAttribute("unitNames", users.stream()
                .flatMap(u -> u.grants().stream()).map(RoleGrant::unitId).filter(java.util.Objects::nonNull).distinct()
                .collect(java.util.stream.Collectors.toMap(id -> id, id -> units.find(id).map(OrgUnitView::name)
                        .orElse("#" + id))));
        return "account/users";
    }
}
