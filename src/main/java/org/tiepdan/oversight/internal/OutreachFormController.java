package org.tiepdan.oversight.internal;

import java.util.ArrayList;

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
import org.tiepdan.oversight.OutreachKind;
import org.tiepdan.platform.FormErrors;

/** Forms to record and correct a conference, training or dissemination event. */
@Controller
class OutreachFormController {

    private final OutreachService outreach;
    private final OversightViews views;
    private final RegisterDocuments documents;
    private final MessageSource messages;

    OutreachFormController(OutreachService outreach, OversightViews views, RegisterDocuments documents,
            MessageSource messages) {
        this.messages = messages;
        this.outreach = outreach;
        this.views = views;
        this.documents = documents;
    }

    @GetMapping("/outreach/new")
    @PreAuthorize("@oversightAccess.canWriteOutreach(#unit)")
    String newForm(@RequestParam Long unit, Model model) {
        OversightForms.OutreachForm form = new OversightForms.OutreachForm();
        form.setUnitId(unit);
        // Most records of these screens concern Regulation 11; the topic is the register's tag.
        form.setTopic(messages.getMessage("oversight.default-topic", null, java.util.Locale.forLanguageTag("vi")));
        return page(form, null, model);
    }

    @PostMapping("/outreach/new")
    @PreAuthorize("@oversightAccess.canWriteOutreach(#form.unitId)")
    String create(@ModelAttribute("form") OversightForms.OutreachForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(binding, () -> {
            outreach.record(form.getUnitId(), form.data());
            redirect.addFlashAttribute("success", "oversight.outreach.saved");
            return "redirect:/outreach?unit=" + form.getUnitId();
        }, () -> page(form, null, model));
    }

    @GetMapping("/outreach/{id}/edit")
    @PreAuthorize("@oversightAccess.canWriteOutreachEvent(#id)")
    String editForm(@PathVariable Long id, Model model) {
        OutreachEvent e = outreach.find(id);
        OversightForms.OutreachForm form = new OversightForms.OutreachForm();
        form.setUnitId(e.unitId());
        form.setVersion(e.version());
        form.setKind(e.kind());
        form.setHeldOn(e.heldOn());
        form.setTitle(e.title());
        form.setTopic(e.topic());
        form.setParticipants(e.participants());
        form.setMaterials(e.materials());
        form.setDocumentIds(new ArrayList<>(e.documentIds()));
        return page(form, id, model);
    }

    @PostMapping("/outreach/{id}/edit")
    @PreAuthorize("@oversightAccess.canWriteOutreachEvent(#id)")
    String update(@PathVariable Long id, @ModelAttribute("form") OversightForms.OutreachForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        form.setUnitId(outreach.find(id).unitId());
        return FormErrors.submit(binding, () -> {
            outreach.update(id, form.getVersion() == null ? -1 : form.getVersion(), form.data());
            redirect.addFlashAttribute("success", "oversight.outreach.saved");
            return "redirect:/outreach?unit=" + form.getUnitId();
        }, () -> page(form, id, model));
    }

    private String page(OversightForms.OutreachForm form, Long id, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("eventId", id);
        model.addAttribute("unit", views.unit(form.getUnitId()));
        model.addAttribute("kinds", OutreachKind.values());
        model.addAttribute("documents", documents.choices(form.getUnitId()));
        return "oversight/outreach-form";
    }
}
