package org.tiepdan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tiepdan.DemoUsers;
import org.tiepdan.FullStackTest;

/**
 * Each role's own home (issue 19), in one browser for every demo role: signed in, the home page
 * shows the role's cards, and from them the role reaches its main job. With
 * {@code -Dtiepdan.docs.screenshots=docs/screenshots} the home pages are saved there for the docs.
 */
@FullStackTest
class RoleHomeJourneyTest {

    @LocalServerPort
    int port;

    @Test
    void everyRoleStartsItsDayFromItsHome() throws Exception {
        try (Browser browser = Browser.open(port)) {
            // The handler: the day's deadlines, then the overdue ones, then one petition.
            home(browser, DemoUsers.HANDLER, "#home-handler");
            assertThat(browser.text("#card-petitions-due-today")).contains("Đơn đến hạn hôm nay");
            long overdue = count(browser, "#card-petitions-overdue");
            browser.click("#card-petitions-overdue .card-head");
            assertThat(browser.currentPath()).startsWith("/petitions?overdue=true");
            assertThat(browser.driver().findElements(By.cssSelector("#petition-results tbody tr")))
                    .hasSize((int) Math.min(overdue, 20));
            if (overdue > 0) {
                browser.click("#petition-results tbody tr a");
                browser.waitForText("#petition-title", "Đơn số");
            }
            browser.logout();

            // The front desk: today's sessions and the returning citizens, then the reception screen.
            home(browser, DemoUsers.RECEPTION_OFFICER, "#home-reception_officer");
            assertThat(browser.text("#card-reception-returning")).contains("Công dân quay lại");
            browser.click("#card-reception-today .card-head");
            assertThat(browser.currentPath()).startsWith("/reception");
            browser.logout();

            // The head: overdue by unit, the reception minimum (a chart), what waits for signing.
            home(browser, DemoUsers.HEAD, "#home-head");
            browser.find("#card-petitions-awaiting-head");
            browser.find("#card-plans-to-issue");
            browser.find("[id^=card-reception-compliance-] canvas[data-drawn=true]");
            browser.click("#card-petitions-awaiting-head .card-head");
            assertThat(browser.currentPath()).startsWith("/work");
            browser.logout();

            // The custodian: the pending requests, then the queue where they are decided.
            home(browser, DemoUsers.IDENTITY_CUSTODIAN, "#home-identity_custodian");
            browser.click("#card-identity-pending .card-head");
            assertThat(browser.currentPath()).startsWith("/identity/requests");
            browser.logout();

            // The reporter: the next report windows and this year's data checks.
            home(browser, DemoUsers.REPORTER, "#home-reporter");
            browser.find("#card-report-checks");
            browser.click("#card-report-windows .card-lines a");
            assertThat(browser.currentPath()).startsWith("/reports/periodic");
            browser.find("#report-table, table");
            browser.logout();

            for (String other : new String[] {DemoUsers.INSPECTOR, DemoUsers.VIEWER, DemoUsers.ADMIN}) {
                home(browser, other, "#welcome");
                browser.logout();
            }
        }
    }

    /** Signs in, checks the role's section and saves the home page for the docs when asked. */
    private void home(Browser browser, String user, String section) throws Exception {
        browser.login(user, DemoUsers.PASSWORD);
        browser.go("/");
        browser.find(section);
        if (browser.driver().findElements(By.cssSelector("canvas[data-chart]")).size() > 0) {
            browser.find("canvas[data-drawn=true]");
        }
        String docs = System.getProperty("tiepdan.docs.screenshots");
        if (docs != null && !docs.isBlank()) {
            Path target = Path.of(docs, "home-" + user + ".png");
            Files.createDirectories(target.getParent());
            org.openqa.selenium.Dimension before = browser.driver().manage().window().getSize();
            long height = (Long) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("return document.documentElement.scrollHeight;");
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(before.getWidth(),
                    (int) Math.min(Math.max(height + 120, before.getHeight()), 2400)));
            Files.copy(browser.screenshot("home-" + user), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            browser.driver().manage().window().setSize(before);
        }
    }

    private static long count(Browser browser, String card) {
        return Long.parseLong(browser.text(card + " .card-count").strip());
    }
}
