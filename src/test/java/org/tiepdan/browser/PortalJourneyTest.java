package org.tiepdan.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tiepdan.DemoUsers;
import org.tiepdan.FullStackTest;
import org.tiepdan.org.OrgUnitKind;
import org.tiepdan.org.OrgUnits;
import tools.jackson.databind.json.JsonMapper;

/**
 * A citizen on a phone (390×844) finds the commune's People's Committee by typing its name without
 * diacritics, sends a feedback without an account, keeps the tracking code; the demo handler
 * classifies and accepts it; the citizen's tracking page then shows the new stage and the notice.
 */
@FullStackTest
class PortalJourneyTest {

    private static final Pattern SUM = Pattern.compile("(\\d+) cộng (\\d+) bằng");

    @LocalServerPort
    int port;
    @Autowired
    OrgUnits units;
    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aCitizenSendsAFeedbackFromAPhoneAndSeesItAcceptedAfterTheHandlerActs() throws Exception {
        long commune = units.findAreaByCode("18844").orElseThrow().id();
        long ubnd = units.children(commune).stream().filter(u -> u.kind() == OrgUnitKind.PEOPLES_COMMITTEE)
                .filter(u -> u.name().equals("Ủy ban nhân dân xã Kỳ Thượng")).findFirst().orElseThrow().id();
        String marker = "cột điện số " + (System.nanoTime() % 100000);
        try (Browser browser = Browser.open(port)) {
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            browser.go("/public").click("#home-submit");
            browser.screenshot("portal-form-phone");
            browser.type("#q", "uy ban nhan dan ky thuong").click("#unit-search");
            browser.click("#unit-" + ubnd).click("#kind-FEEDBACK")
                    .type("#content", "Phản ánh " + marker + " ở thôn Hải Thanh nghiêng, có nguy cơ đổ khi mưa bão.");
            Matcher sum = SUM.matcher(browser.text("label[for=challengeAnswer]"));
            assertThat(sum.find()).isTrue();
            browser.type("#challengeAnswer",
                    String.valueOf(Integer.parseInt(sum.group(1)) + Integer.parseInt(sum.group(2))));
            browser.click("#consent").click("#submit-button");
            browser.waitForText("#receipt-title", "Giấy biên nhận");
            String code = browser.text("#tracking-code");
            assertThat(code).matches("[A-Z0-9]{12}");
            assertThat(browser.text("#tracked-stage")).isEqualTo("Đã tiếp nhận, đang xem xét");
            assertThat(noSideways(browser)).as("the receipt fits a phone's width").isTrue();
            browser.screenshot("portal-receipt-phone");

            long id = jdbc.sql("select id from petition where tracking_code = ?").param(code).query(Long.class)
                    .single();
            String today = LocalDate.now().toString();
            handler(id, "/classification", Map.of("on", today, "kind", "FEEDBACK", "field", "OTHER", "eligible",
                    true, "competence", "RESOLVE"));
            handler(id, "/actions/accept", Map.of("on", today, "documentNumber", "15/TB-UBND", "documentDate",
                    today));

            browser.click("#nav-tracking").type("#code", code.toLowerCase()).click("#tracking-submit");
            browser.waitForText("#tracked-stage", "Đã thụ lý, đang giải quyết");
            assertThat(browser.text("#tracked-notices")).contains("Thông báo về việc thụ lý đơn");
            assertThat(browser.text("#tracked-content")).contains(marker);
            assertThat(noSideways(browser)).as("the tracking page fits a phone's width").isTrue();
            browser.screenshot("portal-tracking-phone");
        }
    }

    private void handler(long id, String path, Map<String, Object> body) throws Exception {
        mvc.perform(post("/api/v1/petitions/" + id + path).with(httpBasic(DemoUsers.HANDLER, DemoUsers.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
                .andExpect(status().isOk());
    }

    private static boolean noSideways(Browser browser) {
        Object fits = ((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth <= window.innerWidth;");
        return Boolean.TRUE.equals(fits);
    }
}
