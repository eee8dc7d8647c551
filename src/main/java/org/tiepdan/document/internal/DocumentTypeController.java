package org.tiepdan.document.internal;

import java.util.List;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tiepdan.platform.DomainException;

/**
 * The document types and their flag "để lãnh đạo, chỉ đạo" (which types Phụ lục 1 counts): a screen
 * and the API. The catalogue is the installation's, so only an installation-wide ADMIN edits it.
 */
@Controller
class DocumentTypeController {

    /** The API's body: the flag to set. */
    record LeadershipRequest(Boolean leadership) {
    }

    private final DocumentTypes types;

    DocumentTypeController(DocumentTypes types) {
        this.types = types;
    }

    @GetMapping("/documents/types")
    @PreAuthorize("@access.hasRoleAt('ADMIN', null)")
    String page(Model model) {
        model.addAttribute("types", types.all());
        return "documents/types";
    }

    /** Saves the flags of every type at once: the checked codes are flagged, the others not. */
    @PostMapping("/documents/types")
    @PreAuthorize("@access.hasRoleAt('ADMIN', null)")
    String save(@RequestParam(name = "leadership", required = false) Set<String> leadership,
            RedirectAttributes redirect) {
        Set<String> flagged = leadership == null ? Set.of() : leadership;
        for (DocumentTypes.DocumentType t : types.all()) {
            types.setLeadership(t.code(), flagged.contains(t.code()));
        }
        redirect.addFlashAttribute("success", "document.types.saved");
        return "redirect:/documents/types";
    }

    @GetMapping("/api/v1/documents/types")
    @PreAuthorize("@access.hasRoleAt('ADMIN', null)")
    @ResponseBody
    List<DocumentTypes.DocumentType> list() {
        return types.all();
    }

    @PutMapping("/api/v1/documents/types/{code}")
    @PreAuthorize("@access.hasRoleAt('ADMIN', null)")
    @ResponseBody
    DocumentTypes.DocumentType update(@PathVariable String code, @RequestBody LeadershipRequest request) {
        if (request == null || request.leadership() == null) {
            throw DomainException.invalid("document-type-leadership-required", "leadership");
        }
        return types.setLeadership(code, request.leadership());
    }
}
