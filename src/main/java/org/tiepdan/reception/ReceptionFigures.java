package org.tiepdan.reception;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Figures of Phụ lục 2 rows 1–5 for a unit with its subtree (and merged predecessors) and an
 * inclusive window. A session belongs to the subtree when its unit or the unit of one of its head
 * hosts is in it; "hosted by a head" means a host in capacity HEAD (not a deputy, not staff).
 * Each figure comes from one SQL predicate that yields both the count and the ids.
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

    /**
     * Codes of {@link #rows}: the Phụ lục 2 rows ({@code 1.periodic}, {@code 1.adhoc},
     * {@code 2.periodic}, {@code 2.adhoc}, {@code 3}, {@code 4}, {@code 5}: the same predicates as the
     * methods above), the periodic report's figures over every session of the subtree whoever hosted
     * it ({@code sessions.*}, {@code visits.*} non-refused visits, {@code people} their headcount,
     * {@code delegations}), the published schedules, and the cross-checks ({@code sessions.not_head_hosted}
     * periodic or ad hoc sessions no head hosted in person, {@code check.hostless} sessions without the
     * host their kind needs, {@code check.dates} sessions in the future, outside their unit's life, or
     * with a visit dated another day).
     */
    List<String> CODES = List.of("1.periodic", "1.adhoc", "2.periodic", "2.adhoc", "3", "4", "5",
            "sessions.periodic", "sessions.adhoc", "sessions.regular", "visits.periodic", "visits.adhoc",
            "visits.regular", "people", "delegations", "schedules.published", "sessions.not_head_hosted",
            "check.hostless", "check.dates");

    /**
     * A record behind a figure: its type ({@code ReceptionSession}, {@code ReceptionVisit},
     * {@code ReceptionSchedule}), the unit holding it, its date, and what it adds to the figure (1, or
     * the headcount for people received).
     */
    record Counted(String recordType, long id, long unitId, LocalDate date, long weight) {
    }

    /** The records behind the figure {@code code} (one of {@link #CODES}), by id. */
    List<Counted> rows(String code, long unitId, LocalDate from, LocalDate to);

    /**
     * For each code, the sum of the weights of {@link #rows} per unit holding them, computed in the
     * database from the same query (grouped), for reports over many records.
     */
    Map<String, Map<Long, Long>> totalsByUnit(Collection<String> codes, long unitId, LocalDate from, LocalDate to);
}
