package org.tiepdan.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tiepdan.DemoUsers;
import org.tiepdan.FullStackTest;
import org.tiepdan.account.Accounts;
import org.tiepdan.account.Role;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.support.HttpSession;

/**
 * The menu offers only what the role may open (issue 19: the custodian saw 13 entries, 5 of them
 * "Không có quyền truy cập"; the reports answered 403 for five roles). Signed in as each demo account
 * over real HTTP, every link of the menu answers 200 with a page that is not the refusal page, and
 * each role's home shows the cards of its own work.
 */
@FullStackTest
class RoleMenuTest {

    private static final Pattern NAV = Pattern.compile("<nav[^>]*id=\"main-menu\".*?</nav>", Pattern.DOTALL);
    private static final Pattern HREF = Pattern.compile("href=\"(/[^\"#]*)\"");

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    OrgUnits units;

    @Test
    void everyMenuLinkOfEveryDemoRoleOpens() {
        List<String> failures = new ArrayList<>();
        for (String user : List.of(DemoUsers.ADMIN, DemoUsers.HEAD, DemoUsers.RECEPTION_OFFICER, DemoUsers.HANDLER,
                DemoUsers.INSPECTOR, DemoUsers.REPORTER, DemoUsers.IDENTITY_CUSTODIAN, DemoUsers.VIEWER)) {
            HttpSession session = HttpSession.loggedIn(port, user, DemoUsers.PASSWORD);
            Set<String> links = menuLinks(session.get(port, "/", "text/html").body());
            assertThat(links).as("menu of " + user).contains("/").hasSizeLessThan(25);
            for (String link : links) {
                HttpResponse<String> page = open(session, link.replace("&amp;", "&"));
                if (page.statusCode() != 200 || page.body().contains("Không có quyền truy cập")) {
                    failures.add(user + " " + link + " → " + page.statusCode());
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void theCustodianSeesOnlyWhatTheCustodianMayOpen() {
        HttpSession session = HttpSession.loggedIn(port, DemoUsers.IDENTITY_CUSTODIAN, DemoUsers.PASSWORD);
        Set<String> links = menuLinks(session.get(port, "/", "text/html").body());
        assertThat(links).contains("/identity/requests").doesNotContain("/documents", "/plans", "/reports",
                "/inspections", "/work");
    }

    @Test
    void aUserWithSeveralRolesSeesEachRolesCards() {
        long commune = units.findAreaByCode("18844").orElseThrow().id();
        String name = "homes" + System.nanoTime();
        long id = accounts.createUser(name, "Cán bộ Nhiều Việc", "Nhieu-Viec-2026", Role.HANDLER, commune);
        accounts.grant(id, Role.RECEPTION_OFFICER, commune);
        accounts.grant(id, Role.REPORTER, commune);
        String home = HttpSession.loggedIn(port, name, "Nhieu-Viec-2026").get(port, "/", "text/html").body();
        assertThat(home).contains("id=\"home-handler\"", "id=\"home-reception_officer\"", "id=\"home-reporter\"",
                "id=\"card-petitions-overdue\"", "id=\"card-reception-today\"", "id=\"card-report-windows\"")
                .doesNotContain("id=\"home-head\"", "id=\"card-identity-pending\"");
        assertThat(home.indexOf("id=\"home-handler\"")).isLessThan(home.indexOf("id=\"home-reporter\""));
    }

    static Set<String> menuLinks(String html) {
        Matcher nav = NAV.matcher(html);
        assertThat(nav.find()).as("the page has the main menu").isTrue();
        Set<String> links = new LinkedHashSet<>();
        Matcher href = HREF.matcher(nav.group());
        while (href.find()) {
            links.add(href.group(1));
        }
        return links;
    }

    /** Follows redirects inside the application (e.g. the API's documentation page), never to the login page. */
    private HttpResponse<String> open(HttpSession session, String path) {
        HttpResponse<String> page = session.get(port, path, "text/html");
        for (int i = 0; i < 3 && page.statusCode() / 100 == 3; i++) {
            String location = page.headers().firstValue("Location").orElse("");
            if (location.contains("/login")) {
                return page;
            }
            page = session.get(port, location.replaceFirst("^https?://[^/]+", ""), "text/html");
        }
        return page;
    }
}
