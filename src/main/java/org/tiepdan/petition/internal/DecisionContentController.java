package org.tiepdan.petition.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.Getter;
import lombok.Setter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tiepdan.petition.internal.DecisionDocument.Disposition;
import org.tiepdan.petition.internal.DecisionDocument.Part;
import org.tiepdan.platform.DomainException;

/**
 * The decision's legal content as a page of its own, reached from the petition's page: one field
 * per part the law requires, prefilled from the case; the decision and the case's working
 * documents as .docx. Only those who may act on the petition (HANDLER or HEAD at its unit or above)
 * see or change any of it: the draft of a decision is not for readers.
 */
@Controller
class DecisionContentController {

    static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    /** The form: the disposition and one text per part, by part name. */
    @Getter
    @Setter
    static class DecisionContentForm {
        private Disposition disposition;
        private Map<String, String> parts = new LinkedHashMap<>();
        private Integer version;

        Map<Part, String> typedParts(DecisionDocument doc) {
            Map<Part, String> typed = new java.util.EnumMap<>(Part.class);
            for (Part p : doc.parts) {
                typed.put(p, parts.get(p.name()));
            }
            return typed;
        }
    }

    private final DecisionContents contents;
    private final DecisionWriter decisions;
    private final CaseDocumentWriter documents;
    private final PetitionService petitions;
    private final PetitionAccess access;

    DecisionContentController(DecisionContents contents, DecisionWriter decisions, CaseDocumentWriter documents,
            PetitionService petitions, PetitionAccess access) {
        this.contents = contents;
        this.decisions = decisions;
        this.documents = documents;
        this.petitions = petitions;
        this.access = access;
    }

    @GetMapping("/petitions/{id}/decision-content")
    @PreAuthorize("@petitionAccess.canHandle(#id)")
    String form(@PathVariable long id, Model model) {
        DecisionContentForm form = new DecisionContentForm();
        if (!hasDecision(petitions.get(id))) {
            // A recommendation or an unclassified petition has no decision: its working documents only.
            return show(id, null, form, model);
        }
        DecisionContents.Content c = contents.of(id);
        form.setDisposition(c.disposition());
        c.document().parts.forEach(p -> form.getParts().put(p.name(), c.part(p)));
        form.setVersion(c.version());
        return show(id, c, form, model);
    }

    @PostMapping("/petitions/{id}/decision-content")
    @PreAuthorize("@petitionAccess.canHandle(#id)")
    String save(@PathVariable long id, @ModelAttribute("form") DecisionContentForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        DecisionContents.Content c = contents.of(id);
        if (!binding.hasErrors()) {
            try {
                List<DomainException> errors = contents.save(id, form.getDisposition(), form.typedParts(c.document()),
                        form.getVersion(), access.actorAt(petitions.get(id).unitId()).username());
                if (errors.isEmpty()) {
                    redirect.addFlashAttribute("success", "decision.saved");
                    return "redirect:/petitions/" + id + "/decision-content";
                }
                errors.forEach(e -> binding.rejectValue(e.field(), e.messageKey(), e.args(), e.messageKey()));
            } catch (DomainException e) {
                binding.reject(e.messageKey(), e.args(), e.messageKey());
            }
        }
        return show(id, c, form, model);
    }

    private String show(long id, DecisionContents.Content c, DecisionContentForm form, Model model) {
        Petition p = petitions.get(id);
        model.addAttribute("form", form);
        model.addAttribute("decision", c);
        model.addAttribute("petitionId", id);
        model.addAttribute("registrationNumber", p.registrationNumber());
        model.addAttribute("parts", c == null ? List.of() : c.document().parts.stream().map(Part::name).toList());
        model.addAttribute("dispositions", Disposition.values());
        model.addAttribute("documents", CaseDocument.forPetition(p).stream().map(CaseDocument::urlName).toList());
        return "petition/decision-content";
    }

    static boolean hasDecision(Petition p) {
        return p.kind() == org.tiepdan.petition.PetitionKind.COMPLAINT
                || p.kind() == org.tiepdan.petition.PetitionKind.DENUNCIATION;
    }

    @GetMapping("/petitions/{id}/decision.docx")
    @PreAuthorize("@petitionAccess.canHandle(#id)")
    ResponseEntity<byte[]> decision(@PathVariable long id) {
        Petition p = petitions.get(id);
        DecisionContents.Content c = contents.of(id);
        return docx(decisions.write(p, c), decisions.fileName(p, c));
    }

    @GetMapping("/petitions/{id}/documents/{document}")
    @PreAuthorize("@petitionAccess.canHandle(#id)")
    ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable String document) {
        Petition p = petitions.get(id);
        CaseDocument d = CaseDocument.fromUrl(document);
        return docx(documents.write(p, d), documents.fileName(p, d));
    }

    static ResponseEntity<byte[]> docx(byte[] bytes, String fileName) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                        .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(DOCX).body(bytes);
    }
}
