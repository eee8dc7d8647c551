package org.tiepdan.plan.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

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
import org.tiepdan.account.UnitChoices;
import org.tiepdan.plan.PlanLinkKind;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.FormErrors;

/** Tasks of a plan: added and corrected while drafting; progress and links once issued. */
@Controller
class PlanTaskController {

    /** One step of a task's progress. */
    @FunctionalInterface
    private interface Step {
        void run(long taskId, long version, PlanForms.ProgressForm form);
    }

    private final PlanService plans;
    private final PlanViews views;
    private final UnitChoices units;
    private final Clock clock;

    PlanTaskController(PlanService plans, PlanViews views, UnitChoices units, Clock clock) {
        this.plans = plans;
        this.views = views;
        this.units = units;
        this.clock = clock;
    }

    @GetMapping("/plans/{id}/tasks/new")
    @PreAuthorize("@planAccess.canEditPlan(#id)")
    String newForm(@PathVariable Long id, Model model) {
        PlanForms.TaskForm form = new PlanForms.TaskForm();
        form.setLeadUnitId(views.plan(id).unit().id());
        return taskPage(form, id, null, model);
    }

    @PostMapping("/plans/{id}/tasks/new")
    @PreAuthorize("@planAccess.canEditPlan(#id)")
    String create(@PathVariable Long id, @ModelAttribute("form") PlanForms.TaskForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        return FormErrors.submit(binding, () -> {
            plans.addTask(id, form.data());
            redirect.addFlashAttribute("success", "plan.task.saved");
            return "redirect:/plans/" + id;
        }, () -> taskPage(form, id, null, model));
    }

    @GetMapping("/plans/{id}/tasks/{taskId}/edit")
    @PreAuthorize("@planAccess.canEditPlan(#id)")
    String editForm(@PathVariable Long id, @PathVariable Long taskId, Model model) {
        return taskPage(PlanForms.TaskForm.of(plans.find(id).task(taskId)), id, taskId, model);
    }

    @PostMapping("/plans/{id}/tasks/{taskId}/edit")
    @PreAuthorize("@planAccess.canEditPlan(#id)")
    String edit(@PathVariable Long id, @PathVariable Long taskId, @ModelAttribute("form") PlanForms.TaskForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormErrors.submit(binding, () -> {
            plans.reviseTask(id, taskId, PlanForms.version(form.getVersion()), form.data());
            redirect.addFlashAttribute("success", "plan.task.saved");
            return "redirect:/plans/" + id;
        }, () -> taskPage(form, id, taskId, model));
    }

    @PostMapping("/plans/{id}/tasks/{taskId}/delete")
    @PreAuthorize("@planAccess.canEditPlan(#id)")
    String delete(@PathVariable Long id, @PathVariable Long taskId, RedirectAttributes redirect) {
        plans.removeTask(id, taskId);
        redirect.addFlashAttribute("success", "plan.task.deleted");
        return "redirect:/plans/" + id;
    }

    @GetMapping("/plan-tasks/{taskId}")
    @PreAuthorize("@planAccess.canReportTask(#taskId)")
    String progressPage(@PathVariable Long taskId, Model model) {
        PlanViews.TaskView task = views.task(taskId);
        PlanForms.ProgressForm form = new PlanForms.ProgressForm();
        form.setVersion(task.version());
        form.setResult(task.result());
        form.setDoneOn(Dates.today(clock));
        return progress(form, task, model);
    }

    @PostMapping("/plan-tasks/{taskId}/start")
    @PreAuthorize("@planAccess.canReportTask(#taskId)")
    String start(@PathVariable Long taskId, @ModelAttribute("form") PlanForms.ProgressForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        return step(taskId, form, binding, model, redirect, (id, v, f) -> plans.start(id, v));
    }

    @PostMapping("/plan-tasks/{taskId}/note")
    @PreAuthorize("@planAccess.canReportTask(#taskId)")
    String note(@PathVariable Long taskId, @ModelAttribute("form") PlanForms.ProgressForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        return step(taskId, form, binding, model, redirect, (id, v, f) -> plans.note(id, v, f.getResult()));
    }

    @PostMapping("/plan-tasks/{taskId}/complete")
    @PreAuthorize("@planAccess.canReportTask(#taskId)")
    String complete(@PathVariable Long taskId, @ModelAttribute("form") PlanForms.ProgressForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        return step(taskId, form, binding, model, redirect,
                (id, v, f) -> plans.complete(id, v, f.getResult(), f.getDoneOn()));
    }

    @PostMapping("/plan-tasks/{taskId}/cancel")
    @PreAuthorize("@planAccess.canReportTask(#taskId)")
    String cancel(@PathVariable Long taskId, @ModelAttribute("form") PlanForms.ProgressForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        return step(taskId, form, binding, model, redirect, (id, v, f) -> plans.cancel(id, v, f.getResult()));
    }

    @PostMapping("/plan-tasks/{taskId}/links")
    @PreAuthorize("@planAccess.canReportTask(#taskId)")
    String link(@PathVariable Long taskId, @ModelAttribute("form") PlanForms.ProgressForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        if (form.getRefId() == null && !binding.hasFieldErrors("refId")) {
            binding.rejectValue("refId", "error.plan-link-ref-required");
        }
        return step(taskId, form, binding, model, redirect,
                (id, v, f) -> plans.linkAsked(id, f.getKind(), f.getRefId(), f.getLabel()));
    }

    @PostMapping("/plan-tasks/{taskId}/links/delete")
    @PreAuthorize("@planAccess.canReportTask(#taskId)")
    String unlink(@PathVariable Long taskId, @RequestParam PlanLinkKind kind, @RequestParam long refId,
            RedirectAttributes redirect) {
        plans.unlink(taskId, kind, refId);
        redirect.addFlashAttribute("success", "plan.task.unlinked");
        return "redirect:/plan-tasks/" + taskId;
    }

    private String step(long taskId, PlanForms.ProgressForm form, BindingResult binding, Model model,
            RedirectAttributes redirect, Step step) {
        return FormErrors.submit(binding, () -> {
            step.run(taskId, PlanForms.version(form.getVersion()), form);
            redirect.addFlashAttribute("success", "plan.task.progress-saved");
            return "redirect:/plan-tasks/" + taskId;
        }, () -> progress(form, views.task(taskId), model));
    }

    private String progress(PlanForms.ProgressForm form, PlanViews.TaskView task, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("task", task);
        model.addAttribute("plan", views.plan(task.planId()));
        model.addAttribute("linkKinds", PlanLinkKind.values());
        model.addAttribute("checkedKinds", views.checkedKinds());
        return "plan/task";
    }

    private String taskPage(PlanForms.TaskForm form, long planId, Long taskId, Model model) {
        PlanViews.PlanView plan = views.plan(planId);
        List<Long> chosen = new ArrayList<>(form.getCoordinatorIds() == null ? List.of() : form.getCoordinatorIds());
        chosen.add(form.getLeadUnitId());
        model.addAttribute("form", form);
        model.addAttribute("plan", plan);
        model.addAttribute("taskId", taskId);
        model.addAttribute("frameKinds", FrameKind.values());
        model.addAttribute("unitOptions", units.around(plan.unit().id(), chosen));
        return "plan/task-form";
    }
}
