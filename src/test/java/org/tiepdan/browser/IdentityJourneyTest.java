package org.tiepdan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tiepdan.DemoUsers;
import org.tiepdan.FullStackTest;
import org.tiepdan.org.OrgUnitKind;
import org.tiepdan.org.OrgUnits;

/**
 * A handler registers a denunciation with a scan, sees only "Người tố cáo 1", asks to see the
 * identity; the custodian grants it for a few hours; the handler reveals it (a page marked MẬT) and
 * blacks out the name on the scan with the redaction tool; the redacted copy is what others get.
 */
@FullStackTest
class IdentityJourneyTest {

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @LocalServerPort
    int port;
    @Autowired
    OrgUnits units;
    @Autowired
    JdbcClient jdbc;

    @Test
    void askGrantRevealAndRedact() throws Exception {
        long commune = units.findAreaByCode("18844").orElseThrow().id();
        long ubnd = units.children(commune).stream().filter(u -> u.kind() == OrgUnitKind.PEOPLES_COMMITTEE)
                .findFirst().orElseThrow().id();
        String name = "Phan Văn Hành Trình " + (System.nanoTime() % 100000);
        Path scan = Files.createTempFile("don-to-cao", ".png");
        BufferedImage page = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 400; x++) {
            for (int y = 0; y < 300; y++) {
                page.setRGB(x, y, 0xEEEEEE);
            }
        }
        ImageIO.write(page, "png", scan.toFile());
        try (Browser browser = Browser.open(port)) {
            browser.login(DemoUsers.HANDLER, DemoUsers.PASSWORD);
            browser.go("/petitions/new");
            new Select(browser.find("#unitId")).selectByValue(String.valueOf(ubnd));
            new Select(browser.find("#declaredKind")).selectByValue("DENUNCIATION");
            browser.type("#receivedOn", LocalDate.now().minusDays(1).format(DMY))
                    .type("#content", "Tố cáo cán bộ thu tiền khi cấp giấy phép xây dựng")
                    .type("#petitioners0\\.fullName", name).type("#petitioners0\\.idNumber", "042180005151")
                    .type("#petitioners0\\.address", "thôn Tân Hòa, xã Kỳ Thượng");
            browser.click("#intake-submit");
            browser.waitForText("#petition-title", "Đơn số");
            String petitionPath = browser.currentPath();
            assertThat(browser.text("#petitioners")).contains("Người tố cáo 1").doesNotContain("Hành Trình");
            assertThat(browser.pageSource()).doesNotContain("042180005151");
            browser.find("#file").sendKeys(scan.toAbsolutePath().toString());
            browser.click("form[action$='/attachments'] button");
            browser.waitForText("#attachments", "chưa có bản đã che");

            browser.type("#identity-reason", "Cần gặp người tố cáo để bổ sung chứng cứ").click("#identity-request-submit");
            browser.waitForText("#identity-pending", "đang chờ");
            browser.logout();

            browser.login(DemoUsers.IDENTITY_CUSTODIAN, DemoUsers.PASSWORD);
            browser.click("#nav-identity");
            WebElement row = browser.driver().findElements(By.cssSelector("#queue tbody tr")).stream()
                    .filter(r -> r.getText().contains("Cần gặp người tố cáo")).findFirst().orElseThrow();
            String id = row.getAttribute("id").substring("request-".length());
            assertThat(browser.pageSource()).doesNotContain("Hành Trình");
            browser.screenshot("identity-queue");
            browser.click("#grant-" + id);
            browser.logout();

            browser.login(DemoUsers.HANDLER, DemoUsers.PASSWORD);
            browser.go(petitionPath);
            assertThat(browser.pageSource()).doesNotContain("Hành Trình");
            browser.click("#reveal-identity");
            browser.waitForText("#revealed-people", name);
            assertThat(browser.text("#secret-stamp")).isEqualTo("MẬT");
            assertThat(browser.text("#revealed-people")).contains("042180005151");
            browser.screenshot("identity-revealed");

            browser.click("#revealed-files a");
            WebElement img = browser.find("#redact-image");
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                    .until(d -> ((Number) ((org.openqa.selenium.JavascriptExecutor) d)
                            .executeScript("return arguments[0].naturalWidth", img)).intValue() > 0);
            new Actions(browser.driver()).moveToElement(img, -img.getSize().width / 2 + 10,
                    -img.getSize().height / 2 + 10).clickAndHold().moveByOffset(120, 40).release().perform();
            assertThat(browser.driver().findElement(By.id("redact-rectangles")).getAttribute("value")).matches("\\d+,\\d+,\\d+,\\d+");
            browser.screenshot("identity-redact");
            browser.click("#redact-submit");
            browser.waitForText("#attachments", "Bản đã che");
            long petitionId = Long.parseLong(petitionPath.replaceAll("\\D+", ""));
            assertThat(jdbc.sql("select redacted from petition_attachment where petition_id = ?").param(petitionId)
                    .query(Boolean.class).single()).isTrue();
            assertThat(jdbc.sql("select count(*) from audit_entry where action = 'REVEAL' and entity_id = ?")
                    .param("PETITION:" + petitionId).query(Integer.class).single()).isGreaterThanOrEqualTo(2);
        } finally {
            Files.deleteIfExists(scan);
        }
    }
}
