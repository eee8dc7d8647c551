package org.tiepdan.oversight.internal;

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
import org.tiepdan.oversight.AbuseMeasure;
import org.tiepdan.platform.FormErrors;

/** The handling of people who abused the right to petition: list, record, correct. */
@Controller
class PetitionAbuseController {

    private final PetitionAbuseService abuse;
    private final OversightViews views;
    private final RegisterDocuments documents;
    private final OrgUnitHierarchy hierarchy;
    private final Access access;

    PetitionAbuseController(PetitionAbuseService abuse, OversightViews views, RegisterDocuments documents,
            OrgUnitHierarchy hierarchy, Access access) {
        this.abuse = abuse;
        this.views = views;
        this.documents = documents;
        this.hierarchy = hierarchy;
        this.access = access;
    }

    @GetMapping("/petition-abuse")
    @PreAuthorize("#unit == null ? isAuthenticated() : @oversightAccess.canRead(#unit)")
    String list(@RequestParam(required = false) Long unit, Model model) {
        if (unit == null && access.homeUnitId().isPresent()) {
            return "redirect:/petition-abuse?unit=" + access.homeUnitId().get();
        }
        model.addAttribute("unit", unit);
        if (unit != null) {
            model.addAttribute("rows", abuse.of(hierarchy.subtreeWithPredecessors(unit)).stream()
                    .map(views::abuse).toList());
        }
        return "oversight/petition-abuse";
    }

    @GetMapping("/petition-abuse/new")
    @PreAuthorize("@oversightAccess.canRecordAbuse(#unit)")
    String newForm(@RequestParam Long unit, Model model) {
        OversightForms.AbuseForm form = new OversightForms.AbuseForm();
        form.setUnitId(unit);
        return page(form, null, model);
    }

    @PostMapping("/petition-abuse/new")
    @PreAuthorize("@oversightAccess.canRecordAbuse(#form.unitId)")
    String create(@ModelAttribute("form") OversightForms.AbuseForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(binding, () -> {
            abuse.record(form.getUnitId(), form.data());
            redirect.addFlashAttribute("success", "oversight.abuse.saved");
            return "redirect:/petition-abuse?unit=" + form.getUnitId();
        }, () -> page(form, null, model));
    }

    @GetMapping("/petition-abuse/{id}/edit")
    @PreAuthorize("@oversightAccess.canRecordAbuseHandling(#id)")
    String editForm(@PathVariable Long id, Model model) {
        PetitionAbuse p = abuse.find(id);
        OversightForms.AbuseForm form = new OversightForms.AbuseForm();
        form.setUnitId(p.unitId());
        form.setVersion(p.version());
        form.setPersonName(p.personName());
        form.setDescription(p.description());
        form.setMeasureKind(p.measureKind());
        form.setMeasure(p.measure());
        form.setDecisionDocumentId(p.decisionDocumentId());
        form.setDecisionRef(p.decisionRef());
        form.setDecidedOn(p.decidedOn());
        return page(form, id, model);
    }

    @PostMapping("/petition-abuse/{id}/edit")
    @PreAuthorize("@oversightAccess.canRecordAbuseHandling(#id)")
    String update(@PathVariable Long id, @ModelAttribute("form") OversightForms.AbuseForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        form.setUnitId(abuse.find(id).unitId());
        return FormErrors.submit(binding, () -> {
            abuse.update(id, form.getVersion() == null ? -1 : form.getVersion(), form.data());
            redirect.addFlashAttribute("success", "oversight.abuse.saved");
            return "redirect:/petition-abuse?unit=" + form.getUnitId();
        }, () -> page(form, id, model));
    }

    private String page(OversightForms.AbuseForm form, Long id, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("recordId", id);
        model.addAttribute("unit", views.unit(form.getUnitId()));
        model.addAttribute("measures", AbuseMeasure.values());
        model.addAttribute("documents", documents.choices(form.getUnitId()));
        return "oversight/petition-abuse-form";
    }
}
