package org.tiepdan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tiepdan.DemoUsers;
import org.tiepdan.FullStackTest;
import org.tiepdan.org.OrgUnitKind;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.OrgUnits;

/**
 * The front desk: the demo reception officer opens an ad hoc session, records three visits (one a
 * delegation, one refused) with the keyboard, and exports the logbook.
 */
@FullStackTest
class ReceptionJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    OrgUnits units;

    @Test
    void anOfficerRecordsASessionWithThreeVisitsAndExportsTheLogbook() throws Exception {
        OrgUnitView commune = units.findAreaByCode("18844").orElseThrow();
        OrgUnitView party = units.children(commune.id()).stream()
                .filter(u -> u.kind() == OrgUnitKind.PARTY_COMMITTEE).findFirst().orElseThrow();
        String suffix = Long.toString(System.nanoTime() % 100000);
        try (Browser browser = Browser.open(port)) {
            browser.login(DemoUsers.RECEPTION_OFFICER, DemoUsers.PASSWORD);
            browser.click("#nav-reception");
            browser.click("#new-session");
            // The officer's role is held at the territory: the holding body is chosen, none preselected.
            new Select(browser.find("#unitId")).selectByValue(String.valueOf(units.children(commune.id()).stream()
                    .filter(u -> u.kind() == OrgUnitKind.PEOPLES_COMMITTEE).findFirst().orElseThrow().id()));
            new Select(browser.find("#kind")).selectByValue("AD_HOC");
            browser.type("#place", "Phòng tiếp công dân xã");
            new Select(browser.find("[id='hosts0.hostUnitId']")).selectByVisibleText(party.name());
            browser.type("[id='hosts0.personName']", "Trần Văn Bình");
            browser.click("#session-submit");
            browser.find("#visit-form");
            assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("citizenName");

            // 1. A citizen. Enter in the content box is a new line, never a submission (issue 19).
            browser.type("#citizenName", "Nguyễn Văn Thử " + suffix).type("#citizenIdNumber", "042065000555")
                    .type("#hamlet", "Thôn Tân Hòa");
            new Select(browser.find("#fieldCode")).selectByValue("ADM_LAND");
            new Select(browser.find("#outcome")).selectByValue("GUIDED");
            browser.type("#content", "Đề nghị cấp giấy chứng nhận quyền sử dụng đất");
            browser.find("#content").sendKeys(Keys.ENTER);
            browser.find("#content").sendKeys("Thửa đất số 12");
            assertThat(browser.find("#content").getAttribute("value")).contains("\nThửa đất số 12");
            assertThat(browser.text("#visit-count")).startsWith("Lượt tiếp: 0");
            browser.click("#visit-submit");
            browser.waitForText("#visit-count", "Lượt tiếp: 1");

            // A bad CCCD is explained beside the field.
            browser.type("#citizenName", "Lê Văn Sai").type("#citizenIdNumber", "12345").type("#content", "Hỏi");
            new Select(browser.find("#fieldCode")).selectByValue("OTHER");
            browser.click("#visit-submit");
            assertThat(browser.text("#citizenIdNumber-error")).contains("Số giấy tờ không hợp lệ");

            // 2. A delegation of 7; first with 4 people, refused with a message.
            browser.type("#citizenName", "Phan Đình Đoàn " + suffix).type("#citizenIdNumber", "");
            browser.click("[id='delegation1']");
            browser.type("#headcount", "4").type("#representatives", "Phan Đình Đoàn\nLê Thị Hằng");
            browser.type("#content", "Phản ánh trạm trộn bê tông gây bụi");
            new Select(browser.find("#fieldCode")).selectByValue("ENVIRONMENT");
            new Select(browser.find("#outcome")).selectByValue("PETITION_RECEIVED");
            browser.click("#visit-submit");
            assertThat(browser.text("#headcount-error")).contains("từ 5 người trở lên");
            browser.type("#headcount", "7");
            browser.click("#visit-submit");
            browser.waitForText("#visit-count", "Lượt tiếp: 2");

            // 3. A refusal with its legal ground.
            browser.type("#citizenName", "Đặng Văn Từ Chối " + suffix);
            browser.type("#content", "Đòi gặp lãnh đạo, xúc phạm cán bộ");
            new Select(browser.find("#fieldCode")).selectByValue("OTHER");
            new Select(browser.find("#outcome")).selectByValue("REFUSED");
            new Select(browser.find("#refusalGround")).selectByValue("THREATENING_OR_DISRUPTIVE");
            browser.click("#visit-submit");
            browser.waitForText("#visit-count", "Lượt tiếp: 3; số người được tiếp: 8");
            browser.screenshot("reception-session");

            // The returning citizen is recognised while typing.
            browser.type("#citizenIdNumber", "042065000555");
            browser.waitForText("#earlier", "Nguyễn Văn Thử " + suffix);

            // The logbook, on the web and as .xlsx.
            String sessionPath = browser.currentPath();
            browser.go("/reception?unitId=" + commune.id()).click("#logbook-link");
            browser.waitForText("#logbook", "Phan Đình Đoàn " + suffix);
            String href = browser.find("#logbook-xlsx").getAttribute("href");
            String cookie = browser.driver().manage().getCookieNamed("SESSION").getValue();
            HttpResponse<byte[]> xlsx = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                    .header("Cookie", "SESSION=" + cookie).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(xlsx.statusCode()).isEqualTo(200);
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
                Sheet sheet = wb.getSheetAt(0);
                List<String> names = new ArrayList<>();
                List<String> handling = new ArrayList<>();
                for (int r = 4; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    names.add(row.getCell(2).getStringCellValue());
                    handling.add(row.getCell(7).getStringCellValue());
                }
                assertThat(names).contains("Nguyễn Văn Thử " + suffix,
                        "Phan Đình Đoàn " + suffix + " (đoàn 7 người; đại diện: Phan Đình Đoàn, Lê Thị Hằng)",
                        "Đặng Văn Từ Chối " + suffix);
                assertThat(handling).contains("Từ chối tiếp (Luật Tiếp công dân 2013, Điều 9 khoản 2)");
            }
            assertThat(sessionPath).startsWith("/reception/sessions/");
            assertThat(browser.driver().findElements(By.cssSelector("#logbook tbody tr"))).hasSizeGreaterThanOrEqualTo(3);
        }
    }
}
