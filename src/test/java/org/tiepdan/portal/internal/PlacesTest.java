package org.tiepdan.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.tiepdan.portal.internal.PortalTestSupport.html;
import static org.tiepdan.portal.internal.PortalTestSupport.newAddress;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tiepdan.DemoUsers;
import org.tiepdan.FullStackTest;
import org.tiepdan.org.OrgUnits;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where a feedback is about (issue 24): commune, hamlet and an optional point are kept with the
 * online submission in its transaction; a bad point or a place on a denunciation is refused beside its
 * field with the typed values kept; officers see the places by hamlet.
 */
@FullStackTest
class PlacesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OrgUnits units;
    @Autowired
    JsonMapper json;
    @Autowired
    UserDetailsService users;

    PortalTestSupport portal;
    String address;
    final String unique = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void setUp() {
        portal = new PortalTestSupport(mvc, jdbc, units, json);
        address = newAddress();
    }

    Map<String, String> form(String kind) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("unitId", String.valueOf(portal.ubnd()));
        f.put("kind", kind);
        f.put("content", "Cống tắc ở ngã ba " + unique);
        f.put("fullName", "Võ Thị Cống");
        f.put("address", "thôn Tân Phong");
        f.put("placeCommune", "Kỳ Thượng");
        f.put("placeHamlet", "Tân Phong " + unique);
        return f;
    }

    @Test
    void aFeedbacksPlaceIsKeptAndListedByHamlet() throws Exception {
        Map<String, String> f = form("FEEDBACK");
        f.put("latitude", "18,0512");
        f.put("longitude", "106.3021");
        MvcResult r = portal.submit(address, f);
        assertThat(r.getResponse().getStatus()).as(html(r)).isEqualTo(200);
        long id = portal.petitionId(PortalTestSupport.code(r));
        var row = jdbc.sql("select hamlet, latitude, longitude from portal_place where petition_id = ?").param(id)
                .query((rs, i) -> new Object[] {rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3)}).single();
        assertThat(row[0]).isEqualTo("Tân Phong " + unique);
        assertThat((BigDecimal) row[1]).isEqualByComparingTo("18.0512");
        assertThat((BigDecimal) row[2]).isEqualByComparingTo("106.3021");

        String list = html(mvc.perform(get("/portal/places").with(SecurityMockMvcRequestPostProcessors
                .user(users.loadUserByUsername(DemoUsers.HANDLER)))).andReturn());
        assertThat(list).contains("id=\"place-" + id + "\"", "Tân Phong " + unique, "18.051200, 106.302100");
    }

    @Test
    void aBadPointOrAPlaceOnADenunciationIsRefusedBesideItsField() throws Exception {
        long before = portal.petitions();
        Map<String, String> f = form("FEEDBACK");
        f.put("latitude", "181");
        f.put("longitude", "");
        MvcResult bad = portal.submit(address, f);
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        assertThat(html(bad)).contains("Vĩ độ phải là số độ thập phân", "Kinh độ phải là số độ thập phân",
                "value=\"181\"", "value=\"Tân Phong " + unique + "\"");

        MvcResult denunciation = portal.submit(address, form("DENUNCIATION"));
        assertThat(denunciation.getResponse().getStatus()).isEqualTo(400);
        assertThat(html(denunciation)).contains("Chỉ ghi địa điểm cho phản ánh, kiến nghị");
        assertThat(portal.petitions()).isEqualTo(before);
    }

    String places() throws Exception {
        return html(mvc.perform(get("/portal/places").with(SecurityMockMvcRequestPostProcessors
                .user(users.loadUserByUsername(DemoUsers.HANDLER)))).andReturn());
    }

    /**
     * A citizen may call a denunciation a feedback; once the handler classifies it a denunciation
     * (or a complaint), its place leaves the officers' list and map: a denunciation's place could
     * point at the denouncer.
     */
    @Test
    void aPlaceLeavesTheListWhenThePetitionIsClassifiedADenunciation() throws Exception {
        Map<String, String> f = form("FEEDBACK");
        f.put("latitude", "18.0601");
        f.put("longitude", "106.3102");
        long id = portal.petitionId(PortalTestSupport.code(portal.submit(address, f)));
        assertThat(places()).contains("id=\"place-" + id + "\"");

        portal.handler(id, "/classification", Map.of("on", java.time.LocalDate.now().toString(), "kind",
                "DENUNCIATION", "field", "LAND", "eligible", true, "competence", "RESOLVE"));
        String after = places();
        assertThat(after).doesNotContain("id=\"place-" + id + "\"", "Tân Phong " + unique, "18.060100");
    }

    /** The list counts each hamlet once, letter case aside, and its rows carry the points the map draws. */
    @Test
    void theListGroupsByHamletWithCountsAndPointsForTheMap() throws Exception {
        Map<String, String> first = form("FEEDBACK");
        first.put("latitude", "18.0512");
        first.put("longitude", "106.3021");
        long a = portal.petitionId(PortalTestSupport.code(portal.submit(address, first)));
        Map<String, String> second = form("RECOMMENDATION");
        second.put("placeHamlet", "tân  phong " + unique.toUpperCase(java.util.Locale.ROOT));
        long b = portal.petitionId(PortalTestSupport.code(portal.submit(newAddress(), second)));

        String list = places();
        java.util.regex.Matcher group = java.util.regex.Pattern.compile(
                "<tr id=\"hamlet-summary-(\\d+)\">\\s*<td>Kỳ Thượng</td>\\s*<td><a href=\"#hamlet-\\1\">Tân Phong "
                        + unique + "</a></td>\\s*<td class=\"text-end\">2</td>\\s*<td class=\"text-end\">1</td>")
                .matcher(list);
        assertThat(group.find()).as(list).isTrue();
        assertThat(list).containsPattern("id=\"place-" + a + "\"[^>]*data-lat=\"18.051200\" data-lng=\"106.302100\"");
        assertThat(list).containsPattern("<tr id=\"place-" + b + "\"\\s+data-label=");
        // The map: the tile server's template, Leaflet from this server, no inline script.
        assertThat(list).contains("id=\"places-map\"", "data-tiles=\"" + org.tiepdan.support.MapTileStub.template() + "\"",
                "/webjars/leaflet/", "/js/place-map.js").doesNotContainPattern("<script>[^<]");
    }

    /** With a tile server the form carries the picker, and the page's CSP admits that server's images only. */
    @Test
    void theFormCarriesTheMapAndTheCspAdmitsTheTileServer() throws Exception {
        MvcResult form = mvc.perform(get("/public/submit")).andReturn();
        String stub = org.tiepdan.support.MapTileStub.template();
        String origin = stub.substring(0, stub.indexOf("/tiles/"));
        assertThat(html(form)).contains("id=\"place-map\"", "data-tiles=\"" + stub + "\"",
                "/webjars/leaflet/", "id=\"latitude\"", "id=\"longitude\"");
        assertThat(form.getResponse().getHeader("Content-Security-Policy"))
                .contains("img-src 'self' data: " + origin + ";", "script-src 'self';");
        assertThat(mvc.perform(get("/webjars/leaflet/dist/leaflet.js")).andReturn().getResponse().getStatus())
                .isEqualTo(200);
    }

    /** The demo's online feedback and recommendation name two hamlets of Kỳ Thượng, two with a point. */
    @Test
    void theDemoShowsPlacesInTwoHamlets() throws Exception {
        String list = places();
        for (String code : new String[] {"PHANANH2026A", "KNGH2026B000", "PHANANH2026D"}) {
            assertThat(list).contains("id=\"place-" + portal.petitionId(code) + "\"");
        }
        assertThat(list).contains(">Hải Thanh</a>", ">Tân Phong</a>", "data-lat=\"18.035200\"",
                "data-lat=\"18.041700\"");
        assertThat(list).doesNotContain("id=\"place-" + portal.petitionId("TCA2026C0000") + "\"");
    }

    /** A reader of another subtree (a handler at another commune) sees none of these places. */
    @Test
    void aReaderElsewhereSeesNoneOfThem() throws Exception {
        long elsewhere = org.tiepdan.document.TestUnits.create(jdbc, "ADMINISTRATIVE_AREA", "COMMUNE", "Xã Nơi Khác", null);
        var user = new org.tiepdan.account.TiepdanUser(96L, "places-" + unique, "Người nơi khác",
                java.util.List.of(new org.tiepdan.account.RoleGrantView(org.tiepdan.account.Role.HANDLER, elsewhere)),
                "x", true, true);
        MvcResult r = mvc.perform(get("/portal/places").with(SecurityMockMvcRequestPostProcessors.user(user)))
                .andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(html(r)).contains("id=\"places-none\"").doesNotContain("Hải Thanh", "Tân Phong", "data-lat=");
    }
}
