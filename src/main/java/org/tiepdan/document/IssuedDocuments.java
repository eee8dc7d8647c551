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
     * The codes of the document types counted as issued "để lãnh đạo, chỉ đạo" (Phụ lục 1): a flag per
     * type, data an installation administrator edits (default: QĐ, QĐi, NQ, CT, KH, TB, HD, KL, QC, CTr).
     */
    java.util.Set<String> leadershipTypes();

    /**
     * The documents of {@link #list} whose type is flagged "để lãnh đạo, chỉ đạo" ({@link #leadershipTypes()}):
     * what Phụ lục 1 counts (seed 004 counts 53 of a 57-document register: its 02 BC and 02 GM are not
     * counted). The one definition, for the module's figure source and the oversight screens alike.
     */
    default List<IssuedDocumentView> leadershipDocuments(Collection<Long> unitIds, LocalDate from, LocalDate to,
            String topic) {
        java.util.Set<String> leadership = leadershipTypes();
        return list(unitIds, from, to, topic).stream().filter(d -> leadership.contains(d.typeCode())).toList();
    }

    /**
     * Documents of the units issued in the window (optionally on a topic) whose number another of them
     * uses again: the same unit, type and sequence number inside one numbering period (a Party
     * committee's term, or a calendar year). The same number in two periods is two numbers
     * ({@code 04-KH/ĐU} of 2019 and of 2023 under the 2015–2020 and 2020–2025 terms), not a reuse.
     */
    List<IssuedDocumentView> numbersReused(Collection<Long> unitIds, LocalDate from, LocalDate to, String topic);

    /**
     * The number of a document of the type the unit has not issued yet, with spaces where the number
     * will be written (the draft of a plan shows "Số:      /KH-UBND"): the unit's symbol and form.
     */
    String blankNumber(long unitId, String typeCode);
}
