package org.tiepdan.petition.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tiepdan.FullStackTest;
import org.tiepdan.account.Accounts;
import org.tiepdan.account.Role;
import org.tiepdan.org.AdminTier;
import org.tiepdan.org.NewOrgUnit;
import org.tiepdan.org.OrgUnitKind;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.petition.PetitionFigures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON API over a commune created for each test: intake, steps, error shapes (409 naming the
 * rule, 403 outside scope, 400 without the document — nothing written), duplicates on realistic
 * Vietnamese names and addresses, notices, attachments, search, figures.
 */
@FullStackTest
class PetitionApiTest {

    private static final String PASSWORD = "Thu-nghiem-2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    OrgUnits units;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PetitionFigures figures;
    @Autowired
    ReminderJob reminders;
    @Autowired
    PetitionRepository petitions;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    OrgUnitView commune;
    OrgUnitView other;
    String handler;
    String head;
    String stranger;

    @BeforeEach
    void setUp() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        long province = units.findAreaByCode("42").orElseThrow().id();
        commune = units.create(new NewOrgUnit("Xã Thử Đơn " + suffix, OrgUnitKind.PEOPLES_COMMITTEE,
                AdminTier.COMMUNE, province, null, LocalDate.of(2019, 1, 1)));
        other = units.create(new NewOrgUnit("Xã Bên Cạnh " + suffix, OrgUnitKind.PEOPLES_COMMITTEE,
                AdminTier.COMMUNE, province, null, LocalDate.of(2019, 1, 1)));
        handler = user(Role.HANDLER, commune.id());
        head = user(Role.HEAD, commune.id());
        stranger = user(Role.HANDLER, other.id());
    }

    private String user(Role role, long unitId) {
        String name = "pet-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createUser(name, "Cán bộ " + name, PASSWORD, role, unitId);
        return name;
    }

    private ResultActions postJson(String url, String user, Object body) throws Exception {
        return mvc.perform(post(url).with(httpBasic(user, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)));
    }

    private JsonNode body(ResultActions r) throws Exception {
        return json.readTree(r.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private Map<String, Object> intakeBody(long unitId, String name, String cccd, String address, String content,
            String received) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unitId", unitId);
        m.put("channel", "POST");
        m.put("receivedOn", received);
        m.put("content", content);
        m.put("petitioners", List.of(Map.of("fullName", name, "idNumber", cccd == null ? "" : cccd,
                "address", address)));
        return m;
    }

    private long intake(String name, String cccd, String address, String content) throws Exception {
        var response = postJson("/api/v1/petitions", handler, intakeBody(commune.id(), name, cccd, address, content,
                "2025-03-03")).andReturn();
        assertThat(response.getResponse().getStatus()).as(String.valueOf(response.getResolvedException())).isEqualTo(201);
        return json.readTree(response.getResponse().getContentAsString(StandardCharsets.UTF_8)).get("id").asLong();
    }

    private void classifyComplaint(long id) throws Exception {
        postJson("/api/v1/petitions/" + id + "/classification", handler, Map.of("on", "2025-03-04", "kind",
                "COMPLAINT", "field", "LAND", "eligible", true, "competence", "RESOLVE"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("CLASSIFIED"));
    }

    private int events(long id) {
        return jdbc.sql("select count(*) from petition_event where petition_id = ?").param(id).query(Integer.class)
                .single();
    }

    private int audits(long id) {
        return jdbc.sql("select count(*) from audit_entry where entity_type = 'Petition' and entity_id = ?")
                .param(String.valueOf(id)).query(Integer.class).single();
    }

    @Test
    void intakeGivesARegistrationNumberPerUnitAndYearAndAnOpaqueTrackingCode() throws Exception {
        JsonNode first = body(postJson("/api/v1/petitions", handler, intakeBody(commune.id(), "Nguyễn Thị Hằng",
                null, "thôn Bắc Sơn", "Phản ánh đường liên thôn bị ngập", "2025-03-03"))
                .andExpect(status().isCreated()));
        JsonNode second = body(postJson("/api/v1/petitions", handler, intakeBody(commune.id(), "Lê Văn Tâm", null,
                "thôn Bắc Sơn", "Kiến nghị làm đèn đường", "2025-03-04")).andExpect(status().isCreated()));
        assertThat(first.get("registrationNumber").asString()).isEqualTo("1/2025");
        assertThat(second.get("registrationNumber").asString()).isEqualTo("2/2025");
        assertThat(first.get("trackingCode").asString()).matches("[A-Z0-9]{12}");
        assertThat(first.get("trackingCode").asString()).isNotEqualTo(second.get("trackingCode").asString());
        assertThat(first.get("state").asString()).isEqualTo("RECEIVED");
        assertThat(first.get("deadlines").get(0).get("ruleCode").asString()).isEqualTo("PETITION_HANDLE");
        assertThat(first.get("deadlines").get(0).get("due").asString()).isEqualTo("2025-03-17");
        assertThat(first.get("allowedActions").toString()).contains("CLASSIFY", "ARCHIVE");
        String audit = jdbc.sql("select coalesce(string_agg(summary, ' '), '') from audit_entry "
                        + "where entity_type = 'Petition' and entity_id = ?")
                .param(first.get("id").asString()).query(String.class).single();
        assertThat(audit).contains("1/2025").doesNotContain("Nguyễn Thị Hằng").doesNotContain("Bắc Sơn");
    }

    @Test
    void anInvalidTransitionIs409NamingTheRuleAndWritesNothing() throws Exception {
        long id = intake("Trần Văn Bảo", null, "thôn Nam Sơn", "Khiếu nại quyết định xử phạt");
        classifyComplaint(id);
        int events = events(id);
        int audits = audits(id);
        postJson("/api/v1/petitions/" + id + "/actions/decide", handler,
                Map.of("on", "2025-03-05", "documentNumber", "1/QĐ", "documentDate", "2025-03-05", "outcome", "RIGHT"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("petition-transition-invalid"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Ban hành quyết định")))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Đã phân loại")));
        assertThat(events(id)).isEqualTo(events);
        assertThat(audits(id)).isEqualTo(audits);
    }

    @Test
    void aDecisionWithoutItsDocumentIsRefusedAndWritesNothing() throws Exception {
        long id = intake("Phan Văn Đức", null, "thôn Nam Sơn", "Khiếu nại việc thu hồi đất");
        classifyComplaint(id);
        int events = events(id);
        postJson("/api/v1/petitions/" + id + "/actions/accept", handler, Map.of("on", "2025-03-10"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("petition-document-required"))
                .andExpect(jsonPath("$.errors[0].field").value("documentNumber"));
        assertThat(events(id)).isEqualTo(events);
        assertThat(jdbc.sql("select count(*) from petition_deadline where petition_id = ? and rule_code like 'COMPLAINT_RESOLVE%'")
                .param(id).query(Integer.class).single()).isZero();
    }

    @Test
    void outsideTheUsersUnitsIs403AndWritesNothing() throws Exception {
        long id = intake("Võ Thị Hương", null, "thôn Nam Sơn", "Khiếu nại việc cấp giấy chứng nhận");
        classifyComplaint(id);
        int events = events(id);
        postJson("/api/v1/petitions/" + id + "/actions/accept", stranger,
                Map.of("on", "2025-03-10", "documentNumber", "5/TB", "documentDate", "2025-03-10"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/petitions/" + id).with(httpBasic(stranger, PASSWORD)))
                .andExpect(status().isForbidden());
        postJson("/api/v1/petitions", stranger, intakeBody(commune.id(), "A", null, "B", "C", "2025-03-03"))
                .andExpect(status().isForbidden());
        assertThat(events(id)).isEqualTo(events);
        JsonNode search = body(mvc.perform(get("/api/v1/petitions").param("q", "vo thi huong")
                .with(httpBasic(stranger, PASSWORD))).andExpect(status().isOk()));
        assertThat(search.get("total").asLong()).isZero();
    }

    @Test
    void complaintThroughTheApiKeepsEveryDeadlineVersionAndProducesTheNotice() throws Exception {
        long id = intake("Hoàng Văn Kiên", "042080111222", "thôn Nam Sơn", "Khiếu nại việc bồi thường cây cối");
        classifyComplaint(id);
        JsonNode accepted = body(postJson("/api/v1/petitions/" + id + "/actions/accept", handler,
                Map.of("on", "2025-03-10", "documentNumber", "12/TB-UBND", "documentDate", "2025-03-10"))
                .andExpect(status().isOk()));
        assertThat(accepted.get("state").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.get("nextDue").asString()).isEqualTo("2025-04-09");
        assertThat(accepted.get("nextDueExplanation").asString()).contains("30 ngày").contains("10/03/2025");
        for (String step : List.of("investigate", "hold-dialogue")) {
            postJson("/api/v1/petitions/" + id + "/actions/" + step, handler, Map.of("on", "2025-03-20"))
                    .andExpect(status().isOk());
        }
        JsonNode decided = body(postJson("/api/v1/petitions/" + id + "/actions/decide", handler,
                Map.of("on", "2025-04-08", "documentNumber", "20/QĐ-UBND", "documentDate", "2025-04-08", "outcome",
                        "PARTLY_RIGHT")).andExpect(status().isOk()));
        assertThat(decided.get("settledOnTime").asBoolean()).isTrue();
        assertThat(jdbc.sql("select count(*) from petition_deadline_version v join petition_deadline d on d.id = v.deadline_id "
                + "where d.petition_id = ?").param(id).query(Integer.class).single()).isEqualTo(3);

        long eventId = 0;
        for (JsonNode e : decided.get("events")) {
            if ("DECIDE".equals(e.get("action").asString())) {
                eventId = e.get("id").asLong();
            }
        }
        byte[] docx = mvc.perform(get("/api/v1/petitions/" + id + "/events/" + eventId + "/notice")
                        .with(httpBasic(handler, PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String xml = documentXml(docx);
        assertThat(xml).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").contains("Độc lập - Tự do - Hạnh phúc")
                .contains("Số: 20/QĐ-UBND").contains("ngày 08 tháng 4 năm 2025").contains("Times New Roman")
                .contains("Khiếu nại đúng một phần").doesNotContain("042080111222");

        JsonNode caseView = body(mvc.perform(get("/api/v1/cases/" + decided.get("caseId").asLong())
                .with(httpBasic(handler, PASSWORD))).andExpect(status().isOk()));
        assertThat(caseView.get("settledOn").asString()).isEqualTo("2025-04-08");
        assertThat(caseView.get("settledOnTime").asBoolean()).isTrue();
    }

    private static String documentXml(byte[] docx) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no word/document.xml");
    }

    @Test
    void duplicatesAreProposedOnFoldedNameAndAddressAndLinkingReopensASettledCase() throws Exception {
        long first = intake("Nguyễn Văn A", null, "thôn Tân Hòa",
                "Kiến nghị sửa chữa kênh mương nội đồng bị vỡ tại cánh đồng Cửa Hói");
        postJson("/api/v1/petitions/" + first + "/classification", handler, Map.of("on", "2025-03-04", "kind",
                "RECOMMENDATION", "eligible", true, "competence", "RESOLVE")).andExpect(status().isOk());
        postJson("/api/v1/petitions/" + first + "/actions/accept", handler,
                Map.of("on", "2025-03-05", "documentNumber", "3/TB", "documentDate", "2025-03-05"));
        postJson("/api/v1/petitions/" + first + "/actions/assign", handler, Map.of("on", "2025-03-05"));
        postJson("/api/v1/petitions/" + first + "/actions/answer", handler,
                Map.of("on", "2025-03-12", "documentNumber", "4/TB", "documentDate", "2025-03-12"));
        postJson("/api/v1/petitions/" + first + "/actions/close", handler, Map.of("on", "2025-03-13"))
                .andExpect(jsonPath("$.state").value("CLOSED"));
        long firstCase = body(mvc.perform(get("/api/v1/petitions/" + first).with(httpBasic(handler, PASSWORD))))
                .get("caseId").asLong();

        Map<String, Object> again = intakeBody(commune.id(), "nguyen van a", null, "Thon Tan Hoa",
                "Đề nghị xã sớm khắc phục đoạn mương bị vỡ", "2025-09-15");
        long second = body(postJson("/api/v1/petitions", handler, again).andExpect(status().isCreated()))
                .get("id").asLong();
        JsonNode proposals = body(mvc.perform(get("/api/v1/petitions/" + second + "/duplicates")
                .with(httpBasic(handler, PASSWORD))).andExpect(status().isOk()));
        assertThat(proposals).hasSize(1);
        assertThat(proposals.get(0).get("candidateId").asLong()).isEqualTo(first);
        assertThat(proposals.get(0).get("reasons").toString()).contains("SAME_NAME_ADDRESS");

        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate to = LocalDate.of(2025, 12, 31);
        assertThat(figures.figure("7.settled", commune.id(), from, to).cases())
                .extracting(PetitionFigures.CaseRef::caseId).contains(firstCase);

        postJson("/api/v1/petitions/duplicates/" + proposals.get(0).get("id").asLong() + "/link", stranger, Map.of())
                .andExpect(status().isForbidden());
        postJson("/api/v1/petitions/duplicates/" + proposals.get(0).get("id").asLong() + "/link", handler, Map.of())
                .andExpect(status().isOk());
        JsonNode linked = body(mvc.perform(get("/api/v1/petitions/" + second).with(httpBasic(handler, PASSWORD))));
        assertThat(linked.get("caseId").asLong()).isEqualTo(firstCase);
        JsonNode c = body(mvc.perform(get("/api/v1/cases/" + firstCase).with(httpBasic(handler, PASSWORD))));
        assertThat(c.get("reopenedOn").asString()).isEqualTo("2025-09-15");
        assertThat(c.get("petitionIds")).hasSize(2);
        assertThat(figures.figure("7.settled", commune.id(), from, to).cases())
                .extracting(PetitionFigures.CaseRef::caseId).doesNotContain(firstCase);
        assertThat(figures.figure("7.reopened", commune.id(), from, to).cases())
                .extracting(PetitionFigures.CaseRef::caseId).containsExactly(firstCase);
        assertThat(figures.figure("7.reopened", commune.id(), from, LocalDate.of(2025, 6, 30)).cases()).isEmpty();
        assertThat(figures.onTimeShare(commune.id(), from, to).percent()).isEqualTo(100.0);
    }

    @Test
    void duplicatesBySameCccdAndBySimilarContent() throws Exception {
        long first = intake("Đặng Thị Thu", "042190777888", "xóm 3, thôn Đông",
                "Phản ánh việc trạm bơm thôn Đông không hoạt động, ruộng lúa vụ hè thu thiếu nước tưới");
        long byId = intake("Dang Thi Thu Ha", "042190777888", "thôn Tây", "Đề nghị cấp lại sổ hộ nghèo");
        long byContent = intake("Lê Minh Quân", null, "thôn Bắc",
                "Phản ánh trạm bơm thôn Đông không hoạt động, ruộng lúa vụ hè thu bị thiếu nước tưới");
        JsonNode p1 = body(mvc.perform(get("/api/v1/petitions/" + byId + "/duplicates").with(httpBasic(handler, PASSWORD))));
        assertThat(p1.toString()).contains("SAME_ID_NUMBER").contains("\"candidateId\":" + first);
        JsonNode p2 = body(mvc.perform(get("/api/v1/petitions/" + byContent + "/duplicates").with(httpBasic(handler, PASSWORD))));
        assertThat(p2.toString()).contains("SIMILAR_CONTENT").contains("\"candidateId\":" + first);
        assertThat(p2.toString()).doesNotContain("\"candidateId\":" + byId);
    }

    @Test
    void searchIsDiacriticInsensitiveWithFiltersAndPaging() throws Exception {
        intake("Bùi Văn Lộc", null, "thôn Hòa Lạc", "Khiếu nại việc thu hồi đất trồng keo ở khe Đá Bạc");
        JsonNode r = body(mvc.perform(get("/api/v1/petitions").param("q", "khe da bac").param("unitId",
                String.valueOf(commune.id())).with(httpBasic(handler, PASSWORD))).andExpect(status().isOk()));
        assertThat(r.get("total").asLong()).isEqualTo(1);
        JsonNode byName = body(mvc.perform(get("/api/v1/petitions").param("q", "bui van loc")
                .with(httpBasic(handler, PASSWORD))));
        assertThat(byName.get("total").asLong()).isEqualTo(1);
        JsonNode filtered = body(mvc.perform(get("/api/v1/petitions").param("q", "khe da bac").param("kind", "DENUNCIATION")
                .with(httpBasic(handler, PASSWORD))));
        assertThat(filtered.get("total").asLong()).isZero();
    }

    @Test
    void anAnonymousPetitionNamesNobodyAndACccdIsDigits() throws Exception {
        Map<String, Object> named = intakeBody(commune.id(), "Phan Văn Giấu Tên", "042190123456", "thôn Nam",
                "Phản ánh nặc danh về đường điện", "2025-03-03");
        named.put("anonymous", true);
        postJson("/api/v1/petitions", handler, named).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("petition-anonymous-with-petitioner"))
                .andExpect(jsonPath("$.errors[0].field").value("anonymous"));
        for (String cccd : List.of("04219O123456", "042-190-123", "abc", "0421901234567")) {
            postJson("/api/v1/petitions", handler, intakeBody(commune.id(), "Phan Văn Số", cccd, "thôn Nam",
                    "Phản ánh về đường điện", "2025-03-03")).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("petition-id-number-invalid"))
                    .andExpect(jsonPath("$.errors[0].field").value("petitioners[0].idNumber"));
        }
        assertThat(jdbc.sql("select count(*) from petition where unit_id = ?").param(commune.id())
                .query(Integer.class).single()).isZero();
        Map<String, Object> anonymous = intakeBody(commune.id(), "", "", "", "Phản ánh nặc danh", "2025-03-03");
        anonymous.put("petitioners", List.of());
        anonymous.put("anonymous", true);
        postJson("/api/v1/petitions", handler, anonymous).andExpect(status().isCreated());
        intake("Phan Văn Cũ", "042190123", "thôn Nam", "Đơn ghi số CMND cũ 9 chữ số");
    }

    /**
     * An official registers what arrived: a letter headed "Đơn khiếu nại" without name or address is
     * still entered in the register (then returned or archived, TT 05/2021: NO_SIGNATURE_OR_NAME,
     * ANONYMOUS); the name-and-address rule is for a citizen's own submission (PetitionIntakeTest).
     * Contact details without a name are refused with problem details, as on every channel, where
     * they used to be dropped without a word.
     */
    @Test
    void anAnonymousLetterIsRegisteredButContactsWithoutANameAreRefused() throws Exception {
        Map<String, Object> letter = intakeBody(commune.id(), "", "", "", "Đơn khiếu nại không ghi tên", "2025-03-03");
        letter.put("petitioners", List.of());
        letter.put("anonymous", true);
        letter.put("declaredKind", "COMPLAINT");
        postJson("/api/v1/petitions", handler, letter).andExpect(status().isCreated());
        Map<String, Object> contactOnly = intakeBody(commune.id(), "", "", "", "Phản ánh đèn đường hỏng", "2025-03-03");
        contactOnly.put("petitioners", List.of(Map.of("fullName", "", "phone", "0912345678")));
        contactOnly.put("anonymous", true);
        postJson("/api/v1/petitions", handler, contactOnly).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("petition-name-with-contact"))
                .andExpect(jsonPath("$.errors[0].field").value("petitioners[0].fullName"));
    }

    private Map<String, Object> withDocument(String name, String kind, String number) {
        Map<String, Object> m = intakeBody(commune.id(), name, null, "thôn Nam", "Đơn có giấy tờ tùy thân", "2025-03-03");
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("fullName", name);
        if (kind != null) {
            person.put("idKind", kind);
        }
        person.put("idNumber", number);
        m.put("petitioners", List.of(person));
        return m;
    }

    /** LAW.md, "Identity documents": a kind plus its number, each kind by its own rule; idNumber alone still works. */
    @Test
    void eachKindOfIdentityDocumentIsCheckedByItsOwnRuleAndIdNumberAloneStillWorks() throws Exception {
        String[][] valid = {{"CCCD", "042190123456", "CCCD"}, {"CMND", "183456789", "CMND"},
            {"PASSPORT", "b1234567", "PASSPORT"}, {"PERSONAL_ID", "001203004005", "PERSONAL_ID"},
            {null, "042190123457", "CCCD"}, {null, "183456780", "CMND"}, {null, "C7654321", "PASSPORT"}};
        for (String[] v : valid) {
            var response = postJson("/api/v1/petitions", handler, withDocument("Giấy Tờ " + v[1], v[0], v[1]))
                    .andReturn().getResponse();
            assertThat(response.getStatus()).as(v[0] + " " + v[1] + ": " + response.getContentAsString()).isEqualTo(201);
            long id = json.readTree(response.getContentAsString(StandardCharsets.UTF_8)).get("id").asLong();
            mvc.perform(get("/api/v1/petitions/" + id).with(httpBasic(handler, PASSWORD))).andExpect(status().isOk())
                    .andExpect(jsonPath("$.petitioners[0].idKind").value(v[2]))
                    .andExpect(jsonPath("$.petitioners[0].idNumber").value(v[1].toUpperCase()));
            assertThat(jdbc.sql("select id_kind from petitioner where petition_id = ?").param(id).query(String.class)
                    .single()).isEqualTo(v[2]);
        }
        String[][] invalid = {{"CCCD", "183456789"}, {"CMND", "042190123456"}, {"PASSPORT", "B12"},
            {"PASSPORT", "B1234567890"}, {"PERSONAL_ID", "097065000001"}, {null, "12345678"}};
        for (String[] v : invalid) {
            postJson("/api/v1/petitions", handler, withDocument("Sai Giấy Tờ", v[0], v[1]))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("petition-id-number-invalid"))
                    .andExpect(jsonPath("$.errors[0].field").value("petitioners[0].idNumber"));
        }
        postJson("/api/v1/petitions", handler, withDocument("Loại Không Số", "PASSPORT", ""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("petition-id-kind-without-number"))
                .andExpect(jsonPath("$.errors[0].field").value("petitioners[0].idNumber"));
        postJson("/api/v1/petitions", handler, withDocument("Loại Lạ", "DRIVING_LICENCE", "B1234567"))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from petitioner p join petition q on q.id = p.petition_id "
                + "where q.unit_id = ? and p.full_name in ('Sai Giấy Tờ', 'Loại Không Số', 'Loại Lạ')")
                .param(commune.id()).query(Integer.class).single()).isZero();
    }

    @Test
    void theIntakeFormShowsTheseErrorsBesideTheirFieldsWithTheTypedValuesKept() throws Exception {
        var who = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user(users.loadUserByUsername(handler));
        String page = mvc.perform(post("/petitions/new").with(who)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("unitId", String.valueOf(commune.id())).param("channel", "POST")
                        .param("receivedOn", "03/03/2025").param("content", "Phản ánh nặc danh về chiếu sáng")
                        .param("anonymous", "true").param("petitioners[0].fullName", "Tên Vẫn Ghi"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        page = org.springframework.web.util.HtmlUtils.htmlUnescape(page);
        assertThat(page).contains("id=\"anonymous-error\"").contains("Đơn nặc danh không ghi người gửi")
                .contains("Tên Vẫn Ghi");
        page = mvc.perform(post("/petitions/new").with(who)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("unitId", String.valueOf(commune.id())).param("channel", "POST")
                        .param("receivedOn", "03/03/2025").param("content", "Phản ánh về chiếu sáng")
                        .param("petitioners[0].fullName", "Tên Có Số").param("petitioners[0].idNumber", "04219O123456"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        page = org.springframework.web.util.HtmlUtils.htmlUnescape(page);
        assertThat(page).contains("Số giấy tờ không hợp lệ với loại giấy tờ").contains("04219O123456");
        page = mvc.perform(post("/petitions/new").with(who)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("unitId", String.valueOf(commune.id())).param("channel", "POST")
                        .param("receivedOn", "03/03/2025").param("content", "Phản ánh về chiếu sáng")
                        .param("petitioners[0].fullName", "Tên Hộ Chiếu").param("petitioners[0].idKind", "CMND")
                        .param("petitioners[0].idNumber", "B1234567"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        page = org.springframework.web.util.HtmlUtils.htmlUnescape(page);
        assertThat(page).contains("Số giấy tờ không hợp lệ với loại giấy tờ").contains("value=\"B1234567\"")
                .contains("value=\"CMND\" selected");
        assertThat(jdbc.sql("select count(*) from petition where unit_id = ?").param(commune.id())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void attachmentsAreTypeCheckedHashedAndServedOnlyWithAccess() throws Exception {
        long id = intake("Ngô Thị Hiền", null, "thôn Nam", "Đơn kèm ảnh chụp hiện trường");
        byte[] pdf = "%PDF-1.4\n%test\n".getBytes(StandardCharsets.US_ASCII);
        JsonNode a = body(mvc.perform(multipart("/api/v1/petitions/" + id + "/attachments")
                        .file(new MockMultipartFile("file", "bien-ban.pdf", "application/pdf", pdf))
                        .with(httpBasic(handler, PASSWORD)))
                .andExpect(status().isCreated()));
        assertThat(a.get("sha256").asString()).isEqualTo(AttachmentStore.sha256(pdf));
        mvc.perform(multipart("/api/v1/petitions/" + id + "/attachments")
                        .file(new MockMultipartFile("file", "virus.pdf", "application/pdf", "MZ....".getBytes()))
                        .with(httpBasic(handler, PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("petition-attachment-type"));
        // The extension must be one of the allowed types and match the content.
        for (String name : List.of("a.pdf.exe", "bien-ban.png", "bien-ban")) {
            mvc.perform(multipart("/api/v1/petitions/" + id + "/attachments")
                            .file(new MockMultipartFile("file", name, "application/pdf", pdf))
                            .with(httpBasic(handler, PASSWORD)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("petition-attachment-extension"));
        }
        assertThat(jdbc.sql("select count(*) from petition_attachment where petition_id = ?").param(id)
                .query(Integer.class).single()).isEqualTo(1);
        mvc.perform(get("/api/v1/petitions/attachments/" + a.get("id").asLong()).with(httpBasic(stranger, PASSWORD)))
                .andExpect(status().isForbidden());
        byte[] back = mvc.perform(get("/api/v1/petitions/attachments/" + a.get("id").asLong())
                .with(httpBasic(handler, PASSWORD))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        assertThat(back).isEqualTo(pdf);
    }

    @Test
    void aTransferInsideTheInstallationLandsInTheCompetentBodysQueue() throws Exception {
        long id = intake("Lý Thị Sen", null, "thôn Nam", "Phản ánh việc xả rác ra suối giáp ranh hai xã");
        postJson("/api/v1/petitions/" + id + "/classification", handler, Map.of("on", "2025-03-04", "kind",
                "FEEDBACK", "eligible", true, "competence", "NONE")).andExpect(status().isOk());
        // the competent body of the other commune (a territory is no addressee: see ReferenceScopeTest)
        long body = units.create(new NewOrgUnit("UBND xã Bên Cạnh " + other.id(), OrgUnitKind.PEOPLES_COMMITTEE,
                AdminTier.COMMUNE, other.id(), null, LocalDate.of(2019, 1, 1))).id();
        postJson("/api/v1/petitions/" + id + "/actions/transfer", handler, Map.of("on", "2025-03-06",
                "documentNumber", "7/PC", "documentDate", "2025-03-06", "targetUnitId", body))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("TRANSFERRED"));
        JsonNode theirs = body(mvc.perform(get("/api/v1/petitions/work").with(httpBasic(stranger, PASSWORD)))
                .andExpect(status().isOk()));
        assertThat(theirs.get("queue")).hasSize(1);
        assertThat(theirs.get("queue").get(0).get("channel").asString()).isEqualTo("TRANSFERRED");
        assertThat(figures.figure("9.guided", commune.id(), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))
                .cases()).hasSize(1);
    }

    /** An old record (a number accepted before kinds were kept, no kind) is shown and handed on unchanged. */
    @Test
    void anOldRecordsNumberWithoutAKindKeepsWorkingThroughATransfer() throws Exception {
        long id = intake("Lý Văn Cũ", "042190123458", "thôn Nam", "Phản ánh việc lấn chiếm lề đường giáp ranh");
        // As written before V143: any 12 digits were taken, and no kind was kept.
        jdbc.sql("update petitioner set id_number = '099190123458', id_kind = null where petition_id = ?").param(id)
                .update();
        mvc.perform(get("/api/v1/petitions/" + id).with(httpBasic(handler, PASSWORD))).andExpect(status().isOk())
                .andExpect(jsonPath("$.petitioners[0].idNumber").value("099190123458"))
                .andExpect(jsonPath("$.petitioners[0].idKind").doesNotExist());
        postJson("/api/v1/petitions/" + id + "/classification", handler, Map.of("on", "2025-03-04", "kind",
                "FEEDBACK", "eligible", true, "competence", "NONE")).andExpect(status().isOk());
        // a transfer goes to a body, never a territory (ReferenceScopeTest)
        long body = units.create(new NewOrgUnit("UBND xã Nhận Đơn Cũ " + id, OrgUnitKind.PEOPLES_COMMITTEE,
                AdminTier.COMMUNE, other.id(), null, LocalDate.of(2019, 1, 1))).id();
        postJson("/api/v1/petitions/" + id + "/actions/transfer", handler, Map.of("on", "2025-03-06",
                "documentNumber", "8/PC", "documentDate", "2025-03-06", "targetUnitId", body))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("TRANSFERRED"));
        assertThat(jdbc.sql("select count(*) from petitioner p join petition q on q.id = p.petition_id "
                + "where q.unit_id = ? and p.id_number = '099190123458'").param(body).query(Integer.class)
                .single()).isEqualTo(1);
    }

    @Test
    void aHeadUrgesALatePetitionAndTheDailyJobRemindsAndMarksOverdue() throws Exception {
        long id = intake("Trịnh Văn Tuấn", null, "thôn Nam", "Khiếu nại việc chậm chi trả tiền hỗ trợ");
        classifyComplaint(id);
        postJson("/api/v1/petitions/" + id + "/actions/remind", handler, Map.of("note", "x"))
                .andExpect(status().isForbidden());
        postJson("/api/v1/petitions/" + id + "/actions/remind", head, Map.of("note", "Đề nghị xử lý ngay"))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from petition_reminder where petition_id = ? and kind = 'URGE'")
                .param(id).query(Integer.class).single()).isEqualTo(1);
        JsonNode p = body(mvc.perform(get("/api/v1/petitions/" + id).with(httpBasic(handler, PASSWORD))));
        assertThat(p.get("events").toString()).contains("REMIND");
        assertThat(p.get("state").asString()).isEqualTo("CLASSIFIED");
        assertThat(p.get("overdue").asBoolean()).isFalse();

        reminders.run(LocalDate.now());
        reminders.run(LocalDate.now());
        assertThat(jdbc.sql("select count(*) from petition_reminder where petition_id = ? and kind = 'OVERDUE'")
                .param(id).query(Integer.class).single()).as("once per rule and due date").isEqualTo(2);
        assertThat(body(mvc.perform(get("/api/v1/petitions/" + id).with(httpBasic(handler, PASSWORD))))
                .get("overdue").asBoolean()).isTrue();
    }

    /**
     * Issue 17: the daily job set the overdue mark with a plain SQL UPDATE that left the version alone,
     * so an officer's edit loaded before the job and saved after it wrote the old mark back, silently.
     * Through the aggregate the job bumps the version and the stale edit is refused (a 409 on screen).
     */
    @Test
    void theOverdueMarkHonoursTheVersionSoAStaleEditCannotUndoIt() throws Exception {
        long id = intake("Lò Văn Sáng", null, "bản Hạ", "Khiếu nại việc cấp giấy chứng nhận chậm");
        classifyComplaint(id);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        Petition loadedByAnOfficer = tx.execute(s -> {
            Petition p = petitions.findById(id).orElseThrow();
            p.deadlines().size();
            return p;
        });
        assertThat(loadedByAnOfficer.overdue()).isFalse();

        int[] counts = reminders.run(LocalDate.now());
        assertThat(counts[2]).isGreaterThanOrEqualTo(1);
        long after = jdbc.sql("select version from petition where id = ?").param(id).query(Long.class).single();
        assertThat(after).as("the mark is a versioned change").isGreaterThan(loadedByAnOfficer.version());

        assertThatThrownBy(() -> tx.executeWithoutResult(s -> petitions.save(loadedByAnOfficer)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(jdbc.sql("select overdue from petition where id = ?").param(id).query(Boolean.class).single())
                .isTrue();
    }

    /** An edit committed while the job is marking the petition is kept: the job reloads and marks again. */
    @Test
    void anEditCommittedWhileTheJobRunsIsKept() throws Exception {
        long id = intake("Lò Thị Hoa", null, "bản Thượng", "Khiếu nại việc thu hồi đất không bồi thường");
        classifyComplaint(id);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        java.util.concurrent.CountDownLatch locked = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Thread officer = new Thread(() -> tx.executeWithoutResult(s -> {
            jdbc.sql("update petition set content = 'Đã sửa nội dung', version = version + 1 where id = ?")
                    .param(id).update();
            locked.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        officer.start();
        locked.await();
        java.util.concurrent.CompletableFuture<int[]> job = java.util.concurrent.CompletableFuture
                .supplyAsync(() -> reminders.run(LocalDate.now()));
        Thread.sleep(500);
        release.countDown();
        officer.join();
        job.get();
        var row = jdbc.sql("select content, overdue from petition where id = ?").param(id)
                .query((rs, n) -> Map.of("content", rs.getString(1), "overdue", rs.getBoolean(2))).single();
        assertThat(row.get("content")).isEqualTo("Đã sửa nội dung");
        assertThat(row.get("overdue")).isEqualTo(true);
    }

    @Test
    void aMixedPetitionIsSplitIntoOnePetitionPerKind() throws Exception {
        long id = intake("Hà Văn Thịnh", null, "thôn Nam",
                "Khiếu nại quyết định thu hồi đất và phản ánh đường làng xuống cấp");
        JsonNode parts = body(postJson("/api/v1/petitions/" + id + "/split", handler,
                Map.of("on", "2025-03-04", "kinds", List.of("COMPLAINT", "FEEDBACK"))).andExpect(status().isOk()));
        assertThat(parts).hasSize(1);
        JsonNode part = body(mvc.perform(get("/api/v1/petitions/" + parts.get(0).asLong())
                .with(httpBasic(handler, PASSWORD))));
        assertThat(part.get("kind").asString()).isEqualTo("FEEDBACK");
        assertThat(part.get("state").asString()).isEqualTo("CLASSIFIED");
        assertThat(part.get("splitFromId").asLong()).isEqualTo(id);
        assertThat(part.get("petitioners").get(0).get("fullName").asString()).isEqualTo("Hà Văn Thịnh");
        assertThat(part.get("caseId").asLong()).isNotEqualTo(
                body(mvc.perform(get("/api/v1/petitions/" + id).with(httpBasic(handler, PASSWORD)))).get("caseId").asLong());
    }
}
