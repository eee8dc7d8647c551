package org.tiepdan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tiepdan.FullStackTest;
import org.tiepdan.account.Accounts;
import org.tiepdan.account.Role;
import org.tiepdan.document.TestUnits;

/** An official downloads the template, fills it, uploads it, fixes a row in the preview and confirms. */
@FullStackTest
class HistoryJourneyTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MessageSource messages;

    @Test
    void aFilledTemplateIsUploadedCorrectedInThePreviewAndImported() throws Exception {
        long area = TestUnits.create(jdbc, "ADMINISTRATIVE_AREA", "COMMUNE", "Xã Hành Trình Lịch Sử", null);
        String areaName = jdbc.sql("select name from org_unit where id = ?").param(area).query(String.class).single();
        long party = jdbc.sql("insert into org_unit (kind, tier, name, parent_id, valid_from) values "
                + "('PARTY_COMMITTEE', 'COMMUNE', ?, ?, date '2000-01-01') returning id")
                .params("Đảng ủy " + areaName.toLowerCase(VI).substring(0, 1) + areaName.substring(1), area)
                .query(Long.class).single();
        String partyName = jdbc.sql("select name from org_unit where id = ?").param(party).query(String.class).single();
        String username = "lichsu" + System.nanoTime();
        accounts.createUser(username, "Người Nhập Lịch Sử", "MatKhau2026", Role.ADMIN, area);
        Path file = Files.createTempFile("lich-su", ".xlsx");
        try (Browser browser = Browser.open(port)) {
            browser.login(username, "MatKhau2026");
            browser.click("#nav-imports");
            assertThat(browser.currentPath()).startsWith("/imports");
            browser.go("/imports/new?unit=" + area);
            String href = browser.find("#template-download").getAttribute("href");
            byte[] template = download(browser, href);
            Files.write(file, fill(template, partyName));

            browser.driver().findElement(By.id("import-file")).sendKeys(file.toAbsolutePath().toString());
            press(browser, "#import-upload");
            browser.find("#preview");
            assertThat(browser.text("#visits-3")).contains("5");
            assertThat(browser.find("#confirm-import").isEnabled()).isFalse();

            press(browser, "#visits-3 .edit-row");
            browser.type("#edit-visits-3 input[name='f.headcount']", "7");
            press(browser, "#edit-visits-3 .save-row");
            browser.waitForText("#preview-summary", "0 lỗi");
            assertThat(browser.text("#visits-3")).contains("Sẽ nhập");

            press(browser, "#confirm-import");
            browser.driver().switchTo().alert().accept();
            browser.waitForText("#import-status", "Đã nhập");
            assertThat(browser.text("#imported")).contains("4");
        } finally {
            Files.deleteIfExists(file);
        }
        assertThat(jdbc.sql("select headcount from reception_visit where unit_id = ? and delegation").param(party)
                .query(Integer.class).single()).isEqualTo(7);
        assertThat(jdbc.sql("select count(*) from reception_visit v join reception_session s on s.id = v.session_id "
                + "where s.unit_id = ? and s.closed and v.import_id is not null").param(party).query(Long.class).single())
                .isEqualTo(2);
    }

    private static byte[] download(Browser browser, String href) throws Exception {
        String cookie = browser.driver().manage().getCookieNamed("SESSION").getValue();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "SESSION=" + cookie).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** One session with two visits (the delegation counted as 3 people: a mistake to fix) and an event. */
    private byte[] fill(byte[] template, String unit) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template));
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            write(wb, "SESSION", row("key", "TD-01", "unit", unit, "kind", msg("reception.kind.PERIODIC"),
                    "date", "15/03/2019", "place", "Trụ sở Đảng ủy", "hostCapacity", msg("reception.capacity.HEAD"),
                    "hostUnit", unit, "hostName", "Nguyễn Văn Bí"));
            write(wb, "VISIT", row("session", "TD-01", "citizenName", "Nguyễn Văn An", "content",
                    "Hỏi về đất ở.", "field", "Đất đai", "outcome", msg("reception.outcome.ANSWERED")),
                    row("session", "TD-01", "citizenName", "Trần Văn Bảy", "delegation", msg("history.bool.true"),
                            "headcount", "3", "representatives", "Trần Văn Bảy", "content", "Đoàn kiến nghị bồi thường.",
                            "field", "Đất đai", "outcome", msg("reception.outcome.PETITION_RECEIVED")));
            write(wb, "OUTREACH", row("unit", unit, "kind", msg("oversight.outreach.CONFERENCE"), "heldOn", "10/04/2019",
                    "title", "Hội nghị quán triệt Quy định số 11-QĐi/TW", "topic", "QĐ 11", "participants", "80",
                    "materials", "80"));
            wb.write(out);
            return out.toByteArray();
        }
    }

    @SafeVarargs
    private void write(XSSFWorkbook wb, String type, Map<String, String>... rows) {
        Sheet sheet = wb.getSheet(msg("history.sheet." + type));
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (Cell c : sheet.getRow(0)) {
            columns.put(c.getStringCellValue().replace(" (*)", ""), c.getColumnIndex());
        }
        int r = 1;
        for (Map<String, String> data : rows) {
            Row row = sheet.createRow(r++);
            data.forEach((field, value) -> row.createCell(columns.get(msg("history.field." + type + "." + field)))
                    .setCellValue(value));
        }
    }

    private static Map<String, String> row(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    private String msg(String key) {
        return messages.getMessage(key, null, VI);
    }

    private static void press(Browser browser, String css) {
        new Actions(browser.driver()).scrollToElement(browser.find(css)).perform();
        browser.click(css);
    }
}
