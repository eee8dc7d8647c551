package org.tiepdan.plan.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tiepdan.account.Access;
import org.tiepdan.org.OrgUnitHierarchy;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.DomainException;
import org.tiepdan.platform.FormErrors;

/** Screens of work plans: the list, a new plan from the template, the plan page, its text, issuing, the .docx. */
@Controller
class PlanController {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final PlanService plans;
    private final PlanViews views;
    private final PlanDocx docx;
    private final OrgUnitHierarchy hierarchy;
    private final Access access;
    private final Clock clock;

    PlanController(PlanService plans, PlanViews views, PlanDocx docx, OrgUnitHierarchy hierarchy,
            Access access, Clock clock) {
        this.plans = plans;
        this.views = views;
        this.docx = docx;
        this.hierarchy = hierarchy;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/plans")
    @PreAuthorize("#unit == null ? isAuthenticated() : @planAccess.canRead(#unit)")
    String list(@RequestParam(required = false) Long unit, Model model) {
        if (unit == null && access.homeUnitId().isPresent()) {
            return "redirect:/plans?unit=" + access.homeUnitId().get();
        }
        model.addAttribute("unit", unit);
        if (unit != null) {
            model.addAttribute("plans", views.plans(hierarchy.subtreeWithPredecessors(unit)));
        }
        return "plan/list";
    }

    @GetMapping("/plans/overdue")
    @PreAuthorize("#unit == null ? isAuthenticated() : @planAccess.canRead(#unit)")
    String overdue(@RequestParam(required = false) Long unit, Model model) {
        LocalDate today = Dates.today(clock);
        model.addAttribute("unit", unit);
        model.addAttribute("tasks", views.overdue(unit == null ? access.unitsReachedInServedArea(PlanAccess.READ_ROLES)
                : hierarchy.subtreeWithPredecessors(unit), today));
        return "plan/overdue";
    }

    @GetMapping("/plans/new")
    @PreAuthorize("@planAccess.canEdit(#unit)")
    String newForm(@RequestParam Long unit, Model model) {
        PlanForms.NewPlanForm form = new PlanForms.NewPlanForm();
        form.setUnitId(unit);
        form.setYear(Dates.today(clock).getYear());
        model.addAttribute("form", form);
        return "plan/new";
    }

    @PostMapping("/plans/new")
    @PreAuthorize("@planAccess.canEdit(#form.unitId)")
    String create(@ModelAttribute("form") PlanForms.NewPlanForm form, BindingResult binding,
            RedirectAttributes redirect) {
        return FormErrors.submit(binding, () -> {
            WorkPlan plan = plans.create(form.getUnitId(), form.getYear(), form.getTitle());
            redirect.addFlashAttribute("success", "plan.created");
            return "redirect:/plans/" + plan.id();
        }, () -> "plan/new");
    }

    @GetMapping("/plans/{id}")
    @PreAuthorize("@planAccess.canReadPlan(#id)")
    String page(@PathVariable Long id, Model model) {
        model.addAttribute("plan", views.plan(id));
        return "plan/plan";
    }

    @GetMapping("/plans/{id}/edit")
    @PreAuthorize("@planAccess.canEditPlan(#id)")
    String editForm(@PathVariable Long id, Model model) {
        PlanViews.PlanView plan = views.plan(id);
        return sectionsPage(PlanForms.SectionsForm.of(plan.sections(), plan.version()), plan, model);
    }

    @PostMapping("/plans/{id}/edit")
    @PreAuthorize("@planAccess.canEditPlan(#id)")
    String edit(@PathVariable Long id, @ModelAttribute("form") PlanForms.SectionsForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        try {
            plans.revise(id, PlanForms.version(form.getVersion()), form.sections());
            redirect.addFlashAttribute("success", "plan.saved");
            return "redirect:/plans/" + id;
        } catch (DomainException e) {
            FormErrors.reject(binding, e);
        } catch (ObjectOptimisticLockingFailureException e) {
            binding.reject("error.stale-edit");
        }
        return sectionsPage(form, views.plan(id), model);
    }

    @GetMapping("/plans/{id}/issue")
    @PreAuthorize("@planAccess.canIssuePlan(#id)")
    String issueForm(@PathVariable Long id, Model model) {
        PlanViews.PlanView plan = views.plan(id);
        PlanForms.IssueForm form = new PlanForms.IssueForm();
        form.setVersion(plan.version());
        form.setIssuedOn(Dates.today(clock));
        form.setSignerName(plan.sections().signerName() != null ? plan.sections().signerName()
                : access.currentUser().map(u -> u.fullName()).orElse(null));
        model.addAttribute("form", form);
        model.addAttribute("plan", plan);
        return "plan/issue";
    }

    @PostMapping("/plans/{id}/issue")
    @PreAuthorize("@planAccess.canIssuePlan(#id)")
    String issue(@PathVariable Long id, @ModelAttribute("form") PlanForms.IssueForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        return FormErrors.submit(binding, () -> {
            plans.issue(id, PlanForms.version(form.getVersion()), form.getIssuedOn(), form.getSignerName());
            redirect.addFlashAttribute("success", "plan.issued");
            return "redirect:/plans/" + id;
        }, () -> {
            model.addAttribute("plan", views.plan(id));
            return "plan/issue";
        });
    }

    @GetMapping("/plans/{id}/plan.docx")
    @PreAuthorize("@planAccess.canReadPlan(#id)")
    ResponseEntity<byte[]> download(@PathVariable Long id) {
        PlanViews.PlanView plan = views.plan(id);
        byte[] body = docx.write(plan, Dates.today(clock));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("ke-hoach-" + plan.year() + "-" + plan.id() + ".docx", StandardCharsets.UTF_8)
                        .build().toString())
                .contentType(MediaType.parseMediaType(DOCX)).body(body);
    }

    private String sectionsPage(PlanForms.SectionsForm form, PlanViews.PlanView plan, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("plan", plan);
        return "plan/sections";
    }
}
