package org.tiepdan.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.tiepdan.portal.internal.PortalTestSupport.html;
import static org.tiepdan.portal.internal.PortalTestSupport.newAddress;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tiepdan.FullStackTest;
import org.tiepdan.org.OrgUnits;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tracking by code: the right code shows the stage, the next due date and the notices (downloaded
 * as attachments); a wrong one gets the same page and wording; wrong codes, and lookups in general,
 * are limited per address.
 */
@FullStackTest
class PortalTrackingTest {

    private static final Pattern NOTICE = Pattern.compile("action=\"/public/tracking/notices/(\\d+)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OrgUnits units;
    @Autowired
    JsonMapper json;
    @Autowired
    PortalProperties properties;

    PortalTestSupport portal;
    String address;

    @BeforeEach
    void setUp() {
        portal = new PortalTestSupport(mvc, jdbc, units, json);
        address = newAddress();
    }

    private String submitRecommendation(String name) throws Exception {
        MvcResult r = portal.submit(address, Map.of("unitId", String.valueOf(portal.ubnd()), "kind", "RECOMMENDATION",
                "content", "Kiến nghị làm lại cầu tràn thôn Tân Phong", "fullName", name, "address", "số 12 đường Hàm Nghi"));
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        return PortalTestSupport.code(r);
    }

    @Test
    void theRightCodeShowsTheStageAndNoticesAfterTheHandlerActs() throws Exception {
        String code = submitRecommendation("Nguyễn Văn Kiến");
        String page = html(portal.track(address, code));
        assertThat(page).contains("Đã tiếp nhận, đang xem xét", "Kiến nghị làm lại cầu tràn thôn Tân Phong",
                "Chưa có thông báo nào.");
        // Lower case, spaces and an O for a 0 still find it.
        String typed = code.toLowerCase().replace('0', 'o').substring(0, 6) + " " + code.toLowerCase().substring(6);
        assertThat(html(portal.track(address, typed))).contains("id=\"tracked-number\"");

        long id = portal.petitionId(code);
        portal.classifyAndAccept(id, "RECOMMENDATION", "Ghi chú nội bộ: giao anh Hùng đo đạc");
        String after = html(portal.track(address, code));
        assertThat(after).contains("Đã thụ lý, đang giải quyết", "Thông báo về việc thụ lý đơn")
                .doesNotContain("Ghi chú nội bộ", "Nguyễn Văn Kiến", "xuly", "số 12 đường Hàm Nghi");

        Matcher m = NOTICE.matcher(after);
        assertThat(m.find()).isTrue();
        MvcResult file = mvc.perform(post("/public/tracking/notices/" + m.group(1)).param("code", code).with(csrf())
                .with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                })).andReturn();
        assertThat(file.getResponse().getHeader("Content-Disposition")).startsWith("attachment;");
        assertThat(file.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(file.getResponse().getContentAsByteArray()));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("THÔNG BÁO VỀ VIỆC THỤ LÝ ĐƠN", code)
                    .doesNotContain("Nguyễn Văn Kiến", "Ghi chú nội bộ");
        }
        // Another petition's notice cannot be fetched with this code.
        long otherNotice = jdbc.sql("select max(id) from petition_event where notice and petition_id <> ?").param(id)
                .query(Long.class).single();
        MvcResult other = mvc.perform(post("/public/tracking/notices/" + otherNotice).param("code", code)
                .with(csrf()).with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                })).andReturn();
        assertThat(html(other)).contains("Không tìm thấy đơn với mã tra cứu này.");
    }

    @Test
    void aWrongCodeGetsTheSameAnswerWithNoHintAndTakesAsLong() throws Exception {
        String code = submitRecommendation("Lê Thị Hỏi");
        long t0 = System.nanoTime();
        MvcResult right = portal.track(address, code);
        long rightMs = (System.nanoTime() - t0) / 1_000_000;
        String wrongCode = (code.charAt(0) == 'A' ? "B" : "A") + code.substring(1);
        t0 = System.nanoTime();
        MvcResult wrong = portal.track(address, wrongCode);
        long wrongMs = (System.nanoTime() - t0) / 1_000_000;
        MvcResult nonsense = portal.track(address, "xyz");
        assertThat(right.getResponse().getStatus()).isEqualTo(wrong.getResponse().getStatus()).isEqualTo(200);
        assertThat(html(wrong)).contains("Không tìm thấy đơn với mã tra cứu này. Vui lòng kiểm tra lại mã.")
                .doesNotContain("tracked-number");
        assertThat(html(nonsense)).contains("Không tìm thấy đơn với mã tra cứu này. Vui lòng kiểm tra lại mã.");
        // Both wait at least the minimum time (150 ms), so the answer time tells nothing.
        assertThat(rightMs).isGreaterThanOrEqualTo(150);
        assertThat(wrongMs).isGreaterThanOrEqualTo(150);
    }

    @Test
    void wrongCodesAreLimitedPerAddressAndThenEvenTheRightCodeWaits() throws Exception {
        String code = submitRecommendation("Phạm Văn Thử");
        for (int i = 0; i < properties.missLimit(); i++) {
            assertThat(html(portal.track(address, "ZZZZZZZZZZZ" + i))).contains("Không tìm thấy đơn");
        }
        MvcResult blocked = portal.track(address, code);
        assertThat(blocked.getResponse().getStatus()).isEqualTo(429);
        assertThat(html(blocked)).contains("Ông/Bà đã tra cứu quá nhiều lần").doesNotContain("tracked-number");
        // Someone else is not blocked.
        assertThat(html(portal.track(newAddress(), code))).contains("id=\"tracked-number\"");
    }

    @Test
    void lookupsOfOneAddressAreLimitedEvenWithRightCodes() throws Exception {
        String code = submitRecommendation("Đỗ Văn Xem");
        int limited = 0;
        for (int i = 0; i <= properties.lookupLimit(); i++) {
            if (portal.track(address, code).getResponse().getStatus() == 429) {
                limited++;
            }
        }
        assertThat(limited).isEqualTo(1);
    }

    @Test
    void theReceiptPdfCarriesTheCodeAndStage() throws Exception {
        String code = submitRecommendation("Vũ Thị Biên");
        MvcResult pdf = mvc.perform(post("/public/receipt.pdf").param("code", code).with(csrf()).with(r -> {
            r.setRemoteAddr(address);
            return r;
        })).andReturn();
        assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(pdf.getResponse().getHeader("Content-Disposition")).startsWith("attachment;");
        String text = PortalConfidentialityTest.pdfText(pdf.getResponse().getContentAsByteArray());
        assertThat(text).contains(code, "Đã tiếp nhận, đang xem xét", "Kiến nghị làm lại cầu tràn")
                .doesNotContain("Vũ Thị Biên");
    }
}
