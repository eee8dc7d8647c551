package org.tiepdan.report.internal;

import java.time.YearMonth;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.tiepdan.identity.IdentityVault;
import org.tiepdan.org.OrgUnitHierarchy;
import org.tiepdan.platform.FigureSource;

/**
 * Every {@link FigureSource} the modules declare, by name: the reports find a cell by its source
 * and code ({@link CellDef}) and ask that source for the totals per unit (counted by the owner's
 * predicate) or the records of a drill-down (the same predicate, listed). Nothing here counts on its
 * own, and nothing here knows a module's own types: a new cell is a predicate in its module and a
 * line in {@link ReportDefinitions}. A cell whose source no module declares shows "chưa có dữ liệu"
 * rather than a zero nobody counted.
 */
@Component
class FigureRegistry {

    /** Names of the sources the report definitions use. */
    static final String RECEPTION = "reception";
    static final String PETITION = "petition";
    static final String OVERSIGHT = "oversight";
    static final String DIALOGUE = "dialogue";
    static final String DOCUMENT = "document";

    private final Map<String, FigureSource> sources = new LinkedHashMap<>();
    private final OrgUnitHierarchy hierarchy;
    private final IdentityVault identity;

    FigureRegistry(ObjectProvider<FigureSource> sources, OrgUnitHierarchy hierarchy, IdentityVault identity) {
        this.hierarchy = hierarchy;
        this.identity = identity;
        for (FigureSource s : sources.orderedStream().toList()) {
            FigureSource other = this.sources.putIfAbsent(s.name(), s);
            if (other != null) {
                throw new IllegalStateException("Two figure sources named " + s.name() + ": " + other.getClass().getName()
                        + " and " + s.getClass().getName());
            }
        }
    }

    /** What a report asks for: the unit with its subtree (resolved once), the window and the topic (null: any). */
    FigureSource.Query query(long unitId, ReportWindow window, String topic) {
        return new FigureSource.Query(unitId, hierarchy.subtreeWithPredecessors(unitId), window.from(), window.to(),
                topic);
    }

    /** False when no module answers the source's cells. */
    boolean available(String source) {
        return sources.containsKey(source);
    }

    /** The codes the source answers for the query, in its order (none when the source is absent). */
    List<String> codes(String source, FigureSource.Query q) {
        FigureSource s = sources.get(source);
        return s == null ? List.of() : s.codes(q);
    }

    /** For each code, the total per unit holding the records (empty when the source is absent). */
    Map<String, Map<Long, Long>> totals(String source, Collection<String> codes, FigureSource.Query q) {
        FigureSource s = sources.get(source);
        return s == null ? Map.of() : s.totals(codes, q);
    }

    /** Totals per unit of some codes and per month of some, in one pass where the source can (empty when absent). */
    FigureSource.Totals totalsWithMonths(String source, Collection<String> codes, Collection<String> monthCodes,
            FigureSource.Query q) {
        FigureSource s = sources.get(source);
        return s == null ? new FigureSource.Totals(Map.of(), Map.of()) : s.totalsWithMonths(codes, monthCodes, q);
    }

    /** For each code, the total per month of the records' dates (empty when the source is absent). */
    Map<String, Map<YearMonth, Long>> totalsByMonth(String source, Collection<String> codes, FigureSource.Query q) {
        FigureSource s = sources.get(source);
        return s == null ? Map.of() : s.totalsByMonth(codes, q);
    }

    /** The records behind one cell (none when the source is absent). */
    List<Ref> rows(String source, String code, FigureSource.Query q) {
        FigureSource s = sources.get(source);
        if (s == null) {
            return List.of();
        }
        return s.records(code, q).stream().map(r -> new Ref(r.type(), r.id(), r.unitId(), r.date(), r.weight(), r.path()))
                .toList();
    }

    /** The records behind several cells of one source, read together (each code's list as {@link #rows} gives it). */
    Map<String, List<Ref>> rows(String source, Collection<String> codes, FigureSource.Query q) {
        FigureSource s = sources.get(source);
        Map<String, List<Ref>> rows = new LinkedHashMap<>();
        if (s == null) {
            codes.forEach(c -> rows.put(c, List.of()));
            return rows;
        }
        s.records(codes, q).forEach((code, records) -> rows.put(code, records.stream()
                .map(r -> new Ref(r.type(), r.id(), r.unitId(), r.date(), r.weight(), r.path())).toList()));
        return rows;
    }

    /**
     * Protection measures recorded for petitioners in the window. Counts only, outside the
     * {@link FigureSource} contract on purpose: a cell lists its records, and these are sealed.
     */
    IdentityVault.ProtectionCount protections(FigureSource.Query q) {
        return identity.protectionsRecorded(q.units(), q.from(), q.to());
    }
}
