package org.tiepdan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.tiepdan.account.Role;
import org.tiepdan.account.RoleGrantView;
import org.tiepdan.account.TiepdanUser;
import org.tiepdan.document.IssueCommand;
import org.tiepdan.document.IssuedDocuments;
import org.tiepdan.document.TestUnits;

/**
 * Unit ids taken from request bodies, in the modules the access matrix cannot see into (it calls
 * each endpoint, but not with every id a body may carry). Two communes, each a territory with its
 * bodies; the user holds a role at the first one.
 * <ul>
 * <li>a unit that receives a petition (transfer, second round) may be another commune's body, but
 * never a territory, a closed unit or a missing id;</li>
 * <li>the bodies inspected, the heads' units, a recommendation's assignee and a dialogue's co-host
 * stay in the record unit's territory: another commune's body answers like a missing id;</li>
 * <li>the internal time limits (overrides) of another subtree are not listed to a commune's ADMIN.</li>
 * </ul>
 */
@FullStackTest
class ReferenceScopeTest {

    private static final Pattern LOCATION_ID = Pattern.compile("/(\\d+)$");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IssuedDocuments documents;

    record Commune(long area, long committee, long party, long front) {
    }

    Commune commune(String name) {
        long area = TestUnits.create(jdbc, "ADMINISTRATIVE_AREA", "COMMUNE", "Xã " + name, null);
        return new Commune(area, TestUnits.create(jdbc, "PEOPLES_COMMITTEE", "COMMUNE", "UBND xã " + name, area),
                TestUnits.create(jdbc, "PARTY_COMMITTEE", "COMMUNE", "Đảng ủy xã " + name, area),
                TestUnits.create(jdbc, "FATHERLAND_FRONT", "COMMUNE", "MTTQ xã " + name, area));
    }

    static Authentication as(Role role, Long unitId) {
        TiepdanUser user = new TiepdanUser(96L, "ref-" + System.nanoTime(), "Cán bộ thử",
                List.of(new RoleGrantView(role, unitId)), "x", true, true);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    MockHttpServletResponse postJson(String path, Authentication who, String body) throws Exception {
        return mvc.perform(post(path).with(authentication(who)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andReturn().getResponse();
    }

    static String text(MockHttpServletResponse r) throws Exception {
        return r.getContentAsString(StandardCharsets.UTF_8);
    }

    static void refused(MockHttpServletResponse r, String code, String what) throws Exception {
        assertThat(r.getStatus()).as(what + ": " + text(r)).isEqualTo(400);
        assertThat(text(r)).as(what).contains("\"" + code + "\"");
    }

    static long id(MockHttpServletResponse r) throws Exception {
        Matcher m = ID.matcher(text(r));
        assertThat(m.find()).as(text(r)).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void aPetitionGoesToAnOpenBodyOfTheCatalogueNeverToATerritoryOrAClosedUnit() throws Exception {
        Commune mine = commune("Chuyển Đơn");
        Commune other = commune("Nhận Đơn");
        long closed = jdbc.sql("insert into org_unit (kind, tier, name, parent_id, valid_from, valid_to) values "
                + "('PEOPLES_COMMITTEE', 'COMMUNE', ?, ?, date '2000-01-01', date '2020-06-30') returning id")
                .params("UBND xã Đã Sáp Nhập " + System.nanoTime(), other.area()).query(Long.class).single();
        Authentication handler = as(Role.HANDLER, mine.area());
        MockHttpServletResponse created = postJson("/api/v1/petitions", handler, """
                {"unitId": %d, "channel": "POST", "receivedOn": "2025-03-03",
                 "content": "Phản ánh việc xả rác ra suối giáp ranh hai xã",
                 "petitioners": [{"fullName": "Lý Thị Sen", "address": "thôn Nam"}]}""".formatted(mine.committee()));
        assertThat(created.getStatus()).as(text(created)).isEqualTo(201);
        Matcher m = LOCATION_ID.matcher(created.getHeader("Location"));
        assertThat(m.find()).isTrue();
        long petition = Long.parseLong(m.group(1));
        assertThat(postJson("/api/v1/petitions/" + petition + "/classification", handler, """
                {"on": "2025-03-04", "kind": "FEEDBACK", "eligible": true, "competence": "NONE"}""").getStatus())
                .isEqualTo(200);

        for (long target : new long[] {other.area(), closed, Long.MAX_VALUE}) {
            refused(postJson("/api/v1/petitions/" + petition + "/actions/transfer", handler, transfer(target)),
                    "petition-unit-required", "transfer to " + target);
        }
        assertThat(jdbc.sql("select state from petition where id = ?").param(petition).query(String.class).single())
                .isEqualTo("CLASSIFIED");
        // the competent body of another commune: the law sends the petition there
        MockHttpServletResponse ok = postJson("/api/v1/petitions/" + petition + "/actions/transfer", handler,
                transfer(other.committee()));
        assertThat(ok.getStatus()).as(text(ok)).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from petition where unit_id = ? and transferred_from_id = ?")
                .params(other.committee(), petition).query(Integer.class).single()).isEqualTo(1);
    }

    private static String transfer(long target) {
        return """
                {"on": "2025-03-06", "documentNumber": "7/PC", "documentDate": "2025-03-06", "targetUnitId": %d}"""
                .formatted(target);
    }

    @Test
    void inspectedBodiesHeadsAndAssigneesStayInTheInspectingUnitsTerritory() throws Exception {
        Commune mine = commune("Kiểm Tra");
        Commune other = commune("Ngoài Địa Bàn");
        long conclusion = documents.issue(new IssueCommand(mine.party(), "TB", "Thông báo kết luận kiểm tra",
                LocalDate.of(2025, 3, 20), null, Set.of())).id();
        Authentication inspector = as(Role.INSPECTOR, mine.area());
        int before = jdbc.sql("select count(*) from inspection where unit_id = ?").param(mine.party())
                .query(Integer.class).single();

        refused(postJson("/api/v1/inspections", inspector, inspection(mine.party(), other.committee(), null,
                conclusion)), "inspection-body-unknown", "body of another commune");
        refused(postJson("/api/v1/inspections", inspector, inspection(mine.party(), Long.MAX_VALUE, null,
                conclusion)), "inspection-body-unknown", "missing body");
        refused(postJson("/api/v1/inspections", inspector, inspection(mine.party(), mine.committee(),
                other.committee(), conclusion)), "inspection-body-unknown", "head of another commune");
        assertThat(jdbc.sql("select count(*) from inspection where unit_id = ?").param(mine.party())
                .query(Integer.class).single()).isEqualTo(before);
        MockHttpServletResponse ok = postJson("/api/v1/inspections", inspector, inspection(mine.party(),
                mine.committee(), mine.committee(), conclusion));
        assertThat(ok.getStatus()).as(text(ok)).isEqualTo(201);
        long inspection = id(ok);

        for (long assignee : new long[] {other.committee(), Long.MAX_VALUE}) {
            refused(postJson("/api/v1/inspections/" + inspection + "/recommendations", inspector,
                    recommendation(assignee)), "recommendation-assignee-unknown", "assignee " + assignee);
        }
        assertThat(jdbc.sql("select count(*) from inspection_recommendation where inspection_id = ?")
                .param(inspection).query(Integer.class).single()).isZero();
        // a sibling body of the inspecting party committee, in the same commune
        MockHttpServletResponse assigned = postJson("/api/v1/inspections/" + inspection + "/recommendations",
                inspector, recommendation(mine.front()));
        assertThat(assigned.getStatus()).as(text(assigned)).isEqualTo(201);
    }

    private static String inspection(long unit, long body, Long headUnit, long conclusion) {
        return """
                {"unitId": %d, "kind": "CHECK", "mode": "PLANNED", "topic": "QĐ 11",
                 "title": "Kiểm tra việc thực hiện Quy định số 11-QĐi/TW", "startedOn": "2025-03-10",
                 "endedOn": "2025-03-14", "bodies": [%d],
                 "heads": [%s], "conclusionDocumentId": %d}""".formatted(unit, body,
                headUnit == null ? "" : "{\"fullName\": \"Trần Văn Hải\", \"title\": \"Chủ tịch\", \"unitId\": "
                        + headUnit + "}", conclusion);
    }

    private static String recommendation(long assignee) {
        return """
                {"assigneeUnitId": %d, "content": "Bố trí lịch tiếp công dân định kỳ", "basis": "CONCLUSION",
                 "dueOn": "2025-06-30"}""".formatted(assignee);
    }

    @Test
    void aDialoguesCoHostIsABodyOfItsOwnTerritory() throws Exception {
        Commune mine = commune("Đối Thoại");
        Commune other = commune("Đồng Chủ Trì");
        Authentication head = as(Role.HEAD, mine.area());
        int before = jdbc.sql("select count(*) from dialogue where unit_id = ?").param(mine.committee())
                .query(Integer.class).single();
        for (long joint : new long[] {other.committee(), Long.MAX_VALUE}) {
            refused(postJson("/api/v1/dialogues", head, dialogue(mine.committee(), joint)), "dialogue-unit-required",
                    "co-host " + joint);
        }
        assertThat(jdbc.sql("select count(*) from dialogue where unit_id = ?").param(mine.committee())
                .query(Integer.class).single()).isEqualTo(before);
        MockHttpServletResponse ok = postJson("/api/v1/dialogues", head, dialogue(mine.committee(), mine.front()));
        assertThat(ok.getStatus()).as(text(ok)).isEqualTo(201);
    }

    private static String dialogue(long unit, long joint) {
        return """
                {"unitId": %d, "hostName": "Trần Văn Hải", "jointUnitId": %d, "jointHostName": "Lê Thị Hoa",
                 "kind": "PERIODIC", "topic": "Đối thoại về bồi thường giải phóng mặt bằng",
                 "heldOn": "2027-03-10", "startTime": "08:00", "place": "Hội trường UBND xã"}""".formatted(unit, joint);
    }

    @Test
    void deadlineOverridesOfAnotherSubtreeAreNotListedToACommuneAdministrator() throws Exception {
        Commune mine = commune("Thời Hạn");
        Commune other = commune("Thời Hạn Khác");
        String rule = jdbc.sql("select code from deadline_rule order by id limit 1").query(String.class).single();
        long own = override(mine.committee(), rule);
        long foreign = override(other.committee(), rule);

        String page = text(mvc.perform(get("/admin/deadline-rules").with(authentication(as(Role.ADMIN, mine.area()))))
                .andReturn().getResponse());
        assertThat(page).contains("/admin/deadline-rules/overrides/" + own + "/delete")
                .doesNotContain("/admin/deadline-rules/overrides/" + foreign + "/delete");
        String headPage = text(mvc.perform(get("/admin/deadline-rules")
                .with(authentication(as(Role.HEAD, other.area())))).andReturn().getResponse());
        assertThat(headPage).contains("/admin/deadline-rules/overrides/" + foreign + "/delete")
                .doesNotContain("/admin/deadline-rules/overrides/" + own + "/delete");
        String everything = text(mvc.perform(get("/admin/deadline-rules").with(authentication(as(Role.ADMIN, null))))
                .andReturn().getResponse());
        assertThat(everything).contains("/admin/deadline-rules/overrides/" + own + "/delete")
                .contains("/admin/deadline-rules/overrides/" + foreign + "/delete");
    }

    private long override(long unit, String rule) {
        return jdbc.sql("insert into deadline_override (unit_id, rule_code, variant, duration, note) "
                + "values (?, ?, 'NORMAL', 5, 'Thời hạn nội bộ') returning id").params(unit, rule)
                .query(Long.class).single();
    }
}
