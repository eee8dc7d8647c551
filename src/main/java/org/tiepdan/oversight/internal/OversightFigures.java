package org.tiepdan.oversight.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.oversight.ReportCell;
import org.tiepdan.platform.DomainException;
import org.tiepdan.platform.FigureSource;

/**
 * The module's {@link FigureSource} {@code oversight}: the cells of Phụ lục 1 row 1 ({@code events},
 * {@code participants}, {@code materials}; the documents of row 2 are the document module's source),
 * of Phụ lục 3 ({@code 1.planned}, {@code 1.adhoc}, {@code 2}, {@code 3},
 * {@code 4.disciplined}, {@code 4.not_disciplined}, {@code 4.form.<DisciplineForm>}) and the
 * handling of petition abuse ({@code abuse}, {@code abuse.<AbuseMeasure>}), as
 * {@link OversightCountsService} computes them (the appendices filter on the query's topic; the
 * abuse handling has none). Each cell is computed with its group, then its records are looked up by
 * the cell's own ids, so the list is exactly what was counted. An unknown code has no records.
 */
@Component
@Transactional(readOnly = true)
class OversightFigures implements FigureSource {

    static final String NAME = "oversight";

    private static final List<String> APPENDIX_3 = List.of("1.planned", "1.adhoc", "2", "3", "4.disciplined",
            "4.not_disciplined");
    private static final List<String> OUTREACH = List.of("events", "participants", "materials");

    private final OversightCountsService counts;
    private final HeldRecords held;

    OversightFigures(OversightCountsService counts, HeldRecords held) {
        this.counts = counts;
        this.held = held;
    }

    /** The cells computed together; a code's group decides which computation answers it. */
    private enum Group {
        OUTREACH, APPENDIX_3, ABUSE
    }

    private static Group group(String code) {
        if (OUTREACH.contains(code)) {
            return Group.OUTREACH;
        }
        if (APPENDIX_3.contains(code) || code.startsWith("4.form.")) {
            return Group.APPENDIX_3;
        }
        if (code.equals("abuse") || code.startsWith("abuse.")) {
            return Group.ABUSE;
        }
        return null;
    }

    private List<ReportCell> cells(Group group, Query q) {
        if (q.units().isEmpty()) {
            throw DomainException.notFound("unit-not-found");
        }
        return switch (group) {
            case OUTREACH -> counts.outreach(q.units(), q.from(), q.to(), q.topic());
            case APPENDIX_3 -> counts.appendix3(q.units(), q.from(), q.to(), q.topic());
            case ABUSE -> counts.petitionAbuse(q.units(), q.from(), q.to());
        };
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> codes(Query q) {
        List<String> codes = new ArrayList<>();
        for (Group g : Group.values()) {
            cells(g, q).forEach(c -> codes.add(c.code()));
        }
        return codes;
    }

    @Override
    public List<Counted> records(String code, Query q) {
        Group g = group(code);
        if (g == null) {
            return List.of();
        }
        return cells(g, q).stream().filter(c -> c.code().equals(code)).findFirst().map(held::held).orElse(List.of());
    }

    /** Each group asked for is computed once, then each cell's records are looked up by its ids. */
    @Override
    public Map<String, Map<Long, Long>> totals(Collection<String> codes, Query q) {
        Map<Group, Map<String, ReportCell>> computed = new LinkedHashMap<>();
        Function<Group, Map<String, ReportCell>> compute = g -> {
            Map<String, ReportCell> byCode = new LinkedHashMap<>();
            cells(g, q).forEach(c -> byCode.put(c.code(), c));
            return byCode;
        };
        Map<String, Map<Long, Long>> totals = new LinkedHashMap<>();
        for (String code : codes) {
            Map<Long, Long> byUnit = new LinkedHashMap<>();
            Group g = group(code);
            ReportCell cell = g == null ? null : computed.computeIfAbsent(g, compute).get(code);
            if (cell != null) {
                held.held(cell).forEach(r -> byUnit.merge(r.unitId(), r.weight(), Long::sum));
            }
            totals.put(code, byUnit);
        }
        return totals;
    }
}
