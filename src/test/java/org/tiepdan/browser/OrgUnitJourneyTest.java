package org.tiepdan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tiepdan.DemoUsers;
import org.tiepdan.FullStackTest;
import org.tiepdan.org.OrgUnits;

/** The first journey of the foundation: log in as the demo admin, create a unit, find it without diacritics, log out. */
@FullStackTest
class OrgUnitJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    OrgUnits units;

    @Test
    void anAdminCreatesAUnitAndFindsItByTypingWithoutDiacritics() {
        long commune = units.findAreaByCode("18844").orElseThrow().id();
        String suffix = Long.toString(System.nanoTime() % 100000);
        String name = "Chi hội Nông dân thôn Đồng Tiến " + suffix;
        try (Browser browser = Browser.open(port)) {
            browser.login(DemoUsers.ADMIN, DemoUsers.PASSWORD);
            browser.go("/org-units/new?parentId=" + commune)
                    .type("#name", name);
            new org.openqa.selenium.support.ui.Select(browser.find("#kind")).selectByValue("ORGANISATION");
            browser.type("#validFrom", "01/07/2025").click("#unit-form button[type=submit]");
            browser.waitForText("h1", name);

            browser.go("/org-units").type("#org-search", "chi hoi nong dan thon dong tien " + suffix);
            browser.waitForText("#org-search-results", name);
            browser.screenshot("org-search");
            assertThat(browser.text("#org-search-results")).contains("Xã Kỳ Thượng").contains(name);

            browser.logout();
            assertThat(browser.text("#logged-out")).isEqualTo("Bạn đã đăng xuất.");
        }
    }

    @Test
    void aBadDateIsExplainedBesideTheField() {
        long commune = units.findAreaByCode("18844").orElseThrow().id();
        try (Browser browser = Browser.open(port)) {
            browser.login(DemoUsers.ADMIN, DemoUsers.PASSWORD);
            browser.go("/org-units/new?parentId=" + commune).type("#name", "Tổ hòa giải thôn " + System.nanoTime());
            new org.openqa.selenium.support.ui.Select(browser.find("#kind")).selectByValue("OTHER");
            browser.type("#validFrom", "30/02/2019");
            browser.click("#unit-form button[type=submit]");
            assertThat(browser.text("#validFrom-error")).contains("Ngày không hợp lệ");
        }
    }
}
