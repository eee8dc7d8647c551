package org.tiepdan.document;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The issued-documents register, for other modules. Every change is audited in its transaction.
 */
public interface IssuedDocuments {

    /** Issues the next number of the type at the unit (collision-free) and records the document. */
    IssuedDocumentView issue(IssueCommand command);

    /**
     * Records a document that already has its number, after the register's rules (real date,
     * well-formed number matching the type, number unused in its period, summary consistent with
     * the date). A broken rule throws {@link org.tiepdan.platform.DomainException} naming the field.
     */
    IssuedDocumentView register(DocumentEntry entry);

    Optional<IssuedDocumentView> find(long id);

    /** Documents of the units issued in the window (inclusive), optionally on a topic (null: any), in date order. */
    List<IssuedDocumentView> list(Collection<Long> unitIds, LocalDate from, LocalDate to, String topic);

    /**
     * The number of a document of the type the unit has not issued yet, with spaces where the number
     * will be written (the draft of a plan shows "Số:      /KH-UBND"): the unit's symbol and form.
     */
    String blankNumber(long unitId, String typeCode);
}
