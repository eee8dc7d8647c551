package org.tiepdan.plan.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.tiepdan.document.IssuedDocuments;
import org.tiepdan.plan.PlanLinkKind;
import org.tiepdan.plan.PlanLinkTarget;
import org.tiepdan.platform.Dates;

/** A task fulfilled by a document of the register (a notice, a report sent up). */
@Component
class DocumentLinkTarget implements PlanLinkTarget {

    private final IssuedDocuments documents;

    private final PlanTexts texts;

    DocumentLinkTarget(IssuedDocuments documents, PlanTexts texts) {
        this.documents = documents;
        this.texts = texts;
    }

    @Override
    public PlanLinkKind kind() {
        return PlanLinkKind.ISSUED_DOCUMENT;
    }

    @Override
    public Optional<String> label(long id) {
        return documents.find(id).map(d -> texts.get("plan.link.document-label", d.numberSymbol(),
                Dates.format(d.issuedOn()), d.summary()));
    }

    @Override
    public Optional<Long> unitOf(long id) {
        return documents.find(id).map(d -> d.unitId());
    }

    @Override
    public String href(long id) {
        return "/documents/" + id;
    }
}
