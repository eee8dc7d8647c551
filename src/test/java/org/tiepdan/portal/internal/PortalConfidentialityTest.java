package org.tiepdan.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.tiepdan.portal.internal.PortalTestSupport.html;
import static org.tiepdan.portal.internal.PortalTestSupport.newAddress;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tiepdan.FullStackTest;
import org.tiepdan.org.OrgUnits;
import tools.jackson.databind.json.JsonMapper;

/**
 * A denunciation sent online never shows its denouncer, content or officers' notes back: not on
 * the receipt, its PDF, the tracking page, the notices downloaded with the code, the notification
 * e-mail, nor the log. And the denouncer learns only what the law lets them know.
 */
@FullStackTest
class PortalConfidentialityTest {

    private static final String NAME = "Hoàng Thị Bảo Mật";
    private static final String ADDRESS = "xóm Đồng Giữa, thôn Hải Thanh";
    private static final String PHONE = "0987654321";
    private static final String EMAIL = "bao.mat.tocao@example.vn";
    private static final String CONTENT = "Tố cáo cán bộ địa chính Trương Văn Khoản nhận tiền làm sổ đỏ";
    private static final String NOTE = "Ghi chú nội bộ: người tố cáo là em họ chủ tịch";
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
    Mailer mailer;

    PortalTestSupport portal;
    String address;
    ListAppender<ILoggingEvent> logs;

    @BeforeEach
    void setUp() {
        portal = new PortalTestSupport(mvc, jdbc, units, json);
        address = newAddress();
        logs = new ListAppender<>();
        logs.start();
        ((Logger) LoggerFactory.getLogger("org.tiepdan")).addAppender(logs);
    }

    @AfterEach
    void tearDown() {
        ((Logger) LoggerFactory.getLogger("org.tiepdan")).detachAppender(logs);
    }

    private static void assertNoIdentity(String text) {
        assertThat(text).doesNotContain(NAME, ADDRESS, PHONE, EMAIL, "Trương Văn Khoản", "Ghi chú nội bộ",
                "em họ chủ tịch", "xuly");
    }

    @Test
    void aDenunciationLeaksNoIdentityOnReceiptPdfTrackingNoticesMailOrLog() throws Exception {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("unitId", String.valueOf(portal.ubnd()));
        f.put("kind", "DENUNCIATION");
        f.put("content", CONTENT);
        f.put("fullName", NAME);
        f.put("address", ADDRESS);
        f.put("phone", PHONE);
        f.put("email", EMAIL);
        // A file named after the denouncer: its name must not come back either.
        MvcResult receipt = portal.submit(address, f, new org.springframework.mock.web.MockMultipartFile("files",
                NAME + ".pdf", "application/pdf", "%PDF-1.4\n%%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        assertThat(receipt.getResponse().getStatus()).isEqualTo(200);
        String code = PortalTestSupport.code(receipt);
        assertNoIdentity(html(receipt));
        assertThat(html(receipt)).contains("Đơn tố cáo: trang này chỉ cho biết", "Đã nhận 1 tệp.");

        long id = portal.petitionId(code);
        assertThat(jdbc.sql("select declared_kind from petition where id = ?").param(id).query(String.class).single())
                .isEqualTo("DENUNCIATION");

        MvcResult pdf = mvc.perform(post("/public/receipt.pdf").param("code", code).with(csrf()).with(r -> {
            r.setRemoteAddr(address);
            return r;
        })).andReturn();
        String pdfText = pdfText(pdf.getResponse().getContentAsByteArray());
        assertThat(pdfText).contains(code, "Tố cáo");
        assertNoIdentity(pdfText);

        // The identity is sealed on registration: the petition holds a pseudonym, the file is sealed too.
        assertThat(jdbc.sql("select identity_sealed from petition where id = ?").param(id).query(Boolean.class)
                .single()).isTrue();
        assertThat(jdbc.sql("select string_agg(coalesce(full_name, '') || coalesce(address, '') || coalesce(email, ''), '|')"
                + " from petitioner where petition_id = ?").param(id).query(String.class).single())
                .doesNotContain(NAME, ADDRESS, EMAIL);
        assertThat(jdbc.sql("select count(*) from petition_attachment where petition_id = ? and sealed_file_id is not null"
                + " and data is null").param(id).query(Integer.class).single()).isEqualTo(1);

        int mailsBefore = sent().size();
        portal.handler(id, "/classification", Map.of("on", LocalDate.now().toString(), "kind", "DENUNCIATION",
                "field", "LAND", "eligible", true, "competence", "RESOLVE"));
        portal.handler(id, "/actions/accept", Map.of("on", LocalDate.now().toString(), "documentNumber",
                "9/TB-UBND", "documentDate", LocalDate.now().toString(), "note", NOTE));
        portal.handler(id, "/actions/notify", Map.of("on", LocalDate.now().toString(), "documentNumber",
                "10/TB-UBND", "documentDate", LocalDate.now().toString(), "note", NOTE));
        // The sealed address is used only inside the identity module's sending step (issue 24): one
        // e-mail, for the acceptance (the denouncer's stage), to the denouncer's own address, without the
        // tracking code, the content or a name; and nothing about it in the log.
        List<Mailer.Mail> toDenouncer = sent().subList(mailsBefore, sent().size());
        assertThat(toDenouncer).hasSize(1);
        assertThat(toDenouncer.get(0).to()).isEqualTo(EMAIL);
        assertThat(toDenouncer.get(0).reference()).isEqualTo("sealed PETITION:" + id);
        String mailText = toDenouncer.get(0).subject() + "\n" + toDenouncer.get(0).text();
        assertNoIdentity(mailText.replace(EMAIL, ""));
        assertThat(mailText).contains("Đã thụ lý").doesNotContain(code, CONTENT, NOTE);
        String logged = logs.list.stream().map(ILoggingEvent::getFormattedMessage).reduce("", (a, b) -> a + "\n" + b);
        assertNoIdentity(logged);
        assertThat(logged).doesNotContain(CONTENT, "bao.mat", "b***@e***.vn");

        String tracked = html(portal.track(address, code));
        // The acceptance notice and the notice of acceptance of the denunciation (Art. 29) are the denouncer's.
        assertThat(tracked).contains("Đã thụ lý, đang giải quyết", "Thông báo về việc thụ lý đơn",
                "Thông báo về việc thụ lý tố cáo");
        assertNoIdentity(tracked);
        assertThat(tracked).doesNotContain(CONTENT);

        Matcher m = NOTICE.matcher(tracked);
        int notices = 0;
        while (m.find()) {
            notices++;
            MvcResult file = mvc.perform(post("/public/tracking/notices/" + m.group(1)).param("code", code)
                    .with(csrf()).with(r -> {
                        r.setRemoteAddr(address);
                        return r;
                    })).andReturn();
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(file.getResponse().getContentAsByteArray()));
                    XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
                assertNoIdentity(text.getText());
                assertThat(text.getText()).doesNotContain(CONTENT).contains("không ghi thông tin cá nhân");
            }
        }
        assertThat(notices).isEqualTo(2);
    }

    @Test
    void aComplaintsNotificationCarriesNoIdentityNoteOrContentAndTheLogOnlyAMaskedAddress() throws Exception {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("unitId", String.valueOf(portal.ubnd()));
        f.put("kind", "COMPLAINT");
        f.put("content", "Khiếu nại quyết định xử phạt của Chủ tịch UBND xã đối với Lò Văn Khiếu");
        f.put("fullName", "Lò Văn Khiếu");
        f.put("address", "bản Nà Khiếu");
        f.put("email", "lo.van.khieu@example.vn");
        String code = PortalTestSupport.code(portal.submit(address, f));
        long id = portal.petitionId(code);
        int before = sent().size();
        // Classification changes nothing the complainant sees: no e-mail; acceptance does.
        portal.handler(id, "/classification", Map.of("on", LocalDate.now().toString(), "kind", "COMPLAINT",
                "field", "ADMINISTRATION", "eligible", true, "competence", "RESOLVE"));
        assertThat(sent()).hasSize(before);
        portal.handler(id, "/actions/accept", Map.of("on", LocalDate.now().toString(), "documentNumber",
                "11/TB-UBND", "documentDate", LocalDate.now().toString(), "note", NOTE));
        List<Mailer.Mail> mails = sent().subList(before, sent().size());
        assertThat(mails).hasSize(1);
        Mailer.Mail mail = mails.get(0);
        assertThat(mail.to()).isEqualTo("lo.van.khieu@example.vn");
        String text = mail.subject() + "\n" + mail.text();
        assertThat(text).contains("Đã thụ lý, đang giải quyết", "Ủy ban nhân dân xã Kỳ Thượng", code,
                "/public/tracking", "Hạn giải quyết tiếp theo").doesNotContain("Lò Văn Khiếu", "Nà Khiếu",
                "Ghi chú nội bộ", "xuly", "xử phạt");
        String logged = logs.list.stream().map(ILoggingEvent::getFormattedMessage).reduce("", (a, b) -> a + "\n" + b);
        assertThat(logged).contains(Notifications.reference(id), "l***@e***.vn").doesNotContain("lo.van.khieu", "Lò Văn Khiếu", "xử phạt");
    }

    private List<Mailer.Mail> sent() {
        return ((LogOnlyMailer) mailer).recent();
    }

    static String pdfText(byte[] pdf) throws Exception {
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (var doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
