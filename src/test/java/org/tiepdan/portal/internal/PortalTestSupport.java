package org.tiepdan.portal.internal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.tiepdan.DemoUsers;
import org.tiepdan.org.OrgUnitKind;
import org.tiepdan.org.OrgUnits;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drives the public site as a citizen would (through MockMvc, each test from its own client
 * address so that rate limits of one test do not touch another) and the handler's side through the
 * JSON API as the demo handler {@code xuly}.
 */
final class PortalTestSupport {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);
    private static final Pattern TOKEN = Pattern.compile("name=\"challengeToken\" value=\"([^\"]+)\"");
    private static final Pattern SUM = Pattern.compile("(\\d+) cộng (\\d+) bằng");
    private static final Pattern CODE = Pattern.compile("id=\"tracking-code\">([A-Z0-9]{12})<");

    private final MockMvc mvc;
    private final JdbcClient jdbc;
    private final OrgUnits units;
    private final JsonMapper json;

    PortalTestSupport(MockMvc mvc, JdbcClient jdbc, OrgUnits units, JsonMapper json) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.units = units;
        this.json = json;
    }

    /** A fresh client address from the documentation range (nothing leaves the JVM). */
    static String newAddress() {
        int n = ADDRESSES.getAndIncrement();
        return "198.51." + (n / 250) + "." + (n % 250 + 1);
    }

    long ubnd() {
        long commune = units.findAreaByCode("18844").orElseThrow().id();
        // By name: other tests add bodies under the same commune.
        return units.children(commune).stream().filter(u -> u.kind() == OrgUnitKind.PEOPLES_COMMITTEE)
                .filter(u -> u.name().equals("Ủy ban nhân dân xã Kỳ Thượng")).findFirst().orElseThrow().id();
    }

    /** Opens the form and answers its sum: the token and the right answer. */
    String[] challenge(String address) throws Exception {
        String page = mvc.perform(get("/public/submit").with(r -> {
            r.setRemoteAddr(address);
            return r;
        })).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher t = TOKEN.matcher(page);
        Matcher s = SUM.matcher(page);
        if (!t.find() || !s.find()) {
            throw new IllegalStateException("no challenge on the form");
        }
        return new String[] {t.group(1), String.valueOf(Integer.parseInt(s.group(1)) + Integer.parseInt(s.group(2)))};
    }

    MvcResult submit(String address, Map<String, String> fields, MockMultipartFile... files) throws Exception {
        String[] q = challenge(address);
        MockMultipartHttpServletRequestBuilder request = multipart("/public/submit");
        for (MockMultipartFile f : files) {
            request.file(f);
        }
        request.param("challengeToken", q[0]).param("challengeAnswer", q[1]).param("consent", "true");
        fields.forEach(request::param);
        MvcResult posted = mvc.perform(request.with(csrf()).with(r -> {
            r.setRemoteAddr(address);
            return r;
        })).andReturn();
        if (posted.getResponse().getStatus() / 100 != 3) {
            return posted;
        }
        // A registered submission redirects to its receipt, kept in the session (a reload shows it again).
        var follow = get(posted.getResponse().getRedirectedUrl());
        if (posted.getResponse().getCookies().length > 0) {
            follow.cookie(posted.getResponse().getCookies());
        }
        if (posted.getRequest().getSession(false) instanceof org.springframework.mock.web.MockHttpSession session) {
            follow.session(session);
        }
        return mvc.perform(follow.with(r -> {
            r.setRemoteAddr(address);
            return r;
        })).andReturn();
    }

    MvcResult track(String address, String code) throws Exception {
        return mvc.perform(post("/public/tracking").param("code", code).with(csrf()).with(r -> {
            r.setRemoteAddr(address);
            return r;
        })).andReturn();
    }

    static String html(MvcResult r) throws Exception {
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    static String code(MvcResult receipt) throws Exception {
        Matcher m = CODE.matcher(html(receipt));
        if (!m.find()) {
            throw new IllegalStateException("no tracking code on the page: " + receipt.getResponse().getStatus());
        }
        return m.group(1);
    }

    long petitionId(String code) {
        return jdbc.sql("select id from petition where tracking_code = ?").param(code).query(Long.class).single();
    }

    long petitions() {
        return jdbc.sql("select count(*) from petition").query(Long.class).single();
    }

    /** A step as the demo handler through the JSON API; fails the test unless it answers 200. */
    void handler(long petitionId, String path, Map<String, Object> body) throws Exception {
        MvcResult r = mvc.perform(post("/api/v1/petitions/" + petitionId + path)
                .with(httpBasic(DemoUsers.HANDLER, DemoUsers.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body))).andReturn();
        if (r.getResponse().getStatus() != 200) {
            throw new AssertionError(path + " answered " + r.getResponse().getStatus() + ": "
                    + r.getResponse().getContentAsString(StandardCharsets.UTF_8));
        }
    }

    void classifyAndAccept(long petitionId, String kind, String note) throws Exception {
        String today = LocalDate.now().toString();
        handler(petitionId, "/classification", Map.of("on", today, "kind", kind, "field", "ADMINISTRATION",
                "eligible", true, "competence", "RESOLVE"));
        handler(petitionId, "/actions/accept", Map.of("on", today, "documentNumber", "7/TB-UBND", "documentDate",
                today, "note", note));
    }
}
