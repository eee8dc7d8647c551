package org.tiepdan.document;

import java.time.LocalDate;
import java.util.Set;

/** A document of the register, as other modules see it. */
public record IssuedDocumentView(long id, long unitId, String numberSymbol, String typeCode, IssuerKind issuerKind,
        String issuerName, String summary, LocalDate issuedOn, String signer, Set<String> topics, boolean hasFile) {
}
