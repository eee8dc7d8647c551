package org.tiepdan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tiepdan.account.Role;
import org.tiepdan.account.RoleGrantView;
import org.tiepdan.account.TiepdanUser;
import org.tiepdan.org.AdminTier;
import org.tiepdan.org.NewOrgUnit;
import org.tiepdan.org.OrgUnitKind;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.petition.Channel;
import org.tiepdan.petition.PetitionIntake;

/** Issue 19, "every screen leads somewhere": paging keeps the filters; citizens find the public site. */
@FullStackTest
class DeskNavigationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    OrgUnits units;
    @Autowired
    PetitionIntake intake;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void thePetitionListsPageLinksKeepEveryFilter() throws Exception {
        OrgUnitView province = units.findAreaByCode("42").orElseThrow();
        OrgUnitView body = units.create(new NewOrgUnit("UBND thử phân trang " + System.nanoTime(),
                OrgUnitKind.PEOPLES_COMMITTEE, AdminTier.COMMUNE, province.id(), null, LocalDate.of(2020, 1, 1)));
        for (int i = 0; i < 21; i++) {
            intake.registerUnattended(new PetitionIntake.NewPetition(body.id(), Channel.ONLINE, LocalDate.now(),
                    "Phản ánh số " + i + " về đèn đường thôn", false, 1,
                    List.of(new PetitionIntake.Person("Người Phân Trang", null, null, null, null))));
        }
        Authentication handler = as(Role.HANDLER, body.id());
        String query = "unitId=" + body.id() + "&state=RECEIVED&field=&overdue=&mass=&complex=&degradationRelated=";
        String first = html(get("/petitions?" + query), handler);
        assertThat(first).contains("Trang 1/2")
                .contains("href=\"/petitions?" + query.replace("&", "&amp;") + "&amp;page=2\"");
        String second = html(get("/petitions?" + query + "&page=2"), handler);
        assertThat(second).contains("Trang 2/2")
                .contains("href=\"/petitions?" + query.replace("&", "&amp;") + "&amp;page=1\"");
    }

    @Test
    void theAuditLogPagesWithItsFiltersToo() throws Exception {
        String page = html(get("/admin/audit?username=&entityType=&entityId=&page=0"), as(Role.ADMIN, null));
        assertThat(page).contains("href=\"/admin/audit?username=&amp;entityType=&amp;entityId=&amp;page=1\"");
    }

    @Test
    void anAnonymousVisitorOfTheRootFindsThePublicSiteAndOfficersStillSignIn() throws Exception {
        MockHttpServletResponse root = mvc.perform(get("/")).andReturn().getResponse();
        assertThat(root.getStatus()).isEqualTo(302);
        assertThat(root.getRedirectedUrl()).isEqualTo("/public");
        assertThat(mvc.perform(get("/petitions")).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
        String login = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(login).contains("id=\"login-public-link\"").contains("href=\"/public\"");
        // Signed in, the root is still the officer's home.
        assertThat(mvc.perform(get("/").with(authentication(as(Role.VIEWER, null)))).andReturn().getResponse()
                .getStatus()).isEqualTo(200);
    }

    @Test
    void publicPagesAndTheirErrorsKeepThePublicHeaderAndLeadBackToIt() throws Exception {
        for (String path : List.of("/public/reception-schedules", "/public")) {
            String page = mvc.perform(get(path)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).as(path).contains("portal-header").contains("id=\"nav-submit\"");
        }
        MockHttpServletResponse missing = mvc.perform(get("/public/dialogues/987654321")).andReturn().getResponse();
        assertThat(missing.getStatus()).isEqualTo(404);
        String body = missing.getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("portal-header").contains("id=\"back-home\"").contains("href=\"/public\"");
        MockHttpServletResponse staff = mvc.perform(get("/petitions/987654321")
                .with(authentication(as(Role.ADMIN, null)))).andReturn().getResponse();
        assertThat(staff.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("portal-header");
    }

    @Test
    void aVisitThatBroughtAPetitionLeadsToTheIntakePrefilledFromItAndItsSessionListsIt() throws Exception {
        long demo = units.findAreaByCode("18844").orElseThrow().id();
        var row = jdbc.sql("""
                select v.id, v.session_id, v.content from reception_visit v join org_unit u on u.id = v.unit_id
                 where u.parent_id = ? and v.outcome = 'PETITION_RECEIVED' and v.petition_id is null
                   and not v.denunciation order by v.id limit 1""").param(demo)
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3)}).single();
        long visit = (Long) row[0];
        Authentication officer = as(Role.RECEPTION_OFFICER, demo);
        String link = "href=\"/petitions/new?visitId=" + visit + "\"";
        assertThat(html(get("/reception/visits/" + visit), officer)).contains("id=\"intake-from-visit\"").contains(link);
        assertThat(html(get("/reception/sessions/" + row[1]), officer)).contains("id=\"visit-intake-" + visit + "\"")
                .contains(link);
        String form = html(get("/petitions/new").param("visitId", String.valueOf(visit)), officer);
        assertThat(form).contains("name=\"receptionVisitId\" value=\"" + visit + "\"");
        // A viewer sees the visit but is not offered the intake.
        assertThat(html(get("/reception/visits/" + visit), as(Role.VIEWER, demo))).doesNotContain("intake-from-visit");
    }

    private String html(MockHttpServletRequestBuilder request, Authentication who) throws Exception {
        MockHttpServletResponse r = mvc.perform(request.with(authentication(who))).andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(200);
        return r.getContentAsString(StandardCharsets.UTF_8);
    }

    static Authentication as(Role role, Long unitId) {
        TiepdanUser user = new TiepdanUser(95L, "dieuhuong" + System.nanoTime(), "Cán bộ điều hướng",
                List.of(new RoleGrantView(role, unitId)), "x", true, true);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }
}
