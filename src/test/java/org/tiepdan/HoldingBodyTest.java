package org.tiepdan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tiepdan.account.Role;
import org.tiepdan.account.RoleGrantView;
import org.tiepdan.account.TiepdanUser;
import org.tiepdan.org.AdminTier;
import org.tiepdan.org.HoldingBody;
import org.tiepdan.org.NewOrgUnit;
import org.tiepdan.org.OrgUnitKind;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.platform.DomainException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 19: a petition, a reception session, a visit, a dialogue and a document are held by a body,
 * never by a territory, on the screens, in the API and in the demo data (the history import's side is
 * in HistoryImportTest); forms asked from a territory preselect none of its bodies.
 */
@FullStackTest
class HoldingBodyTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OrgUnits units;

    OrgUnitView area;
    OrgUnitView party;
    OrgUnitView committee;
    Authentication officer;

    @BeforeEach
    void commune() {
        OrgUnitView province = units.findAreaByCode("42").orElseThrow();
        area = units.create(new NewOrgUnit("Xã Giữ Hồ Sơ " + System.nanoTime(), OrgUnitKind.ADMINISTRATIVE_AREA,
                AdminTier.COMMUNE, province.id(), null, LocalDate.of(2025, 7, 1)));
        units.setUpStandardBodies(area.id());
        party = body(OrgUnitKind.PARTY_COMMITTEE);
        committee = body(OrgUnitKind.PEOPLES_COMMITTEE);
        // Every role that records something, held at the territory, as the demo's officers hold theirs.
        TiepdanUser user = new TiepdanUser(77L, "giuhoso" + System.nanoTime(), "Cán bộ một cửa",
                List.of(new RoleGrantView(Role.HANDLER, area.id()), new RoleGrantView(Role.RECEPTION_OFFICER, area.id()),
                        new RoleGrantView(Role.REPORTER, area.id()), new RoleGrantView(Role.ADMIN, area.id())),
                "x", true, true);
        officer = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    private OrgUnitView body(OrgUnitKind kind) {
        return units.children(area.id()).stream().filter(u -> u.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void theRuleNamesTheTerritory() {
        assertThat(HoldingBody.require(party, "unitId")).isEqualTo(party);
        assertThatThrownBy(() -> HoldingBody.require(area, "unitId")).isInstanceOfSatisfying(DomainException.class,
                e -> {
                    assertThat(e.code()).isEqualTo(HoldingBody.CODE);
                    assertThat(e.field()).isEqualTo("unitId");
                    assertThat(e.args()).containsExactly(area.name());
                });
        assertThat(HoldingBody.isBody(OrgUnitKind.ADMINISTRATIVE_AREA)).isFalse();
        assertThat(HoldingBody.isBody(null)).isFalse();
    }

    // --- petitions ---------------------------------------------------------------------------------

    @Test
    void theApiRefusesAPetitionFiledAtATerritory() throws Exception {
        MockHttpServletResponse r = json(post("/api/v1/petitions"), Map.of("unitId", area.id(), "channel", "POST",
                "receivedOn", LocalDate.now().toString(), "content", "Phản ánh đường liên thôn xuống cấp",
                "petitioners", List.of(Map.of("fullName", "Lê Văn Giữ"))));
        assertProblem(r, HoldingBody.CODE, "unitId");
        assertThat(count("petition", area.id())).isZero();
    }

    @Test
    void theIntakeFormPreselectsNoBodyForARoleHeldAtATerritoryAndRequiresAChoice() throws Exception {
        String form = page(get("/petitions/new"));
        String select = form.substring(form.indexOf("name=\"unitId\""), form.indexOf("</select>", form.indexOf("name=\"unitId\"")));
        assertThat(select).contains("— Chọn —").doesNotContain("selected")
                .contains("value=\"" + party.id() + "\"").contains("value=\"" + committee.id() + "\"")
                .doesNotContain("value=\"" + area.id() + "\"");

        String missing = page(intake(""));
        assertThat(missing).contains("Vui lòng chọn cơ quan hợp lệ.").contains("Giữ hỏng");

        String territory = page(intake(String.valueOf(area.id())));
        assertThat(territory).contains(area.name() + " là địa bàn, không phải cơ quan");
        assertThat(count("petition", area.id())).isZero();

        assertThat(status(intake(String.valueOf(committee.id())))).isEqualTo(302);
        assertThat(count("petition", committee.id())).isEqualTo(1);
    }

    private MockHttpServletRequestBuilder intake(String unitId) {
        return post("/petitions/new").param("unitId", unitId).param("channel", "IN_PERSON")
                .param("receivedOn", Dates.today()).param("content", "Phản ánh đèn đường thôn Giữ hỏng")
                .param("petitioners[0].fullName", "Lê Thị Hồ Sơ");
    }

    // --- reception ---------------------------------------------------------------------------------

    @Test
    void aSessionAskedFromATerritoryIsHeldByTheBodyTheUserChooses() throws Exception {
        String form = page(get("/reception/sessions/new").param("unitId", String.valueOf(area.id())));
        assertThat(form).contains("— Chọn —").contains("value=\"" + committee.id() + "\"");

        String missing = page(session("", area.id()));
        assertThat(missing).contains("Hãy chọn cơ quan giữ hồ sơ.");
        String territory = page(session(String.valueOf(area.id()), area.id()));
        assertThat(territory).contains(area.name() + " là địa bàn, không phải cơ quan");
        assertThat(count("reception_session", area.id())).isZero();

        assertThat(status(session(String.valueOf(committee.id()), area.id()))).isEqualTo(302);
        assertThat(count("reception_session", committee.id())).isEqualTo(1);
    }

    private MockHttpServletRequestBuilder session(String unitId, long context) {
        return session(unitId, context, "Phòng tiếp công dân");
    }

    private MockHttpServletRequestBuilder session(String unitId, long context, String place) {
        return post("/reception/sessions/new").param("area", String.valueOf(context)).param("unitId", unitId)
                .param("kind", "REGULAR").param("date", Dates.today()).param("place", place)
                .param("hosts[0].capacity", "STAFF").param("hosts[0].personName", "Cán bộ tiếp");
    }

    /** Issue 19: a second open session of the same body, day and place is warned about; sent again, it opens. */
    @Test
    void aSecondOpenSessionOfTheSameDayAndPlaceIsWarnedAboutAndOpensWhenSentAgain() throws Exception {
        String body = String.valueOf(committee.id());
        assertThat(status(session(body, committee.id()))).isEqualTo(302);
        String warned = page(session(body, committee.id(), "  phòng TIẾP   công dân "));
        assertThat(warned).contains("id=\"same-session-warning\"").contains("name=\"confirm\" value=\"true\"");
        assertThat(count("reception_session", committee.id())).isEqualTo(1);
        assertThat(status(session(body, committee.id(), "Phòng tiếp công dân").param("confirm", "true")))
                .isEqualTo(302);
        assertThat(count("reception_session", committee.id())).isEqualTo(2);
        // Another place the same day is no double entry.
        assertThat(status(session(body, committee.id(), "Nhà văn hóa thôn Tân Hòa"))).isEqualTo(302);
    }

    @Test
    void aSessionAnOlderVersionLetATerritoryHoldTakesNoNewVisit() throws Exception {
        long legacy = jdbc.sql("insert into reception_session (unit_id, kind, session_date, place) values (?, 'REGULAR', "
                + "current_date, 'Hội trường') returning id").param(area.id()).query(Long.class).single();
        String page = page(post("/reception/sessions/" + legacy + "/visits").param("date", Dates.today())
                .param("citizenName", "Nguyễn Văn Lượt").param("content", "Hỏi về đất đai").param("outcome", "GUIDED")
                .param("headcount", "1"));
        assertThat(page).contains(area.name() + " là địa bàn, không phải cơ quan");
        assertThat(jdbc.sql("select count(*) from reception_visit where session_id = ?").param(legacy).query(Long.class)
                .single()).isZero();
    }

    // --- dialogues and documents ---------------------------------------------------------------------

    @Test
    void theApiRefusesADialogueHeldByATerritory() throws Exception {
        MockHttpServletResponse r = json(post("/api/v1/dialogues"), Map.of("unitId", area.id(), "kind", "PERIODIC",
                "topic", "Đối thoại về đất đai", "heldOn", LocalDate.now().plusDays(10).toString(),
                "place", "Hội trường", "hostName", "Nguyễn Văn Chủ"));
        assertProblem(r, "dialogue-unit-body-required", "unitId");
        assertThat(count("dialogue", area.id())).isZero();
    }

    @Test
    void theApiRefusesADocumentOfATerritoryRegisteredOrIssued() throws Exception {
        assertProblem(json(post("/api/v1/documents"), Map.of("unitId", area.id(), "numberSymbol", "01/TB-UBND",
                "typeCode", "TB", "summary", "Thông báo lịch tiếp công dân", "issuedOn", Dates.today())),
                HoldingBody.CODE, "unitId");
        assertProblem(json(post("/api/v1/documents/issue"), Map.of("unitId", area.id(), "typeCode", "TB",
                "summary", "Thông báo lịch tiếp công dân", "issuedOn", LocalDate.now().toString())),
                HoldingBody.CODE, "unitId");
        assertThat(count("issued_document", area.id())).isZero();
        // The register's form asked from the territory offers its bodies, none preselected.
        String form = page(get("/documents/new").param("unit", String.valueOf(area.id())));
        assertThat(form).contains("— Chọn —").contains("value=\"" + party.id() + "\"");
    }

    // --- the demo ------------------------------------------------------------------------------------

    @Test
    void theDemoHoldsNoRecordAtATerritory() {
        long demo = units.findAreaByCode("18844").orElseThrow().id();
        for (String table : List.of("petition", "reception_session", "reception_visit", "dialogue", "issued_document")) {
            assertThat(count(table, demo)).as(table).isZero();
        }
        assertThat(jdbc.sql("select count(*) from reception_session s join org_unit u on u.id = s.unit_id "
                + "where u.kind = 'PEOPLES_COMMITTEE' and u.parent_id = ?").param(demo).query(Long.class).single())
                .isPositive();
    }

    // --- helpers -------------------------------------------------------------------------------------

    private long count(String table, long unitId) {
        return jdbc.sql("select count(*) from " + table + " where unit_id = ?").param(unitId).query(Long.class).single();
    }

    private int status(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf()).with(authentication(officer))).andReturn().getResponse().getStatus();
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse r = mvc.perform(request.with(csrf()).with(authentication(officer))).andReturn()
                .getResponse();
        assertThat(r.getStatus()).as(r.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(200);
        return r.getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpServletResponse json(MockHttpServletRequestBuilder request, Map<String, Object> body)
            throws Exception {
        return mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body))
                .with(csrf()).with(authentication(officer))).andReturn().getResponse();
    }

    private static void assertProblem(MockHttpServletResponse r, String code, String field) throws Exception {
        String body = r.getContentAsString(StandardCharsets.UTF_8);
        assertThat(r.getStatus()).as(body).isEqualTo(400);
        JsonNode problem = JSON.readTree(body);
        assertThat(problem.get("code").asString()).isEqualTo(code);
        assertThat(body).contains("\"field\":\"" + field + "\"");
    }

    private static final class Dates {
        static String today() {
            return org.tiepdan.platform.Dates.format(org.tiepdan.platform.Dates.today(java.time.Clock.systemUTC()));
        }
    }
}
