package org.tiepdan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tiepdan.FullStackTest;
import org.tiepdan.org.OrgUnitKind;
import org.tiepdan.org.OrgUnits;

/**
 * Issue 24 on a phone-sized window (390×844): every public page passes axe-core's WCAG 2.1 A/AA rules
 * with no serious or critical violation (axe.min.js from npm axe-core 4.10.3, vendored as a test
 * resource); a citizen asks for a lost code from the home page and gets the same answer the page gives
 * everyone; a citizen rates the demo's answered feedback and asks to reopen it, and keeps the new
 * code; a receipt survives a reload.
 */
@FullStackTest
class CitizensJourneyTest {

    private static final Pattern SUM = Pattern.compile("(\\d+) cộng (\\d+) bằng");

    @LocalServerPort
    int port;
    @Autowired
    OrgUnits units;

    static String axe() throws IOException {
        try (InputStream in = CitizensJourneyTest.class.getResourceAsStream("/axe/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The serious and critical violations of the page shown, as "rule: target" lines. */
    @SuppressWarnings("unchecked")
    static List<String> violations(Browser browser, String axe) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        js.executeScript(axe);
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                  .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                      .map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
                  .catch(e => done(['axe failed: ' + e]));""");
        return new ArrayList<>((List<String>) result);
    }

    long ubnd() {
        long commune = units.findAreaByCode("18844").orElseThrow().id();
        return units.children(commune).stream().filter(u -> u.kind() == OrgUnitKind.PEOPLES_COMMITTEE)
                .filter(u -> u.name().equals("Ủy ban nhân dân xã Kỳ Thượng")).findFirst().orElseThrow().id();
    }

    String answerSum(Browser browser) {
        Matcher m = SUM.matcher(browser.pageSource());
        assertThat(m.find()).isTrue();
        return String.valueOf(Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(2)));
    }

    @Test
    void everyPublicPageHasNoSeriousAccessibilityViolationOnAPhone() throws Exception {
        String axe = axe();
        long ubnd = ubnd();
        Map<String, List<String>> found = new java.util.LinkedHashMap<>();
        try (Browser browser = Browser.open(port)) {
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            browser.driver().manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(30));
            for (String path : List.of("/public", "/public/submit", "/public/submit?q=ky+thuong", "/public/tracking",
                    "/public/lost-code", "/public/units", "/public/units/" + ubnd, "/public/conclusions",
                    "/public/dialogues", "/public/reception-schedules")) {
                browser.go(path);
                found.put(path, violations(browser, axe));
            }
            // Pages behind a form: a tracking result with the rating forms, an error, the lost-code answer.
            browser.go("/public/tracking").type("#code", "PHANANH2026A").click("#tracking-submit");
            browser.find("#tracked-number");
            found.put("tracking result", violations(browser, axe));
            browser.go("/public/submit").click("#submit-button");
            browser.find("#submit-errors");
            found.put("submit with errors", violations(browser, axe));
            browser.go("/public/lost-code").type("#contact", "khong.co.ai@example.vn");
            browser.type("#challengeAnswer", answerSum(browser)).click("#lost-code-submit");
            browser.find("#lost-code-done");
            found.put("lost code sent", violations(browser, axe));
        }
        found.values().removeIf(List::isEmpty);
        assertThat(found).as("serious or critical WCAG 2.1 AA violations").isEmpty();
    }

    @Test
    void aCitizenRecoversACodeRatesAndReopensAndKeepsTheReceiptOnReload() throws Exception {
        long ubnd = ubnd();
        try (Browser browser = Browser.open(port)) {
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            // Lost code: from the home page, the demo feedback's address; the page never shows a code.
            browser.go("/public").click("#home-lost-code");
            browser.type("#contact", "hoa.tran.demo@example.vn").type("#challengeAnswer", answerSum(browser))
                    .click("#lost-code-submit");
            browser.waitForText("#lost-code-done", "Yêu cầu đã được ghi nhận");
            assertThat(browser.pageSource()).doesNotContain("PHANANH2026A");
            browser.screenshot("citizens-lost-code-phone");

            // Rate and reopen the demo's answered feedback.
            browser.go("/public/tracking").type("#code", "PHANANH2026A").click("#tracking-submit");
            browser.click("#stars-5").type("#comment", "Trả lời rõ ràng, cảm ơn.").click("#rating-submit");
            browser.waitForText("#feedback-done", "Cảm ơn Ông/Bà đã đánh giá");
            browser.type("#reason", "Đèn đường vẫn chưa được thay ở đoạn gần cầu.").click("#reopen-submit");
            browser.waitForText("#feedback-done", "Đề nghị xem xét lại đã được chuyển đến cơ quan");
            String followUp = browser.text("#follow-up-code");
            assertThat(followUp).matches("[A-Z0-9]{12}");
            browser.screenshot("citizens-reopened-phone");

            // A new submission with SMS chosen; its receipt survives a reload.
            browser.go("/public/submit?unitId=" + ubnd);
            browser.click("#unit-" + ubnd).click("#kind-FEEDBACK")
                    .type("#content", "Phản ánh rác thải đổ trộm ở bờ kênh thôn Hải Thanh.")
                    .type("#fullName", "Phạm Văn Kênh").type("#phone", "0912 000 222").click("#notify-SMS")
                    .type("#challengeAnswer", answerSum(browser)).click("#consent").click("#submit-button");
            browser.waitForText("#receipt-title", "Giấy biên nhận");
            String code = browser.text("#tracking-code");
            assertThat(browser.currentPath()).isEqualTo("/public/receipt");
            browser.driver().navigate().refresh();
            browser.waitForText("#receipt-title", "Giấy biên nhận");
            assertThat(browser.text("#tracking-code")).isEqualTo(code);
        }
    }
}
