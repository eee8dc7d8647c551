package org.tiepdan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tiepdan.DemoUsers;
import org.tiepdan.FullStackTest;
import org.tiepdan.org.OrgUnitKind;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.platform.Dates;

/**
 * The head of the commune plans a joint dialogue, records a point collected from a hamlet, holds the
 * conference and records three more points (one answered on the spot), issues the conclusion notice,
 * records the assigned unit's written answers and sees the follow-up at 100%, then the public page.
 */
@FullStackTest
class DialogueJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    OrgUnits units;

    @Test
    void aHeadRunsADialogueFromPlanToAFullyAnsweredFollowUp() {
        OrgUnitView commune = units.findAreaByCode("18844").orElseThrow();
        OrgUnitView party = units.children(commune.id()).stream()
                .filter(u -> u.kind() == OrgUnitKind.PARTY_COMMITTEE).findFirst().orElseThrow();
        String marker = "nước sạch " + (System.nanoTime() % 100000);
        String today = Dates.format(LocalDate.now(Dates.ZONE));
        try (Browser browser = Browser.open(port)) {
            browser.login(DemoUsers.HEAD, DemoUsers.PASSWORD);
            browser.click("#nav-dialogues");
            browser.find("#compliance");
            browser.screenshot("dialogue-list");
            browser.click("#new-dialogue");

            // Plan: a joint dialogue of the Party committee and the People's Committee.
            assertThat(new Select(browser.find("#unitId")).getFirstSelectedOption().getAttribute("value"))
                    .isEqualTo(String.valueOf(party.id()));
            browser.type("#topic", "Cấp " + marker + " cho các thôn vùng cao")
                    .type("#heldOn", today).type("#startTime", "7:30").type("#place", "Hội trường xã Kỳ Thượng")
                    .type("#hamlets", "Thôn Tân Hòa\nThôn Trường Sơn")
                    .type("#chairName", "Trần Văn Bình").type("#secretaryName", "Nguyễn Thị Thu");
            browser.click("#plan-submit");
            browser.waitForText("#dialogue-state", "Đã lên kế hoạch");
            String dialoguePath = browser.currentPath();

            // 1. A point collected from a hamlet before the conference.
            new Select(browser.find("#source")).selectByValue("HAMLET");
            browser.type("#hamlet", "Thôn Tân Hòa").type("#content", "Đề nghị lắp đặt đường ống " + marker);
            browser.click("#opinion-submit");
            browser.waitForText("#opinion-list", "Đề nghị lắp đặt đường ống");

            // The conference.
            browser.click("#action-hold");
            browser.type("#officialsCount", "14").type("#citizensCount", "96");
            browser.click("#hold-submit");
            browser.waitForText("#dialogue-state", "Đã tổ chức hội nghị");
            assertThat(browser.text("#conclusion-due")).contains("ngày làm việc");

            // 2.–4. Points raised at the conference; the third is answered on the spot.
            recordAt(browser, "Lê Văn Nước", "Thôn Trường Sơn", "Giếng khoan bị nhiễm phèn");
            recordAt(browser, "Hồ Thị Đường", "Thôn Tân Hòa", "Đề nghị hỗ trợ bồn chứa nước");
            new Select(browser.find("#source")).selectByValue("CITIZEN");
            browser.type("#citizenName", "Phan Văn Hỏi").type("#hamlet", "Thôn Trường Sơn")
                    .type("#content", "Hỏi lịch cấp nước sinh hoạt mùa khô");
            browser.click("#answeredOnSpot1");
            browser.type("#answer", "Cấp nước luân phiên theo lịch niêm yết tại nhà văn hóa thôn")
                    .type("#answeredBy", "Chủ tịch UBND xã");
            browser.click("#opinion-submit");
            browser.waitForText("#opinion-list", "Hỏi lịch cấp nước sinh hoạt mùa khô");
            assertThat(browser.driver().findElements(By.cssSelector("#opinion-list tbody tr"))).hasSize(4);
            assertThat(browser.text("#opinion-4")).contains("Đã trả lời tại hội nghị");

            // The conclusion notice gives the three open points to the People's Committee.
            browser.click("#action-conclude");
            assertThat(browser.driver().findElements(By.cssSelector("#route-list tbody tr"))).hasSize(3);
            browser.type("#text", "Giao UBND xã khảo sát nguồn nước, trả lời Nhân dân bằng văn bản.");
            browser.click("#conclusion-submit");
            browser.waitForText("#dialogue-state", "Đã ban hành thông báo kết luận");
            assertThat(browser.text("#notice")).contains("-TB/ĐU");
            assertThat(browser.driver().findElements(By.cssSelector("#assignment-list tbody tr"))).hasSize(3);
            browser.screenshot("dialogue-concluded");

            // The written answers, with their documents.
            int number = 60;
            for (int seq : new int[] {1, 2, 3}) {
                browser.click("#answer-" + seq);
                browser.type("#documentNumber", (number++) + "/UBND-VP")
                        .type("#answer", "Đã khảo sát và bố trí kinh phí xử lý");
                browser.click("#answer-submit");
                browser.waitForText("#assignment-" + seq, "Đã trả lời đúng hạn");
            }

            browser.click("#follow-up-link");
            browser.waitForText("#progress-text", "(100%)");
            assertThat(browser.find("#progress-bar").getAttribute("value")).isEqualTo("100");
            assertThat(browser.text("#follow-up")).contains("Phan Văn Hỏi").contains("60/UBND-VP");
            browser.screenshot("dialogue-follow-up");

            browser.click("#public-link");
            browser.waitForText("#progress-text", "(100%)");
            assertThat(browser.pageSource()).doesNotContain("Phan Văn Hỏi").doesNotContain("Lê Văn Nước")
                    .doesNotContain("Hồ Thị Đường").contains("Thôn Trường Sơn");
            browser.screenshot("dialogue-public");
            browser.go(dialoguePath);
            browser.waitForText("#dialogue-state", "Đã ban hành thông báo kết luận");
        }
    }

    private static void recordAt(Browser browser, String name, String hamlet, String content) {
        assertThat(new Select(browser.find("#stage")).getFirstSelectedOption().getAttribute("value")).isEqualTo("AT");
        new Select(browser.find("#source")).selectByValue("CITIZEN");
        browser.type("#citizenName", name).type("#hamlet", hamlet).type("#content", content);
        browser.click("#opinion-submit");
        browser.waitForText("#opinion-list", content);
    }
}
