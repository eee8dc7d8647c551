package org.tiepdan.oversight.internal;

import java.time.Clock;
import java.util.List;

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
import org.tiepdan.account.UnitChoices;
import org.tiepdan.account.Access;
import org.tiepdan.org.OrgUnitHierarchy;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.DomainException;
import org.tiepdan.platform.FormErrors;

/** Recommendations of an inspection: made, reported done, reopened; the list of those still open or overdue. */
@Controller
class RecommendationController {

    private final RecommendationService recommendations;
    private final InspectionService inspections;
    private final OversightViews views;
    private final RegisterDocuments documents;
    private final UnitChoices unitOptions;
    private final OrgUnitHierarchy hierarchy;
    private final Access access;
    private final Clock clock;

    RecommendationController(RecommendationService recommendations, InspectionService inspections,
            OversightViews views, RegisterDocuments documents, UnitChoices unitOptions, OrgUnitHierarchy hierarchy,
            Access access, Clock clock) {
        this.recommendations = recommendations;
        this.inspections = inspections;
        this.views = views;
        this.documents = documents;
        this.unitOptions = unitOptions;
        this.hierarchy = hierarchy;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/recommendations")
    @PreAuthorize("#unit == null ? isAuthenticated() : @oversightAccess.canRead(#unit)")
    String list(@RequestParam(required = false) Long unit, @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "false") boolean mine, Model model) {
        if (unit == null && mine) {
            // Every unit the user reaches: what the landing page card counts.
            model.addAttribute("unit", null);
            model.addAttribute("mine", true);
            model.addAttribute("overdue", overdue);
            model.addAttribute("rows", views.recommendations(access.unitsReachedInServedArea(OversightAccess.READ_ROLES), Dates.today(clock),
                    overdue));
            return "oversight/recommendations";
        }
        if (unit == null && access.homeUnitId().isPresent()) {
            return "redirect:/recommendations?unit=" + access.homeUnitId().get() + (overdue ? "&overdue=true" : "");
        }
        model.addAttribute("unit", unit);
        model.addAttribute("mine", false);
        model.addAttribute("overdue", overdue);
        if (unit != null) {
            model.addAttribute("rows", views.recommendations(hierarchy.subtreeWithPredecessors(unit),
                    Dates.today(clock), overdue));
        }
        return "oversight/recommendations";
    }

    @GetMapping("/inspections/{id}/recommendations/new")
    @PreAuthorize("@oversightAccess.canRecordInspection(#id)")
    String newForm(@PathVariable Long id, Model model) {
        return page(new OversightForms.RecommendationForm(), id, model);
    }

    @PostMapping("/inspections/{id}/recommendations/new")
    @PreAuthorize("@oversightAccess.canRecordInspection(#id)")
    String create(@PathVariable Long id, @ModelAttribute("form") OversightForms.RecommendationForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormErrors.submit(binding, () -> {
            recommendations.add(id, form.data());
            redirect.addFlashAttribute("success", "oversight.recommendation.saved");
            return "redirect:/inspections/" + id;
        }, () -> page(form, id, model));
    }

    @GetMapping("/recommendations/{id}/complete")
    @PreAuthorize("@oversightAccess.canCompleteRecommendation(#id)")
    String completeForm(@PathVariable Long id, Model model) {
        OversightForms.CompletionForm form = new OversightForms.CompletionForm();
        form.setVersion(recommendations.find(id).version());
        form.setDoneOn(Dates.today(clock));
        return completionPage(form, id, "complete", model);
    }

    @PostMapping("/recommendations/{id}/complete")
    @PreAuthorize("@oversightAccess.canCompleteRecommendation(#id)")
    String complete(@PathVariable Long id, @ModelAttribute("form") OversightForms.CompletionForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormErrors.submit(binding, () -> {
            recommendations.complete(id, version(form), form.getResult(), form.getResultDocumentId(),
                    form.getDoneOn());
            redirect.addFlashAttribute("success", "oversight.recommendation.completed");
            return "redirect:/inspections/" + recommendations.find(id).inspectionId();
        }, () -> completionPage(form, id, "complete", model));
    }

    @GetMapping("/recommendations/{id}/reopen")
    @PreAuthorize("@oversightAccess.canReopenRecommendation(#id)")
    String reopenForm(@PathVariable Long id, Model model) {
        OversightForms.CompletionForm form = new OversightForms.CompletionForm();
        form.setVersion(recommendations.find(id).version());
        return completionPage(form, id, "reopen", model);
    }

    @PostMapping("/recommendations/{id}/reopen")
    @PreAuthorize("@oversightAccess.canReopenRecommendation(#id)")
    String reopen(@PathVariable Long id, @ModelAttribute("form") OversightForms.CompletionForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        try {
            recommendations.reopen(id, version(form), form.getReason());
            redirect.addFlashAttribute("success", "oversight.recommendation.reopened");
            return "redirect:/inspections/" + recommendations.find(id).inspectionId();
        } catch (DomainException e) {
            FormErrors.reject(binding, e);
        } catch (ObjectOptimisticLockingFailureException e) {
            binding.reject("error.stale-edit");
        }
        return completionPage(form, id, "reopen", model);
    }

    private static long version(OversightForms.CompletionForm form) {
        return form.getVersion() == null ? -1 : form.getVersion();
    }

    private String page(OversightForms.RecommendationForm form, long inspectionId, Model model) {
        Inspection inspection = inspections.require(inspectionId);
        var concluded = recommendations.conclusionDate(inspection);
        model.addAttribute("form", form);
        model.addAttribute("inspection", views.inspection(inspectionId));
        model.addAttribute("concludedOn", concluded);
        model.addAttribute("bases", List.of("CONCLUSION", "RULE"));
        model.addAttribute("rules", recommendations.applicableRules(concluded));
        model.addAttribute("unitOptions", unitOptions.around(inspection.unitId(),
                form.getAssigneeUnitId() == null ? List.of() : List.of(form.getAssigneeUnitId())));
        return "oversight/recommendation-form";
    }

    private String completionPage(OversightForms.CompletionForm form, long id, String action, Model model) {
        OversightViews.RecommendationView r = views.recommendation(id);
        model.addAttribute("form", form);
        model.addAttribute("recommendation", r);
        model.addAttribute("action", action);
        model.addAttribute("documents", documents.choices(r.assignee().id()));
        return "oversight/recommendation-step";
    }
}
