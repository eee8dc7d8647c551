package org.tiepdan.report.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.org.AdminTier;
import org.tiepdan.org.OrgUnitHierarchy;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.platform.CustomPlans;
import org.tiepdan.platform.DomainException;
import org.tiepdan.platform.FigureSource;

/**
 * Computes a statistical report: asks each figure source (the module owning the records) once for
 * the totals per unit of all its cells, puts every unit's total in the column of its tier, and adds the cross-checks. The
 * drill-down lists the records of one cell and column with the same figure.
 */
@Component
@Transactional(readOnly = true)
class ReportEngine {

    private final FigureRegistry sources;
    private final OrgUnits units;
    private final OrgUnitHierarchy hierarchy;
    private final Texts texts;
    private final CrossChecks checks;
    private final JdbcClient jdbc;

    ReportEngine(FigureRegistry sources, OrgUnits units, OrgUnitHierarchy hierarchy, Texts texts, CrossChecks checks,
            JdbcClient jdbc) {
        this.sources = sources;
        this.units = units;
        this.hierarchy = hierarchy;
        this.texts = texts;
        this.checks = checks;
        this.jdbc = jdbc;
    }

    /** The unit's subtree with its tiers: one statement (the root is in it; an unknown unit is NOT_FOUND). */
    UnitDirectory directory(long unitId) {
        List<OrgUnitView> subtree = hierarchy.subtreeUnitsWithPredecessors(unitId);
        OrgUnitView root = subtree.stream().filter(u -> u.id() == unitId).findFirst().orElseGet(() -> units.get(unitId));
        return new UnitDirectory(root, subtree, units);
    }

    /** A report's definition before its query is known (Phụ lục 1 without its rows per document type). */
    private static ReportDef base(String code) {
        return ReportDefinitions.APPENDIX_1.equals(code) ? ReportDefinitions.appendix1(List.of())
                : ReportDefinitions.statistical(code);
    }

    /** The topic a report filters on: the one asked for, else the report's own ("" asks for any). */
    static String topic(ReportDef def, String asked) {
        if (asked == null) {
            return def.defaultTopic();
        }
        return asked.isBlank() ? null : asked.strip();
    }

    ReportDef definition(String code, FigureSource.Query q) {
        if (ReportDefinitions.APPENDIX_1.equals(code)) {
            // One row per document type present: the source names those cells for the query.
            List<String> types = sources.codes(FigureRegistry.DOCUMENT, q).stream()
                    .filter(c -> c.startsWith("documents.")).map(c -> c.substring("documents.".length())).toList();
            return ReportDefinitions.appendix1(types);
        }
        return ReportDefinitions.statistical(code);
    }

    Evaluated evaluate(String code, long unitId, ReportWindow window, String askedTopic) {
        return evaluate(code, unitId, window, askedTopic, true);
    }

    /**
     * The cross-checks of a report alone, as {@link #evaluate} finds them, without counting its cells: the
     * report page asks for them after its figures, which it already has.
     */
    List<Finding> findings(String code, long unitId, ReportWindow window, String askedTopic) {
        CustomPlans.forThisTransaction(jdbc);
        OptionalLong at = checks.recordsVersion(); // before the subtree: the findings depend on it too
        UnitDirectory dir = directory(unitId);
        return checks.findings(new FigureSource.Query(unitId, dir.ids(), window.from(), window.to(),
                topic(base(code), askedTopic)), dir, at);
    }

    /**
     * The report, its statements planned for their own values (issue 22: a subtree of 10 k units and a window of
     * ten years; a province's figures took 3.2 s instead of 1.1 s once PostgreSQL planned them generically, and its
     * findings 7.7–8.7 s instead of 5–6.8 s, bench/README.md). So are the findings, the page's figures and a
     * cell's records.
     */
    Evaluated evaluate(String code, long unitId, ReportWindow window, String askedTopic, boolean withFindings) {
        CustomPlans.forThisTransaction(jdbc);
        // The records' version before the subtree, which the findings depend on too (RecordsVersion).
        OptionalLong at = withFindings ? checks.recordsVersion() : OptionalLong.empty();
        return evaluate(code, directory(unitId), window, askedTopic, withFindings, at);
    }

    /**
     * A report's figures (without the cross-checks) with the subtree they were counted over: the report
     * page keeps both for its charts ({@link PageFigures}), which then need neither the figures nor the
     * subtree again.
     */
    Counted evaluateWithUnits(String code, long unitId, ReportWindow window, String askedTopic) {
        return evaluateWithUnits(code, unitId, window, askedTopic, List.of());
    }

    /**
     * The same, with the totals per month of the cells {@code monthCells} counted in the same pass as the
     * figures (the page's chart by month; cells the report does not have are left out).
     */
    Counted evaluateWithUnits(String code, long unitId, ReportWindow window, String askedTopic,
            Collection<String> monthCells) {
        CustomPlans.forThisTransaction(jdbc);
        UnitDirectory dir = directory(unitId);
        Map<String, Map<YearMonth, Long>> byMonth = new LinkedHashMap<>();
        Evaluated r = evaluate(code, dir, window, askedTopic, false, OptionalLong.empty(), monthCells, byMonth);
        return new Counted(r, dir, byMonth);
    }

    /**
     * A report's figures, the units they were counted over (their tiers, names and branches), and the
     * totals per month of the cells asked for with them (none: empty).
     */
    record Counted(Evaluated report, UnitDirectory units, Map<String, Map<YearMonth, Long>> byMonth) {
    }

    private Evaluated evaluate(String code, UnitDirectory dir, ReportWindow window, String askedTopic,
            boolean withFindings, OptionalLong at) {
        return evaluate(code, dir, window, askedTopic, withFindings, at, List.of(), new LinkedHashMap<>());
    }

    private Evaluated evaluate(String code, UnitDirectory dir, ReportWindow window, String askedTopic,
            boolean withFindings, OptionalLong at, Collection<String> monthCells,
            Map<String, Map<YearMonth, Long>> byMonth) {
        long unitId = dir.root().id();
        ReportDef base = base(code);
        String topic = topic(base, askedTopic);
        // The subtree read once, for the figures' query and the tier columns alike.
        FigureSource.Query q = new FigureSource.Query(unitId, dir.ids(), window.from(), window.to(), topic);
        ReportDef def = definition(code, q);

        Map<String, Map<Long, Long>> perUnit = new LinkedHashMap<>();
        Map<String, List<CellDef>> bySource = new LinkedHashMap<>();
        def.cells().forEach(c -> bySource.computeIfAbsent(c.source(), o -> new ArrayList<>()).add(c));
        bySource.forEach((source, cells) -> {
            if (!sources.available(source)) {
                return;
            }
            Set<String> codes = new LinkedHashSet<>();
            cells.forEach(c -> codes.add(c.figure()));
            List<CellDef> monthly = cells.stream().filter(c -> monthCells.contains(c.code())).toList();
            if (monthly.isEmpty()) {
                Map<String, Map<Long, Long>> totals = sources.totals(source, codes, q);
                cells.forEach(c -> perUnit.put(c.code(), totals.getOrDefault(c.figure(), Map.of())));
                return;
            }
            Set<String> monthCodes = new LinkedHashSet<>();
            monthly.forEach(c -> monthCodes.add(c.figure()));
            FigureSource.Totals both = sources.totalsWithMonths(source, codes, monthCodes, q);
            cells.forEach(c -> perUnit.put(c.code(), both.byUnit().getOrDefault(c.figure(), Map.of())));
            monthly.forEach(c -> byMonth.put(c.code(), both.byMonth().getOrDefault(c.figure(), Map.of())));
        });

        Set<AdminTier> withRecords = EnumSet.noneOf(AdminTier.class);
        perUnit.values().forEach(m -> m.forEach((unit, n) -> {
            if (n != 0) {
                withRecords.add(dir.tier(unit));
            }
        }));
        List<String> columns = dir.columns(window, withRecords);

        List<Evaluated.Row> rows = new ArrayList<>();
        for (CellDef cell : def.cells()) {
            Map<Long, Long> byUnit = perUnit.get(cell.code());
            Map<String, Long> values = null;
            if (byUnit != null) {
                values = new LinkedHashMap<>();
                for (String column : columns) {
                    values.put(column, 0L);
                }
                long total = 0;
                for (var e : byUnit.entrySet()) {
                    values.merge(dir.tier(e.getKey()).name(), e.getValue(), Long::sum);
                    total += e.getValue();
                }
                values.put(UnitDirectory.TOTAL, total);
            }
            rows.add(new Evaluated.Row(cell, cell.group(), groupLabel(def, cell), label(def, cell),
                    definition(def, cell), values));
        }
        List<Finding> findings = withFindings ? checks.findings(q, dir, at) : List.of();
        return new Evaluated(def, unitId, dir.root().name(), window, topic, columns, rows, findings, perUnit);
    }

    /** The records behind one cell in one column (a tier, or TOTAL), by the same figure as the count. */
    List<Ref> records(String code, String cellCode, String column, long unitId, ReportWindow window, String askedTopic) {
        CustomPlans.forThisTransaction(jdbc);
        ReportDef base = base(code);
        FigureSource.Query q = sources.query(unitId, window, topic(base, askedTopic));
        ReportDef def = definition(code, q);
        CellDef cell = def.cell(cellCode).orElseThrow(() -> DomainException.notFound("report-cell-not-found", cellCode));
        if (!UnitDirectory.TOTAL.equals(column) && !List.of("PROVINCE", "DISTRICT", "COMMUNE").contains(column)) {
            throw DomainException.notFound("report-column-not-found", column);
        }
        if (!sources.available(cell.source())) {
            return List.of();
        }
        UnitDirectory dir = directory(unitId);
        List<Ref> rows = sources.rows(cell.source(), cell.figure(), q);
        if (UnitDirectory.TOTAL.equals(column)) {
            return rows;
        }
        return rows.stream().filter(r -> dir.tier(r.unitId()).name().equals(column)).toList();
    }

    /**
     * For each cell asked for, the total per month of its records' dates: the chart by month, counted
     * by each source with the cell's own figure (as {@link #records} would list them), not by listing them.
     * Asked of a report already evaluated, over the same subtree, topic and definition (Phụ lục 1's rows
     * per document type), so nothing is resolved twice.
     */
    Map<String, Map<YearMonth, Long>> byMonth(Counted counted, Collection<String> cellCodes) {
        Evaluated r = counted.report();
        ReportDef def = r.def();
        FigureSource.Query q = new FigureSource.Query(r.unitId(), counted.units().ids(), r.window().from(),
                r.window().to(), r.topic());
        Map<String, List<CellDef>> bySource = new LinkedHashMap<>();
        for (String cellCode : cellCodes) {
            CellDef cell = def.cell(cellCode)
                    .orElseThrow(() -> DomainException.notFound("report-cell-not-found", cellCode));
            bySource.computeIfAbsent(cell.source(), s -> new ArrayList<>()).add(cell);
        }
        Map<String, Map<YearMonth, Long>> result = new LinkedHashMap<>();
        bySource.forEach((source, cells) -> {
            Set<String> figures = new LinkedHashSet<>();
            cells.forEach(c -> figures.add(c.figure()));
            Map<String, Map<YearMonth, Long>> totals = sources.totalsByMonth(source, figures, q);
            cells.forEach(c -> result.put(c.code(), totals.getOrDefault(c.figure(), Map.of())));
        });
        return result;
    }

    String label(ReportDef def, CellDef cell) {
        if (cell.code().startsWith("documents.")) {
            String type = cell.code().substring("documents.".length());
            return texts.msgOr("report.doctype." + type, type);
        }
        return texts.msg("report." + def.code() + ".cell." + cell.code());
    }

    String groupLabel(ReportDef def, CellDef cell) {
        return texts.msg("report." + def.code() + ".group." + cell.group());
    }

    String definition(ReportDef def, CellDef cell) {
        if (cell.code().startsWith("documents.")) {
            return texts.msg("report.appendix-1.def.documents-type", label(def, cell));
        }
        return texts.msg("report." + def.code() + ".def." + cell.code());
    }
}
