package org.tiepdan.document.internal;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.tiepdan.platform.DomainException;

/**
 * JSON API of the document types and their flag "để lãnh đạo, chỉ đạo" (which types Phụ lục 1 counts);
 * an installation-wide ADMIN edits it. Bad input answers problem details with the field.
 */
@RestController
class DocumentTypeApiController {

    /** The body: the flag to set. */
    record LeadershipRequest(Boolean leadership) {
    }

    private final DocumentTypes types;

    DocumentTypeApiController(DocumentTypes types) {
        this.types = types;
    }

    @GetMapping("/api/v1/documents/types")
    @PreAuthorize("@access.hasRoleAt('ADMIN', null)")
    List<DocumentTypes.DocumentType> list() {
        return types.all();
    }

    @PutMapping("/api/v1/documents/types/{code}")
    @PreAuthorize("@access.hasRoleAt('ADMIN', null)")
    DocumentTypes.DocumentType update(@PathVariable String code, @RequestBody LeadershipRequest request) {
        if (request == null || request.leadership() == null) {
            throw DomainException.invalid("document-type-leadership-required", "leadership");
        }
        return types.setLeadership(code, request.leadership());
    }
}
