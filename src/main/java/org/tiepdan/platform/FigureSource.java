package org.tiepdan.platform;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one contract between the reports and the modules that own records: a module declares a bean
 * of this type and answers its cells, each a count with the records behind it, for a unit's subtree
 * and an inclusive window. The report module collects every such bean and finds a cell by the
 * source's {@link #name()} and the cell's code; it knows no module's own types, so a new cell is one
 * predicate in the module that owns its records (and one line in the report definition that shows it).
 *
 * <p>Why one contract: the count and the drill-down of a cell must come from the same predicate, or
 * a figure and the list under it could disagree; the module that owns the records is the only place
 * that can write that predicate, and the reports must not learn each module's shape to ask for it.
 * Counts that must never list their records (the sealed protection measures of the identity module)
 * are not cells and stay outside this contract.
 */
public interface FigureSource {

    /**
     * What a cell is asked for: the unit, its subtree resolved once by the caller (the unit, the units
     * under it and the units merged into any of those, {@code OrgUnitHierarchy.subtreeWithPredecessors}),
     * an inclusive window, and a topic tag (null: any) that only sources whose records carry a topic read.
     */
    record Query(long unitId, List<Long> units, LocalDate from, LocalDate to, String topic) {

        public Query {
            units = List.copyOf(units);
        }
    }

    /**
     * One record behind a cell: its type ({@code ReceptionSession}, {@code PetitionCase},
     * {@code Inspection}, ...), id, the unit holding it (reports put it in the column of that unit's
     * tier), its date (null when it has none, e.g. a body checked), what it adds to the cell (1, or a
     * headcount, a number of participants), and the path of the screen that shows it (null: none does).
     */
    record Counted(String type, long id, long unitId, LocalDate date, long weight, String path) {
    }

    /** The name cells refer to this source by: the owning module's name ({@code reception}, ...); unique. */
    String name();

    /**
     * The codes of the cells this source answers for the query, in the order reports show them: its
     * fixed cells, and those that exist only when records do (one per document type present).
     */
    List<String> codes(Query q);

    /**
     * The records behind the cell {@code code}, ordered by id: the cell's value is the sum of their
     * weights. A code the source does not know is a NOT_FOUND {@link DomainException} or no records,
     * as the source documents.
     */
    List<Counted> records(String code, Query q);

    /**
     * The records behind several cells at once, each code's as {@link #records} lists them. By default one
     * call per code; a source whose records are many overrides it to read them in one statement (one pass
     * over its table instead of one per code): the reports' cross-checks ask several codes of a source.
     */
    default Map<String, List<Counted>> records(Collection<String> codes, Query q) {
        Map<String, List<Counted>> records = new LinkedHashMap<>();
        for (String code : codes) {
            records.put(code, records(code, q));
        }
        return records;
    }

    /**
     * For each code, the sum of the weights of {@link #records} per unit holding them (a unit with no
     * record is absent). By default computed from {@link #records}; a source with many records
     * overrides it to count in the database with the same predicates, grouped by unit.
     */
    default Map<String, Map<Long, Long>> totals(Collection<String> codes, Query q) {
        Map<String, Map<Long, Long>> totals = new LinkedHashMap<>();
        for (String code : codes) {
            Map<Long, Long> byUnit = new LinkedHashMap<>();
            records(code, q).forEach(r -> byUnit.merge(r.unitId(), r.weight(), Long::sum));
            totals.put(code, byUnit);
        }
        return totals;
    }

    /** {@link #totals} of some codes and {@link #totalsByMonth} of some, as one answer. */
    record Totals(Map<String, Map<Long, Long>> byUnit, Map<String, Map<YearMonth, Long>> byMonth) {
    }

    /**
     * {@link #totals} of {@code codes} and {@link #totalsByMonth} of {@code monthCodes} at once: what a
     * report page shows (its table, and the chart by month of its headline cells). By default the two calls;
     * a source may override it to count both in one pass ({@code group by grouping sets}) when building its
     * records costs more than counting them (the reception module's sessions of the subtree). Measure first:
     * PostgreSQL counts grouping sets on one worker only, so for a table read on parallel workers two
     * statements are faster (the petition module's cases, issue 22).
     */
    default Totals totalsWithMonths(Collection<String> codes, Collection<String> monthCodes, Query q) {
        return new Totals(totals(codes, q), monthCodes.isEmpty() ? new LinkedHashMap<>() : totalsByMonth(monthCodes, q));
    }

    /**
     * For each code, the sum of the weights of {@link #records} per month of their dates (a record
     * without a date is left out; a month without records is absent): what a report's chart by month
     * shows. By default computed from {@link #records}; a source with many records overrides it to
     * count in the database with the same predicates, grouped by month, because listing a province's
     * ten years of records to draw a chart took seconds.
     */
    default Map<String, Map<YearMonth, Long>> totalsByMonth(Collection<String> codes, Query q) {
        Map<String, Map<YearMonth, Long>> totals = new LinkedHashMap<>();
        for (String code : codes) {
            Map<YearMonth, Long> byMonth = new LinkedHashMap<>();
            records(code, q).stream().filter(r -> r.date() != null)
                    .forEach(r -> byMonth.merge(YearMonth.from(r.date()), r.weight(), Long::sum));
            totals.put(code, byMonth);
        }
        return totals;
    }
}
