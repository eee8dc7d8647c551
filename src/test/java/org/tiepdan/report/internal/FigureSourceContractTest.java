package org.tiepdan.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tiepdan.FullStackTest;
import org.tiepdan.account.Accounts;
import org.tiepdan.document.IssuedDocuments;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.oversight.Inspections;
import org.tiepdan.platform.FigureSource;
import org.tiepdan.report.ReportFixture;

/**
 * The contract every module's {@link FigureSource} keeps, checked on every code of every source
 * (not only those a report shows: the cross-checks' and the outline's too): the totals per unit are
 * exactly the records listed, added up by unit; records come ordered by id with the path of their
 * screen; and every cell of every report names a source and a code that source answers, so a typo
 * in a new cell fails here rather than showing an empty row.
 */
@FullStackTest
class FigureSourceContractTest {

    /** Records no screen shows (the report names them "type#id"). */
    private static final Set<String> WITHOUT_SCREEN = Set.of("PetitionAbuseHandling");

    @Autowired
    List<FigureSource> sources;
    @Autowired
    FigureRegistry registry;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OrgUnits units;
    @Autowired
    Inspections inspections;
    @Autowired
    IssuedDocuments documents;
    @Autowired
    Accounts accounts;

    ReportFixture f;
    final ReportWindow year = new ReportWindow(ReportFixture.FROM, ReportFixture.TO);

    @BeforeEach
    void fixture() {
        f = ReportFixture.get(jdbc, units, inspections, documents, accounts);
    }

    private List<FigureSource.Query> queries() {
        return List.of(registry.query(f.commune, year, ReportDefinitions.QD11), registry.query(f.province, year, null));
    }

    @Test
    void theSourcesAreTheOwningModulesEachOnce() {
        List<String> names = sources.stream().map(FigureSource::name).toList();
        assertThat(names).doesNotHaveDuplicates().containsExactlyInAnyOrder(FigureRegistry.RECEPTION,
                FigureRegistry.PETITION, FigureRegistry.OVERSIGHT, FigureRegistry.DIALOGUE, FigureRegistry.DOCUMENT);
        names.forEach(n -> assertThat(registry.available(n)).as(n).isTrue());
        assertThat(registry.available("nobody")).isFalse();
        assertThat(registry.rows("nobody", "x", queries().get(0))).isEmpty();
    }

    @Test
    void everyCodeOfEverySourceTotalsExactlyTheRecordsItLists() {
        long listed = 0;
        for (FigureSource.Query q : queries()) {
            for (FigureSource source : sources) {
                List<String> codes = source.codes(q);
                assertThat(codes).as(source.name()).isNotEmpty().doesNotHaveDuplicates();
                Map<String, Map<Long, Long>> totals = source.totals(codes, q);
                assertThat(totals.keySet()).as(source.name()).containsExactlyInAnyOrderElementsOf(codes);
                for (String code : codes) {
                    List<FigureSource.Counted> records = source.records(code, q);
                    listed += records.size();
                    Map<Long, Long> byUnit = new LinkedHashMap<>();
                    records.forEach(r -> byUnit.merge(r.unitId(), r.weight(), Long::sum));
                    assertThat(nonZero(totals.get(code))).as(source.name() + " " + code).isEqualTo(nonZero(byUnit));
                    List<Long> ids = new ArrayList<>(records.stream().map(FigureSource.Counted::id).toList());
                    assertThat(ids).as(source.name() + " " + code + " ordered by id").isSorted();
                    records.stream().filter(r -> !WITHOUT_SCREEN.contains(r.type())).forEach(r ->
                            assertThat(r.path()).as(code + " " + r.type() + " screen").startsWith("/"));
                }
            }
        }
        assertThat(listed).as("the fixture has records behind the figures").isPositive();
    }

    @Test
    void everyReportCellNamesACodeItsSourceAnswers() {
        for (FigureSource.Query q : queries()) {
            List<String> types = registry.codes(FigureRegistry.DOCUMENT, q).stream()
                    .filter(c -> c.startsWith("documents.")).map(c -> c.substring("documents.".length())).toList();
            assertThat(types).isNotEmpty();
            for (ReportDef def : List.of(ReportDefinitions.appendix1(types), ReportDefinitions.APPENDIX_2_DEF,
                    ReportDefinitions.APPENDIX_3_DEF, ReportDefinitions.PERIODIC_DEF)) {
                for (CellDef cell : def.cells()) {
                    assertThat(registry.codes(cell.source(), q)).as(def.code() + " " + cell.code())
                            .contains(cell.figure());
                }
            }
        }
    }

    private static Map<Long, Long> nonZero(Map<Long, Long> m) {
        Map<Long, Long> out = new java.util.TreeMap<>();
        m.forEach((k, v) -> {
            if (v != 0) {
                out.put(k, v);
            }
        });
        return out;
    }
}
