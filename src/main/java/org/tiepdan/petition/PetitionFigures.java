package org.tiepdan.petition;

import java.time.LocalDate;
import java.util.List;

/**
 * Figures about cases for the reports module (Phụ lục 2 rows 6–9, outline II.2.2). Every figure is
 * computed for the cases held by a unit or any unit under it (with merged predecessors) whose first
 * petition was received in the window, with the list of cases behind it; one predicate per figure.
 * The reports ask the same predicates, with the periodic report's and the cross-checks' own,
 * through the module's {@code platform.FigureSource} named {@code petition} (its codes: see its
 * implementation).
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
}
