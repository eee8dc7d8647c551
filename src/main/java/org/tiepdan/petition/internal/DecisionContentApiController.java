package org.tiepdan.petition.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tiepdan.petition.internal.DecisionDocument.Disposition;
import org.tiepdan.petition.internal.DecisionDocument.Part;
import org.tiepdan.platform.DomainException;

/**
 * The decision's legal content over JSON: {@code GET} gives the stored content or the prefill
 * ({@code saved: false}, {@code version: -1}), {@code PUT} replaces every part at once. A missing
 * part answers 400 {@code decision-part-required} with the field {@code parts[PART]}; a decision
 * already issued 409 {@code decision-content-issued}; another user's newer save 409 {@code stale-edit}.
 */
@RestController
@RequestMapping("/api/v1/petitions/{id}/decision-content")
class DecisionContentApiController {

    /** Parts in the law's order, by name. */
    record ContentResponse(long petitionId, String document, List<String> partOrder, Map<String, String> parts,
            Disposition disposition, boolean saved, boolean issued, int version, String updatedBy,
            Instant updatedAt) {

        static ContentResponse of(DecisionContents.Content c) {
            Map<String, String> parts = new LinkedHashMap<>();
            c.document().parts.forEach(p -> parts.put(p.name(), c.part(p)));
            return new ContentResponse(c.petitionId(), c.document().name(),
                    c.document().parts.stream().map(Part::name).toList(), parts, c.disposition(), c.saved(),
                    c.issued(), c.version(), c.updatedBy(), c.updatedAt());
        }
    }

    record ContentRequest(Disposition disposition, Map<String, String> parts, Integer version) {
    }

    private final DecisionContents contents;
    private final PetitionService petitions;
    private final PetitionAccess access;

    DecisionContentApiController(DecisionContents contents, PetitionService petitions, PetitionAccess access) {
        this.contents = contents;
        this.petitions = petitions;
        this.access = access;
    }

    @GetMapping
    @PreAuthorize("@petitionAccess.canHandle(#id)")
    ContentResponse get(@PathVariable long id) {
        return ContentResponse.of(contents.of(id));
    }

    @PutMapping
    @PreAuthorize("@petitionAccess.canHandle(#id)")
    ContentResponse put(@PathVariable long id, @Valid @RequestBody ContentRequest body) {
        DecisionDocument doc = contents.of(id).document();
        Map<Part, String> parts = new java.util.EnumMap<>(Part.class);
        for (Part p : doc.parts) {
            parts.put(p, body.parts() == null ? null : body.parts().get(p.name()));
        }
        List<DomainException> errors = contents.save(id, body.disposition(), parts, body.version(),
                access.actorAt(petitions.get(id).unitId()).username());
        if (!errors.isEmpty()) {
            throw errors.get(0);
        }
        return ContentResponse.of(contents.of(id));
    }
}
