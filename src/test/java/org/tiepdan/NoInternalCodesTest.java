package org.tiepdan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 19: internal codes ({@code 1.planned}, {@code 4.not_disciplined}, {@code documents.BC},
 * {@code #3360}, enum names, missing message keys) are never shown. Renders the main screens of the
 * demo for the roles that use them and fails on any visible text (or title, label, placeholder) that
 * looks like one.
 */
@FullStackTest
class NoInternalCodesTest {

    /** What a leaked code looks like, with why. */
    static final Map<String, Pattern> LEAKS = new LinkedHashMap<>();

    static {
        LEAKS.put("a report cell code", Pattern.compile("(?<![\\w./:-])\\d+\\.[a-z][a-z_]+(?![\\w./])"));
        LEAKS.put("a code with a type", Pattern.compile("(?<![\\w./:@-])[a-z]+\\.[A-Z]{2,}\\b"));
        LEAKS.put("a missing message key", Pattern.compile("\\?\\?[^?\\s]+\\?\\?"));
        LEAKS.put("a record id", Pattern.compile("(?<![\\w&])#\\d{2,}\\b"));
        LEAKS.put("an enum name", Pattern.compile("\\b[A-Z]{2,}_[A-Z][A-Z_]+\\b"));
        LEAKS.put("a message key", Pattern.compile("\\b(?:error|petition|reception|dialogue|document|report|oversight|"
                + "plan|portal|common|org|account|history|identity)\\.[a-z][a-z-]+\\.[a-z][a-z.-]+\\b"));
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theLeakPatternsCatchTheCodesOnceSeen() {
        for (String seen : List.of("1.planned", "4.not_disciplined", "documents.BC", "#3360", "PETITION_RECEIVED",
                "??petition.kind.X_vi_VN??", "error.petition-unit.required")) {
            assertThat(leaks(seen)).as(seen).isNotEmpty();
        }
        for (String fine : List.of("Trang 1/2", "12/TB-UBND", "Số 1.250 người", "Phụ lục 3", "KNGH2026B000",
                "Ủy ban nhân dân xã Kỳ Thượng", "1.1. Kết quả", "Demo@2026", "a@example.vn")) {
            assertThat(leaks(fine)).as(fine).isEmpty();
        }
    }

    @Test
    void theMainScreensOfTheDemoShowLabelsNotCodes() throws Exception {
        long commune = jdbc.sql("select id from org_unit where kind = 'ADMINISTRATIVE_AREA' and code = '18844'")
                .query(Long.class).single();
        Long petition = first("select p.id from petition p join org_unit u on u.id = p.unit_id where u.parent_id = ? "
                + "and not p.identity_sealed order by p.id", commune);
        Long session = first("select s.id from reception_session s join org_unit u on u.id = s.unit_id "
                + "where u.parent_id = ? order by s.id", commune);
        Long visit = first("select v.id from reception_visit v join org_unit u on u.id = v.unit_id "
                + "where u.parent_id = ? and not v.denunciation order by v.id", commune);
        Long dialogue = first("select d.id from dialogue d join org_unit u on u.id = d.unit_id where u.parent_id = ? "
                + "order by d.id", commune);
        Long inspection = first("select i.id from inspection i order by i.id", null);

        Map<String, List<String>> screens = new LinkedHashMap<>();
        screens.put(DemoUsers.HANDLER, paths("/", "/petitions", "/petitions/new", petition == null ? null
                : "/petitions/" + petition, "/dialogues", dialogue == null ? null : "/dialogues/" + dialogue));
        screens.put(DemoUsers.RECEPTION_OFFICER, paths("/reception", session == null ? null : "/reception/sessions/" + session,
                visit == null ? null : "/reception/visits/" + visit, "/reception/logbook?unitId=" + commune));
        screens.put(DemoUsers.HEAD, paths("/", "/plans", "/documents"));
        screens.put(DemoUsers.INSPECTOR, paths("/inspections", "/outreach",
                inspection == null ? null : "/inspections/" + inspection));
        screens.put(DemoUsers.REPORTER, paths("/reports", "/reports/appendix-1", "/reports/appendix-2",
                "/reports/appendix-3", "/reports/periodic", "/documents"));
        screens.put(DemoUsers.ADMIN, paths("/admin/audit", "/org-units"));
        screens.put(null, paths("/public", "/public/reception-schedules", "/public/dialogues", "/public/conclusions",
                "/public/units"));

        List<String> found = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : screens.entrySet()) {
            for (String path : e.getValue()) {
                String html = render(path, e.getKey());
                String text = visible(html);
                if (path.startsWith("/admin/audit")) {
                    // The audit log shows each change as it was recorded (field=value, enum names
                    // included): a verbatim trail for administrators, not a screen of labels.
                    text = visible(withoutChanges(html));
                }
                for (String leak : leaks(text)) {
                    found.add(e.getKey() + " " + path + ": " + leak);
                }
            }
        }
        assertThat(found).isEmpty();
    }

    private static List<String> paths(String... paths) {
        List<String> list = new ArrayList<>();
        for (String p : paths) {
            if (p != null) {
                list.add(p);
            }
        }
        return list;
    }

    private Long first(String sql, Long param) {
        var q = jdbc.sql(sql + " limit 1");
        return (param == null ? q : q.param(param)).query(Long.class).optional().orElse(null);
    }

    /** The page as its user sees it, following the list screens' redirect to the user's own unit. */
    private String render(String path, String username) throws Exception {
        Authentication who = null;
        if (username != null) {
            UserDetails u = users.loadUserByUsername(username);
            who = UsernamePasswordAuthenticationToken.authenticated(u, null, u.getAuthorities());
        }
        for (int hop = 0; hop < 3; hop++) {
            var request = get(path);
            MockHttpServletResponse r = mvc.perform(who == null ? request : request.with(authentication(who)))
                    .andReturn().getResponse();
            if (r.getStatus() == 302 && r.getRedirectedUrl() != null && r.getRedirectedUrl().startsWith("/")) {
                path = r.getRedirectedUrl();
                continue;
            }
            assertThat(r.getStatus()).as(username + " " + path).isEqualTo(200);
            return r.getContentAsString(StandardCharsets.UTF_8);
        }
        throw new AssertionError("too many redirects from " + path);
    }

    private static String withoutChanges(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("#audit-table td:nth-child(8)").remove();
        return doc.outerHtml();
    }

    /** The text people read: the body's text and the titles, labels and placeholders, without scripts. */
    static String visible(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, template").remove();
        StringBuilder text = new StringBuilder(doc.body() == null ? "" : doc.body().text());
        for (Element el : doc.select("[title], [aria-label], [placeholder], [alt]")) {
            for (String attr : List.of("title", "aria-label", "placeholder", "alt")) {
                if (el.hasAttr(attr)) {
                    text.append('\n').append(el.attr(attr));
                }
            }
        }
        text.append('\n').append(doc.title());
        return text.toString();
    }

    static List<String> leaks(String text) {
        List<String> found = new ArrayList<>();
        LEAKS.forEach((what, pattern) -> {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                int from = Math.max(0, m.start() - 40);
                int to = Math.min(text.length(), m.end() + 40);
                found.add(what + " '" + m.group() + "' in …" + text.substring(from, to).replace('\n', ' ') + "…");
            }
        });
        return found;
    }
}
