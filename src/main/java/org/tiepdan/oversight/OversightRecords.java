package org.tiepdan.oversight;

import java.time.LocalDate;
import java.util.List;

/**
 * Where the records behind Phụ lục 1 and 3 sit, for reports that put each record in the column of
 * the tier of the unit holding it, and the handling of petition abuse (Đề cương II.2.3).
 */
public interface OversightRecords {

    /**
     * A record behind a cell: its type (as in {@link ReportCell#recordType()}), id, the unit holding it
     * (an inspection's or event's unit; a head's inspection unit; a body checked is itself), its date
     * (null for a body), what it adds to the cell (1, or an event's participants or materials), and the
     * path of the screen that shows it (null when none does).
     */
    record Held(String recordType, long id, long unitId, LocalDate date, long weight, String path) {
    }

    /** The records of a cell returned by {@link OversightCounts}; their weights add up to its value. */
    List<Held> held(ReportCell cell);

    /** Decisions on people abusing the right to petition, of the unit's subtree, decided in the window. */
    List<Held> petitionAbuse(long unitId, LocalDate from, LocalDate to);
}
