package org.tiepdan.document;

import java.time.LocalDate;
import java.util.Set;

/**
 * Asks the register for the next number of a type at a unit, e.g. a conclusion notice (TB) of a
 * dialogue or an inspection decision (QĐ). The number is assigned by the system.
 */
public record IssueCommand(long unitId, String typeCode, String summary, LocalDate issuedOn, String signer,
        Set<String> topics) {

    public IssueCommand {
        topics = topics == null ? Set.of() : Set.copyOf(topics);
    }
}
