package org.tiepdan.petition.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tiepdan.FullStackTest;
import org.tiepdan.account.Accounts;
import org.tiepdan.account.Role;
import org.tiepdan.org.AdminTier;
import org.tiepdan.org.NewOrgUnit;
import org.tiepdan.org.OrgUnitKind;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.OrgUnits;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 21, what a petition says upward: old or new matter (intake form, API, detail, export), and
 * the category of the body a petition outside competence goes to (the transfer and guidance steps,
 * on the screen and over the API, required with no default; from a catalogue unit's kind; shown and
 * exported).
 */
@FullStackTest
class PetitionUpwardTest {

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
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    String handler;
    String reporter;
    OrgUnitView commune;
    OrgUnitView committee;

    @BeforeEach
    void setUp() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long province = units.findAreaByCode("42").orElseThrow().id();
        commune = units.create(new NewOrgUnit("Xã Thử Cấp Trên " + suffix, OrgUnitKind.ADMINISTRATIVE_AREA,
                AdminTier.COMMUNE, province, null, LocalDate.of(2019, 1, 1)));
        units.setUpStandardBodies(commune.id());
        committee = units.children(commune.id()).stream().filter(u -> u.kind() == OrgUnitKind.PEOPLES_COMMITTEE)
                .findFirst().orElseThrow();
        handler = "up-h-" + suffix;
        reporter = "up-r-" + suffix;
        accounts.createUser(handler, "Cán bộ " + handler, PASSWORD, Role.HANDLER, commune.id());
        accounts.createUser(reporter, "Cán bộ " + reporter, PASSWORD, Role.REPORTER, commune.id());
    }

    private MockHttpServletResponse postJson(String url, Object body) throws Exception {
        return mvc.perform(post(url).with(httpBasic(handler, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body))).andReturn().getResponse();
    }

    private JsonNode ok(MockHttpServletResponse r) throws Exception {
        String body = r.getContentAsString(StandardCharsets.UTF_8);
        assertThat(r.getStatus()).as(body).isBetween(200, 201);
        return json.readTree(body);
    }

    /** 400 with the code and the field beside it (RFC 9457). */
    private void refused(MockHttpServletResponse r, String code, String field) throws Exception {
        String body = r.getContentAsString(StandardCharsets.UTF_8);
        assertThat(r.getStatus()).as(body).isEqualTo(400);
        JsonNode problem = json.readTree(body);
        assertThat(problem.path("code").asString()).isEqualTo(code);
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo(field);
    }

    private long intake(Boolean newMatter, String content) throws Exception {
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("unitId", committee.id());
        in.put("channel", "POST");
        in.put("receivedOn", "2025-03-03");
        in.put("content", content);
        in.put("petitioners", List.of(Map.of("fullName", "Lê Văn Cấp", "address", "thôn Đông")));
        if (newMatter != null) {
            in.put("newMatter", newMatter);
        }
        return ok(postJson("/api/v1/petitions", in)).path("id").asLong();
    }

    private long outsideCompetence(String content) throws Exception {
        long id = intake(Boolean.TRUE, content);
        ok(postJson("/api/v1/petitions/" + id + "/classification", Map.of("on", "2025-03-04", "kind",
                "COMPLAINT", "eligible", true, "competence", "NONE")));
        return id;
    }

    private JsonNode export() throws Exception {
        return ok(mvc.perform(get("/api/v1/national-db/export").param("unit", String.valueOf(commune.id()))
                .param("from", "2025-03-01").param("to", "2025-03-31").with(httpBasic(reporter, PASSWORD)))
                .andReturn().getResponse());
    }

    private static JsonNode item(JsonNode export, String list, long id) {
        for (JsonNode i : export.path(list)) {
            if (i.path("id").asLong() == id) {
                return i;
            }
        }
        throw new AssertionError(list + " has no " + id);
    }

    @Test
    void oldOrNewMatterIsTakenOverTheApiShownAndExported() throws Exception {
        long old = intake(Boolean.FALSE, "Khiếu nại lại việc thu hồi đất đã trả lời năm trước");
        long fresh = intake(Boolean.TRUE, "Khiếu nại mới về bồi thường giải phóng mặt bằng");
        long unrecorded = intake(null, "Khiếu nại chưa rõ cũ hay mới");
        JsonNode view = ok(mvc.perform(get("/api/v1/petitions/" + old).with(httpBasic(handler, PASSWORD)))
                .andReturn().getResponse());
        assertThat(view.path("newMatter").isBoolean()).isTrue();
        assertThat(view.path("newMatter").asBoolean()).isFalse();
        assertThat(ok(mvc.perform(get("/api/v1/petitions/" + unrecorded).with(httpBasic(handler, PASSWORD)))
                .andReturn().getResponse()).path("newMatter").isNull()).isTrue();
        // a value that is not a boolean: 400 with the field, nothing saved
        long before = jdbc.sql("select count(*) from petition where unit_id = ?").param(committee.id())
                .query(Long.class).single();
        Map<String, Object> bad = new LinkedHashMap<>();
        bad.put("unitId", committee.id());
        bad.put("channel", "POST");
        bad.put("receivedOn", "2025-03-03");
        bad.put("content", "Đơn thử giá trị sai");
        bad.put("petitioners", List.of(Map.of("fullName", "Lê Văn Sai")));
        bad.put("newMatter", "có lẽ");
        refused(postJson("/api/v1/petitions", bad), "invalid-input", "newMatter");
        assertThat(jdbc.sql("select count(*) from petition where unit_id = ?").param(committee.id())
                .query(Long.class).single()).isEqualTo(before);

        JsonNode export = export();
        assertThat(item(export, "petitions", old).path("newMatter").asBoolean()).isFalse();
        assertThat(item(export, "petitions", fresh).path("newMatter").asBoolean()).isTrue();
        assertThat(item(export, "petitions", unrecorded).path("newMatter").isNull()).isTrue();
        assertThat(export.path("schemaVersion").asString()).isEqualTo("tiepdan-nd55-2022/0.2-unvalidated");
    }

    @Test
    void aTransferOutsideNamesTheCategoryOfItsBodyNeverADefault() throws Exception {
        long id = outsideCompetence("Khiếu nại bản án sơ thẩm về tranh chấp đất");
        Map<String, Object> step = new LinkedHashMap<>();
        step.put("on", "2025-03-06");
        step.put("documentNumber", "12/CV");
        step.put("documentDate", "2025-03-06");
        step.put("externalBody", "Tòa án nhân dân khu vực 5 - Hà Tĩnh");
        refused(postJson("/api/v1/petitions/" + id + "/actions/transfer", step),
                "petition-destination-category-required", "destinationCategory");
        step.put("destinationCategory", "TOA_AN");
        refused(postJson("/api/v1/petitions/" + id + "/actions/transfer", step), "invalid-input",
                "destinationCategory");
        assertThat(jdbc.sql("select state from petition where id = ?").param(id).query(String.class).single())
                .isEqualTo("CLASSIFIED");

        step.put("destinationCategory", "PROSECUTION_COURT_ENFORCEMENT");
        JsonNode view = ok(postJson("/api/v1/petitions/" + id + "/actions/transfer", step));
        assertThat(view.path("state").asString()).isEqualTo("TRANSFERRED");
        assertThat(view.path("destinationCategory").asString()).isEqualTo("PROSECUTION_COURT_ENFORCEMENT");

        JsonNode destination = item(export(), "petitions", id).path("destination");
        assertThat(destination.path("name").asString()).isEqualTo("Tòa án nhân dân khu vực 5 - Hà Tĩnh");
        assertThat(destination.path("category").asString()).isEqualTo("PROSECUTION_COURT_ENFORCEMENT");
    }

    @Test
    void aTransferToACatalogueUnitTakesTheCategoryOfItsKindUnlessOneIsNamed() throws Exception {
        OrgUnitView front = units.children(commune.id()).stream()
                .filter(u -> u.kind() == OrgUnitKind.FATHERLAND_FRONT).findFirst().orElseThrow();
        long toFront = outsideCompetence("Kiến nghị về hoạt động của Ban công tác Mặt trận thôn");
        JsonNode view = ok(postJson("/api/v1/petitions/" + toFront + "/actions/transfer", Map.of("on", "2025-03-06",
                "documentNumber", "13/CV", "documentDate", "2025-03-06", "targetUnitId", front.id())));
        assertThat(view.path("destinationCategory").asString()).isEqualTo("POLITICAL_SOCIO_POLITICAL");
        assertThat(item(export(), "petitions", toFront).path("destination").path("category").asString())
                .isEqualTo("POLITICAL_SOCIO_POLITICAL");

        // a unit whose kind says nothing (OTHER): the officer names it, or the step is refused
        OrgUnitView other = units.create(new NewOrgUnit("Ban quản lý dự án " + UUID.randomUUID().toString()
                .substring(0, 6), OrgUnitKind.OTHER, AdminTier.COMMUNE, commune.id(), null, LocalDate.of(2019, 1, 1)));
        long toOther = outsideCompetence("Phản ánh về tiến độ dự án đường liên thôn");
        Map<String, Object> step = new LinkedHashMap<>(Map.of("on", "2025-03-06", "documentNumber", "14/CV",
                "documentDate", "2025-03-06", "targetUnitId", other.id()));
        refused(postJson("/api/v1/petitions/" + toOther + "/actions/transfer", step),
                "petition-destination-category-required", "destinationCategory");
        assertThat(jdbc.sql("select count(*) from petition where transferred_from_id = ?").param(toOther)
                .query(Long.class).single()).isZero();
        step.put("destinationCategory", "STATE_ADMINISTRATION");
        assertThat(ok(postJson("/api/v1/petitions/" + toOther + "/actions/transfer", step))
                .path("destinationCategory").asString()).isEqualTo("STATE_ADMINISTRATION");
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse r = mvc.perform(request.with(SecurityMockMvcRequestPostProcessors.user(
                users.loadUserByUsername(handler))).with(csrf())).andReturn().getResponse();
        String body = r.getContentAsString(StandardCharsets.UTF_8);
        assertThat(r.getStatus()).as(body).isEqualTo(200);
        assertThat(body).doesNotContain("Lỗi hệ thống", "[Ljava", "error-reference");
        return Jsoup.parse(body);
    }

    @Test
    void theGuidanceFormAsksTheCategoryBesideItsFieldAndKeepsWhatWasTyped() throws Exception {
        long id = outsideCompetence("Đề nghị hưởng bảo hiểm xã hội một lần");
        Document d = page(post("/petitions/" + id + "/actions/guide").param("on", "06/03/2025")
                .param("documentNumber", "15/HD").param("documentDate", "06/03/2025")
                .param("externalBody", "Bảo hiểm xã hội tỉnh Bình Dương").param("confirmed", "true"));
        assertThat(d.getElementById("petition-title")).isNotNull();
        Element form = d.selectFirst("#action-guide form");
        assertThat(d.selectFirst("#action-guide").hasAttr("open")).isTrue();
        Element select = form.selectFirst("[name=destinationCategory]");
        assertThat(select.hasClass("is-invalid")).isTrue();
        assertThat(form.getElementById(select.id() + "-error").text()).contains("Chọn loại cơ quan nhận đơn");
        assertThat(select.select("option").eachText()).contains("Kiểm toán nhà nước",
                "Viện kiểm sát, Tòa án, cơ quan thi hành án", "Cơ quan của Quốc hội, Hội đồng nhân dân");
        assertThat(select.selectFirst("option[selected]")).as("nothing preselected").isNull();
        assertThat(form.selectFirst("[name=externalBody]").val()).isEqualTo("Bảo hiểm xã hội tỉnh Bình Dương");
        assertThat(form.selectFirst("[name=documentNumber]").val()).isEqualTo("15/HD");
        assertThat(jdbc.sql("select state from petition where id = ?").param(id).query(String.class).single())
                .isEqualTo("CLASSIFIED");

        mvc.perform(post("/petitions/" + id + "/actions/guide").with(SecurityMockMvcRequestPostProcessors.user(
                users.loadUserByUsername(handler))).with(csrf()).param("on", "06/03/2025")
                .param("documentNumber", "15/HD").param("documentDate", "06/03/2025")
                .param("externalBody", "Bảo hiểm xã hội tỉnh Bình Dương").param("confirmed", "true")
                .param("destinationCategory", "STATE_ADMINISTRATION")).andReturn();
        Document shown = page(get("/petitions/" + id));
        assertThat(shown.getElementById("petition-state").text()).isEqualTo("Đã hướng dẫn");
        assertThat(shown.getElementById("petition-destination").text()).contains("Bảo hiểm xã hội tỉnh Bình Dương");
        assertThat(shown.getElementById("petition-destination-category").text())
                .isEqualTo("Cơ quan hành chính nhà nước");
        assertThat(shown.getElementById("petition-new-matter").text()).isEqualTo("Vụ việc mới phát sinh");
    }

    @Test
    void theIntakeFormRecordsAnOldMatterAndKeepsTheChoiceWhenItComesBack() throws Exception {
        // refused (no content): the form again, the choice kept
        Document again = page(post("/petitions/new").param("unitId", String.valueOf(committee.id()))
                .param("channel", "POST").param("receivedOn", "03/03/2025").param("newMatter", "false")
                .param("petitioners[0].fullName", "Lê Văn Cũ").param("content", ""));
        assertThat(again.selectFirst("select[name=newMatter] option[selected]").val()).isEqualTo("false");
        MockHttpServletResponse r = mvc.perform(post("/petitions/new").with(SecurityMockMvcRequestPostProcessors.user(
                users.loadUserByUsername(handler))).with(csrf()).param("unitId", String.valueOf(committee.id()))
                .param("channel", "POST").param("receivedOn", "03/03/2025").param("newMatter", "false")
                .param("petitioners[0].fullName", "Lê Văn Cũ").param("content", "Khiếu nại lại việc cấp sổ đỏ"))
                .andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(302);
        Document shown = page(get(r.getRedirectedUrl()));
        assertThat(shown.getElementById("petition-new-matter").text()).isEqualTo("Vụ việc cũ");
    }

    private Document pageAs(String username, MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse r = mvc.perform(request.with(SecurityMockMvcRequestPostProcessors.user(
                users.loadUserByUsername(username))).with(csrf())).andReturn().getResponse();
        String body = r.getContentAsString(StandardCharsets.UTF_8);
        assertThat(r.getStatus()).as(body).isEqualTo(200);
        assertThat(body).doesNotContain("Lỗi hệ thống", "[Ljava", "error-reference");
        return Jsoup.parse(body);
    }

    private static void invalidBeside(Element form, String name, String message) {
        Element input = form.selectFirst("[name=" + name + "]");
        assertThat(input.hasClass("is-invalid")).as(name + " marked invalid").isTrue();
        assertThat(form.getElementById(input.id() + "-error").text()).as(name).contains(message);
    }

    @Test
    void theResultsOfAResolvedComplaintAreTypedOnItsPageWithEveryErrorBesideItsField() throws Exception {
        long id = intake(Boolean.TRUE, "Khiếu nại việc bồi thường cây trồng khi thu hồi đất");
        ok(postJson("/api/v1/petitions/" + id + "/classification", Map.of("on", "2025-03-04", "kind",
                "COMPLAINT", "eligible", true, "competence", "RESOLVE")));
        // not decided yet: the page says when they are recorded, and offers no form
        Document before = page(get("/petitions/" + id));
        assertThat(before.getElementById("results-wait")).isNotNull();
        assertThat(before.getElementById("results-form")).isNull();
        // the decision itself is the workflow's (PetitionWorkflowTest): here the complaint stands decided
        jdbc.sql("update petition set state = 'DECIDED', outcome = 'RIGHT' where id = ?").param(id).update();
        assertThat(page(get("/petitions/" + id)).getElementById("results-form")).isNotNull();

        Document d = page(post("/petitions/" + id + "/results").param("moneyToState", "")
                .param("moneyToCitizens", "15.000.000").param("landToStateM2", "mười")
                .param("landToCitizensM2", "1.250,555").param("peopleRightsRestored", "2")
                .param("peopleDisciplined", "-1").param("casesToInvestigation", "0"));
        Element form = d.getElementById("results-form");
        assertThat(form).as("the form again").isNotNull();
        invalidBeside(form, "landToStateM2", "Nhập một số");
        invalidBeside(form, "landToCitizensM2", "tối đa hai chữ số thập phân");
        invalidBeside(form, "peopleDisciplined", "không được âm");
        assertThat(form.selectFirst("[name=moneyToCitizens]").hasClass("is-invalid")).isFalse();
        assertThat(form.selectFirst("[name=landToStateM2]").val()).isEqualTo("mười");
        assertThat(form.selectFirst("[name=moneyToCitizens]").val()).isEqualTo("15.000.000");
        assertThat(form.selectFirst("[name=peopleDisciplined]").val()).isEqualTo("-1");
        assertThat(jdbc.sql("select count(*) from petition_resolution_result where petition_id = ?").param(id)
                .query(Long.class).single()).isZero();

        MockHttpServletResponse saved = mvc.perform(post("/petitions/" + id + "/results")
                .with(SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(handler))).with(csrf())
                .param("moneyToState", "").param("moneyToCitizens", "15.000.000").param("landToStateM2", "0")
                .param("landToCitizensM2", "1.250,5").param("peopleRightsRestored", "2")
                .param("peopleDisciplined", "0").param("casesToInvestigation", "")).andReturn().getResponse();
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("select money_to_state || ' ' || money_to_citizens || ' ' || land_to_citizens_m2 || ' ' "
                + "|| people_rights_restored || ' ' || cases_to_investigation from petition_resolution_result "
                + "where petition_id = ?").param(id).query(String.class).single())
                .isEqualTo("0 15000000 1250.50 2 0");
        Document after = page(get("/petitions/" + id));
        assertThat(after.selectFirst("#results-form [name=moneyToCitizens]").val()).isEqualTo("15.000.000");
        assertThat(after.selectFirst("#results-form [name=landToCitizensM2]").val()).isEqualTo("1.250,5");
        // the same figures over the API
        JsonNode api = ok(mvc.perform(get("/api/v1/petitions/" + id + "/results").with(httpBasic(handler, PASSWORD)))
                .andReturn().getResponse());
        assertThat(api.path("moneyToCitizens").asLong()).isEqualTo(15_000_000L);

        // a reader sees them, without a form
        String viewer = "up-v-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createUser(viewer, "Người xem " + viewer, PASSWORD, Role.VIEWER, commune.id());
        Document read = pageAs(viewer, get("/petitions/" + id));
        assertThat(read.getElementById("results-form")).isNull();
        assertThat(read.getElementById("results-moneyToCitizens").text()).isEqualTo("15.000.000");
        // and a viewer's post is refused, nothing changed
        assertThat(mvc.perform(post("/petitions/" + id + "/results").with(SecurityMockMvcRequestPostProcessors.user(
                users.loadUserByUsername(viewer))).with(csrf()).param("moneyToCitizens", "1")).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(jdbc.sql("select money_to_citizens from petition_resolution_result where petition_id = ?")
                .param(id).query(Long.class).single()).isEqualTo(15_000_000L);
    }

    @Test
    void theDemoHasARecordedResultAndItsNationalDatabaseScreenShowsPendingAndSentRecords() throws Exception {
        long complaint = jdbc.sql("select r.petition_id from petition_resolution_result r join petitioner x "
                + "on x.petition_id = r.petition_id where x.full_name = 'Nguyễn Văn An' and r.money_to_citizens > 0")
                .query(Long.class).single();
        Document page = pageAs("xuly", get("/petitions/" + complaint));
        assertThat(page.selectFirst("#results-form [name=moneyToCitizens]").val()).isEqualTo("18.500.000");
        for (String user : List.of("baocao", "lanhdao")) {
            Document screen = pageAs(user, get("/national-db"));
            assertThat(screen.select("#nationaldb-unsent tbody tr")).as(user + ": pending").isNotEmpty();
            assertThat(screen.select("#nationaldb-sent tbody tr")).as(user + ": sent").isNotEmpty();
        }
    }

    @Test
    void aPetitionsFieldIsACodeOfTheFieldTreeAndTheOldFlatCodesStandForTheirNodes() throws Exception {
        long id = intake(Boolean.TRUE, "Khiếu nại về cấp giấy chứng nhận nhà ở");
        // an unknown code: 400 beside the field, nothing classified
        refused(postJson("/api/v1/petitions/" + id + "/classification", Map.of("on", "2025-03-04", "kind",
                "COMPLAINT", "field", "NHA_O", "eligible", true, "competence", "RESOLVE")),
                "petition-field-unknown", "field");
        assertThat(jdbc.sql("select state from petition where id = ?").param(id).query(String.class).single())
                .isEqualTo("RECEIVED");
        // a node of the tree
        JsonNode housing = ok(postJson("/api/v1/petitions/" + id + "/classification", Map.of("on", "2025-03-04",
                "kind", "COMPLAINT", "field", "ADM_HOUSING", "eligible", true, "competence", "RESOLVE")));
        assertThat(housing.path("field").asString()).isEqualTo("ADM_HOUSING");
        // an old flat code: stored as the node it means
        JsonNode land = ok(postJson("/api/v1/petitions/" + id + "/classification", Map.of("on", "2025-03-04",
                "kind", "COMPLAINT", "field", "LAND", "eligible", true, "competence", "RESOLVE")));
        assertThat(land.path("field").asString()).isEqualTo("ADM_LAND");
        assertThat(jdbc.sql("select field from petition_case where id = ?").param(land.path("caseId").asLong())
                .query(String.class).single()).isEqualTo("ADM_LAND");
        // the search takes a node, its group, or the old code
        for (String filter : List.of("ADM_LAND", "LAND", "ADMINISTRATIVE")) {
            JsonNode found = ok(mvc.perform(get("/api/v1/petitions").param("unitId", String.valueOf(committee.id()))
                    .param("field", filter).with(httpBasic(handler, PASSWORD))).andReturn().getResponse());
            assertThat(found.path("items").valueStream().map(r -> r.path("id").asLong()).toList()).as(filter)
                    .contains(id);
        }
        JsonNode judicial = ok(mvc.perform(get("/api/v1/petitions").param("unitId", String.valueOf(committee.id()))
                .param("field", "JUDICIAL").with(httpBasic(handler, PASSWORD))).andReturn().getResponse());
        assertThat(judicial.path("items").valueStream().map(r -> r.path("id").asLong()).toList()).doesNotContain(id);
        // the screen: the tree's nodes to choose from, the node's label on the page
        Document d = page(get("/petitions/" + id));
        assertThat(d.getElementById("petition-field").text()).contains("Đất đai");
        assertThat(d.select("#c-field option").eachText()).contains("Hành chính › Đất đai", "Tham nhũng", "Tư pháp");
        assertThat(d.selectFirst("#c-field option[selected]").val()).isEqualTo("ADM_LAND");
        // and the export maps it to its group
        JsonNode item = item(export(), "petitions", id);
        assertThat(item.path("field").asString()).isEqualTo("ADM_LAND");
        assertThat(item.path("fieldGroup").asString()).isEqualTo("ADMINISTRATIVE");
    }
}
