package org.tiepdan.dialogue.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tiepdan.dialogue.internal.DialogueTestSupport.*;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tiepdan.DemoUsers;
import org.tiepdan.FullStackTest;
import org.tiepdan.account.Accounts;
import org.tiepdan.account.Role;
import org.tiepdan.account.RoleGrantView;
import org.tiepdan.account.TiepdanUser;
import org.tiepdan.dialogue.DialogueFollowUps;
import org.tiepdan.dialogue.DialogueKind;
import org.tiepdan.org.OrgUnits;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The screens, the public page and the JSON API: messages beside their fields with nothing saved,
 * problem details, access by unit, the public follow-up without personal data, the demo data set
 * shown on the list, follow-up and home pages.
 */
@FullStackTest
class DialogueWebTest {

    private static final String PASSWORD = "Thu-nghiem-2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    DialogueService service;
    @Autowired
    DialogueFollowUps followUps;
    @Autowired
    OrgUnits units;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    UserDetailsService userDetails;

    @AfterEach
    void tearDown() {
        signOut();
    }

    static Authentication officer(Commune c) {
        TiepdanUser user = new TiepdanUser(7L, "web-" + unique(), "Người thử", List.of(
                new RoleGrantView(Role.RECEPTION_OFFICER, c.area().id()), new RoleGrantView(Role.HEAD, c.party().id())),
                "x", true, true);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    private String account(Role role, long unitId) {
        String name = "dlg-" + unique();
        accounts.createUser(name, "Cán bộ " + name, PASSWORD, role, unitId);
        return name;
    }

    private ResultActions postJson(String url, String username, Object body) throws Exception {
        return mvc.perform(post(url).with(httpBasic(username, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)));
    }

    private JsonNode body(ResultActions r) throws Exception {
        return json.readTree(r.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private long demo(String topicStart) {
        return jdbc.sql("select id from dialogue where topic like ? order by id limit 1").param(topicStart + "%")
                .query(Long.class).single();
    }

    // --- the public follow-up ----------------------------------------------------------------------

    @Test
    void thePublicFollowUpNamesHamletsAndNeverCitizens() throws Exception {
        Commune c = commune(units);
        signIn(c);
        long id = service.plan(plan(c, DialogueKind.PERIODIC, LocalDate.of(2026, 3, 10))).id();
        service.recordOpinion(id, before("Nguyễn Văn Bí Mật",
                "Ông Nguyễn Văn Bí Mật đề nghị cấp giấy chứng nhận đất ở cho gia đình"));
        DialogueOpinion toPetition = service.recordOpinion(id, before("Lê Thị Riêng Tư", "Tranh chấp lối đi chung"));
        service.turnIntoPetition(id, toPetition.id());
        service.hold(id, holding(LocalDate.of(2026, 3, 10)));
        service.recordOpinion(id, atAnswered("Phan Văn Kín", "Hỗ trợ tiền điện cho hộ nghèo"));
        Dialogue held = service.get(id);
        String petitionNumber = held.opinion(toPetition.id()).petitionNumber();
        Map<Long, Dialogue.Route> routes = new LinkedHashMap<>();
        held.opinions().stream().filter(DialogueOpinion::needsAssignment)
                .forEach(o -> routes.put(o.id(), new Dialogue.Route(c.committee().id(), null)));
        mvc.perform(get("/public/dialogues/" + id)).andExpect(status().isNotFound());

        service.conclude(id, new Dialogue.ConclusionNotice(LocalDate.of(2026, 3, 17),
                "Giao UBND xã trả lời ông Nguyễn Văn Bí Mật bằng văn bản.", null, routes));
        signOut();

        String page = mvc.perform(get("/public/dialogues/" + id)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Thôn Tân Hòa").contains("Thôn Trường Sơn").contains("[đã ẩn tên]")
                .contains("cấp giấy chứng nhận đất ở").contains(c.committee().name())
                .doesNotContain("Bí Mật").doesNotContain("Riêng Tư").doesNotContain("Phan Văn Kín")
                .doesNotContain(petitionNumber);
        assertThat(page).contains("Đã chuyển thành đơn").contains("Đã trả lời tại hội nghị");

        // The staff page of the same dialogue names them.
        mvc.perform(get("/dialogues/" + id + "/follow-up").with(authentication(officer(c))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Nguyễn Văn Bí Mật")))
                .andExpect(content().string(containsString(petitionNumber)));
    }

    @Test
    void theDemoCommunesPublishedFollowUpsCarryNoPersonalData() throws Exception {
        long commune = units.findAreaByCode("18844").orElseThrow().id();
        var published = followUps.publishedFor(commune);
        assertThat(published).hasSizeGreaterThanOrEqualTo(2);
        var closed = published.stream().filter(p -> p.topic().startsWith("Giải quyết đất ở")).findFirst().orElseThrow();
        assertThat(closed.progressPercent()).isEqualTo(100);
        assertThat(closed.hamlets()).contains("Thôn Tân Hòa");
        assertThat(closed.url()).isEqualTo("/public/dialogues/" + closed.id());
        for (var p : published) {
            String page = mvc.perform(get(p.url())).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            for (String name : List.of("Nguyễn Văn Hùng", "Trần Thị Lan", "Lê Văn Minh", "Phạm Văn Toàn",
                    "Hồ Thị Mai", "Võ Văn Dũng")) {
                assertThat(page).doesNotContain(name);
            }
        }
    }

    // --- forms ---------------------------------------------------------------------------------------

    @Test
    void aRefusedFormShowsTheMessageBesideItsFieldAndSavesNothing() throws Exception {
        Commune c = commune(units);
        signIn(c);
        long id = service.plan(plan(c, DialogueKind.PERIODIC, LocalDate.of(2026, 3, 10))).id();
        signOut();
        Authentication me = officer(c);
        mvc.perform(post("/dialogues/" + id + "/hold").with(authentication(me)).with(csrf())
                        .param("heldOn", "10/03/2026").param("chairName", " ").param("secretaryName", "Nguyễn Thị Thu")
                        .param("officialsCount", "10").param("citizensCount", "50"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng nhập họ tên người chủ trì.")))
                .andExpect(content().string(containsString("is-invalid")))
                // The shared field set (fragments/fields.html): the message has an id the input names.
                .andExpect(content().string(containsString("aria-describedby=\"chairName-error\"")))
                .andExpect(content().string(containsString("id=\"chairName-error\"")));
        mvc.perform(post("/dialogues/" + id + "/opinions").with(authentication(me)).with(csrf())
                        .param("stage", "BEFORE").param("source", "CITIZEN").param("citizenName", "Ai Đó")
                        .param("hamlet", "Thôn Tân Hòa").param("field", "LAND").param("content", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng nhập nội dung ý kiến.")));
        assertThat(jdbc.sql("select state from dialogue where id = ?").param(id).query(String.class).single())
                .isEqualTo("PLANNED");
        assertThat(jdbc.sql("select count(*) from dialogue_opinion where dialogue_id = ?").param(id)
                .query(Integer.class).single()).isZero();

        mvc.perform(post("/dialogues/" + id + "/opinions").with(authentication(me)).with(csrf())
                        .param("stage", "BEFORE").param("source", "HAMLET").param("hamlet", "Thôn Tân Hòa")
                        .param("field", "CONSTRUCTION").param("content", "Sửa đường liên thôn"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/dialogues/" + id + "/hold").with(authentication(me)).with(csrf())
                        .param("heldOn", "10/03/2026").param("chairName", "Trần Văn Bình")
                        .param("secretaryName", "Nguyễn Thị Thu").param("officialsCount", "10")
                        .param("citizensCount", "50"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/dialogues/" + id).with(authentication(me))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Đã tổ chức hội nghị")))
                .andExpect(content().string(containsString("24/03/2026")));
    }

    // --- JSON API --------------------------------------------------------------------------------------

    @Test
    void theApiRunsTheCycleAndAnswersProblemDetails() throws Exception {
        Commune c = commune(units);
        String head = account(Role.HEAD, c.party().id());
        String viewer = account(Role.VIEWER, c.area().id());
        Commune other = commune(units);
        String stranger = account(Role.HANDLER, other.area().id());

        Map<String, Object> planBody = new LinkedHashMap<>();
        planBody.put("unitId", c.party().id());
        planBody.put("jointUnitId", c.committee().id());
        planBody.put("kind", "PERIODIC");
        planBody.put("topic", "Bồi thường giải phóng mặt bằng");
        planBody.put("heldOn", "2026-04-24");
        planBody.put("startTime", "7:30");
        planBody.put("place", "Hội trường xã");
        planBody.put("hamlets", List.of("Thôn Tân Hòa"));
        ResultActions created = postJson("/api/v1/dialogues", head, planBody).andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("PLANNED")).andExpect(jsonPath("$.joint").value(true));
        long id = body(created).get("id").asLong();

        postJson("/api/v1/dialogues/" + id + "/conclusion", head, Map.of("on", "2026-05-04", "text", "x"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("dialogue-transition-invalid"))
                .andExpect(jsonPath("$.detail").value(containsString("Đã lên kế hoạch")));
        postJson("/api/v1/dialogues/" + id + "/opinions", head, Map.of("stage", "BEFORE", "source", "CITIZEN",
                "citizenName", "Đặng Văn Hỏi", "field", "LAND", "content", " "))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("content"));
        postJson("/api/v1/dialogues/" + id + "/opinions", viewer, Map.of("stage", "BEFORE", "source", "HAMLET",
                "hamlet", "Thôn Tân Hòa", "field", "LAND", "content", "Đường"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("forbidden"));
        mvc.perform(get("/api/v1/dialogues/" + id).with(httpBasic(stranger, PASSWORD))).andExpect(status().isForbidden());

        long opinion = body(postJson("/api/v1/dialogues/" + id + "/opinions", head, Map.of("stage", "BEFORE",
                "source", "HAMLET", "hamlet", "Thôn Tân Hòa", "field", "LAND", "content", "Công khai đơn giá bồi thường",
                "raisedOn", "2026-04-20")).andExpect(status().isCreated())).get("id").asLong();
        postJson("/api/v1/dialogues/" + id + "/hold", head, Map.of("heldOn", "2026-04-24", "chairName", "Trần Văn Bình",
                "secretaryName", "Nguyễn Thị Thu", "officialsCount", 12, "citizensCount", 70))
                .andExpect(status().isOk()).andExpect(jsonPath("$.conclusion.due").value("2026-05-13"));
        postJson("/api/v1/dialogues/" + id + "/documents/record", head, Map.of("on", "2026-04-24"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.number").value(containsString("-BB/")));
        postJson("/api/v1/dialogues/" + id + "/conclusion", head, Map.of("on", "2026-05-13", "text", "Kết luận",
                "routes", List.of(Map.of("opinionId", opinion, "assigneeUnitId", c.committee().id()))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("CONCLUDED"))
                .andExpect(jsonPath("$.assignments[0].due").value("2026-06-24"));
        long assignment = body(mvc.perform(get("/api/v1/dialogues/" + id + "/assignments")
                .with(httpBasic(viewer, PASSWORD))).andExpect(status().isOk())).get(0).get("id").asLong();
        postJson("/api/v1/dialogues/" + id + "/assignments/" + assignment + "/answer", head,
                Map.of("on", "2026-06-01", "documentNumber", "", "answer", "Đã công khai"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("documentNumber"));
        postJson("/api/v1/dialogues/" + id + "/assignments/" + assignment + "/answer", head,
                Map.of("on", "2026-06-01", "documentNumber", "88/UBND-ĐC", "answer", "Đã công khai đơn giá"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("ANSWERED"))
                .andExpect(jsonPath("$.onTime").value(true));
        postJson("/api/v1/dialogues/" + id + "/close", head, Map.of("on", "2026-06-05"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("CLOSED"))
                .andExpect(jsonPath("$.progress.done").value(1));
        mvc.perform(get("/api/v1/dialogues/" + id + "/follow-up").with(httpBasic(viewer, PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.points[0].status").value("ANSWERED"));

        String reporter = account(Role.REPORTER, c.area().id());
        JsonNode figures = body(mvc.perform(get("/api/v1/dialogues/figures").param("unitId",
                        String.valueOf(c.area().id())).param("from", "2026-01-01").param("to", "2026-12-31")
                .with(httpBasic(reporter, PASSWORD))).andExpect(status().isOk()));
        Map<String, List<Long>> refs = new LinkedHashMap<>();
        figures.get("figures").forEach(f -> {
            List<Long> ids = new java.util.ArrayList<>();
            f.get("refs").forEach(r -> ids.add(r.get("id").asLong()));
            refs.put(f.get("code").asString(), ids);
        });
        assertThat(refs.keySet()).containsExactlyElementsOf(org.tiepdan.dialogue.DialogueFigures.CODES);
        assertThat(refs.get("dialogues.held")).containsExactly(id);
        assertThat(refs.get("opinions")).containsExactly(opinion);
        assertThat(refs.get("assignments.on_time")).containsExactly(assignment);
        mvc.perform(get("/api/v1/dialogues/figures").param("unitId", String.valueOf(c.area().id()))
                        .param("from", "2026-01-01").param("to", "2026-12-31").with(httpBasic(viewer, PASSWORD)))
                .andExpect(status().isForbidden());
    }

    // --- the demo data set on the screens --------------------------------------------------------------

    @Test
    void theDemoDialoguesShowOnTheListFollowUpAndHomePages() throws Exception {
        var head = user(userDetails.loadUserByUsername(DemoUsers.HEAD));
        long commune = units.findAreaByCode("18844").orElseThrow().id();
        long closed = demo("Giải quyết đất ở");
        long overdue = demo("Công tác quản lý đất đai");
        // Demo dates are relative to the day the data set was loaded: list the year the overdue one was held.
        int year = jdbc.sql("select held_on from dialogue where id = ?").param(overdue).query(LocalDate.class)
                .single().getYear();
        long party = jdbc.sql("select unit_id from dialogue where id = ?").param(closed).query(Long.class).single();
        mvc.perform(get("/dialogues").param("year", String.valueOf(year)).with(head))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Công tác quản lý đất đai")));
        mvc.perform(get("/dialogues").param("unitId", String.valueOf(commune)).with(head))
                .andExpect(status().isForbidden());
        mvc.perform(get("/dialogues").param("unitId", String.valueOf(commune)).param("year", String.valueOf(year))
                        .with(user(userDetails.loadUserByUsername(DemoUsers.VIEWER))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"compliance\"")))
                .andExpect(content().string(containsString("Đảng ủy xã Kỳ Thượng")))
                .andExpect(content().string(containsString("Công tác quản lý đất đai")));
        mvc.perform(get("/dialogues/" + closed + "/follow-up").with(head)).andExpect(status().isOk())
                .andExpect(content().string(containsString("(100%)")))
                .andExpect(content().string(containsString("Ủy ban nhân dân tỉnh Hà Tĩnh")));
        mvc.perform(get("/dialogues/" + overdue).with(head)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Quá hạn")))
                .andExpect(content().string(containsString("Đã chuyển thành đơn")));
        mvc.perform(get("/").with(head)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"card-dialogue-alerts\"")))
                .andExpect(content().string(containsString("Quá hạn: ")))
                .andExpect(content().string(containsString("Công tác quản lý đất đai")))
                .andExpect(content().string(not(containsString("Quá hạn: 0 "))));
        mvc.perform(get("/dialogues/assignments").with(head)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Phản ánh xe chở đá")));

        long documentId = jdbc.sql("select issued_document_id from dialogue_document where dialogue_id = ? and kind = 'CONCLUSION_NOTICE'")
                .param(closed).query(Long.class).single();
        byte[] docx = mvc.perform(get("/dialogues/" + closed + "/files/" + documentId).with(head))
                .andExpect(status().isOk())
                .andExpect(content().contentType(
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(docx, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        mvc.perform(get("/dialogues/" + closed).with(user(userDetails.loadUserByUsername(DemoUsers.IDENTITY_CUSTODIAN))))
                .andExpect(status().isForbidden());
    }
}
