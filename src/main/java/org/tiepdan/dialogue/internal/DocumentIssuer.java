package org.tiepdan.dialogue.internal;

import java.time.LocalDate;

/**
 * Numbers a dialogue document in the issued-documents register. The aggregate calls it after its own
 * checks passed, so that a refused step consumes no number.
 */
@FunctionalInterface
interface DocumentIssuer {

    DocumentRef issue(DocumentKind kind, LocalDate on, String signer);
}
