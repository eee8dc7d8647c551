package org.tiepdan.oversight.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.tiepdan.document.IssuedDocumentView;
import org.tiepdan.document.IssuedDocuments;
import org.tiepdan.org.OrgUnitHierarchy;
import org.tiepdan.platform.DomainException;

/**
 * The documents of the issued-documents register an oversight record may point to: those of its
 * unit's subtree and of the units above it (a decision to inspect a commune may come from the
 * province). Records link to the register; they never hold a number typed by hand.
 */
@Component
class RegisterDocuments {

    private static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2100, 12, 31);

    private final IssuedDocuments documents;
    private final OrgUnitHierarchy hierarchy;

    RegisterDocuments(IssuedDocuments documents, OrgUnitHierarchy hierarchy) {
        this.documents = documents;
        this.hierarchy = hierarchy;
    }

    /** Newest first, for the pickers of the forms. */
    List<IssuedDocumentView> choices(long unitId) {
        return documents.list(reach(unitId), FIRST, LAST, null).stream()
                .sorted(Comparator.comparing(IssuedDocumentView::issuedOn).reversed()
                        .thenComparing(IssuedDocumentView::id, Comparator.reverseOrder()))
                .toList();
    }

    /** The document, when the record of the unit may point to it; otherwise the field is refused. */
    IssuedDocumentView require(long documentId, long unitId, String field) {
        IssuedDocumentView d = documents.find(documentId)
                .orElseThrow(() -> DomainException.invalid("oversight-document-unknown", field));
        if (!reach(unitId).contains(d.unitId())) {
            throw DomainException.invalid("oversight-document-unknown", field);
        }
        return d;
    }

    private Set<Long> reach(long unitId) {
        Set<Long> units = new LinkedHashSet<>(hierarchy.subtreeWithPredecessors(unitId));
        units.addAll(hierarchy.ancestorsOrSelf(unitId));
        return units;
    }
}
