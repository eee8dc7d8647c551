package org.tiepdan.history.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tiepdan.FullStackTest;
import org.tiepdan.account.Role;
import org.tiepdan.account.RoleGrantView;
import org.tiepdan.account.TiepdanUser;
import org.tiepdan.dialogue.DialogueFigures;
import org.tiepdan.oversight.OversightCounts;
import org.tiepdan.oversight.ReportCell;
import org.tiepdan.petition.PetitionFigures;
import org.tiepdan.reception.ReceptionFigures;
import org.tiepdan.reception.SessionKind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A hand-made five-year commune history imported from the spreadsheet template and from the JSON
 * bundle into two fresh communes: the same records, the reports' figures, idempotence, audit.
 */
@FullStackTest
class HistoryImportTest {

    static final LocalDate FROM = LocalDate.of(2019, 2, 18);
    static final LocalDate TO = LocalDate.of(2023, 12, 31);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Workbooks workbooks;
    @Autowired
    Vocabulary vocabulary;
    @Autowired
    BundleJson bundles;
    @Autowired
    ReceptionFigures receptionFigures;
    @Autowired
    PetitionFigures petitionFigures;
    @Autowired
    OversightCounts oversightCounts;
    @Autowired
    ApplicationContext context;
    @Autowired
    DialogueFigures dialogueFigures;

    static Authentication admin(long unitId) {
        TiepdanUser user = new TiepdanUser(9L, "nhaplieu" + System.nanoTime(), "Người nhập liệu",
                List.of(new RoleGrantView(Role.ADMIN, unitId)), "x", true, true);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    static final JsonMapper JSON = JsonMapper.builder().build();

    byte[] template(FiveYearHistory h, Authentication who) throws Exception {
        return mvc.perform(get("/imports/template").param("unit", String.valueOf(h.area)).with(authentication(who)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    long uploadAndConfirm(FiveYearHistory h, byte[] xlsx, Authentication who) throws Exception {
        MvcResult staged = mvc.perform(multipart("/imports").file(new MockMultipartFile("file", "lich-su.xlsx",
                        "application/octet-stream", xlsx)).param("unit", String.valueOf(h.area))
                        .with(csrf()).with(authentication(who)))
                .andExpect(status().is3xxRedirection()).andReturn();
        long id = Long.parseLong(staged.getResponse().getRedirectedUrl().replace("/imports/", ""));
        assertThat(jobStatus(id)).isEqualTo("PREVIEW");
        mvc.perform(post("/imports/{id}/confirm", id).with(csrf()).with(authentication(who)))
                .andExpect(status().is3xxRedirection());
        return id;
    }

    JsonNode postJson(FiveYearHistory h, byte[] json, boolean dryRun, int expected, Authentication who)
            throws Exception {
        String body = mvc.perform(post("/api/v1/imports").param("unit", String.valueOf(h.area))
                        .param("dryRun", String.valueOf(dryRun)).contentType(MediaType.APPLICATION_JSON).content(json)
                        .with(csrf()).with(authentication(who)))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return JSON.readTree(body);
    }

    String jobStatus(long id) {
        return jdbc.sql("select status from history_import where id = ?").param(id).query(String.class).single();
    }

    @Test
    void theSpreadsheetAndTheJsonBundleGiveIdenticalRecordsAndTheReportsFigures() throws Exception {
        FiveYearHistory sheet = FiveYearHistory.create(jdbc, "Bảng Tính");
        FiveYearHistory bundle = FiveYearHistory.create(jdbc, "Gói Dữ Liệu");
        Authentication a = admin(sheet.area);
        Authentication b = admin(bundle.area);

        // The two readers give the same records (same commune, so the same unit names).
        byte[] xlsx = sheet.xlsx(template(sheet, a), workbooks, vocabulary);
        assertThat(comparable(workbooks.read(xlsx))).isEqualTo(comparable(bundles.read(sheet.json())));

        long first = uploadAndConfirm(sheet, xlsx, a);
        assertThat(jobStatus(first)).isEqualTo("IMPORTED");
        JsonNode report = postJson(bundle, bundle.json(), false, 201, b);
        assertThat(report.get("status").asString()).isEqualTo("IMPORTED");
        // The dialogue module writes the dialogue with its opinion and assignment.
        assertThat(report.get("dialoguesAvailable").asBoolean()).isTrue();
        assertThat(report.get("findings").valueStream().map(f -> f.get("code").asString()))
                .doesNotContain("DIALOGUE_UNAVAILABLE").contains("HEAD_ROLE_MISSING");
        assertThat(report.get("created").asInt()).isEqualTo(7 + 9 + 10 + 1 + 1 + 1 + 2 + 2 + 2 + 3);

        assertThat(records(sheet)).isEqualTo(records(bundle));
        assertThat(records(sheet)).hasSizeGreaterThan(30);

        for (FiveYearHistory h : List.of(sheet, bundle)) {
            assertFigures(h);
        }
    }

    private void assertFigures(FiveYearHistory h) {
        assertThat(receptionFigures.sessions(h.area, FROM, TO, SessionKind.PERIODIC).count()).isEqualTo(4);
        assertThat(receptionFigures.sessions(h.area, FROM, TO, SessionKind.AD_HOC).count()).isEqualTo(1);
        assertThat(receptionFigures.peopleReceived(h.area, FROM, TO, SessionKind.PERIODIC).count()).isEqualTo(10);
        assertThat(receptionFigures.peopleReceived(h.area, FROM, TO, SessionKind.AD_HOC).count()).isEqualTo(1);
        assertThat(receptionFigures.delegations(h.area, FROM, TO).count()).isEqualTo(1);
        assertThat(receptionFigures.complexOrProlongedMatters(h.area, FROM, TO).count()).isEqualTo(2);
        assertThat(receptionFigures.refusedVisits(h.area, FROM, TO).count()).isEqualTo(1);

        Map<String, Integer> p = petitionFigures.appendix2(h.area, FROM, TO).stream()
                .collect(Collectors.toMap(PetitionFigures.Figure::code, PetitionFigures.Figure::count));
        assertThat(p).containsExactlyInAnyOrderEntriesOf(Map.of("6.handled", 1, "6.pending", 0, "7.settled", 4,
                "7.reopened", 1, "7.open", 1, "8.directed", 2, "8.mass", 0, "8.incited", 1, "9.guided", 2));

        // Row 8's "trong đó" counts complaints and denunciations only: DT-04 is a recommendation (issue 20).
        // Row 4 counts heads of Party committees: the secretary of the Party cell, not the vice-chairman
        // whose role the file does not give (recorded as OTHER, with a warning).
        Map<String, Long> a3 = oversightCounts.appendix3(h.area, FROM, TO, "QĐ 11").stream()
                .filter(c -> !c.code().startsWith("4.form."))
                .collect(Collectors.toMap(ReportCell::code, ReportCell::value));
        assertThat(a3).containsExactlyInAnyOrderEntriesOf(Map.of("1.planned", 1L, "1.adhoc", 1L, "2", 1L, "3", 1L,
                "4.disciplined", 0L, "4.not_disciplined", 1L));
        Map<String, Long> a1 = oversightCounts.appendix1(h.area, FROM, TO, "QĐ 11").stream()
                .collect(Collectors.toMap(ReportCell::code, ReportCell::value));
        assertThat(a1).containsEntry("events", 2L).containsEntry("participants", 120L).containsEntry("materials", 120L)
                .containsEntry("documents", 3L).containsEntry("documents.KH", 1L).containsEntry("documents.TB", 1L)
                .containsEntry("documents.QĐ", 1L);

        // The dialogue of 20/06/2022, concluded on 28/06 and its one point answered on 25/07 (due 09/08).
        assertThat(dialogueFigures.figure("dialogues.held", h.area, FROM, TO).count()).isEqualTo(1);
        assertThat(dialogueFigures.figure("dialogues.periodic", h.area, FROM, TO).count()).isEqualTo(1);
        assertThat(dialogueFigures.figure("opinions", h.area, FROM, TO).count()).isEqualTo(1);
        assertThat(dialogueFigures.figure("assignments", h.area, FROM, TO).count()).isEqualTo(1);
        assertThat(dialogueFigures.figure("assignments.on_time", h.area, FROM, TO).count()).isEqualTo(1);
        assertThat(dialogueFigures.figure("assignments.open", h.area, FROM, TO).count()).isZero();
        String units = "(" + h.area + ", " + h.partyId + ", " + h.ubndId + ")";
        assertThat(jdbc.sql("select count(*) from dialogue where unit_id in " + units).query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from dialogue_opinion o join dialogue d on d.id = o.dialogue_id "
                + "where d.unit_id in " + units).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from dialogue_assignment a join dialogue d on d.id = a.dialogue_id "
                + "where d.unit_id in " + units).query(Long.class).single()).isEqualTo(1);
        // In its final state, numbered nowhere: the register holds only the three imported documents.
        assertThat(jdbc.sql("select state || ' ' || conclusion_number || ' ' || conclusion_issued_on || ' ' "
                + "|| closed_on || ' ' || (conclusion_document_id is null) from dialogue where unit_id in " + units)
                .query(String.class).single()).isEqualTo("CLOSED 48-TB/ĐU 2022-06-28 2022-07-25 true");
        assertThat(jdbc.sql("select count(*) from issued_document where unit_id in " + units).query(Long.class)
                .single()).isEqualTo(3);
    }

    /** Records of a bundle without where they were read. */
    static List<String> comparable(Bundle bundle) {
        return bundle.records().stream().map(r -> r.type() + " " + r.fields()).sorted().toList();
    }

    /** Every record an import created in a commune, with unit ids replaced by what the unit is. */
    List<String> records(FiveYearHistory h) {
        String units = "(" + h.area + ", " + h.partyId + ", " + h.ubndId + ")";
        String role = "case unit_id when " + h.partyId + " then 'PARTY' when " + h.ubndId + " then 'UBND' else 'AREA' end";
        List<String> all = new ArrayList<>();
        all.addAll(rows("select " + role + ", kind, session_date, place, closed, (select string_agg(capacity || ':' || "
                + "person_name, ',' order by position) from reception_session_host x where x.session_id = s.id) "
                + "from reception_session s where unit_id in " + units));
        all.addAll(rows("select visit_date, citizen_name, citizen_id_number, hamlet, delegation, headcount, "
                + "representatives, field_code, complex, prolonged, outcome, refusal_ground, "
                + "(select m.citizen_name from reception_visit m where m.id = v.matter_of_visit_id), petition_number "
                + "from reception_visit v where unit_id in " + units));
        all.addAll(rows("select " + role + ", registration_number, channel, received_on, kind, competence, state, "
                + "outcome, reason, settled_on, settled_on_time, overdue, external_body, directed_body, "
                + "(select count(*) from petition_event e where e.petition_id = p.id), "
                + "(select string_agg(rule_code || ':' || coalesce(due::text, '') || ':' || active, ',' order by position) "
                + "from petition_deadline d where d.petition_id = p.id) from petition p where unit_id in " + units));
        all.addAll(rows("select " + role + ", kind, competence, received_on, outcome, direction_issued_on, settled_on, "
                + "settled_on_time, reopened_on, complex, mass, degradation_related, incited from petition_case "
                + "where unit_id in " + units));
        all.addAll(rows("select " + role + ", kind, mode, topic, title, started_on, ended_on, "
                + "(select string_agg(x.description || ':' || x.severity, ',') from violation x where x.inspection_id = i.id) "
                + "from inspection i where unit_id in " + units));
        all.addAll(rows("select " + role + ", kind, held_on, title, topic, participants, materials from outreach_event "
                + "where unit_id in " + units));
        all.addAll(rows("select " + role + ", number_symbol, type_code, issuer_kind, summary, issued_on, source "
                + "from issued_document where unit_id in " + units));
        all.addAll(rows("select " + role + ", kind, held_on, place, chair_name, citizens_count, state, "
                + "conclusion_number, conclusion_issued_on, conclusion_due, closed_on, "
                + "(select string_agg(o.seq || ':' || coalesce(o.citizen_name, '') || ':' || o.content || ':' "
                + "|| coalesce(a.state, '') || ':' || coalesce(a.due::text, '') || ':' || coalesce(a.answered_on::text, '') "
                + "|| ':' || coalesce(a.answer_number, ''), ',' order by o.seq) from dialogue_opinion o "
                + "left join dialogue_assignment a on a.opinion_id = o.id where o.dialogue_id = d.id) "
                + "from dialogue d where unit_id in " + units));
        all.sort(Comparator.naturalOrder());
        return all;
    }

    private List<String> rows(String sql) {
        return jdbc.sql(sql).query((rs, i) -> {
            List<String> cells = new ArrayList<>();
            for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                cells.add(String.valueOf(rs.getObject(c)));
            }
            return String.join(" | ", cells);
        }).list();
    }

    @Test
    void importedRecordsLinkToTheirImportWhichIsAuditedWithTheChecksumAndAReimportCreatesNothing() throws Exception {
        FiveYearHistory h = FiveYearHistory.create(jdbc, "Nhập Lại");
        Authentication who = admin(h.area);
        JsonNode first = postJson(h, h.json(), false, 201, who);
        long id = first.get("id").asLong();
        String sha = first.get("sha256").asString();
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'IMPORT' and entity_type = 'HistoryImport' "
                + "and entity_id = ? and summary like ?").params(String.valueOf(id), "%sha256=" + sha + "%")
                .query(Long.class).single()).isEqualTo(1);
        for (String table : List.of("reception_session", "reception_visit", "petition", "petition_case", "inspection",
                "outreach_event", "issued_document", "dialogue")) {
            assertThat(jdbc.sql("select count(*) from " + table + " where unit_id in (?, ?, ?) and import_id is distinct from ?")
                    .params(h.area, h.partyId, h.ubndId, id).query(Long.class).single()).as(table).isZero();
        }
        List<String> before = records(h);

        // The job keeps no copy of the petitioners' identities once imported.
        assertThat(jdbc.sql("select count(*) from history_import_row where import_id = ? and record_type = 'PETITION' "
                + "and (fields like '%petitioner%' or fields like '%idNumber%')").param(id).query(Long.class).single())
                .isZero();

        JsonNode again = postJson(h, h.json(), false, 201, who);
        assertThat(again.get("created").asInt()).isZero();
        assertThat(again.get("findings").valueStream().filter(f -> f.get("code").asString().equals("ALREADY_IMPORTED")))
                .hasSize(first.get("created").asInt());
        assertThat(records(h)).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from dialogue where unit_id in (?, ?, ?)")
                .params(h.area, h.partyId, h.ubndId).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from dialogue_opinion o join dialogue d on d.id = o.dialogue_id "
                + "where d.unit_id in (?, ?, ?)").params(h.area, h.partyId, h.ubndId).query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from dialogue_assignment a join dialogue d on d.id = a.dialogue_id "
                + "where d.unit_id in (?, ?, ?)").params(h.area, h.partyId, h.ubndId).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void anImportedDialogueWithAnUnansweredPointStaysConcludedAndNoReminderOrAlertFiresForIt() throws Exception {
        FiveYearHistory h = FiveYearHistory.create(jdbc, "Đối Thoại Mở");
        h.rows.get(RecordType.ASSIGNMENT).get(0).remove("answeredOn");
        h.rows.get(RecordType.ASSIGNMENT).get(0).remove("answerDocument");
        postJson(h, h.json(), false, 201, admin(h.area));
        String units = "(" + h.area + ", " + h.partyId + ", " + h.ubndId + ")";
        assertThat(jdbc.sql("select state from dialogue where unit_id in " + units).query(String.class).single())
                .isEqualTo("CONCLUDED");
        assertThat(jdbc.sql("select count(*) from dialogue_assignment a join dialogue d on d.id = a.dialogue_id "
                + "where d.unit_id in " + units + " and a.state = 'OPEN' and a.due < current_date")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(dialogueFigures.figure("assignments.open", h.area, FROM, TO).count()).isEqualTo(1);
        Object job = context.getBean("assignmentReminderJob");
        ReflectionTestUtils.invokeMethod(job, "run", LocalDate.now());
        assertThat(jdbc.sql("select count(*) from dialogue_reminder r join dialogue d on d.id = r.dialogue_id "
                + "where d.unit_id in " + units).query(Long.class).single()).isZero();
    }

    @Test
    void aDialogueRowManualEntryWouldRefuseIsAnErrorOfTheDryRun() throws Exception {
        FiveYearHistory h = FiveYearHistory.create(jdbc, "Đối Thoại Lỗi");
        h.rows.get(RecordType.DIALOGUE).get(0).put("kind", "PERIODIC");
        h.rows.get(RecordType.OPINION).get(0).remove("citizenName");
        h.rows.get(RecordType.OPINION).get(0).remove("hamlet");
        JsonNode report = postJson(h, h.json(), true, 200, admin(h.area));
        finding(report, "dialogues", 1, "dialogue-opinion-citizen-required");
        assertThat(report.get("errors").asInt()).isGreaterThanOrEqualTo(1);
        assertNothingImported(h);
    }

    /** Issue 19: a session, a petition, a dialogue and a document row held by the territory are refused, each on its row. */
    @Test
    void aRowHeldByATerritoryIsRefusedOnItsRowWithTheHoldingBodyCode() throws Exception {
        FiveYearHistory h = FiveYearHistory.create(jdbc, "Địa Bàn Giữ");
        h.rows.get(RecordType.SESSION).get(0).put("unit", h.areaName);
        h.rows.get(RecordType.PETITION).get(0).put("unit", h.areaName);
        h.rows.get(RecordType.DIALOGUE).get(0).put("unit", h.areaName);
        h.rows.get(RecordType.DOCUMENT).get(0).put("unit", h.areaName);
        JsonNode report = postJson(h, h.json(), true, 200, admin(h.area));
        for (String type : List.of("sessions", "petitions", "dialogues", "documents")) {
            JsonNode f = finding(report, type, 1, org.tiepdan.org.HoldingBody.CODE);
            assertThat(f.get("message").asString()).contains(h.areaName).contains("không phải cơ quan");
        }
        assertNothingImported(h);
    }

    @Test
    void importedPetitionsAreInTheirFinalStateAndNoReminderJobTouchesThem() throws Exception {
        FiveYearHistory h = FiveYearHistory.create(jdbc, "Nhắc Việc");
        postJson(h, h.json(), false, 201, admin(h.area));
        String units = "(" + h.partyId + ", " + h.ubndId + ")";
        assertThat(jdbc.sql("select count(*) from petition where unit_id in " + units + " and settled_on is null")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from petition_deadline d join petition p on p.id = d.petition_id "
                + "where p.unit_id in " + units + " and d.active").query(Long.class).single()).isZero();
        Object job = context.getBean("reminderJob");
        ReflectionTestUtils.invokeMethod(job, "run", LocalDate.now());
        assertThat(jdbc.sql("select count(*) from petition_reminder where unit_id in " + units).query(Long.class)
                .single()).isZero();
        assertThat(jdbc.sql("select count(*) from petition where unit_id in " + units + " and overdue")
                .query(Long.class).single()).isZero();
        // The denunciation's people are sealed as at the front desk: the petition keeps a pseudonym only.
        assertThat(jdbc.sql("select count(*) from petitioner x join petition p on p.id = x.petition_id "
                + "where p.unit_id in " + units + " and x.full_name = 'Lê Thị Lan'").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from petition where unit_id in " + units + " and identity_sealed")
                .query(Long.class).single()).isEqualTo(1);
        // The in-person petition is linked both ways with the visit it was handed in at.
        assertThat(jdbc.sql("select count(*) from reception_visit v join petition p on p.id = v.petition_id "
                + "and p.reception_visit_id = v.id where p.unit_id in " + units).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theDryRunReportsPlantedBadRowsByRowNumberAndImportsNothing() throws Exception {
        FiveYearHistory h = FiveYearHistory.create(jdbc, "Lỗi Cài Sẵn");
        h.rows.get(RecordType.SESSION).get(2).put("date", "2021-02-30");                 // sessions row 3
        h.rows.get(RecordType.VISIT).get(1).put("headcount", 3);                        // visits row 2: delegation of 3
        h.rows.get(RecordType.PETITION).get(0).put("decidedOn", LocalDate.of(2019, 3, 1)); // petitions row 1
        h.rows.get(RecordType.OUTREACH).get(1).put("unit", "Ủy ban nhân dân xã Không Có"); // outreachEvents row 2
        h.rows.get(RecordType.DOCUMENT).get(2).put("numberSymbol", "02-KH/ĐU");          // documents row 3 = row 1
        Authentication who = admin(h.area);

        JsonNode report = postJson(h, h.json(), true, 200, who);
        assertThat(report.get("status").asString()).isEqualTo("PREVIEW");
        assertThat(finding(report, "sessions", 3, "INVALID_DATE").get("message").asString()).contains("30/02/2021");
        assertThat(finding(report, "visits", 4, "PARENT_REJECTED").get("related").get(0).asInt()).isEqualTo(3);
        assertThat(finding(report, "visits", 2, "reception-delegation-too-small").get("message").asString())
                .contains("5");
        assertThat(finding(report, "petitions", 1, "petition-date-before-received").get("message").asString())
                .contains("02/04/2019");
        assertThat(finding(report, "outreachEvents", 2, "UNKNOWN_UNIT").get("message").asString())
                .contains("Không Có");
        assertThat(finding(report, "documents", 3, "DUPLICATE_NUMBER").get("related").get(0).asInt()).isEqualTo(1);
        assertThat(report.get("errors").asInt()).isGreaterThanOrEqualTo(5);
        assertNothingImported(h);

        JsonNode refused = postJson(h, h.json(), false, 422, who);
        assertThat(refused.get("status").asString()).isEqualTo("PREVIEW");
        assertNothingImported(h);

        // The same bad rows from the spreadsheet carry the spreadsheet's row numbers (header is row 1).
        long id = Long.parseLong(mvc.perform(multipart("/imports").file(new MockMultipartFile("file", "loi.xlsx",
                        "application/octet-stream", h.xlsx(template(h, who), workbooks, vocabulary)))
                        .param("unit", String.valueOf(h.area)).with(csrf()).with(authentication(who)))
                .andReturn().getResponse().getRedirectedUrl().replace("/imports/", ""));
        JsonNode sheetReport = JSON.readTree(mvc.perform(get("/api/v1/imports/{id}", id).with(authentication(who)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        finding(sheetReport, "sessions", 4, "INVALID_DATE");
        finding(sheetReport, "documents", 4, "DUPLICATE_NUMBER");
        mvc.perform(post("/imports/{id}/confirm", id).with(csrf()).with(authentication(who)))
                .andExpect(status().is3xxRedirection());
        assertThat(jobStatus(id)).isEqualTo("PREVIEW");
        assertNothingImported(h);
    }

    /** LAW.md, "Identity documents": the import checks each kind by its own rule; idNumber alone takes the kind of its form. */
    @Test
    void identityDocumentsAreImportedWithTheirKindAndABadNumberIsAnErrorOnItsColumn() throws Exception {
        FiveYearHistory h = FiveYearHistory.create(jdbc, "Giấy Tờ Nhập");
        List<Map<String, Object>> visits = h.rows.get(RecordType.VISIT);
        List<Map<String, Object>> petitions = h.rows.get(RecordType.PETITION);
        visits.get(0).put("idKind", "CMND");                  // 042075001122 is no CMND
        visits.get(4).put("idKind", "PASSPORT");
        visits.get(4).put("idNumber", "b12");
        petitions.get(0).put("idKind", "PERSONAL_ID");
        petitions.get(0).put("idNumber", "097065000001");     // 097 was never issued
        petitions.get(2).put("idNumber", "12345678");         // no kind has this form
        Authentication who = admin(h.area);

        JsonNode report = postJson(h, h.json(), true, 200, who);
        for (Object[] bad : new Object[][] {{"visits", 1}, {"visits", 5}, {"petitions", 1}, {"petitions", 3}}) {
            JsonNode f = finding(report, (String) bad[0], (Integer) bad[1], "INVALID_ID_NUMBER");
            assertThat(f.get("field").asString()).isEqualTo("idNumber");
            assertThat(f.get("message").asString()).contains("không hợp lệ").doesNotContain("042075001122")
                    .doesNotContain("097065000001");
        }
        assertNothingImported(h);

        // The spreadsheet template has the column; the same rows are refused there too (header is row 1).
        long id = Long.parseLong(mvc.perform(multipart("/imports").file(new MockMultipartFile("file", "giay-to.xlsx",
                        "application/octet-stream", h.xlsx(template(h, who), workbooks, vocabulary)))
                        .param("unit", String.valueOf(h.area)).with(csrf()).with(authentication(who)))
                .andReturn().getResponse().getRedirectedUrl().replace("/imports/", ""));
        JsonNode sheetReport = JSON.readTree(mvc.perform(get("/api/v1/imports/{id}", id).with(authentication(who)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        finding(sheetReport, "visits", 2, "INVALID_ID_NUMBER");
        finding(sheetReport, "petitions", 2, "INVALID_ID_NUMBER");

        visits.get(0).put("idKind", "CCCD");
        visits.get(4).put("idNumber", "b1234567");
        petitions.get(0).put("idNumber", "001203004005");
        petitions.get(2).put("idNumber", "183456789");          // idNumber alone: a CMND by its form
        postJson(h, h.json(), false, 201, who);
        assertThat(jdbc.sql("select id_kind || ' ' || citizen_id_number from reception_visit where unit_id = ? "
                + "and citizen_id_number is not null order by citizen_id_number").param(h.partyId).query(String.class)
                .list()).containsExactly("CCCD 042075001122", "PASSPORT B1234567");
        assertThat(jdbc.sql("select p.id_kind || ' ' || p.id_number from petitioner p join petition q on q.id = p.petition_id "
                + "where q.unit_id in (?, ?) and p.id_number is not null order by p.id_number")
                .params(h.partyId, h.ubndId).query(String.class).list())
                .containsExactly("PERSONAL_ID 001203004005", "CMND 183456789");
    }

    /** Issue 21: the kind of the matter and old/new are optional; a past denunciation is sealed on import. */
    @Test
    void aVisitsKindOfMatterAndOldOrNewAreImportedAndADenunciationIsSealed() throws Exception {
        FiveYearHistory h = FiveYearHistory.create(jdbc, "Loại Vụ Việc");
        List<Map<String, Object>> visits = h.rows.get(RecordType.VISIT);
        visits.get(0).put("matterKind", "DENUNCIATION");       // carries the CCCD 042075001122
        visits.get(0).put("newMatter", true);
        visits.get(1).put("matterKind", "COMPLAINT");
        visits.get(1).put("newMatter", false);
        postJson(h, h.json(), false, 201, admin(h.area));
        List<String> rows = jdbc.sql("select coalesce(matter_kind, '-') || ' ' || coalesce(cast(new_matter as text), '-')"
                + " || ' ' || denunciation from reception_visit where unit_id = ? order by id").param(h.partyId)
                .query(String.class).list();
        assertThat(rows.subList(0, 2)).containsExactly("DENUNCIATION true true", "COMPLAINT false false");
        assertThat(rows.subList(2, rows.size())).allMatch(r -> r.equals("- - false"));
        assertThat(jdbc.sql("select count(*) from reception_visit where citizen_id_number = '042075001122' "
                + "and unit_id = ?").param(h.partyId).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select citizen_name from reception_visit where unit_id = ? and denunciation")
                .param(h.partyId).query(String.class).single()).startsWith("Người tố cáo");
    }

    /**
     * Issue 21: a petition's old/new and the category of the body it went to are optional on import,
     * never guessed; a category not in the list is refused with its place in the bundle.
     */
    @Test
    void aPetitionsOldOrNewAndItsDestinationCategoryAreImportedWhenGivenAndLeftUnrecordedOtherwise()
            throws Exception {
        FiveYearHistory h = FiveYearHistory.create(jdbc, "Cơ Quan Nhận");
        List<Map<String, Object>> petitions = h.rows.get(RecordType.PETITION);
        petitions.get(0).put("newMatter", false);                        // DT-01
        petitions.get(5).put("destinationCategory", "COURT");            // DT-06, guided to a court
        petitions.get(6).put("field", "ADM_CIVIL_SERVICE");              // DT-07: a node of the field tree
        Authentication who = admin(h.area);
        JsonNode problem = postJson(h, h.json(), true, 400, who);
        assertThat(problem.get("code").asString()).isEqualTo("history-bundle-invalid");
        assertThat(problem.get("errors").valueStream().map(e -> e.get("field").asString()))
                .contains("/petitions/5/destinationCategory");
        petitions.get(5).put("destinationCategory", "PROSECUTION_COURT_ENFORCEMENT");
        postJson(h, h.json(), false, 201, who);
        List<String> rows = jdbc.sql("select coalesce(cast(new_matter as text), '-') || ' ' || state || ' ' "
                + "|| coalesce(destination_category, '-') || ' ' || field from petition where unit_id = ? and content in (?, ?, ?) "
                + "order by received_on").params(h.ubndId, "Khiếu nại quyết định thu hồi đất làm đường liên thôn.",
                        "Khiếu nại bản án về tranh chấp thừa kế.", "Khiếu nại về chế độ bảo hiểm xã hội.")
                .query(String.class).list();
        // and the field: an old flat code stored as its node, a node as it is
        assertThat(rows).containsExactly("false DECIDED - ADM_LAND", "- GUIDED PROSECUTION_COURT_ENFORCEMENT JUDICIAL",
                "- TRANSFERRED - ADM_CIVIL_SERVICE");
    }

    @Test
    void rowsLeftOutInThePreviewAreNotImportedAndTheRestIs() throws Exception {
        FiveYearHistory h = FiveYearHistory.create(jdbc, "Bỏ Dòng");
        h.rows.get(RecordType.SESSION).get(2).put("date", "2021-02-30");
        Authentication who = admin(h.area);
        long id = postJson(h, h.json(), true, 200, who).get("id").asLong();
        long row = jdbc.sql("select id from history_import_row where import_id = ? and record_type = 'SESSION' and row_no = 3")
                .param(id).query(Long.class).single();
        mvc.perform(post("/imports/{id}/rows/{row}/exclude", id, row).param("excluded", "true").with(csrf())
                .with(authentication(who))).andExpect(status().isOk());
        JsonNode report = JSON.readTree(mvc.perform(get("/api/v1/imports/{id}", id).with(authentication(who)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(report.get("errors").asInt()).isZero();
        finding(report, "visits", 4, "PARENT_EXCLUDED");
        mvc.perform(post("/imports/{id}/confirm", id).with(csrf()).with(authentication(who)))
                .andExpect(status().is3xxRedirection());
        assertThat(jobStatus(id)).isEqualTo("IMPORTED");
        assertThat(jdbc.sql("select count(*) from reception_session where unit_id = ?").param(h.partyId)
                .query(Long.class).single()).isEqualTo(6);
        assertThat(jdbc.sql("select count(*) from reception_visit where unit_id = ? and citizen_name = 'Nguyễn Văn An'")
                .param(h.partyId).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select summary from audit_entry where action = 'IMPORT' and entity_id = ?")
                .param(String.valueOf(id)).query(String.class).single()).contains("excluded=1");
    }

    private void assertNothingImported(FiveYearHistory h) {
        for (String table : List.of("reception_session", "petition", "inspection", "outreach_event", "issued_document")) {
            assertThat(jdbc.sql("select count(*) from " + table + " where unit_id in (?, ?, ?)")
                    .params(h.area, h.partyId, h.ubndId).query(Long.class).single()).as(table).isZero();
        }
        assertThat(jdbc.sql("select count(*) from history_record where unit_id = ?").param(h.area).query(Long.class)
                .single()).isZero();
    }

    static JsonNode finding(JsonNode report, String type, int row, String code) {
        for (JsonNode f : report.get("findings")) {
            if (f.get("type").asString().equals(type) && f.get("row").asInt() == row
                    && f.get("code").asString().equals(code)) {
                return f;
            }
        }
        throw new AssertionError("no " + code + " on " + type + " row " + row + " in " + report.get("findings"));
    }

    @Test
    void aBigBundleRunsInTheBackgroundBehindA202AndItsJobShowsProgress() throws Exception {
        FiveYearHistory h = FiveYearHistory.create(jdbc, "Nền");
        Authentication who = admin(h.area);
        MvcResult accepted = mvc.perform(post("/api/v1/imports").param("unit", String.valueOf(h.area))
                        .param("dryRun", "false").param("async", "true").contentType(MediaType.APPLICATION_JSON)
                        .content(h.json()).with(csrf()).with(authentication(who)))
                .andExpect(status().isAccepted()).andReturn();
        String location = accepted.getResponse().getHeader("Location");
        assertThat(location).startsWith("/api/v1/imports/");
        JsonNode job = null;
        for (int i = 0; i < 120; i++) {
            job = JSON.readTree(mvc.perform(get(location).with(authentication(who))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
            if (job.get("status").asString().equals("IMPORTED")) {
                break;
            }
            Thread.sleep(250);
        }
        assertThat(job.get("status").asString()).isEqualTo("IMPORTED");
        assertThat(job.get("percent").asInt()).isEqualTo(100);
        assertThat(jdbc.sql("select count(*) from petition where unit_id in (?, ?)").params(h.partyId, h.ubndId)
                .query(Long.class).single()).isEqualTo(10);
    }

    @Test
    void theSchemaIsPublishedAndABundleOfTheWrongShapeIsRefusedWhole() throws Exception {
        String schema = mvc.perform(get("/api/v1/imports/schema")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode root = JSON.readTree(schema);
        for (RecordType type : RecordType.values()) {
            JsonNode items = root.get("properties").get(type.jsonName()).get("items");
            List<String> names = new ArrayList<>();
            items.get("properties").propertyNames().forEach(names::add);
            assertThat(names).as(type.name()).containsExactlyElementsOf(type.fields().stream().map(FieldDef::name).toList());
            List<String> required = items.get("required").valueStream().map(JsonNode::asString).toList();
            assertThat(required).as(type.name()).containsExactlyElementsOf(
                    type.fields().stream().filter(FieldDef::required).map(FieldDef::name).toList());
        }
        FiveYearHistory h = FiveYearHistory.create(jdbc, "Sai Lược Đồ");
        String bad = "{\"version\": 1, \"sessions\": [{\"key\": \"A\", \"unit\": \"x\", \"kind\": \"WEEKLY\", "
                + "\"date\": \"15/03/2019\", \"place\": \"p\", \"hostCapacity\": \"HEAD\", \"hostName\": \"n\", \"extra\": 1}]}";
        String body = mvc.perform(post("/api/v1/imports").param("unit", String.valueOf(h.area))
                        .contentType(MediaType.APPLICATION_JSON).content(bad).with(csrf()).with(authentication(admin(h.area))))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode problem = JSON.readTree(body);
        assertThat(problem.get("code").asString()).isEqualTo("history-bundle-invalid");
        assertThat(problem.get("errors").valueStream().map(e -> e.get("field").asString()))
                .contains("/sessions/0/kind", "/sessions/0/date");
        assertThat(jdbc.sql("select count(*) from history_import where unit_id = ?").param(h.area).query(Long.class)
                .single()).isZero();
    }

    @Test
    void theDemoCommunesHistoryWasImportedWithTheSeedsFigures() {
        long commune = jdbc.sql("select id from org_unit where code = '18844'").query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from history_import where unit_id = ? and status = 'IMPORTED'")
                .param(commune).query(Long.class).single()).isEqualTo(1);
        assertThat(receptionFigures.sessions(commune, FROM, TO, SessionKind.PERIODIC).count()).isEqualTo(46);
        assertThat(receptionFigures.sessions(commune, FROM, TO, SessionKind.AD_HOC).count()).isZero();
        assertThat(receptionFigures.peopleReceived(commune, FROM, TO, SessionKind.PERIODIC).count()).isEqualTo(107);
        Map<String, Integer> p = petitionFigures.appendix2(commune, FROM, TO).stream()
                .collect(Collectors.toMap(PetitionFigures.Figure::code, PetitionFigures.Figure::count));
        assertThat(p).containsEntry("7.settled", 5).containsEntry("7.reopened", 0).containsEntry("7.open", 1);
    }

    @Test
    void theCompleteExampleOfTheDocumentationIsAValidBundle() throws Exception {
        String doc = java.nio.file.Files.readString(java.nio.file.Path.of("docs/import.md"));
        String example = doc.substring(doc.indexOf("```json") + 7, doc.indexOf("```", doc.indexOf("```json") + 7));
        Bundle bundle = bundles.read(example.getBytes(StandardCharsets.UTF_8));
        assertThat(bundle.records().stream().map(Rec::type).distinct()).containsExactly(RecordType.values());
    }

    @Test
    void anotherUnitsAdministratorMayNotImportHere() throws Exception {
        FiveYearHistory h = FiveYearHistory.create(jdbc, "Của Người Khác");
        FiveYearHistory other = FiveYearHistory.create(jdbc, "Bên Cạnh");
        mvc.perform(post("/api/v1/imports").param("unit", String.valueOf(h.area)).contentType(MediaType.APPLICATION_JSON)
                        .content(h.json()).with(csrf()).with(authentication(admin(other.area))))
                .andExpect(status().isForbidden());
    }
}
