package org.tiepdan.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tiepdan.portal.internal.PortalTestSupport.html;
import static org.tiepdan.portal.internal.PortalTestSupport.newAddress;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tiepdan.FullStackTest;
import org.tiepdan.org.OrgUnits;
import tools.jackson.databind.json.JsonMapper;

/**
 * The submission form refuses bad input field by field and saves nothing; a good submission is a
 * registered ONLINE petition with its declared kind and files, and its receipt shows the citizen's
 * text escaped.
 */
@FullStackTest
class PortalSubmissionTest {

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

    private Map<String, String> feedback(String content) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("unitId", String.valueOf(portal.ubnd()));
        f.put("kind", "FEEDBACK");
        f.put("content", content);
        return f;
    }

    @Test
    void anAnonymousFeedbackIsRegisteredOnlineAndItsReceiptShowsScriptAsText() throws Exception {
        String content = "<script>alert('x')</script> Đèn đường thôn Hải Thanh hỏng <b>3 tháng</b>";
        MvcResult r = portal.submit(address, feedback(content));
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        String page = html(r);
        assertThat(page).contains("Giấy biên nhận đơn").doesNotContain("<script>alert").doesNotContain("<b>3 tháng</b>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        String code = PortalTestSupport.code(r);
        var row = jdbc.sql("select channel, declared_kind, anonymous, state from petition where tracking_code = ?")
                .param(code).query((rs, i) -> List.of(rs.getString(1), rs.getString(2), rs.getBoolean(3),
                        rs.getString(4))).single();
        assertThat(row).containsExactly("ONLINE", "FEEDBACK", true, "RECEIVED");

        String tracked = html(portal.track(address, code));
        assertThat(tracked).contains("Đã tiếp nhận, đang xem xét").doesNotContain("<script>alert")
                .contains("&lt;script&gt;");
    }

    /** LAW.md, "Identity documents": the public form takes a kind and a number, each kind by its own rule. */
    @Test
    void anIdentityDocumentIsCheckedByItsKindsRuleAndKeptWithItsKind() throws Exception {
        String[][] valid = {{"CCCD", "042190123456", "CCCD"}, {"CMND", "183456789", "CMND"},
            {"PASSPORT", "b1234567", "PASSPORT"}, {"PERSONAL_ID", "001203004005", "PERSONAL_ID"},
            {"", "079190000123", "CCCD"}, {"", "C7654321", "PASSPORT"}};
        for (String[] v : valid) {
            Map<String, String> f = feedback("Kiến nghị sửa đường thôn");
            f.put("kind", "RECOMMENDATION");
            f.put("fullName", "Người Có Giấy Tờ");
            f.put("idKind", v[0]);
            f.put("idNumber", v[1]);
            MvcResult r = portal.submit(newAddress(), f);
            assertThat(r.getResponse().getStatus()).as(v[0] + " " + v[1]).isEqualTo(200);
            var row = jdbc.sql("select p.id_kind, p.id_number from petitioner p join petition q on q.id = p.petition_id "
                    + "where q.tracking_code = ?").param(PortalTestSupport.code(r))
                    .query((rs, i) -> List.of(rs.getString(1), rs.getString(2))).single();
            assertThat(row).containsExactly(v[2], v[1].toUpperCase());
        }
        long before = portal.petitions();
        String[][] invalid = {{"CCCD", "183456789"}, {"CMND", "042190123456"}, {"PASSPORT", "B12"},
            {"PERSONAL_ID", "097065000001"}, {"", "12345678"}};
        for (String[] v : invalid) {
            Map<String, String> f = feedback("Kiến nghị sửa đường thôn");
            f.put("kind", "RECOMMENDATION");
            f.put("fullName", "Người Sai Giấy Tờ");
            f.put("idKind", v[0]);
            f.put("idNumber", v[1]);
            MvcResult r = portal.submit(newAddress(), f);
            assertThat(r.getResponse().getStatus()).isEqualTo(400);
            assertThat(html(r)).contains("Số giấy tờ không hợp lệ với loại giấy tờ").contains("value=\"" + v[1] + "\"")
                    .contains("href=\"#idNumber\"").contains("Người Sai Giấy Tờ");
            if (!v[0].isEmpty()) {
                assertThat(html(r)).contains("value=\"" + v[0] + "\" selected");
            }
        }
        Map<String, String> kindOnly = feedback("Kiến nghị sửa đường thôn");
        kindOnly.put("fullName", "Người Quên Số");
        kindOnly.put("idKind", "PASSPORT");
        assertThat(html(portal.submit(newAddress(), kindOnly))).contains("chưa ghi số giấy tờ");
        assertThat(portal.petitions()).isEqualTo(before);

        // A denouncer's number is sealed with the rest of the identity: the petition row keeps neither number nor kind.
        Map<String, String> d = feedback("Tố cáo cán bộ nhận tiền của dân");
        d.put("kind", "DENUNCIATION");
        d.put("fullName", "Người Tố Cáo Có Giấy Tờ");
        d.put("address", "thôn Hải Thanh");
        d.put("idKind", "PASSPORT");
        d.put("idNumber", "B7654321");
        MvcResult sealed = portal.submit(newAddress(), d);
        assertThat(sealed.getResponse().getStatus()).isEqualTo(200);
        var row = jdbc.sql("select coalesce(p.id_kind, '-'), coalesce(p.id_number, '-') from petitioner p "
                + "join petition q on q.id = p.petition_id where q.tracking_code = ?").param(PortalTestSupport.code(sealed))
                .query((rs, i) -> List.of(rs.getString(1), rs.getString(2))).single();
        assertThat(row).containsExactly("-", "-");
    }

    @Test
    void aComplaintNeedsNameAndAddressAndNothingIsSavedWithout() throws Exception {
        long before = portal.petitions();
        Map<String, String> f = feedback("Khiếu nại quyết định thu hồi đất của UBND xã");
        f.put("kind", "COMPLAINT");
        MvcResult r = portal.submit(address, f);
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(html(r)).contains("Khiếu nại, tố cáo phải ghi rõ họ và tên người gửi.")
                .contains("Khiếu nại, tố cáo phải ghi rõ địa chỉ người gửi.")
                // The typed text comes back in the form.
                .contains("Khiếu nại quyết định thu hồi đất của UBND xã");
        f.put("kind", "DENUNCIATION");
        f.put("fullName", "Trần Văn Tố");
        MvcResult d = portal.submit(address, f);
        assertThat(d.getResponse().getStatus()).isEqualTo(400);
        assertThat(html(d)).contains("Khiếu nại, tố cáo phải ghi rõ địa chỉ người gửi.")
                .doesNotContain("phải ghi rõ họ và tên");
        assertThat(portal.petitions()).isEqualTo(before);
    }

    @Test
    void missingBodyKindContentConsentAndAWrongSumAreEachNamed() throws Exception {
        long before = portal.petitions();
        MvcResult r = portal.submit(address, Map.of("content", " ", "consent", "false"));
        String page = html(r);
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(page).contains("Vui lòng chọn cơ quan nhận đơn.", "Vui lòng chọn loại đơn.",
                "Vui lòng ghi nội dung đơn.");
        Map<String, String> f = feedback("Phản ánh rác thải");
        f.put("challengeAnswer", "999");
        MvcResult wrongSum = portal.submit(address, f);
        assertThat(html(wrongSum)).contains("Kết quả phép tính chưa đúng");
        Map<String, String> anonymousWithPhone = feedback("Phản ánh rác thải");
        anonymousWithPhone.put("phone", "0912 345 678");
        assertThat(html(portal.submit(address, anonymousWithPhone))).contains("Vui lòng ghi họ tên khi để lại");
        assertThat(portal.petitions()).isEqualTo(before);
    }

    @Test
    void aProgramRenamedPdfAndAnOversizedFileAreRefusedAndNothingIsSaved() throws Exception {
        long before = portal.petitions();
        byte[] exe = new byte[2048];
        exe[0] = 'M';
        exe[1] = 'Z';
        MvcResult r = portal.submit(address, feedback("Phản ánh kèm tệp"),
                new MockMultipartFile("files", "don.pdf", "application/pdf", exe));
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(html(r)).contains("Tệp don.pdf không phải PDF, JPG, PNG hoặc DOCX");

        byte[] big = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 8);
        MvcResult tooBig = portal.submit(address, feedback("Phản ánh kèm tệp lớn"),
                new MockMultipartFile("files", "ban-chup.pdf", "application/pdf", big));
        assertThat(tooBig.getResponse().getStatus()).isEqualTo(400);
        assertThat(html(tooBig)).contains("Tệp ban-chup.pdf lớn hơn 5 MB.");

        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};
        MockMultipartFile[] six = new MockMultipartFile[6];
        Arrays.setAll(six, i -> new MockMultipartFile("files", "anh" + i + ".png", "image/png", png));
        assertThat(html(portal.submit(address, feedback("Phản ánh nhiều ảnh"), six)))
                .contains("Chỉ gửi kèm tối đa 5 tệp.");
        assertThat(portal.petitions()).isEqualTo(before);
    }

    @Test
    void pdfPngAndDocxAreStoredWithThePetition() throws Exception {
        byte[] pdf = "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};
        MvcResult r = portal.submit(address, feedback("Phản ánh có ảnh chụp và văn bản"),
                new MockMultipartFile("files", "scan.pdf", "application/pdf", pdf),
                new MockMultipartFile("files", "anh.png", "image/png", png),
                new MockMultipartFile("files", "don.docx", "application/octet-stream", docx("Nội dung đơn")));
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(html(r)).contains("scan.pdf", "anh.png", "don.docx");
        long id = portal.petitionId(PortalTestSupport.code(r));
        assertThat(jdbc.sql("select content_type from petition_attachment where petition_id = ? order by id")
                .param(id).query(String.class).list()).containsExactly("application/pdf", "image/png",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        // Officers download them as files, never shown inline nor sniffed.
        long attachment = jdbc.sql("select min(id) from petition_attachment where petition_id = ?").param(id)
                .query(Long.class).single();
        var download = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/api/v1/petitions/attachments/" + attachment).with(org.springframework.security.test.web
                        .servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic(org.tiepdan.DemoUsers.HANDLER,
                                org.tiepdan.DemoUsers.PASSWORD))).andReturn().getResponse();
        assertThat(download.getHeader("Content-Disposition")).startsWith("attachment;");
        assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.getContentAsByteArray()).isEqualTo(pdf);
        // And nobody without a login gets them.
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/api/v1/petitions/attachments/" + attachment)).andReturn().getResponse().getStatus())
                .isEqualTo(401);
    }

    @Test
    void theHoneypotRefusesWithoutSayingWhy() throws Exception {
        long before = portal.petitions();
        Map<String, String> f = feedback("Phản ánh của máy");
        f.put("website", "http://spam.example");
        MvcResult r = portal.submit(address, f);
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(html(r)).contains("Không gửi được đơn.");
        assertThat(portal.petitions()).isEqualTo(before);
    }

    @Test
    void aChallengeTokenServesOnce() throws Exception {
        String[] q = portal.challenge(address);
        Challenge challenge = new Challenge(jdbc, java.time.Clock.systemUTC(),
                new PortalProperties("http://x", List.of(), null, null, null, java.time.Duration.ZERO, 1, 1, 1, 1,
                        java.time.Duration.ofMinutes(5), "a@b.c"));
        assertThat(challenge.check(q[0], q[1])).isTrue();
        assertThat(challenge.check(q[0], q[1])).isFalse();
        assertThat(challenge.check(q[0].replace('1', '2'), q[1])).isFalse();
    }

    @Test
    void submissionsFromOneAddressAreLimited() throws Exception {
        Map<String, String> f = Map.of("content", "thử");
        int refused = 0;
        for (int i = 0; i <= properties.submissionLimit(); i++) {
            if (portal.submit(address, f).getResponse().getStatus() == 429) {
                refused++;
            }
        }
        assertThat(refused).isEqualTo(1);
        MvcResult last = portal.submit(address, feedback("Phản ánh sau khi bị chặn"));
        assertThat(last.getResponse().getStatus()).isEqualTo(429);
        assertThat(html(last)).contains("Có quá nhiều đơn được gửi từ địa chỉ mạng này");
        // Another address is not affected.
        assertThat(portal.submit(newAddress(), feedback("Phản ánh từ máy khác")).getResponse().getStatus())
                .isEqualTo(200);
    }

    static byte[] docx(String text) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(text);
            doc.write(out);
            return out.toByteArray();
        }
    }
}
