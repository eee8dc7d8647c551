package org.tiepdan.reception.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.tiepdan.FullStackTest;
import org.tiepdan.account.Role;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.reception.internal.ReceptionTestSupport.Commune;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reception API (issue 21): the same rules and codes as the screens, a sealed visit's identity
 * never in a response, and every unit or record id of a request checked against the caller's subtree.
 */
@FullStackTest
class ReceptionApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final LocalDate DAY = LocalDate.of(2025, 3, 10);

    @Autowired
    MockMvc mvc;
    @Autowired
    OrgUnits units;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ScheduleService schedules;
    @Autowired
    ReferenceData reference;

    static Authentication as(Role role, long unitId) {
        return ReceptionWebTest.as(role, unitId);
    }

    MockHttpServletResponse postJson(String path, Authentication who, String body) throws Exception {
        return mvc.perform(post(path).with(authentication(who)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andReturn().getResponse();
    }

    MockHttpServletResponse getAs(String path, Authentication who, String... params) throws Exception {
        var request = get(path).with(authentication(who));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    static JsonNode json(MockHttpServletResponse r) throws Exception {
        return JSON.readTree(r.getContentAsString(StandardCharsets.UTF_8));
    }

    static String text(MockHttpServletResponse r) throws Exception {
        return r.getContentAsString(StandardCharsets.UTF_8);
    }

    static void refused(MockHttpServletResponse r, int status, String code, String field) throws Exception {
        assertThat(r.getStatus()).as(text(r)).isEqualTo(status);
        JsonNode problem = json(r);
        assertThat(problem.path("code").asString()).isEqualTo(code);
        if (field != null) {
            assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo(field);
        }
    }

    long openRegular(Commune c, Authentication officer) throws Exception {
        MockHttpServletResponse r = postJson("/api/v1/reception/sessions", officer, """
                {"unitId": %d, "kind": "REGULAR", "date": "%s", "place": "Phòng tiếp dân",
                 "hosts": [{"capacity": "STAFF", "personName": "Cán bộ Lê Thị Hoa"}]}""".formatted(c.committee().id(), DAY));
        assertThat(r.getStatus()).as(text(r)).isEqualTo(201);
        return json(r).path("id").asLong();
    }

    @Test
    void aSessionIsOpenedWithItsHostsAndListedWithItsVisits() throws Exception {
        Commune c = ReceptionTestSupport.commune(units);
        Authentication officer = as(Role.RECEPTION_OFFICER, c.area().id());
        MockHttpServletResponse created = postJson("/api/v1/reception/sessions", officer, """
                {"unitId": %d, "kind": "PERIODIC", "date": "%s", "place": "Hội trường xã",
                 "hosts": [{"hostUnitId": %d, "capacity": "HEAD", "personName": "Trần Văn Bình"},
                           {"hostUnitId": %d, "capacity": "DEPUTY", "personName": "Lê Văn Cường",
                            "authorisationRef": "Giấy ủy quyền số 12/GUQ"}]}"""
                .formatted(c.committee().id(), DAY, c.party().id(), c.committee().id()));
        assertThat(created.getStatus()).as(text(created)).isEqualTo(201);
        long id = json(created).path("id").asLong();
        assertThat(created.getHeader("Location")).isEqualTo("/api/v1/reception/sessions/" + id);
        JsonNode session = json(created);
        assertThat(session.path("hosts")).hasSize(2);
        assertThat(session.path("hosts").get(0).path("hostRole").asString()).isEqualTo("PARTY_SECRETARY");
        assertThat(session.path("hosts").get(1).path("authorisationRef").asString()).isEqualTo("Giấy ủy quyền số 12/GUQ");

        MockHttpServletResponse visit = postJson("/api/v1/reception/sessions/" + id + "/visits", officer, """
                {"citizenName": "Nguyễn Văn An", "citizenIdNumber": "042065000901", "hamlet": "Thôn Tân Hòa",
                 "addressUnitId": %d, "content": "Đề nghị cấp giấy chứng nhận quyền sử dụng đất",
                 "fieldCode": "LAND", "outcome": "GUIDED"}""".formatted(c.area().id()));
        assertThat(visit.getStatus()).as(text(visit)).isEqualTo(201);
        assertThat(json(visit).path("date").asString()).isEqualTo(DAY.toString());
        assertThat(json(visit).path("citizenIdKind").asString()).isEqualTo("CCCD");
        MockHttpServletResponse delegation = postJson("/api/v1/reception/sessions/" + id + "/visits", officer, """
                {"citizenName": "Phạm Văn Dũng", "delegation": true, "headcount": 7,
                 "representatives": ["Phạm Văn Dũng", "Hồ Thị Lan"], "content": "Bồi thường giải phóng mặt bằng",
                 "fieldCode": "LAND", "outcome": "PETITION_RECEIVED"}""");
        assertThat(delegation.getStatus()).as(text(delegation)).isEqualTo(201);
        assertThat(json(delegation).path("mass").asBoolean()).isTrue();

        JsonNode read = json(getAs("/api/v1/reception/sessions/" + id, as(Role.VIEWER, c.area().id())));
        assertThat(read.path("visits")).hasSize(2);
        assertThat(read.path("people").asInt()).isEqualTo(8);
        JsonNode list = json(getAs("/api/v1/reception/sessions", officer, "unit", String.valueOf(c.area().id()),
                "from", "2025-03-01", "to", "2025-03-31"));
        assertThat(list).hasSize(1);
        assertThat(list.get(0).path("visits").asInt()).isEqualTo(2);
        assertThat(list.get(0).path("hosts").asString()).contains("Trần Văn Bình");
        // a viewer may read but not record
        refused(postJson("/api/v1/reception/sessions/" + id + "/visits", as(Role.VIEWER, c.area().id()), """
                {"citizenName": "X", "content": "Y", "fieldCode": "LAND", "outcome": "ANSWERED"}"""), 403,
                "forbidden", null);
    }

    @Test
    void theRulesOfTheScreensAnswerWithTheirCodesAndWriteNothing() throws Exception {
        Commune c = ReceptionTestSupport.commune(units);
        Authentication officer = as(Role.RECEPTION_OFFICER, c.area().id());
        long session = openRegular(c, officer);
        String path = "/api/v1/reception/sessions/" + session + "/visits";
        refused(postJson(path, officer, """
                {"citizenName": "Võ Văn Tám", "delegation": true, "headcount": 4, "representatives": ["Võ Văn Tám"],
                 "content": "Hỏi chính sách", "fieldCode": "LAND", "outcome": "ANSWERED"}"""), 400,
                "reception-delegation-too-small", "headcount");
        refused(postJson(path, officer, """
                {"citizenName": "Võ Văn Tám", "citizenIdNumber": "12345", "content": "Hỏi chính sách",
                 "fieldCode": "LAND", "outcome": "ANSWERED"}"""), 400, "reception-cccd-invalid", "citizenIdNumber");
        refused(postJson(path, officer, """
                {"date": "2025-03-11", "citizenName": "Võ Văn Tám", "content": "Hỏi", "fieldCode": "LAND",
                 "outcome": "ANSWERED"}"""), 400, "reception-visit-outside-session", "date");
        refused(postJson(path, officer, """
                {"citizenName": "Võ Văn Tám", "content": "Hỏi", "fieldCode": "LAND", "outcome": "REFUSED"}"""), 400,
                "reception-refusal-ground-required", "refusalGround");
        refused(postJson(path, officer, """
                {"citizenName": "Võ Văn Tám", "content": "Hỏi", "fieldCode": "NO_SUCH_FIELD", "outcome": "ANSWERED"}"""),
                400, "reception-field-required", "fieldCode");
        refused(postJson(path, officer, """
                {"citizenName": "Võ Văn Tám", "content": "Hỏi", "fieldCode": "LAND", "outcome": "ANSWERED",
                 "headcount": "nhiều"}"""), 400, "invalid-input", "headcount");
        refused(postJson("/api/v1/reception/sessions", officer, """
                {"unitId": %d, "kind": "PERIODIC", "date": "%s", "place": "Hội trường",
                 "hosts": [{"capacity": "STAFF", "personName": "Cán bộ A"}]}""".formatted(c.committee().id(), DAY)),
                400, "reception-head-host-required", "capacity");
        refused(postJson("/api/v1/reception/sessions", officer, """
                {"unitId": %d, "kind": "AD_HOC", "date": "%s", "place": "Hội trường",
                 "hosts": [{"hostUnitId": %d, "capacity": "DEPUTY", "personName": "Cấp phó"}]}"""
                .formatted(c.committee().id(), DAY, c.committee().id())), 400, "reception-deputy-authorisation-required",
                "authorisationRef");
        refused(postJson("/api/v1/reception/sessions", officer, """
                {"unitId": %d, "kind": "REGULAR", "date": "%s", "place": "Phòng tiếp dân",
                 "hosts": [{"capacity": "STAFF", "personName": "A"}]}""".formatted(c.committee().id(),
                LocalDate.now().plusDays(3))), 400, "reception-session-future", "date");
        assertThat(jdbc.sql("select count(*) from reception_visit where session_id = ?").param(session)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from reception_session where unit_id = ?").param(c.committee().id())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aDenunciationVisitIsSealedAndAnswersWithItsPseudonymOnly() throws Exception {
        Commune c = ReceptionTestSupport.commune(units);
        Authentication officer = as(Role.RECEPTION_OFFICER, c.area().id());
        long session = openRegular(c, officer);
        String name = "Đỗ Thị Kín " + ReceptionTestSupport.unique();
        MockHttpServletResponse r = postJson("/api/v1/reception/sessions/" + session + "/visits", officer, """
                {"citizenName": "%s", "citizenIdNumber": "042065007777", "phone": "0912345678",
                 "hamlet": "Thôn Kín", "addressUnitId": %d, "content": "Tố cáo cán bộ địa chính nhận tiền",
                 "fieldCode": "LAND", "outcome": "PETITION_RECEIVED", "denunciation": true}"""
                .formatted(name, c.area().id()));
        assertThat(r.getStatus()).as(text(r)).isEqualTo(201);
        JsonNode visit = json(r);
        assertThat(visit.path("sealed").asBoolean()).isTrue();
        assertThat(visit.path("citizenName").asString()).startsWith("Người tố cáo");
        assertThat(visit.path("citizenIdNumber").isNull()).isTrue();
        assertThat(visit.path("phone").isNull()).isTrue();
        assertThat(visit.path("hamlet").isNull()).isTrue();
        List<String> answers = List.of(text(r),
                text(getAs("/api/v1/reception/sessions/" + session, officer)),
                text(getAs("/api/v1/reception/visits/" + visit.path("id").asLong(), officer)),
                text(getAs("/api/v1/reception/logbook", officer, "unit", String.valueOf(c.area().id()), "from",
                        "2025-03-01", "to", "2025-03-31")));
        for (String answer : answers) {
            assertThat(answer).doesNotContain(name).doesNotContain("042065007777").doesNotContain("0912345678")
                    .doesNotContain("Thôn Kín");
        }
        assertThat(jdbc.sql("select count(*) from reception_visit where citizen_name = ? or citizen_id_number = ?")
                .params(name, "042065007777").query(Long.class).single()).isZero();
    }

    @Test
    void idsOfAnotherSubtreeAreRefusedLikeMissingOnes() throws Exception {
        Commune c = ReceptionTestSupport.commune(units);
        Commune other = ReceptionTestSupport.commune(units);
        Authentication officer = as(Role.RECEPTION_OFFICER, c.area().id());
        Authentication otherOfficer = as(Role.RECEPTION_OFFICER, other.area().id());
        long otherSession = openRegular(other, otherOfficer);
        MockHttpServletResponse otherVisit = postJson("/api/v1/reception/sessions/" + otherSession + "/visits",
                otherOfficer, """
                {"citizenName": "Bùi Văn Khác", "content": "Hỏi về đất", "fieldCode": "LAND", "outcome": "ANSWERED"}""");
        long otherVisitId = json(otherVisit).path("id").asLong();
        ReceptionSchedule otherSchedule = schedules.create(new ScheduleService.ScheduleCommand(other.area().id(),
                "Lịch xã khác", RecurrenceKind.DAYS_OF_MONTH, List.of(10), null, List.of(), "Phòng tiếp dân",
                LocalTime.of(7, 30), LocalTime.of(11, 0), LocalDate.of(2025, 1, 1), null,
                List.of(new ScheduleHost(other.party().id(), HostRole.PARTY_SECRETARY, "Bí thư khác")), true, null));

        // the unit itself, a session, a visit of another commune: 403
        refused(postJson("/api/v1/reception/sessions", officer, """
                {"unitId": %d, "kind": "REGULAR", "date": "%s", "place": "P",
                 "hosts": [{"capacity": "STAFF", "personName": "A"}]}""".formatted(other.committee().id(), DAY)), 403,
                "forbidden", null);
        refused(postJson("/api/v1/reception/sessions/" + otherSession + "/visits", officer, """
                {"citizenName": "X", "content": "Y", "fieldCode": "LAND", "outcome": "ANSWERED"}"""), 403, "forbidden",
                null);
        assertThat(getAs("/api/v1/reception/sessions/" + otherSession, officer).getStatus()).isEqualTo(403);
        assertThat(getAs("/api/v1/reception/visits/" + otherVisitId, officer).getStatus()).isEqualTo(403);
        assertThat(getAs("/api/v1/reception/logbook", officer, "unit", String.valueOf(other.area().id()))
                .getStatus()).isEqualTo(403);
        assertThat(getAs("/api/v1/reception/schedules", officer, "unit", String.valueOf(other.area().id()))
                .getStatus()).isEqualTo(403);
        // ids inside the body: a host's body, the schedule, the earlier visit of the same matter
        refused(postJson("/api/v1/reception/sessions", officer, """
                {"unitId": %d, "kind": "PERIODIC", "date": "%s", "place": "P",
                 "hosts": [{"hostUnitId": %d, "capacity": "HEAD", "personName": "Bí thư khác"}]}"""
                .formatted(c.committee().id(), DAY, other.party().id())), 400, "reception-host-unit-unknown", "hostUnitId");
        refused(postJson("/api/v1/reception/sessions", officer, """
                {"unitId": %d, "kind": "PERIODIC", "date": "%s", "place": "P",
                 "hosts": [{"hostUnitId": %d, "capacity": "HEAD", "personName": "Không có"}]}"""
                .formatted(c.committee().id(), DAY, Long.MAX_VALUE)), 400, "reception-host-unit-unknown", "hostUnitId");
        refused(postJson("/api/v1/reception/sessions", officer, """
                {"unitId": %d, "kind": "PERIODIC", "date": "%s", "place": "P", "scheduleId": %d,
                 "hosts": [{"hostUnitId": %d, "capacity": "HEAD", "personName": "Bí thư"}]}"""
                .formatted(c.committee().id(), DAY, otherSchedule.id(), c.party().id())), 400,
                "reception-schedule-not-found", "scheduleId");
        long mine = openRegular(c, officer);
        refused(postJson("/api/v1/reception/sessions/" + mine + "/visits", officer, """
                {"citizenName": "Bùi Văn Khác", "content": "Hỏi về đất", "fieldCode": "LAND", "outcome": "ANSWERED",
                 "matterOfVisitId": %d}""".formatted(otherVisitId)), 400, "reception-matter-not-found",
                "matterOfVisitId");
    }

    @Test
    void theSchedulesAndTheLogbookInJsonXlsxAndDocx() throws Exception {
        Commune c = ReceptionTestSupport.commune(units);
        Authentication officer = as(Role.RECEPTION_OFFICER, c.area().id());
        schedules.create(new ScheduleService.ScheduleCommand(c.party().id(), "Lịch tiếp của Bí thư",
                RecurrenceKind.DAYS_OF_MONTH, List.of(10, 25), null, List.of(), "Trụ sở Đảng ủy", LocalTime.of(7, 30),
                LocalTime.of(11, 0), LocalDate.of(2025, 1, 1), null,
                List.of(new ScheduleHost(c.party().id(), HostRole.PARTY_SECRETARY, "Trần Văn Bình")), true, null));
        JsonNode list = json(getAs("/api/v1/reception/schedules", as(Role.VIEWER, c.area().id()), "unit",
                String.valueOf(c.area().id())));
        assertThat(list).hasSize(1);
        assertThat(list.get(0).path("title").asString()).isEqualTo("Lịch tiếp của Bí thư");
        assertThat(list.get(0).path("daysOfMonth").toString()).isEqualTo("[10,25]");
        assertThat(list.get(0).path("hosts").get(0).path("personName").asString()).isEqualTo("Trần Văn Bình");
        assertThat(list.get(0).path("upcoming").size()).isPositive();

        long session = openRegular(c, officer);
        assertThat(postJson("/api/v1/reception/sessions/" + session + "/visits", officer, """
                {"citizenName": "Nguyễn Văn An", "citizenIdNumber": "042065000901",
                 "content": "Đề nghị cấp giấy chứng nhận quyền sử dụng đất", "fieldCode": "LAND",
                 "complex": true, "outcome": "ANSWERED"}""").getStatus()).isEqualTo(201);
        String unit = String.valueOf(c.area().id());
        JsonNode book = json(getAs("/api/v1/reception/logbook", officer, "unit", unit, "from", "2025-03-01", "to",
                "2025-03-31"));
        assertThat(book.path("rows")).hasSize(1);
        assertThat(book.path("rows").get(0).path("name").asString()).isEqualTo("Nguyễn Văn An");
        assertThat(book.path("rows").get(0).path("classification").asString()).isEqualTo("Đất đai; Phức tạp");

        MockHttpServletResponse xlsx = getAs("/api/v1/reception/logbook", officer, "unit", unit, "from", "2025-03-01",
                "to", "2025-03-31", "format", "xlsx");
        assertThat(xlsx.getStatus()).isEqualTo(200);
        assertThat(xlsx.getContentType()).isEqualTo(ReceptionDocuments.XLSX);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
            assertThat(wb.getSheetAt(0).getRow(ReceptionDocuments.HEADER_ROW + 1).getCell(2).getStringCellValue())
                    .isEqualTo("Nguyễn Văn An");
        }
        MockHttpServletResponse docx = getAs("/api/v1/reception/logbook", officer, "unit", unit, "from", "2025-03-01",
                "to", "2025-03-31", "format", "docx");
        assertThat(docx.getStatus()).isEqualTo(200);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.getContentAsByteArray()))) {
            assertThat(doc.getTables().get(1).getRow(1).getCell(2).getText()).isEqualTo("Nguyễn Văn An");
        }
        refused(getAs("/api/v1/reception/logbook", officer, "unit", unit, "format", "pdf"), 400,
                "reception-format-invalid", "format");
        refused(getAs("/api/v1/reception/logbook", officer, "unit", unit, "from", "2025-03-31", "to", "2025-03-01"),
                400, "reception-window-invalid", "to");
    }

    @Test
    void aVisitCarriesTheKindOfItsMatterAndWhetherItIsNewAndADenunciationIsSealed() throws Exception {
        Commune c = ReceptionTestSupport.commune(units);
        Authentication officer = as(Role.RECEPTION_OFFICER, c.area().id());
        long session = openRegular(c, officer);
        String path = "/api/v1/reception/sessions/" + session + "/visits";
        MockHttpServletResponse complaint = postJson(path, officer, """
                {"citizenName": "Hà Văn Cũ", "content": "Khiếu nại quyết định thu hồi đất", "fieldCode": "LAND",
                 "outcome": "GUIDED", "matterKind": "COMPLAINT", "newMatter": false}""");
        assertThat(complaint.getStatus()).as(text(complaint)).isEqualTo(201);
        assertThat(json(complaint).path("matterKind").asString()).isEqualTo("COMPLAINT");
        assertThat(json(complaint).path("newMatter").asBoolean()).isFalse();
        assertThat(json(complaint).path("sealed").asBoolean()).isFalse();
        // the kind alone seals a denunciation, like the box
        MockHttpServletResponse denunciation = postJson(path, officer, """
                {"citizenName": "Tô Thị Mật", "citizenIdNumber": "042065008888", "content": "Tố cáo cán bộ",
                 "fieldCode": "LAND", "outcome": "PETITION_RECEIVED", "matterKind": "DENUNCIATION", "newMatter": true}""");
        assertThat(denunciation.getStatus()).as(text(denunciation)).isEqualTo(201);
        assertThat(json(denunciation).path("sealed").asBoolean()).isTrue();
        assertThat(text(denunciation)).doesNotContain("Tô Thị Mật").doesNotContain("042065008888");
        // the box with the kind of a complaint contradicts itself
        refused(postJson(path, officer, """
                {"citizenName": "Lý Văn Hai", "content": "Tố cáo", "fieldCode": "LAND", "outcome": "ANSWERED",
                 "denunciation": true, "matterKind": "RECOMMENDATION"}"""), 400, "reception-matter-kind-denunciation",
                "matterKind");
        refused(postJson(path, officer, """
                {"citizenName": "Lý Văn Hai", "content": "X", "fieldCode": "LAND", "outcome": "ANSWERED",
                 "matterKind": "PETITION"}"""), 400, "invalid-input", "matterKind");
        JsonNode book = json(getAs("/api/v1/reception/logbook", officer, "unit", String.valueOf(c.area().id()),
                "from", "2025-03-01", "to", "2025-03-31"));
        assertThat(book.path("rows").get(0).path("classification").asString())
                .isEqualTo("Khiếu nại; Vụ việc cũ; Đất đai");
        assertThat(book.path("rows").get(1).path("classification").asString())
                .isEqualTo("Tố cáo; Vụ việc mới phát sinh; Đất đai");
    }

    /** Issue 21: the field is a tree; its codes are accepted, and the old flat codes as aliases of a node. */
    @Test
    void theFieldIsATreeAndTheOldFlatCodesAreAliases() throws Exception {
        Commune c = ReceptionTestSupport.commune(units);
        Authentication officer = as(Role.RECEPTION_OFFICER, c.area().id());
        long session = openRegular(c, officer);
        String path = "/api/v1/reception/sessions/" + session + "/visits";
        String visit = """
                {"citizenName": "Mai Văn Cây", "content": "Hỏi về thửa đất", "fieldCode": "%s", "outcome": "ANSWERED"}""";
        for (String[] codes : new String[][] {{"LAND", "ADM_LAND"}, {"ADM_HOUSING", "ADM_HOUSING"},
                {"JUSTICE", "JUDICIAL"}, {"ADMINISTRATION", "ADM_OTHER"}, {"ENVIRONMENT", "ENVIRONMENT"},
                {"CORRUPTION", "CORRUPTION"}}) {
            MockHttpServletResponse r = postJson(path, officer, visit.formatted(codes[0]));
            assertThat(r.getStatus()).as(text(r)).isEqualTo(201);
            assertThat(json(r).path("fieldCode").asString()).as(codes[0]).isEqualTo(codes[1]);
        }
        // a group is not a field one may choose; nor is an unknown code
        refused(postJson(path, officer, visit.formatted("ADMINISTRATIVE")), 400, "reception-field-required", "fieldCode");
        refused(postJson(path, officer, visit.formatted("land")), 400, "reception-field-required", "fieldCode");
        JsonNode book = json(getAs("/api/v1/reception/logbook", officer, "unit", String.valueOf(c.area().id()),
                "from", "2025-03-01", "to", "2025-03-31"));
        assertThat(book.path("rows").get(0).path("classification").asString()).isEqualTo("Đất đai");
        // the entry form offers the tree with its paths, not the aliases
        ReferenceData.Field land = reference.fields().stream().filter(f -> f.code().equals("ADM_LAND")).findFirst()
                .orElseThrow();
        assertThat(land.path()).isEqualTo("Hành chính › Đất đai");
        assertThat(land.top()).isEqualTo("ADMINISTRATIVE");
        assertThat(reference.fields()).extracting(ReferenceData.Field::code).doesNotContain("LAND", "JUSTICE",
                "ADMINISTRATION", "ADMINISTRATIVE").contains("ADM_CIVIL_SERVICE", "ADM_OTHER", "JUDICIAL", "PARTY",
                "CORRUPTION", "OTHER", "SOCIAL_POLICY");
        assertThat(reference.fields().stream().filter(f -> f.code().equals("ENVIRONMENT")).findFirst().orElseThrow()
                .path()).isEqualTo("Hành chính › Hành chính khác › Tài nguyên, môi trường");
    }
}
