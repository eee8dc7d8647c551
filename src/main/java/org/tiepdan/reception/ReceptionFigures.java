package org.tiepdan.reception;

import java.time.LocalDate;

/**
 * Figures of Phụ lục 2 rows 1–5 for a unit with its subtree (and merged predecessors) and an
 * inclusive window. A session belongs to the subtree when its unit or the unit of one of its head
 * hosts is in it; "hosted by a head" means a host in capacity HEAD (not a deputy, not staff).
 * Each figure comes from one SQL predicate that yields both the count and the ids. The reports ask
 * the same predicates, with the periodic report's and the cross-checks' own, through the module's
 * {@code platform.FigureSource} named {@code reception} (its codes: see its implementation).
 */
public interface ReceptionFigures {

    /** Row 1: sessions of that kind (PERIODIC or AD_HOC) hosted by a head. Ids of sessions. */
    ReceptionFigure sessions(long unitId, LocalDate from, LocalDate to, SessionKind kind);

    /** Row 2: people received in those sessions; a delegation counts its headcount. Ids of visits. */
    ReceptionFigure peopleReceived(long unitId, LocalDate from, LocalDate to, SessionKind kind);

    /** Row 3: delegations received in head-hosted sessions (PERIODIC and AD_HOC). Ids of visits. */
    ReceptionFigure delegations(long unitId, LocalDate from, LocalDate to);

    /**
     * Row 4: distinct complex or prolonged matters raised in head-hosted sessions. A matter is
     * identified by the first visit about it ({@code matter_of_visit_id}, else the visit itself);
     * ids are those first visits.
     */
    ReceptionFigure complexOrProlongedMatters(long unitId, LocalDate from, LocalDate to);

    /** Row 5: distinct matters refused in sessions hosted by a head, each by its first refused visit in the window. */
    ReceptionFigure refusedVisits(long unitId, LocalDate from, LocalDate to);
}
