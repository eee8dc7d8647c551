package org.tiepdan.petition;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Figures about cases for the reports module (Phụ lục 2 rows 6–9, outline II.2.2). Every figure is
 * computed for the cases held by a unit or any unit under it (with merged predecessors) whose first
 * petition was received in the window, with the list of cases behind it; one predicate per figure.
 */
public interface PetitionFigures {

    /** Stable codes, as in the appendix: {@code 6.handled}, {@code 6.pending}, {@code 7.settled}, ... */
    List<String> CODES = List.of("6.handled", "6.pending", "7.settled", "7.reopened", "7.open", "8.directed",
            "8.mass", "8.incited", "9.guided");

    /** A case behind a figure, with the unit holding it (reports place it in the column of the unit's tier). */
    record CaseRef(long caseId, long unitId) {
    }

    /** One cell: its code and the cases behind it. */
    record Figure(String code, List<CaseRef> cases) {
        public int count() {
            return cases.size();
        }
    }

    /** The share of cases settled within the legal time limit among the cases settled by {@code to}. */
    record OnTimeShare(List<CaseRef> settled, List<CaseRef> onTime) {
        /** Percentage rounded to one decimal, or null when nothing was settled. */
        public Double percent() {
            return settled.isEmpty() ? null : Math.round(1000.0 * onTime.size() / settled.size()) / 10.0;
        }
    }

    /** Every figure of {@link #CODES}, in that order. */
    List<Figure> appendix2(long unitId, LocalDate from, LocalDate to);

    Figure figure(String code, long unitId, LocalDate from, LocalDate to);

    OnTimeShare onTimeShare(long unitId, LocalDate from, LocalDate to);

    /**
     * A record behind a figure of {@link #rows}: a case ({@code PetitionCase}) or a petition
     * ({@code Petition}), the unit holding it, and the day it was received.
     */
    record Counted(String recordType, long id, long unitId, LocalDate date) {
    }

    /**
     * Every code {@link #rows} knows: {@link #CODES}; cases {@code cases}, {@code settled},
     * {@code settled.on_time}, {@code settled.late}, {@code open}; petitions {@code petitions},
     * {@code petitions.channel.<CHANNEL>}, {@code petitions.kind.<KIND>} (and {@code .none}),
     * {@code petitions.competence.<COMPETENCE>} (and {@code .none}), {@code decisions.complaint},
     * {@code decisions.denunciation}, {@code outcomes.<OUTCOME>}, {@code overdue}; and the cross-checks
     * {@code check.uncounted} (cases in none of rows 7, 8, 9), {@code check.dates},
     * {@code check.settled_without_document}, {@code check.missed_without_extension}. Same window rule:
     * received in [from, to], evaluated at {@code to}.
     */
    List<String> codes();

    /** The records behind a figure, by id; the figure is their number. */
    List<Counted> rows(String code, long unitId, LocalDate from, LocalDate to);

    /** For each code, the number of {@link #rows} per unit holding them, counted in the database by the same predicate. */
    Map<String, Map<Long, Long>> countsByUnit(Collection<String> codes, long unitId, LocalDate from, LocalDate to);
}
