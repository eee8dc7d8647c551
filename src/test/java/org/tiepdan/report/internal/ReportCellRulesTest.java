package org.tiepdan.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tiepdan.FullStackTest;
import org.tiepdan.document.DocumentEntry;
import org.tiepdan.document.IssuedDocuments;
import org.tiepdan.org.AdminTier;
import org.tiepdan.org.NewOrgUnit;
import org.tiepdan.org.OrgUnitKind;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.oversight.HeadRole;
import org.tiepdan.oversight.InspectionKind;
import org.tiepdan.oversight.InspectionMode;
import org.tiepdan.oversight.Inspections;
import org.tiepdan.oversight.ViolationSeverity;

/**
 * Issue 20: each cell as the seed's forms define it, with planted records on both sides of its rule
 * (kinds, roles, window edges, numbering periods). A province of its own with a district and a commune,
 * so that the columns come in the form's order and no other test's records are counted. The window is
 * the outline's: 18/02/2019–31/12/2023.
 */
@FullStackTest
class ReportCellRulesTest {

    static final ReportWindow REVIEW = new ReportWindow(LocalDate.of(2019, 2, 18), LocalDate.of(2023, 12, 31));

    @Autowired
    JdbcClient jdbc;
    @Autowired
    OrgUnits units;
    @Autowired
    Inspections inspections;
    @Autowired
    IssuedDocuments documents;
    @Autowired
    ReportEngine engine;
    @Autowired
    OutlineBuilder outlines;
    @Autowired
    FigureRegistry sources;
    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    static Planted p;

    /** The planted records, built once. */
    static final class Planted {
        long province;
        long district;
        long commune;
        long party;
        long peoples;
        long districtParty;
        // documents
        long kh;
        long tb;
        long qd;
        long bc;
        long gm;
        long kh2019;
        long kh2023;
        long tbReused;
        long tbReusedAgain;
        // reception
        long refusedInHeadSession;
        long refusedAgainSameMatter;
        long refusedAtDesk;
        long complexBeforeWindow;
        long complexRepeatInWindow;
        long complexOnlyBeforeWindow;
        long sessionBeforeWindow;
        long periodicSession;
        long adHocSession;
        long delegationAdHoc;
        // cases
        long kntcMass;
        long recommendationMass;
        long noneOpen;
        long noneGuided;
        // oversight
        long secretaryHead;
        long chairmanHead;
    }

    @BeforeEach
    void plant() {
        synchronized (ReportCellRulesTest.class) {
            if (p == null) {
                p = build();
            }
        }
    }

    private Planted build() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Planted x = new Planted();
        LocalDate old = LocalDate.of(2000, 1, 1);
        x.province = units.create(new NewOrgUnit("Tỉnh Ô Biểu " + tag, OrgUnitKind.ADMINISTRATIVE_AREA,
                AdminTier.PROVINCE, null, null, old)).id();
        x.district = units.create(new NewOrgUnit("Huyện Ô Biểu " + tag, OrgUnitKind.ADMINISTRATIVE_AREA,
                AdminTier.DISTRICT, x.province, null, old)).id();
        x.districtParty = units.create(new NewOrgUnit("Huyện ủy Ô Biểu " + tag, OrgUnitKind.PARTY_COMMITTEE, null,
                x.district, null, old)).id();
        x.commune = units.create(new NewOrgUnit("Xã Ô Biểu " + tag, OrgUnitKind.ADMINISTRATIVE_AREA, AdminTier.COMMUNE,
                x.district, null, old)).id();
        x.party = units.create(new NewOrgUnit("Đảng ủy xã Ô Biểu " + tag, OrgUnitKind.PARTY_COMMITTEE, null, x.commune,
                null, old)).id();
        x.peoples = units.create(new NewOrgUnit("Ủy ban nhân dân xã Ô Biểu " + tag, OrgUnitKind.PEOPLES_COMMITTEE, null,
                x.commune, null, old)).id();
        documents(x);
        reception(x);
        cases(x);
        oversight(x);
        return x;
    }

    private void documents(Planted x) {
        Set<String> qd11 = Set.of("QĐ 11");
        x.kh = documents.register(new DocumentEntry(x.party, "05-KH/ĐU", "KH", null, null,
                "Kế hoạch tiếp dân năm 2021", "10/03/2021", null, qd11)).id();
        x.tb = documents.register(new DocumentEntry(x.party, "06-TB/ĐU", "TB", null, null,
                "Thông báo tiếp công dân định kỳ tháng 4 năm 2021", "12/04/2021", null, qd11)).id();
        x.qd = documents.register(new DocumentEntry(x.party, "07-QĐ/ĐU", "QĐ", null, null,
                "Quyết định ban hành nội quy tiếp công dân", "20/04/2021", null, qd11)).id();
        x.bc = documents.register(new DocumentEntry(x.party, "08-BC/ĐU", "BC", null, null,
                "Báo cáo kết quả tiếp công dân quý II năm 2021", "20/06/2021", null, qd11)).id();
        x.gm = documents.register(new DocumentEntry(x.party, "09-GM/ĐU", "GM", null, null,
                "Giấy mời dự hội nghị đối thoại", "01/07/2021", null, qd11)).id();
        // The same number in two Party terms (2015–2020 and 2020–2025): two numbers, not a reuse.
        x.kh2019 = documents.register(new DocumentEntry(x.party, "04-KH/ĐU", "KH", null, null,
                "Kế hoạch triển khai Quy định 11", "15/03/2019", null, qd11)).id();
        x.kh2023 = documents.register(new DocumentEntry(x.party, "04-KH/ĐU", "KH", null, null,
                "Kế hoạch tiếp xúc, đối thoại năm 2023", "15/01/2023", null, qd11)).id();
        // The same TB number twice inside the 2020–2025 term (another symbol, so the register stored it).
        x.tbReused = documents.register(new DocumentEntry(x.party, "84-TB/ĐU", "TB", null, null,
                "Thông báo tiếp dân định kỳ tháng 4 năm 2023", "24/04/2023", null, qd11)).id();
        String period = jdbc.sql("select period_key from issued_document where id = ?").param(x.tbReused)
                .query(String.class).single();
        x.tbReusedAgain = jdbc.sql("""
                insert into issued_document (unit_id, issuer_kind, issuer_name, type_code, number_symbol, number_key, seq,
                  period_key, summary, issued_on, source)
                values (?, 'PARTY_COMMITTEE', 'Đảng ủy', 'TB', '84-TB/BCĐ', '84-TB/BCĐ', 84, ?,
                  'Thông báo tiếp dân định kỳ tháng 5 năm 2023', date '2023-05-24', 'MANUAL') returning id""")
                .params(x.party, period).query(Long.class).single();
        jdbc.sql("insert into issued_document_topic (document_id, topic) values (?, 'QĐ 11')").param(x.tbReusedAgain)
                .update();
    }

    private void reception(Planted x) {
        x.periodicSession = session(x.commune, "PERIODIC", "2021-05-10");
        host(x.periodicSession, x.party, "PARTY_SECRETARY", "HEAD");
        x.refusedInHeadSession = visit(x.periodicSession, x.commune, "2021-05-10", false, 1, false, false, "REFUSED",
                "THREATENING_OR_DISRUPTIVE", null);
        visit(x.periodicSession, x.commune, "2021-05-10", false, 1, false, true, "PETITION_RECEIVED", null, null);
        long again = session(x.commune, "PERIODIC", "2021-06-10");
        host(again, x.party, "PARTY_SECRETARY", "HEAD");
        x.refusedAgainSameMatter = visit(again, x.commune, "2021-06-10", false, 1, false, false, "REFUSED",
                "THREATENING_OR_DISRUPTIVE", x.refusedInHeadSession);
        long desk = session(x.commune, "REGULAR", "2021-05-11");
        host(desk, null, null, "STAFF");
        x.refusedAtDesk = visit(desk, x.commune, "2021-05-11", false, 1, false, false, "REFUSED",
                "INTOXICATED_OR_IMPAIRED", null);
        // The window's edge: a head's session of 17/02/2019, the day before the outline's window opens.
        x.sessionBeforeWindow = session(x.commune, "PERIODIC", "2019-02-17");
        host(x.sessionBeforeWindow, x.party, "PARTY_SECRETARY", "HEAD");
        x.complexBeforeWindow = visit(x.sessionBeforeWindow, x.commune, "2019-02-17", false, 1, true, false,
                "PETITION_RECEIVED", null, null);
        x.complexOnlyBeforeWindow = visit(x.sessionBeforeWindow, x.commune, "2019-02-17", false, 1, true, false,
                "ANSWERED", null, null);
        x.adHocSession = session(x.commune, "AD_HOC", "2019-02-18");
        host(x.adHocSession, x.party, "PARTY_SECRETARY", "HEAD");
        x.complexRepeatInWindow = visit(x.adHocSession, x.commune, "2019-02-18", false, 1, true, false, "ANSWERED", null,
                x.complexBeforeWindow);
        x.delegationAdHoc = visit(x.adHocSession, x.commune, "2019-02-18", true, 7, false, false, "PETITION_RECEIVED",
                null, null);
    }

    private void cases(Planted x) {
        x.kntcMass = kase(x.party, "DIRECT", "COMPLAINT", "2022-03-01", null, null, "2022-03-20", true);
        x.recommendationMass = kase(x.party, "DIRECT", "RECOMMENDATION", "2022-04-01", null, null, "2022-04-15", true);
        x.noneOpen = kase(x.peoples, "NONE", "FEEDBACK", "2022-05-01", null, null, null, false);
        x.noneGuided = kase(x.peoples, "NONE", "FEEDBACK", "2022-05-02", "2022-05-06", "GUIDED", null, false);
    }

    private void oversight(Planted x) {
        long inspection = inspections.create(new Inspections.NewInspection(x.districtParty, InspectionKind.CHECK,
                InspectionMode.PLANNED, "QĐ 11", "Kiểm tra việc tiếp dân năm 2022", LocalDate.of(2022, 9, 1),
                LocalDate.of(2022, 9, 5), List.of(x.party, x.peoples),
                List.of(new Inspections.Head("Lê Văn Bí", "Bí thư Đảng ủy xã", x.party),
                        new Inspections.Head("Phạm Văn Chủ", "Chủ tịch UBND xã", x.peoples)), null, null, null));
        x.secretaryHead = jdbc.sql("select id from inspection_head where inspection_id = ? and full_name = 'Lê Văn Bí'")
                .param(inspection).query(Long.class).single();
        x.chairmanHead = jdbc.sql("select id from inspection_head where inspection_id = ? and full_name = 'Phạm Văn Chủ'")
                .param(inspection).query(Long.class).single();
        inspections.addViolation(inspection, x.secretaryHead, HeadRole.PARTY_SECRETARY, "Không tiếp dân định kỳ",
                ViolationSeverity.TO_DISCIPLINE, "Cảnh cáo", null, LocalDate.of(2022, 10, 1));
        inspections.addViolation(inspection, x.chairmanHead, HeadRole.PC_CHAIRMAN, "Chậm trả lời kiến nghị",
                ViolationSeverity.TO_DISCIPLINE, "Hạ bậc lương", null, LocalDate.of(2022, 10, 1));
    }

    private List<Long> ids(String report, String cell, long unit) {
        return engine.records(report, cell, "TOTAL", unit, REVIEW, null).stream().map(Ref::id).toList();
    }

    @Test
    void appendix1CountsOnlyDocumentsOfTheTypesForLeadershipAndDirection() {
        Evaluated a1 = engine.evaluate("appendix-1", p.party, REVIEW, null);
        Map<String, Long> t = a1.rows().stream().collect(Collectors.toMap(r -> r.cell().code(), Evaluated.Row::total));
        // KH ×3 (05, and 04 twice), TB ×3 (06, 84 twice), QĐ ×1; the BC and the GM are in the register only.
        assertThat(t).containsEntry("documents", 7L).containsEntry("documents.KH", 3L).containsEntry("documents.TB", 3L)
                .containsEntry("documents.QĐ", 1L).doesNotContainKeys("documents.BC", "documents.GM");
        assertThat(ids("appendix-1", "documents", p.party)).contains(p.kh, p.tb, p.qd).doesNotContain(p.bc, p.gm);
        assertThat(documents.leadershipTypes()).contains("QĐ", "QĐi", "NQ", "CT", "KH", "TB", "HD", "KL")
                .doesNotContain("BC", "GM", "BB", "TTr", "CV");
        // The appendix and the register agree once the register is read by the same flag.
        assertThat(a1.findings()).extracting(Finding::code).doesNotContain("DOCUMENTS_APPENDIX_VS_REGISTER");
    }

    @Test
    void theLeadershipFlagIsDataAnAdministratorEdits() throws Exception {
        var admin = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                users.loadUserByUsername(org.tiepdan.DemoUsers.ADMIN));
        var reporter = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                users.loadUserByUsername(org.tiepdan.DemoUsers.REPORTER));
        assertThat(putType(reporter, "BC", "{\"leadership\": true}").getStatus()).isEqualTo(403);
        try {
            assertThat(putType(admin, "BC", "{\"leadership\": true}").getContentAsString())
                    .contains("\"leadership\":true");
            // The BC of the planted register now counts in Phụ lục 1.
            assertThat(engine.evaluate("appendix-1", p.party, REVIEW, null).total("documents.BC")).isEqualTo(1);
            var missing = putType(admin, "BC", "{}");
            assertThat(missing.getStatus()).isEqualTo(400);
            assertThat(missing.getContentAsString()).contains("\"field\":\"leadership\"");
            assertThat(putType(admin, "XX", "{\"leadership\": true}").getStatus()).isEqualTo(404);
        } finally {
            putType(admin, "BC", "{\"leadership\": false}");
        }
        assertThat(documents.leadershipTypes()).doesNotContain("BC");
        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/documents/types").with(admin)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"leadership-KH\"").contains("Để lãnh đạo, chỉ đạo");
    }

    private org.springframework.mock.web.MockHttpServletResponse putType(
            org.springframework.test.web.servlet.request.RequestPostProcessor who, String code, String json)
            throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .put("/api/v1/documents/types/" + code).contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .accept(org.springframework.http.MediaType.APPLICATION_JSON).content(json).with(who)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andReturn().getResponse();
    }

    @Test
    void aNumberIsReusedOnlyInsideOneNumberingPeriod() {
        Evaluated a2 = engine.evaluate("appendix-1", p.party, REVIEW, null);
        Finding reused = a2.findings().stream().filter(f -> f.code().equals("DOCUMENT_NUMBER_REUSED")).findFirst()
                .orElseThrow();
        assertThat(reused.records()).containsExactlyInAnyOrder("/documents/" + p.tbReused, "/documents/" + p.tbReusedAgain);
        // 04-KH/ĐU of 2019 and of 2023 lie in two terms.
        assertThat(reused.records()).doesNotContain("/documents/" + p.kh2019, "/documents/" + p.kh2023);
    }

    @Test
    void columnsComeInTheFormsOrderLowestTierFirst() {
        assertThat(engine.evaluate("appendix-2", p.district, REVIEW, null).columns())
                .containsExactly("COMMUNE", "DISTRICT", "TOTAL");
        assertThat(engine.evaluate("appendix-2", p.province, REVIEW, null).columns())
                .containsExactly("COMMUNE", "DISTRICT", "PROVINCE", "TOTAL");
    }

    @Test
    void row5CountsMattersRefusedInTheHeadsSessionsOnce() {
        Evaluated a2 = engine.evaluate("appendix-2", p.party, REVIEW, null);
        assertThat(a2.total("5")).isEqualTo(1);
        assertThat(ids("appendix-2", "5", p.party)).containsExactly(p.refusedInHeadSession)
                .doesNotContain(p.refusedAgainSameMatter, p.refusedAtDesk);
        // The periodic report still counts every refused visit of the log.
        Evaluated periodic = engine.evaluate("periodic", p.commune, REVIEW, null);
        assertThat(periodic.total("refused")).isEqualTo(3);
    }

    @Test
    void drillDownsListOnlyRecordsInsideTheWindow() {
        Evaluated a2 = engine.evaluate("appendix-2", p.party, REVIEW, null);
        // The matter first raised on 17/02/2019 counts once, by its visit of 18/02/2019 inside the window;
        // the matter raised only on 17/02/2019 does not count.
        assertThat(a2.total("4")).isEqualTo(1);
        assertThat(ids("appendix-2", "4", p.party)).containsExactly(p.complexRepeatInWindow);
        for (String cell : List.of("1.periodic", "1.adhoc", "2.periodic", "2.adhoc", "3", "4", "5")) {
            assertThat(engine.records("appendix-2", cell, "TOTAL", p.party, REVIEW, null))
                    .as(cell).allSatisfy(r -> assertThat(r.date()).isBetween(REVIEW.from(), REVIEW.to()));
        }
        assertThat(ids("appendix-2", "1.periodic", p.party)).doesNotContain(p.sessionBeforeWindow);
        // A window that opens on 17/02/2019 takes the first visit.
        ReportWindow earlier = new ReportWindow(LocalDate.of(2019, 2, 17), REVIEW.to());
        assertThat(engine.records("appendix-2", "4", "TOTAL", p.party, earlier, null)).extracting(Ref::id)
                .containsExactlyInAnyOrder(p.complexBeforeWindow, p.complexOnlyBeforeWindow);
    }

    @Test
    void row8CountsComplaintsAndDenunciationsOnlyUnderKntc() {
        Evaluated a2 = engine.evaluate("appendix-2", p.party, REVIEW, null);
        assertThat(ids("appendix-2", "8.directed", p.party)).containsExactly(p.kntcMass, p.recommendationMass);
        assertThat(ids("appendix-2", "8.mass", p.party)).containsExactly(p.kntcMass);
        assertThat(a2.total("8.mass")).isEqualTo(1);
    }

    @Test
    void appendix3Row4CountsHeadsOfPartyCommitteesOnly() {
        Evaluated a3 = engine.evaluate("appendix-3", p.districtParty, REVIEW, null);
        assertThat(a3.total("4.disciplined")).isEqualTo(1);
        assertThat(ids("appendix-3", "4.disciplined", p.districtParty)).containsExactly(p.secretaryHead)
                .doesNotContain(p.chairmanHead);
        assertThat(a3.total("4.not_disciplined")).isZero();
        // The disciplines of those heads by form (a list): the Party's warning, not the chairman's downgrade.
        var q = sources.query(p.districtParty, REVIEW, "QĐ 11");
        List<String> formCodes = sources.codes(FigureRegistry.OVERSIGHT, q).stream()
                .filter(c -> c.startsWith("4.form.")).toList();
        Map<String, Long> forms = sources.totals(FigureRegistry.OVERSIGHT, formCodes, q).entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey(), e -> e.getValue().values().stream().mapToLong(v -> v).sum()));
        assertThat(forms).containsEntry("4.form.PARTY_WARNING", 1L).containsEntry("4.form.STATE_SALARY_DOWNGRADE", 0L);
    }

    @Test
    void theOutlineSplitsReceptionsCountsProtectionAndEveryCaseWithoutCompetence() {
        // Protection measures: 23:59 on 30/06 in Hà Nội is still 30/06; 00:00 on 01/07 is not.
        protection(p.peoples, "2022-06-30 16:59:00+00", "DECIDED");
        protection(p.peoples, "2022-06-30 17:00:00+00", "REQUESTED");
        var firstHalf = sources.protections(sources.query(p.commune,
                new ReportWindow(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 6, 30)), null));
        assertThat(firstHalf.recorded()).isEqualTo(1);
        assertThat(firstHalf.decided()).isEqualTo(1);

        Outline o = outlines.build(p.commune, REVIEW);
        List<String> texts = o.blocks().stream().map(Outline.Block::text).toList();
        // Periodic receptions: a degradation matter and a refused matter (refused twice: once); ad hoc: the
        // delegation of 18/02/2019 and the complex matter first raised the day before.
        assertThat(texts).contains("Trong đó: 0 đoàn đông người; 0 vụ việc phức tạp, kéo dài; 01 vụ việc phản ánh, "
                + "kiến nghị, khiếu nại, tố cáo về biểu hiện suy thoái, “tự diễn biến”, “tự chuyển hóa” trong cán bộ, "
                + "đảng viên; từ chối tiếp 01 vụ việc.");
        assertThat(texts).contains("Trong đó: 01 đoàn đông người; 01 vụ việc phức tạp, kéo dài; 0 vụ việc phản ánh, "
                + "kiến nghị, khiếu nại, tố cáo về biểu hiện suy thoái, “tự diễn biến”, “tự chuyển hóa” trong cán bộ, "
                + "đảng viên; từ chối tiếp 0 vụ việc.");
        assertThat(texts).anyMatch(t -> t.contains("Bảo vệ người phản ánh") && t.contains("02 trường hợp")
                && t.contains("trong đó 01 trường hợp đã quyết định"));
        // Without competence: the open case and the guided one; guided or transferred: one.
        assertThat(texts).contains("+ Không thuộc thẩm quyền xử lý, chỉ đạo xử lý: 02 vụ việc; đã hướng dẫn, chuyển 01 "
                + "vụ việc đến cơ quan có thẩm quyền.");
    }

    private void protection(long unit, String at, String status) {
        jdbc.sql("""
                insert into identity_protection (subject_type, subject_id, unit_id, person_position, status, ref, key_id,
                  nonce, ciphertext, created_at)
                values ('Petition', 0, ?, 0, ?, ?, 'test', '\\x00'::bytea, '\\x00'::bytea, ?::timestamptz)""")
                .params(unit, status, UUID.randomUUID(), at).update();
    }

    private long session(long unit, String kind, String day) {
        return jdbc.sql("insert into reception_session (unit_id, kind, session_date, place) values (?, ?, ?::date, "
                + "'Phòng tiếp công dân') returning id").params(unit, kind, day).query(Long.class).single();
    }

    private void host(long session, Long unit, String role, String capacity) {
        int position = jdbc.sql("select count(*) from reception_session_host where session_id = ?").param(session)
                .query(Integer.class).single();
        jdbc.sql("insert into reception_session_host (session_id, position, host_unit_id, host_role, capacity, "
                + "person_name) values (?, ?, ?, ?, ?, 'Người chủ trì')")
                .params(session, position, unit, role, capacity).update();
    }

    private long visit(long session, long unit, String day, boolean delegation, int headcount, boolean complex,
            boolean degradation, String outcome, String ground, Long matter) {
        return jdbc.sql("""
                insert into reception_visit (session_id, unit_id, visit_date, citizen_name, delegation, headcount,
                  representatives, content, field_code, complex, degradation_related, mass, outcome, refusal_ground,
                  matter_of_visit_id)
                values (?, ?, ?::date, 'Công dân thử', ?, ?, ?, 'Nội dung thử', 'LAND', ?, ?, ?, ?, ?, ?) returning id""")
                .params(session, unit, day, delegation, headcount, delegation ? "Đại diện A" : null, complex,
                        degradation, delegation, outcome, ground, matter)
                .query(Long.class).single();
    }

    private long kase(long unit, String competence, String kind, String received, String settled, String outcome,
            String directed, boolean mass) {
        return jdbc.sql("""
                insert into petition_case (unit_id, title, kind, competence, received_on, settled_on, settled_on_time,
                  outcome, direction_issued_on, mass)
                values (?, 'Vụ việc thử', ?, ?, ?::date, ?::date, ?, ?, ?::date, ?) returning id""")
                .params(unit, kind, competence, received, settled, settled == null ? null : Boolean.TRUE, outcome,
                        directed, mass)
                .query(Long.class).single();
    }
}
