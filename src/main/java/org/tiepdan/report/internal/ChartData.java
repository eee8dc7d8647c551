package org.tiepdan.report.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The data of the two charts of a report page: the headline figures by month (the records behind
 * them counted by the month of their dates, in the database: {@code FigureSource.totalsByMonth}) and
 * by unit directly under the chosen one (from the totals per unit). Both come from the figures the
 * page itself just evaluated ({@link PageFigures}): the chart by unit reads their totals per unit and
 * the subtree they were counted over, so only the count by month is asked of the sources.
 */
@Component
class ChartData {

    private static final Map<String, List<String>> HEADLINES = Map.of(
            ReportDefinitions.APPENDIX_1, List.of("events", "documents"),
            ReportDefinitions.APPENDIX_2, List.of("1.periodic", "1.adhoc", "2.periodic", "2.adhoc", "7.settled", "7.open"),
            ReportDefinitions.APPENDIX_3, List.of("1.planned", "1.adhoc"),
            ReportDefinitions.PERIODIC, List.of("visits.periodic", "visits.adhoc", "visits.regular", "petitions", "cases"));
    private static final int MAX_MONTHS = 120;
    private static final int MAX_UNITS = 15;

    /** The headline cells of a report's charts (none: no chart by month). */
    static List<String> headline(String code) {
        return HEADLINES.getOrDefault(code, List.of());
    }

    private final ReportEngine engine;
    private final PageFigures page;

    ChartData(ReportEngine engine, PageFigures page) {
        this.engine = engine;
        this.page = page;
    }

    Map<String, Object> charts(String code, long unitId, ReportWindow w, String topic) {
        List<String> headline = HEADLINES.getOrDefault(code, List.of());
        ReportEngine.Counted shown = page.recent(code, unitId, w, topic);
        Evaluated r = shown.report();
        List<String> cells = headline.stream().filter(c -> r.row(c) != null && r.row(c).available()).toList();

        List<String> months = new ArrayList<>();
        YearMonth first = YearMonth.from(w.from());
        YearMonth last = YearMonth.from(w.to());
        for (YearMonth m = first; !m.isAfter(last) && months.size() < MAX_MONTHS; m = m.plusMonths(1)) {
            months.add(m.toString());
        }
        List<Map<String, Object>> byMonth = new ArrayList<>();
        // Counted with the page's figures when the page asked for them (PageFigures), else counted now.
        Map<String, Map<YearMonth, Long>> counted = shown.byMonth().keySet().containsAll(cells) ? shown.byMonth()
                : engine.byMonth(shown, cells);
        for (String cell : cells) {
            Map<String, Long> perMonth = new LinkedHashMap<>();
            months.forEach(m -> perMonth.put(m, 0L));
            counted.getOrDefault(cell, Map.of())
                    .forEach((month, n) -> perMonth.computeIfPresent(month.toString(), (k, v) -> v + n));
            byMonth.add(Map.of("label", r.row(cell).groupLabel() + " — " + r.row(cell).label(),
                    "data", List.copyOf(perMonth.values())));
        }

        UnitDirectory dir = shown.units();
        Map<Long, Map<String, Long>> branches = new LinkedHashMap<>();
        for (String cell : cells) {
            r.perUnit().getOrDefault(cell, Map.of()).forEach((unit, n) -> branches
                    .computeIfAbsent(dir.branch(unit).id(), k -> new LinkedHashMap<>()).merge(cell, n, Long::sum));
        }
        List<Long> top = branches.entrySet().stream()
                .sorted((a, b) -> Long.compare(sum(b.getValue()), sum(a.getValue()))).limit(MAX_UNITS)
                .map(Map.Entry::getKey).toList();
        List<Map<String, Object>> byUnit = new ArrayList<>();
        for (String cell : cells) {
            byUnit.add(Map.of("label", r.row(cell).groupLabel() + " — " + r.row(cell).label(),
                    "data", top.stream().map(u -> branches.get(u).getOrDefault(cell, 0L)).toList()));
        }
        return Map.of("months", months, "byMonth", byMonth,
                "units", top.stream().map(u -> dir.unit(u).name()).toList(), "byUnit", byUnit);
    }

    private static long sum(Map<String, Long> m) {
        return m.values().stream().mapToLong(Long::longValue).sum();
    }
}
