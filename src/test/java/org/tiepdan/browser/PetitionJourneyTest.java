package org.tiepdan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tiepdan.DemoUsers;
import org.tiepdan.FullStackTest;
import org.tiepdan.org.OrgUnitKind;
import org.tiepdan.org.OrgUnits;

/**
 * The handler registers a complaint received by post a month ago (so it is already overdue), sees it
 * on the overdue dashboard, classifies, accepts and resolves it, and sees it leave the overdue list.
 */
@FullStackTest
class PetitionJourneyTest {

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @LocalServerPort
    int port;
    @Autowired
    OrgUnits units;

    @Test
    void aHandlerRegistersAPostalComplaintAcceptsAndResolvesItAndTheOverdueDashboardChanges() {
        long commune = units.findAreaByCode("18844").orElseThrow().id();
        long ubnd = units.children(commune).stream().filter(u -> u.kind() == OrgUnitKind.PEOPLES_COMMITTEE)
                .findFirst().orElseThrow().id();
        String marker = "thửa đất số " + (System.nanoTime() % 100000);
        try (Browser browser = Browser.open(port)) {
            browser.login(DemoUsers.HANDLER, DemoUsers.PASSWORD);
            browser.go("/work");
            int overdueBefore = Integer.parseInt(browser.text("#overdue-count"));

            browser.click("#nav-petitions").click("#new-petition");
            new Select(browser.find("#unitId")).selectByValue(String.valueOf(ubnd));
            new Select(browser.find("#channel")).selectByValue("POST");
            browser.type("#receivedOn", LocalDate.now().minusDays(30).format(DMY))
                    .type("#content", "Khiếu nại việc UBND xã đo đạc lại " + marker + " làm giảm diện tích đất ở")
                    .type("#petitioners0\\.fullName", "Nguyễn Văn Bình")
                    .type("#petitioners0\\.address", "thôn Tân Hòa, xã Kỳ Thượng");
            browser.click("#intake-submit");
            browser.waitForText("#petition-title", "Đơn số");
            String title = browser.text("#petition-title");
            String number = title.substring("Đơn số ".length());
            assertThat(browser.text("#petition-state")).isEqualTo("Mới tiếp nhận");
            assertThat(browser.text("#tracking-code")).matches("[A-Z0-9]{12}");
            String petitionPath = browser.currentPath();

            browser.click("#nav-work");
            browser.waitForText("#overdue-count", String.valueOf(overdueBefore + 1));
            assertThat(browser.text("#overdue-list")).contains(number);
            browser.screenshot("petition-work-overdue");

            browser.go(petitionPath);
            new Select(browser.find("#c-kind")).selectByValue("COMPLAINT");
            new Select(browser.find("#c-competence")).selectByValue("RESOLVE");
            browser.click("#classify-submit");
            browser.waitForText("#petition-state", "Đã phân loại");

            browser.click("#action-accept summary").type("#accept-documentNumber", "15/TB-UBND")
                    .click("#accept-submit");
            browser.waitForText("#petition-state", "Đã thụ lý");
            assertThat(browser.text("#deadlines")).contains("Giải quyết khiếu nại lần đầu").contains("30 ngày");

            browser.click("#action-investigate summary").click("#investigate-submit");
            browser.waitForText("#petition-state", "Đang xác minh");
            browser.click("#action-hold-dialogue summary").click("#hold-dialogue-submit");
            browser.waitForText("#petition-state", "Đã đối thoại");
            browser.click("#action-decide summary").type("#decide-documentNumber", "21/QĐ-UBND");
            new Select(browser.find("#decide-outcome")).selectByValue("PARTLY_RIGHT");
            browser.click("#decide-confirmed").click("#decide-submit");
            browser.waitForText("#petition-state", "Đã ban hành quyết định giải quyết");
            assertThat(browser.text("#petition-outcome")).isEqualTo("Khiếu nại đúng một phần");
            assertThat(browser.text("#settled")).contains("Đã giải quyết ngày");
            assertThat(browser.driver().findElements(By.cssSelector("#events a"))).isNotEmpty();
            browser.screenshot("petition-decided");

            browser.click("#nav-work");
            browser.waitForText("#overdue-count", String.valueOf(overdueBefore));
            assertThat(browser.pageSource()).doesNotContain(">" + number + "<");
        }
    }

    @Test
    void aMissingDocumentIsExplainedOnThePetitionPage() {
        try (Browser browser = Browser.open(port)) {
            browser.login(DemoUsers.HANDLER, DemoUsers.PASSWORD);
            browser.go("/petitions?q=" + "tu choi chung thuc hop dong tang cho");
            browser.click("#petition-results tbody tr a");
            browser.waitForText("#petition-state", "Đang xác minh");
            browser.click("#action-hold-dialogue summary").click("#hold-dialogue-submit");
            browser.waitForText("#petition-state", "Đã đối thoại");
            browser.click("#action-decide summary").click("#decide-confirmed").click("#decide-submit");
            // every error at once, beside its field: the missing document and the outcome not chosen
            assertThat(browser.text("#decide-documentNumber-error")).contains("phải có văn bản");
            assertThat(browser.text("#decide-outcome-error")).isNotBlank();
        }
    }
}
