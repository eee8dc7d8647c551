package org.tiepdan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tiepdan.FullStackTest;
import org.tiepdan.account.Accounts;
import org.tiepdan.account.Role;
import org.tiepdan.document.TestUnits;

@FullStackTest
class DocumentJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aWrongDateIsRefusedBesideTheFieldAndAnImportedRowIsCorrectedInThePreview() throws Exception {
        long unit = TestUnits.create(jdbc, "PARTY_COMMITTEE", "COMMUNE", "Đảng ủy xã Hành Trình", null);
        String username = "vanthu" + System.nanoTime();
        accounts.createUser(username, "Văn Thư Hành Trình", "MatKhau2026", Role.REPORTER, unit);
        Path csv = Files.createTempFile("so-van-ban", ".csv");
        Files.writeString(csv, """
                STT,Số hiệu,Cơ quan ban hành,Trích yếu,Ngày ban hành
                I,Cấp ủy đảng,,,
                1,96-TB/ĐU,Đảng ủy,Thông báo tiếp công dân lần 2 của tháng 7 năm 2023,20/07/2023
                2,97-TB/ĐU,Đảng ủy,Thông báo định kỳ tiếp công dân của tháng 8 năm 2023,04/082023
                3,98-TB/ĐU,Đảng ủy,Thông báo tiếp công dân tháng 8( lần 2),24/08/2023
                """, StandardCharsets.UTF_8);
        try (Browser browser = Browser.open(port)) {
            browser.login(username, "MatKhau2026");
            browser.go("/documents/new?unit=" + unit);
            new Select(browser.find("#typeCode")).selectByValue("TB");
            browser.type("#numberSymbol", "85-TB/ĐU")
                    .type("#summary", "Thông báo tiếp công dân định kỳ tháng 5")
                    .type("#issuedOn", "30/02/2019");
            press(browser, "#document-save");
            assertThat(browser.text("#issuedOn-error")).contains("30/02/2019").contains("không hợp lệ");

            browser.type("#issuedOn", "08/05/2023");
            press(browser, "#document-save");
            assertThat(browser.text("#document-number")).isEqualTo("85-TB/ĐU");

            browser.go("/documents/import?unit=" + unit);
            browser.driver().findElement(By.id("import-file")).sendKeys(csv.toAbsolutePath().toString());
            press(browser, "#import-upload");
            browser.find("#preview-table");
            assertThat(browser.text("#row-2")).contains("04/082023").contains("không hợp lệ");
            assertThat(browser.text("#preview-summary")).contains("2 dòng sẽ được nhập");

            press(browser, "#row-2 .edit-row");
            browser.type("#edit-2 input[name=date]", "04/08/2023");
            press(browser, "#edit-2 .save-row");
            browser.waitForText("#preview-summary", "3 dòng sẽ được nhập");
            assertThat(browser.text("#row-2")).doesNotContain("không hợp lệ");

            press(browser, "#confirm-import");
            browser.driver().switchTo().alert().accept();
            assertThat(browser.text("#imported")).contains("3");
            assertThat(browser.text("#register")).contains("97-TB/ĐU").contains("04/08/2023").contains("85-TB/ĐU");
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    /** Scrolls the element into view first: the footer may cover the bottom of the window. */
    private static void press(Browser browser, String css) {
        new Actions(browser.driver()).scrollToElement(browser.find(css)).perform();
        browser.click(css);
    }
}
