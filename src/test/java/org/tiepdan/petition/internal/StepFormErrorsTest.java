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
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 19, "never lose what was typed": a petition's step forms answer bad input with the
 * petition's page again, the step's form open, every error beside its field and the typed values
 * kept; a message's arguments are never shown as {@code [Ljava.lang.Object;@…}.
 */
@FullStackTest
class StepFormErrorsTest {

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
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    String handler;
    long petition;
    long unit;

    @BeforeEach
    void setUp() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        long province = units.findAreaByCode("42").orElseThrow().id();
        OrgUnitView commune = units.create(new NewOrgUnit("Xã Thử Biểu Mẫu " + suffix,
                OrgUnitKind.PEOPLES_COMMITTEE, AdminTier.COMMUNE, province, null, LocalDate.of(2012, 1, 1)));
        unit = commune.id();
        handler = "form-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createUser(handler, "Cán bộ " + handler, PASSWORD, Role.HANDLER, commune.id());
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("unitId", commune.id());
        in.put("channel", "POST");
        in.put("receivedOn", "2025-03-03");
        in.put("content", "Khiếu nại quyết định thu hồi đất, thử biểu mẫu");
        in.put("petitioners", List.of(Map.of("fullName", "Lê Văn Biểu", "address", "thôn Đông")));
        petition = json.readTree(api("/api/v1/petitions", in)).get("id").asLong();
    }

    private String api(String url, Object body) throws Exception {
        MockHttpServletResponse r = mvc.perform(post(url).with(httpBasic(handler, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body))).andReturn()
                .getResponse();
        assertThat(r.getStatus()).as(r.getContentAsString(StandardCharsets.UTF_8)).isBetween(200, 201);
        return r.getContentAsString(StandardCharsets.UTF_8);
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse r = mvc.perform(request.with(SecurityMockMvcRequestPostProcessors.user(
                users.loadUserByUsername(handler))).with(csrf())).andReturn().getResponse();
        String body = r.getContentAsString(StandardCharsets.UTF_8);
        assertThat(r.getStatus()).as(body).isEqualTo(200);
        assertThat(body).doesNotContain("Lỗi hệ thống", "[Ljava", "error-reference");
        Document d = Jsoup.parse(body);
        assertThat(d.getElementById("petition-title")).as("the petition's page").isNotNull();
        return d;
    }

    private static String feedback(Element form, String name) {
        Element input = form.selectFirst("[name=" + name + "]");
        assertThat(input).as(name).isNotNull();
        assertThat(input.hasClass("is-invalid")).as(name + " marked invalid").isTrue();
        Element message = form.getElementById(input.id() + "-error");
        assertThat(message).as(name + " has its message beside it").isNotNull();
        return message.text();
    }

    @Test
    void anImpossibleDateInTheClassifyFormRedrawsTheFormWithTheTypedValues() throws Exception {
        Document d = page(post("/petitions/" + petition + "/classify").param("on", "31/02/2026")
                .param("kind", "COMPLAINT").param("field", "LAND").param("competence", "RESOLVE")
                .param("eligible", "true").param("_eligible", "on").param("mass", "true"));
        Element form = d.selectFirst("#action-classify form");
        assertThat(d.selectFirst("#action-classify").hasAttr("open")).isTrue();
        assertThat(feedback(form, "on")).contains("Ngày không hợp lệ");
        assertThat(form.selectFirst("[name=on]").val()).isEqualTo("31/02/2026");
        assertThat(form.selectFirst("[name=kind] option[selected]").val()).isEqualTo("COMPLAINT");
        assertThat(form.selectFirst("[name=field] option[selected]").val()).isEqualTo("LAND");
        assertThat(form.selectFirst("[name=mass]").hasAttr("checked")).isTrue();
    }

    @Test
    void everyErrorOfAStepIsShownAtOnceBesideItsFieldWithTheStepsNameAndTheTypedValuesKept() throws Exception {
        api("/api/v1/petitions/" + petition + "/classification", Map.of("on", "2025-03-04", "kind", "COMPLAINT",
                "field", "OTHER", "eligible", true, "competence", "RESOLVE"));

        Document dates = page(post("/petitions/" + petition + "/actions/accept").param("on", "31/02/2026")
                .param("documentNumber", "05/TB").param("documentDate", "32/13/2025")
                .param("note", "Ghi chú không được mất"));
        Element form = dates.selectFirst("#action-accept form");
        assertThat(dates.selectFirst("#action-accept").hasAttr("open")).isTrue();
        assertThat(feedback(form, "on")).contains("Ngày không hợp lệ");
        assertThat(feedback(form, "documentDate")).contains("Ngày không hợp lệ");
        assertThat(form.selectFirst("[name=on]").val()).isEqualTo("31/02/2026");
        assertThat(form.selectFirst("[name=documentDate]").val()).isEqualTo("32/13/2025");
        assertThat(form.selectFirst("[name=documentNumber]").val()).isEqualTo("05/TB");
        assertThat(form.selectFirst("[name=note]").text()).isEqualTo("Ghi chú không được mất");

        Document missing = page(post("/petitions/" + petition + "/actions/accept").param("on", "05/03/2025")
                .param("documentNumber", "").param("documentDate", "05/03/2025").param("note", "Vẫn còn"));
        Element again = missing.selectFirst("#action-accept form");
        assertThat(feedback(again, "documentNumber")).startsWith("Bước \"Thụ lý").doesNotContain("Ljava");
        assertThat(again.selectFirst("[name=note]").text()).isEqualTo("Vẫn còn");
        assertThat(again.selectFirst("[name=on]").val()).isEqualTo("05/03/2025");

        // The petition was not changed, and its page still offers a fresh form for the other steps.
        Document fresh = page(get("/petitions/" + petition));
        assertThat(fresh.getElementById("petition-state").text()).isEqualTo(
                dates.getElementById("petition-state").text());
    }

    @Test
    void intakeRefusesTheIdNumberAndPhoneTheVisitFormRefusesBothAtOnceKeepingWhatWasTyped() throws Exception {
        MockHttpServletResponse r = mvc.perform(post("/petitions/new").with(SecurityMockMvcRequestPostProcessors.user(
                users.loadUserByUsername(handler))).with(csrf()).param("unitId", String.valueOf(unit))
                .param("channel", "POST").param("receivedOn", "03/03/2025").param("content", "Nội dung giữ lại")
                .param("petitioners[0].fullName", "Phan Văn Gõ").param("petitioners[0].idNumber", "999")
                .param("petitioners[0].phone", "xyz")).andReturn().getResponse();
        String body = r.getContentAsString(StandardCharsets.UTF_8);
        assertThat(r.getStatus()).as(body).isEqualTo(200);
        Document d = Jsoup.parse(body);
        Element id = d.selectFirst("[name='petitioners[0].idNumber']");
        Element phone = d.selectFirst("[name='petitioners[0].phone']");
        assertThat(id.hasClass("is-invalid")).isTrue();
        assertThat(phone.hasClass("is-invalid")).isTrue();
        assertThat(id.val()).isEqualTo("999");
        assertThat(phone.val()).isEqualTo("xyz");
        assertThat(phone.nextElementSibling().text()).contains("Số điện thoại");
        assertThat(d.selectFirst("[name=content]").text()).isEqualTo("Nội dung giữ lại");
    }

    @Test
    void noLegalChoiceIsPreselectedAndACaseEndingStepIsConfirmedShowingWhatTheCitizenWillBeTold() throws Exception {
        Document fresh = page(get("/petitions/" + petition));
        Element archive = fresh.selectFirst("#action-archive form");
        assertThat(archive.selectFirst("[name=reason] option").val()).as("first option").isEmpty();
        assertThat(archive.select("[name=reason] option[selected]")).isEmpty();
        assertThat(fresh.select("#action-classify [name=kind] option[selected]")).isEmpty();
        assertThat(fresh.select("#action-classify [name=competence] option[selected]")).isEmpty();
        assertThat(archive.getElementById("archive-told").text()).contains("Phiếu đề xuất lưu đơn");

        // Enter in the note's neighbour input: no reason chosen, no confirmation; both errors at once.
        Document refused = page(post("/petitions/" + petition + "/actions/archive").param("on", "04/03/2025")
                .param("note", "Đơn trùng"));
        Element form = refused.selectFirst("#action-archive form");
        assertThat(refused.selectFirst("#action-archive").hasAttr("open")).isTrue();
        assertThat(feedback(form, "reason")).isNotBlank();
        assertThat(feedback(form, "confirmed")).contains("xác nhận");
        assertThat(form.selectFirst("[name=note]").text()).isEqualTo("Đơn trùng");
        assertThat(refused.getElementById("petition-state").text()).isEqualTo(
                fresh.getElementById("petition-state").text());

        Document classify = page(post("/petitions/" + petition + "/classify").param("on", "04/03/2025")
                .param("eligible", "true").param("_eligible", "on"));
        Element c = classify.selectFirst("#action-classify form");
        assertThat(feedback(c, "kind")).isNotBlank();
        assertThat(feedback(c, "competence")).isNotBlank();
    }

    @Test
    void aHeadUndoesAnArchivingRecordedByMistakeTodayWithAReasonAndItIsAudited() throws Exception {
        api("/api/v1/petitions/" + petition + "/actions/archive", Map.of("on", "2025-03-04", "reason", "DUPLICATE"));
        String head = "head-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createUser(head, "Lãnh đạo " + head, PASSWORD, Role.HEAD, unit);
        var asHead = SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(head));
        var asHandler = SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(handler));

        assertThat(page(get("/petitions/" + petition)).getElementById("action-undo")).as("not for a handler").isNull();
        Document d = Jsoup.parse(mvc.perform(get("/petitions/" + petition).with(asHead)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(d.getElementById("undo-step").text()).contains("Lưu đơn").contains(handler);
        assertThat(mvc.perform(post("/petitions/" + petition + "/undo").with(asHandler).with(csrf())
                .param("reason", "x")).andReturn().getResponse().getStatus()).isEqualTo(403);

        MockHttpServletResponse noReason = mvc.perform(post("/petitions/" + petition + "/undo").with(asHead)
                .with(csrf()).param("reason", " ")).andReturn().getResponse();
        assertThat(noReason.getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(noReason.getContentAsString(StandardCharsets.UTF_8)).getElementById("undo-reason-error"))
                .isNotNull();

        MockHttpServletResponse done = mvc.perform(post("/petitions/" + petition + "/undo").with(asHead).with(csrf())
                .param("reason", "Cán bộ chọn nhầm đơn")).andReturn().getResponse();
        assertThat(done.getStatus()).isEqualTo(302);
        String state = json.readTree(mvc.perform(get("/api/v1/petitions/" + petition).with(httpBasic(handler, PASSWORD)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).get("state").asString();
        assertThat(state).isEqualTo("RECEIVED");
        assertThat(jdbc.sql("select summary from audit_entry where entity_type = 'Petition' and entity_id = ? "
                + "and summary like '%undone%' order by id desc limit 1").param(String.valueOf(petition))
                .query(String.class).single()).contains("ARCHIVE").contains("Cán bộ chọn nhầm đơn");
    }
}
