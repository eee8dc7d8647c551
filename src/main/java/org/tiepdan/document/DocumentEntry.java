package org.tiepdan.document;

import java.util.Set;

/**
 * A document entered by hand with the number it already carries. The date is the text typed
 * (dd/MM/yyyy) so that an impossible date is refused with its own message.
 */
public record DocumentEntry(long unitId, String numberSymbol, String typeCode, IssuerKind issuerKind,
        String issuerName, String summary, String issuedOn, String signer, Set<String> topics) {

    public DocumentEntry {
        topics = topics == null ? Set.of() : Set.copyOf(topics);
    }
}
