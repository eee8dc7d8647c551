package org.tiepdan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tiepdan.DemoUsers;
import org.tiepdan.FullStackTest;
import org.tiepdan.document.TestUnits;
import org.tiepdan.org.OrgUnits;

/**
 * The provincial inspector records an ad hoc check of a commune's Party committee: a wrong end date
 * is refused beside the field, then the check is saved, a violation to the level of discipline is
 * added, and the list and Phụ lục 3 show both.
 */
@FullStackTest
class OversightJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    OrgUnits units;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anInspectionWithAViolationIsEnteredThroughTheFormsAndListed() {
        long province = units.findAreaByCode("42").orElseThrow().id();
        long inspecting = TestUnits.create(jdbc, "PARTY_COMMITTEE", "PROVINCE", "Ủy ban Kiểm tra Hành Trình", province);
        long body = TestUnits.create(jdbc, "PARTY_COMMITTEE", "COMMUNE", "Đảng ủy xã Hành Trình", inspecting);
        String title = "Kiểm tra đột xuất việc tiếp dân của Bí thư Đảng ủy xã " + (System.nanoTime() % 100000);
        try (Browser browser = Browser.open(port)) {
            browser.login(DemoUsers.INSPECTOR, DemoUsers.PASSWORD);
            browser.go("/inspections?unit=" + inspecting + "&from=01/01/2026&to=31/12/2026");
            press(browser, "#new-inspection");
            new Select(browser.find("#kind")).selectByValue("CHECK");
            new Select(browser.find("#mode")).selectByValue("AD_HOC");
            browser.type("#title", title).type("#startedOn", "10/03/2026").type("#endedOn", "05/03/2026");
            new Select(browser.find("#bodies")).selectByValue(String.valueOf(body));
            browser.type("#heads0\\.fullName", "Phan Văn Đức").type("#heads0\\.title", "Bí thư Đảng ủy xã");
            new Select(browser.find("#heads0\\.unitId")).selectByValue(String.valueOf(body));
            press(browser, "#inspection-save");
            browser.screenshot("oversight-inspection-form-error");
            assertThat(browser.text("#endedOn-error")).isEqualTo("Ngày kết thúc không được trước ngày bắt đầu.");

            browser.type("#endedOn", "12/03/2026");
            press(browser, "#inspection-save");
            browser.waitForText("#inspection-title", title);
            assertThat(browser.text("#inspection-meta")).contains("Kiểm tra").contains("Đột xuất").contains("10/03/2026");
            assertThat(browser.text("#heads")).contains("Phan Văn Đức");
            browser.screenshot("oversight-inspection");

            press(browser, "#add-violation");
            new Select(browser.find("#headRole")).selectByValue("PARTY_SECRETARY");
            new Select(browser.find("#severity")).selectByValue("TO_DISCIPLINE");
            new Select(browser.find("#disciplineForm")).selectByValue("PARTY_REPRIMAND");
            browser.type("#description", "Không tổ chức tiếp công dân định kỳ trong quý I")
                    .type("#disciplinedOn", "20/03/2026");
            press(browser, "#violation-save");
            browser.waitForText("#violations", "Không tổ chức tiếp công dân định kỳ trong quý I");
            assertThat(browser.text("#violations")).contains("Phan Văn Đức").contains("Khiển trách")
                    .contains("Đến mức bị xử lý kỷ luật");

            browser.go("/inspections?unit=" + inspecting + "&from=01/01/2026&to=31/12/2026");
            assertThat(browser.text("#inspections")).contains(title).contains("Đột xuất");
            assertThat(browser.find("#appendix tr[data-code='1.adhoc'] td:nth-child(3)").getText()).isEqualTo("01");
            assertThat(browser.find("#appendix tr[data-code='4.disciplined'] td:nth-child(3)").getText()).isEqualTo("01");
            assertThat(browser.find("#inspections tbody tr td:last-child").getText()).isEqualTo("1");
        }
    }

    /** Scrolls the element into view first: the footer may cover the bottom of the window. */
    private static void press(Browser browser, String css) {
        new Actions(browser.driver()).scrollToElement(browser.find(css)).perform();
        browser.click(css);
    }
}
