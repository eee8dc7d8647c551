package org.tiepdan.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tiepdan.FullStackTest;
import org.tiepdan.account.Accounts;
import org.tiepdan.document.IssuedDocuments;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.oversight.Inspections;
import org.tiepdan.report.ReportFixture;

/** Every cell of every report on a commune with known records, and the cross-checks on planted errors. */
@FullStackTest
class ReportFiguresTest {

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
    @Autowired
    ReportEngine engine;
    @Autowired
    ReportService reports;

    ReportFixture f;
    final ReportWindow year = new ReportWindow(ReportFixture.FROM, ReportFixture.TO);

    @BeforeEach
    void fixture() {
        f = ReportFixture.get(jdbc, units, inspections, documents, accounts);
    }

    private Map<String, Long> totals(Evaluated r) {
        return r.rows().stream().collect(Collectors.toMap(row -> row.cell().code(), Evaluated.Row::total));
    }

    private List<Long> ids(String report, String cell, String column, long unit) {
        return engine.records(report, cell, column, unit, year, null).stream().map(Ref::id).toList();
    }

    @Test
    void appendix2OfTheCommuneCountsItsBodiesAndTheMergedPredecessor() {
        Evaluated r = engine.evaluate("appendix-2", f.commune, year, null);
        assertThat(r.columns()).containsExactly("COMMUNE", "TOTAL");
        assertThat(totals(r)).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("1.periodic", 1L), Map.entry("1.adhoc", 2L), Map.entry("2.periodic", 8L),
                Map.entry("2.adhoc", 3L), Map.entry("3", 1L), Map.entry("4", 1L), Map.entry("5", 1L),
                Map.entry("6.handled", 1L), Map.entry("6.pending", 1L), Map.entry("7.settled", 4L),
                Map.entry("7.reopened", 1L), Map.entry("7.open", 1L), Map.entry("8.directed", 1L),
                Map.entry("8.mass", 1L), Map.entry("8.incited", 0L), Map.entry("9.guided", 1L)));
        assertThat(ids("appendix-2", "1.periodic", "COMMUNE", f.commune)).containsExactly(f.s1Periodic);
        assertThat(ids("appendix-2", "1.adhoc", "COMMUNE", f.commune)).containsExactly(f.s2AdHocInOld, f.s6WrongVisitDate);
        assertThat(ids("appendix-2", "2.periodic", "TOTAL", f.commune)).containsExactly(f.v1, f.v2Delegation, f.v3Complex);
        assertThat(ids("appendix-2", "3", "TOTAL", f.commune)).containsExactly(f.v2Delegation);
        assertThat(ids("appendix-2", "4", "TOTAL", f.commune)).containsExactly(f.v3Complex);
        // Row 5: refused in the heads' sessions only; v9 was refused at the regular desk (the periodic
        // report's "từ chối tiếp" counts it).
        assertThat(ids("appendix-2", "5", "TOTAL", f.commune)).containsExactly(f.v4Refused);
        assertThat(ids("appendix-2", "6.handled", "TOTAL", f.commune)).containsExactly(f.k4Directed);
        assertThat(ids("appendix-2", "6.pending", "TOTAL", f.commune)).containsExactly(f.k5Pending);
        assertThat(ids("appendix-2", "7.settled", "TOTAL", f.commune))
                .containsExactly(f.k1Settled, f.k7InOld, f.k8BadDates, f.k9NoDocument);
        assertThat(ids("appendix-2", "7.reopened", "TOTAL", f.commune)).containsExactly(f.k2Reopened);
        assertThat(ids("appendix-2", "7.open", "TOTAL", f.commune)).containsExactly(f.k3Open);
        assertThat(ids("appendix-2", "8.mass", "TOTAL", f.commune)).containsExactly(f.k4Directed);
        assertThat(ids("appendix-2", "9.guided", "TOTAL", f.commune)).containsExactly(f.k6Guided);
    }

    @Test
    void theProvinceHasAColumnPerTierAndEachRecordCountsInTheTierOfItsUnit() {
        Evaluated r = engine.evaluate("appendix-2", f.province, year, null);
        // The form's order: the lowest tier first, then the total.
        assertThat(r.columns()).containsExactly("COMMUNE", "PROVINCE", "TOTAL");
        assertThat(r.row("1.periodic").values()).containsExactlyInAnyOrderEntriesOf(
                Map.of("PROVINCE", 1L, "COMMUNE", 1L, "TOTAL", 2L));
        assertThat(r.row("2.periodic").values()).containsExactlyInAnyOrderEntriesOf(
                Map.of("PROVINCE", 1L, "COMMUNE", 8L, "TOTAL", 9L));
        assertThat(r.row("7.open").values()).containsExactlyInAnyOrderEntriesOf(
                Map.of("PROVINCE", 1L, "COMMUNE", 1L, "TOTAL", 2L));
        assertThat(ids("appendix-2", "1.periodic", "PROVINCE", f.province)).containsExactly(f.sProvince);
        assertThat(ids("appendix-2", "7.open", "PROVINCE", f.province)).containsExactly(f.kProvince);
        // A window before the province's commune existed and after the old one closed still has both tiers.
        assertThat(engine.evaluate("appendix-2", f.commune,
                new ReportWindow(java.time.LocalDate.of(2024, 1, 1), java.time.LocalDate.of(2024, 12, 31)), null)
                .columns()).containsExactly("COMMUNE", "TOTAL");
    }

    @Test
    void appendices1And3CountOutreachDocumentsInspectionsAndHeads() {
        Evaluated a3 = engine.evaluate("appendix-3", f.commune, year, null);
        assertThat(totals(a3)).containsExactlyInAnyOrderEntriesOf(Map.of("1.planned", 1L, "1.adhoc", 1L, "2", 1L,
                "3", 1L, "4.disciplined", 1L, "4.not_disciplined", 0L));
        assertThat(ids("appendix-3", "1.planned", "TOTAL", f.commune)).containsExactly(f.i1Planned);
        assertThat(ids("appendix-3", "1.adhoc", "COMMUNE", f.commune)).containsExactly(f.i2AdHoc);
        assertThat(ids("appendix-3", "2", "TOTAL", f.commune)).containsExactly(f.communeCommittee);
        assertThat(ids("appendix-3", "3", "TOTAL", f.commune)).containsExactly(f.communeParty);
        assertThat(ids("appendix-3", "4.disciplined", "TOTAL", f.commune)).containsExactly(f.headB);
        // Head A is the chairman of the People's Committee: not a head of a Party committee.
        assertThat(ids("appendix-3", "4.not_disciplined", "TOTAL", f.commune)).isEmpty();

        Evaluated a1 = engine.evaluate("appendix-1", f.commune, year, null);
        assertThat(totals(a1)).containsExactlyInAnyOrderEntriesOf(Map.of("events", 2L, "participants", 60L,
                "materials", 65L, "documents", 4L, "documents.KH", 1L, "documents.TB", 3L));
        assertThat(ids("appendix-1", "events", "TOTAL", f.commune)).containsExactly(f.e1, f.e2);
        assertThat(ids("appendix-1", "documents.TB", "TOTAL", f.commune)).containsExactly(f.d2, f.d3, f.d4AfterClosure);
    }

    @Test
    void everyCellCountsExactlyTheRecordsItLists() {
        for (long unit : List.of(f.commune, f.province, f.communeParty)) {
            for (String code : List.of("appendix-1", "appendix-2", "appendix-3", "periodic")) {
                Evaluated r = engine.evaluate(code, unit, year, null, false);
                for (Evaluated.Row row : r.rows()) {
                    if (!row.available()) {
                        assertThat(engine.records(code, row.cell().code(), "TOTAL", unit, year, null)).isEmpty();
                        continue;
                    }
                    long sumOfColumns = 0;
                    for (String column : r.columns()) {
                        List<Ref> refs = engine.records(code, row.cell().code(), column, unit, year, null);
                        assertThat(refs.stream().mapToLong(Ref::weight).sum())
                                .as("%s %s %s at %d", code, row.cell().code(), column, unit)
                                .isEqualTo(row.value(column));
                        if (!column.equals("TOTAL")) {
                            sumOfColumns += row.value(column);
                        }
                        if (refs.stream().allMatch(x -> x.weight() == 1)) {
                            assertThat(refs).hasSize((int) row.value(column));
                        }
                    }
                    assertThat(sumOfColumns).as("%s %s tiers add up", code, row.cell().code()).isEqualTo(row.total());
                }
            }
        }
    }

    @Test
    void theCrossChecksNameThePlantedInconsistencies() {
        Evaluated r = engine.evaluate("appendix-2", f.commune, year, null);
        Map<String, Finding> findings = r.findings().stream().collect(Collectors.toMap(Finding::code, x -> x));
        assertThat(findings).containsOnlyKeys("SESSIONS_LOG_VS_APPENDIX", "SESSION_WITHOUT_HOST",
                "SESSION_DATE_IMPOSSIBLE", "CASES_BY_COMPETENCE_VS_TOTAL", "CASE_DATE_IMPOSSIBLE",
                "CASE_SETTLED_WITHOUT_DOCUMENT", "DEADLINE_MISSED_WITHOUT_EXTENSION", "DOCUMENT_DATE_IMPOSSIBLE");
        assertThat(findings.get("SESSIONS_LOG_VS_APPENDIX").records())
                .containsExactly("/reception/sessions/" + f.s3Deputy, "/reception/sessions/" + f.s5NoHost);
        assertThat(findings.get("SESSIONS_LOG_VS_APPENDIX").message()).contains("05 cuộc").contains("tính 03 cuộc")
                .contains("02 cuộc");
        assertThat(findings.get("SESSION_WITHOUT_HOST").records()).containsExactly("/reception/sessions/" + f.s5NoHost);
        assertThat(findings.get("SESSION_DATE_IMPOSSIBLE").records())
                .containsExactly("/reception/sessions/" + f.s6WrongVisitDate);
        assertThat(findings.get("CASES_BY_COMPETENCE_VS_TOTAL").records()).containsExactly("/cases/" + f.k5Pending);
        assertThat(findings.get("CASES_BY_COMPETENCE_VS_TOTAL").message()).contains("09 vụ việc").contains("08");
        assertThat(findings.get("CASE_DATE_IMPOSSIBLE").records()).containsExactly("/cases/" + f.k8BadDates);
        assertThat(findings.get("CASE_SETTLED_WITHOUT_DOCUMENT").records()).containsExactly("/cases/" + f.k9NoDocument);
        assertThat(findings.get("DEADLINE_MISSED_WITHOUT_EXTENSION").records())
                .containsExactly("/petitions/" + f.p3Overdue);
        assertThat(findings.get("DOCUMENT_DATE_IMPOSSIBLE").records()).containsExactly("/documents/" + f.d4AfterClosure);
        assertThat(findings.get("SESSION_WITHOUT_HOST").severity()).isEqualTo("ERROR");
    }

    @Test
    void thePeriodicReportWritesItsFiguresInTheSeedsStyle() {
        Evaluated r = engine.evaluate("periodic", f.commune, year, null);
        Map<String, Long> t = totals(r);
        assertThat(t).containsEntry("sessions.periodic", 3L).containsEntry("visits.periodic", 4L)
                .containsEntry("people", 13L).containsEntry("petitions", 7L).containsEntry("petitions.kind.COMPLAINT", 4L)
                .containsEntry("petitions.channel.POST", 4L).containsEntry("settled.on_time", 5L)
                .containsEntry("settled.late", 1L).containsEntry("open", 3L).containsEntry("decisions.complaint", 4L)
                .containsEntry("outcomes.WRONG", 2L).containsEntry("overdue", 1L);
        assertThat(r.row("dialogues.held").available()).isTrue();
        List<String> sentences = reports.sentences(r);
        assertThat(sentences.get(0)).contains("tiếp 04 lượt công dân định kỳ, 03 lượt đột xuất, 01 lượt thường xuyên")
                .contains("13 người, 01 đoàn đông người").contains("từ chối tiếp 02 lượt");
        assertThat(sentences.get(1)).startsWith("Tiếp nhận 07 đơn, trong đó 04 đơn khiếu nại, 01 đơn tố cáo")
                .contains("qua bưu điện 04 đơn");
        assertThat(sentences.get(3)).contains("đã giải quyết 06 vụ việc (05 đúng hạn, 01 quá hạn)").contains("83,3%");
        assertThat(sentences).last().asString().contains("Tổ chức 0 hội nghị đối thoại");
    }

    @Test
    void statePresetsFollowTheTextInForceOnThePeriodsLastDay() {
        // TT 03/2013 (16th–15th) until 09/5/2021; TT 02/2021 then TT 01/2024 (15th–14th).
        assertThat(reports.window("appendix-2", null, null, "ttcp-q1", 2020, null)).isEqualTo(new ReportWindow(
                java.time.LocalDate.of(2019, 12, 16), java.time.LocalDate.of(2020, 3, 15)));
        assertThat(reports.window("appendix-2", null, null, "ttcp-q1", 2025, null)).isEqualTo(new ReportWindow(
                java.time.LocalDate.of(2024, 12, 15), java.time.LocalDate.of(2025, 3, 14)));
        assertThat(Preset.TTCP_Q1.window(2021, 1).to()).isEqualTo(java.time.LocalDate.of(2021, 3, 15));
        assertThat(Preset.TTCP_Q1.basis(2021)).isEqualTo("Thông tư 03/2013/TT-TTCP");
        // Q2 2021 ends after 09/5/2021: TT 02/2021.
        assertThat(Preset.TTCP_Q2.window(2021, 1)).isEqualTo(new ReportWindow(java.time.LocalDate.of(2021, 3, 15),
                java.time.LocalDate.of(2021, 6, 14)));
        assertThat(Preset.TTCP_Q2.basis(2021)).isEqualTo("Thông tư 02/2021/TT-TTCP");
        assertThat(Preset.TTCP_YEAR.basis(2023)).isEqualTo("Thông tư 02/2021/TT-TTCP");
        // Q1 2024 ends 14/3/2024, after TT 01/2024 took effect (05/3/2024).
        assertThat(Preset.TTCP_Q1.basis(2024)).isEqualTo("Thông tư 01/2024/TT-TTCP");
        assertThat(Preset.TTCP_YEAR.window(2020, 1)).isEqualTo(new ReportWindow(java.time.LocalDate.of(2019, 12, 16),
                java.time.LocalDate.of(2020, 12, 15)));
        assertThat(reports.window("appendix-2", null, null, "half-2", 2025, null)).isEqualTo(new ReportWindow(
                java.time.LocalDate.of(2025, 6, 15), java.time.LocalDate.of(2025, 12, 14)));
        assertThat(reports.window("appendix-2", null, null, "na-year", 2025, null)).isEqualTo(new ReportWindow(
                java.time.LocalDate.of(2024, 8, 1), java.time.LocalDate.of(2025, 7, 31)));
        // The old codes stay as aliases.
        assertThat(reports.window("appendix-2", null, null, "tt02-q1", 2020, null))
                .isEqualTo(reports.window("appendix-2", null, null, "ttcp-q1", 2020, null));
        assertThat(Preset.ofKey("tt02-year")).isEqualTo(Preset.TTCP_YEAR);
    }

    @Test
    void presetsFollowKl215AndTheTt02CutOff() {
        assertThat(Preset.TTCP_Q1.window(2024, 1)).isEqualTo(new ReportWindow(java.time.LocalDate.of(2023, 12, 15),
                java.time.LocalDate.of(2024, 3, 14)));
        assertThat(Preset.TTCP_YEAR.window(2024, 1).to()).isEqualTo(java.time.LocalDate.of(2024, 12, 14));
        assertThat(Preset.KL215_MONTH.window(2024, 2)).isEqualTo(new ReportWindow(java.time.LocalDate.of(2024, 2, 1),
                java.time.LocalDate.of(2024, 2, 29)));
        assertThat(Preset.KL215_9M.window(2025, 1).to()).isEqualTo(java.time.LocalDate.of(2025, 9, 30));
        assertThat(reports.window("appendix-2", null, null, null, null, null))
                .isEqualTo(new ReportWindow(java.time.LocalDate.of(2019, 2, 18), java.time.LocalDate.of(2023, 12, 31)));
    }
}
