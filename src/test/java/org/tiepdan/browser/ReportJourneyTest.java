package org.tiepdan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tiepdan.FullStackTest;
import org.tiepdan.account.Accounts;
import org.tiepdan.document.IssuedDocuments;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.oversight.Inspections;
import org.tiepdan.report.ReportFixture;

/** A reporter picks a window, opens Phụ lục 2, follows a figure to its records and downloads the files. */
@FullStackTest
class ReportJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OrgUnits units;
    @Autowired
    Inspections inspections;
    @Autowired
    IssuedDocuments documents;
    @Autowired
    Accounts accounts;

    @Test
    void pickAWindowOpenAppendix2FollowAFigureAndDownloadTheFiles() throws Exception {
        ReportFixture f = ReportFixture.get(jdbc, units, inspections, documents, accounts);
        try (Browser browser = Browser.open(port)) {
            browser.login(f.communeReporter, ReportFixture.PASSWORD);
            browser.click("#nav-reports");
            browser.click("#report-appendix-2");
            browser.type("#from", "01/01/2023").type("#to", "31/12/2023");
            browser.click("#report-show");
            browser.find("#report-table");
            assertThat(browser.text("tr[data-code='2.periodic'] td[data-column='COMMUNE']")).isEqualTo("08");
            // The cross-checks arrive after the figures (a second call, issue 22).
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                    .until(org.openqa.selenium.support.ui.ExpectedConditions.attributeToBe(
                            org.openqa.selenium.By.id("findings"), "data-loaded", "true"));
            assertThat(browser.text("#findings")).contains("không có người chủ trì");
            // Chart.js drew both charts from the page's JSON (no inline script).
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                    .until(org.openqa.selenium.support.ui.ExpectedConditions.attributeToBe(
                            org.openqa.selenium.By.id("charts"), "data-drawn", "true"));
            browser.screenshot("report-appendix-2");

            browser.click("tr[data-code='7.settled'] td[data-column='COMMUNE'] a");
            browser.find("#records");
            assertThat(browser.text("#records-count")).isEqualTo("Có 4 hồ sơ.");
            // Each record opens from its row (the list shows no internal ids, issue 19).
            assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector("#records a.record-link"))
                    .stream().map(a -> a.getAttribute("href")).toList())
                    .anyMatch(h -> h.matches(".*/" + f.k1Settled + "(\\D.*)?$"))
                    .anyMatch(h -> h.matches(".*/" + f.k7InOld + "(\\D.*)?$"));
            browser.screenshot("report-records");
            browser.click("#records-back");
            browser.find("#report-table");

            String cookie = browser.driver().manage().getCookieNamed("SESSION").getValue();
            String docx = browser.find("#download-docx").getAttribute("href");
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(download(docx, cookie)))) {
                assertThat(doc.getTables().get(1).getText()).contains("Số cuộc tiếp dân").contains("08");
            }
            String xlsx = browser.find("#download-xlsx").getAttribute("href");
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(download(xlsx, cookie)))) {
                assertThat(wb.getSheetAt(0).getRow(7).getCell(3).getNumericCellValue()).isEqualTo(8.0);
            }
        }
    }

    private static byte[] download(String url, String session) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", "SESSION=" + session).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
