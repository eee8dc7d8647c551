package org.tiepdan.document.internal;

import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The document types and their flag "để lãnh đạo, chỉ đạo" (which types Phụ lục 1 counts): the screen
 * (the API is {@link DocumentTypeApiController}). The catalogue is the installation's, so only an
 * installation-wide ADMIN edits it.
 */
@Controller
class DocumentTypeController {

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
        types.setLeadership(leadership == null ? Set.of() : leadership);
        redirect.addFlashAttribute("success", "document.types.saved");
        return "redirect:/documents/types";
    }
}
