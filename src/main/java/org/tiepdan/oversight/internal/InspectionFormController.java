package org.tiepdan.oversight.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;
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
import org.tiepdan.oversight.InspectionKind;
import org.tiepdan.oversight.InspectionMode;
import org.tiepdan.oversight.ViolationSeverity;
import org.tiepdan.platform.FormErrors;

/** Forms to record and correct an inspection and the violations it found. */
@Controller
class InspectionFormController {

    private final InspectionService inspections;
    private final OversightViews views;
    private final RegisterDocuments documents;
    private final UnitChoices unitOptions;
    private final MessageSource messages;

    InspectionFormController(InspectionService inspections, OversightViews views, RegisterDocuments documents,
            UnitChoices unitOptions, MessageSource messages) {
        this.messages = messages;
        this.inspections = inspections;
        this.views = views;
        this.documents = documents;
        this.unitOptions = unitOptions;
    }

    @GetMapping("/inspections/new")
    @PreAuthorize("@oversightAccess.canRecord(#unit)")
    String newForm(@RequestParam Long unit, Model model) {
        OversightForms.InspectionForm form = new OversightForms.InspectionForm();
        form.setUnitId(unit);
        // Most records of these screens concern Regulation 11; the topic is the register's tag.
        form.setTopic(messages.getMessage("oversight.default-topic", null, java.util.Locale.forLanguageTag("vi")));
        return page(form, null, model);
    }

    @PostMapping("/inspections/new")
    @PreAuthorize("@oversightAccess.canRecord(#form.unitId)")
    String create(@ModelAttribute("form") OversightForms.InspectionForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(binding, () -> {
            Inspection saved = inspections.create(form.getUnitId(), form.details(), form.headRows());
            redirect.addFlashAttribute("success", "oversight.inspection.saved");
            return "redirect:/inspections/" + saved.id();
        }, () -> page(form, null, model));
    }

    @GetMapping("/inspections/{id}/edit")
    @PreAuthorize("@oversightAccess.canRecordInspection(#id)")
    String editForm(@PathVariable Long id, Model model) {
        Inspection i = inspections.require(id);
        OversightForms.InspectionForm form = new OversightForms.InspectionForm();
        form.setUnitId(i.unitId());
        form.setVersion(i.version());
        form.setKind(i.kind());
        form.setMode(i.mode());
        form.setTopic(i.topic());
        form.setTitle(i.title());
        form.setStartedOn(i.startedOn());
        form.setEndedOn(i.endedOn());
        form.setBodies(new ArrayList<>(i.bodies()));
        List<OversightForms.HeadRow> rows = new ArrayList<>();
        for (InspectionHead h : i.heads()) {
            OversightForms.HeadRow row = new OversightForms.HeadRow();
            row.setId(h.id());
            row.setFullName(h.fullName());
            row.setTitle(h.title());
            row.setUnitId(h.unitId());
            rows.add(row);
        }
        form.setHeads(rows);
        form.setDecisionDocumentId(i.decisionDocumentId());
        form.setConclusionDocumentId(i.conclusionDocumentId());
        form.setFindings(i.findings());
        return page(form, id, model);
    }

    @PostMapping("/inspections/{id}/edit")
    @PreAuthorize("@oversightAccess.canRecordInspection(#id)")
    String update(@PathVariable Long id, @ModelAttribute("form") OversightForms.InspectionForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        form.setUnitId(inspections.require(id).unitId());
        return FormErrors.submit(binding, () -> {
            inspections.update(id, form.getVersion() == null ? -1 : form.getVersion(), form.details(),
                    form.headRows());
            redirect.addFlashAttribute("success", "oversight.inspection.saved");
            return "redirect:/inspections/" + id;
        }, () -> page(form, id, model));
    }

    @GetMapping("/inspections/{id}/violations/new")
    @PreAuthorize("@oversightAccess.canRecordInspection(#id)")
    String newViolation(@PathVariable Long id, Model model) {
        return violationPage(new OversightForms.ViolationForm(), id, null, model);
    }

    @PostMapping("/inspections/{id}/violations/new")
    @PreAuthorize("@oversightAccess.canRecordInspection(#id)")
    String createViolation(@PathVariable Long id, @ModelAttribute("form") OversightForms.ViolationForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormErrors.submit(binding, () -> {
            inspections.addViolation(id, form.data());
            redirect.addFlashAttribute("success", "oversight.violation.saved");
            return "redirect:/inspections/" + id;
        }, () -> violationPage(form, id, null, model));
    }

    @GetMapping("/violations/{id}/edit")
    @PreAuthorize("@oversightAccess.canRecordViolation(#id)")
    String editViolation(@PathVariable Long id, Model model) {
        Violation v = inspections.violation(id);
        OversightForms.ViolationForm form = new OversightForms.ViolationForm();
        form.setVersion(v.version());
        form.setHeadId(v.headId());
        form.setHeadRole(v.headRole());
        form.setDescription(v.description());
        form.setSeverity(v.severity());
        form.setDisciplineForm(v.disciplineForm());
        form.setDisciplineDocumentId(v.disciplineDocumentId());
        form.setDisciplinedOn(v.disciplinedOn());
        return violationPage(form, v.inspectionId(), id, model);
    }

    @PostMapping("/violations/{id}/edit")
    @PreAuthorize("@oversightAccess.canRecordViolation(#id)")
    String updateViolation(@PathVariable Long id, @ModelAttribute("form") OversightForms.ViolationForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        long inspectionId = inspections.violation(id).inspectionId();
        return FormErrors.submit(binding, () -> {
            inspections.updateViolation(id, form.getVersion() == null ? -1 : form.getVersion(), form.data());
            redirect.addFlashAttribute("success", "oversight.violation.saved");
            return "redirect:/inspections/" + inspectionId;
        }, () -> violationPage(form, inspectionId, id, model));
    }

    private String page(OversightForms.InspectionForm form, Long id, Model model) {
        form.padHeads();
        List<Long> chosen = new ArrayList<>(form.getBodies() == null ? List.of() : form.getBodies());
        form.getHeads().forEach(h -> chosen.add(h.getUnitId()));
        model.addAttribute("form", form);
        model.addAttribute("inspectionId", id);
        model.addAttribute("unit", views.unit(form.getUnitId()));
        model.addAttribute("kinds", InspectionKind.values());
        model.addAttribute("modes", InspectionMode.values());
        model.addAttribute("unitOptions", unitOptions.around(form.getUnitId(), chosen));
        model.addAttribute("documents", documents.choices(form.getUnitId()));
        return "oversight/inspection-form";
    }

    private String violationPage(OversightForms.ViolationForm form, long inspectionId, Long violationId,
            Model model) {
        OversightViews.InspectionView inspection = views.inspection(inspectionId);
        model.addAttribute("form", form);
        model.addAttribute("inspection", inspection);
        model.addAttribute("violationId", violationId);
        model.addAttribute("severities", ViolationSeverity.values());
        model.addAttribute("headRoles", org.tiepdan.oversight.HeadRole.values());
        model.addAttribute("partyForms", org.tiepdan.oversight.DisciplineForm.party(true));
        model.addAttribute("stateForms", org.tiepdan.oversight.DisciplineForm.party(false));
        model.addAttribute("documents", documents.choices(inspection.unit().id()));
        return "oversight/violation-form";
    }
}
