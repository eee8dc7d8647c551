package org.tiepdan.petition.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tiepdan.FullStackTest;
import org.tiepdan.account.Accounts;
import org.tiepdan.account.Role;
import org.tiepdan.org.AdminTier;
import org.tiepdan.org.NewOrgUnit;
import org.tiepdan.org.OrgUnitKind;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.OrgUnits;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decisions with their legal content (issue 21): the complaint decision (Luật Khiếu nại 2011 Art.
 * 31, 40) and the denunciation conclusion (Luật Tố cáo 2018 Art. 35) prefilled from the case,
 * saved part by part, printed in the law's order and frozen once issued; the case's working
 * documents each with their sections in order; only those who may act on the petition reach any
 * of it; a sealed denouncer is printed nowhere, not even by pseudonym.
 */
@FullStackTest
class DecisionContentTest {

    private static final String PASSWORD = "Thu-nghiem-2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    OrgUnits units;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    OrgUnitView commune;
    String handler;
    String viewer;
    String stranger;

    @BeforeEach
    void setUp() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        long province = units.findAreaByCode("42").orElseThrow().id();
        commune = units.create(new NewOrgUnit("Xã Thử Quyết Định " + suffix, OrgUnitKind.PEOPLES_COMMITTEE,
                AdminTier.COMMUNE, province, null, LocalDate.of(2019, 1, 1)));
        OrgUnitView other = units.create(new NewOrgUnit("Xã Khác Quyết Định " + suffix, OrgUnitKind.PEOPLES_COMMITTEE,
                AdminTier.COMMUNE, province, null, LocalDate.of(2019, 1, 1)));
        handler = account(Role.HANDLER, commune.id());
        viewer = account(Role.VIEWER, commune.id());
        stranger = account(Role.HANDLER, other.id());
    }

    private String account(Role role, long unitId) {
        String name = "qd-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createUser(name, "Cán bộ " + name, PASSWORD, role, unitId);
        return name;
    }

    private ResultActions send(String method, String url, String who, Object body) throws Exception {
        var builder = "PUT".equals(method) ? put(url) : post(url);
        return mvc.perform(builder.with(httpBasic(who, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)));
    }

    private JsonNode body(ResultActions r) throws Exception {
        return json.readTree(r.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private long intake(String name, String content, String declaredKind) throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unitId", commune.id());
        m.put("channel", "IN_PERSON");
        m.put("receivedOn", "2025-03-03");
        m.put("content", content);
        m.put("petitioners", List.of(Map.of("fullName", name, "idNumber", "042090001234", "address",
                "thôn Trung Lương")));
        if (declaredKind != null) {
            m.put("declaredKind", declaredKind);
        }
        var r = send("POST", "/api/v1/petitions", handler, m).andExpect(status().isCreated());
        return body(r).get("id").asLong();
    }

    private void step(long id, String action, Map<String, Object> body) throws Exception {
        var r = send("POST", "/api/v1/petitions/" + id + "/actions/" + action, handler, body).andReturn();
        assertThat(r.getResponse().getStatus()).as(action + " " + r.getResponse().getContentAsString()).isEqualTo(200);
    }

    private void classify(long id, String kind) throws Exception {
        send("POST", "/api/v1/petitions/" + id + "/classification", handler, Map.of("on", "2025-03-04", "kind", kind,
                "field", "LAND", "eligible", true, "competence", "RESOLVE")).andExpect(status().isOk());
    }

    /** A first-round complaint accepted, verified (with a note) and heard in a dialogue (with a note). */
    private long complaintAfterDialogue() throws Exception {
        long id = intake("Nguyễn Văn Khiếu", "Khiếu nại Quyết định số 12/QĐ-UBND về thu hồi đất của gia đình", null);
        classify(id, "COMPLAINT");
        step(id, "accept", Map.of("on", "2025-03-05", "documentNumber", "15/TB-UBND", "documentDate", "2025-03-05"));
        step(id, "investigate", Map.of("on", "2025-03-10", "note", "Diện tích thu hồi thực tế 120 m2, quyết định ghi 150 m2"));
        step(id, "hold-dialogue", Map.of("on", "2025-03-20", "note", "Người khiếu nại giữ nguyên yêu cầu bồi thường"));
        return id;
    }

    static String text(byte[] docx) throws Exception {
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor x = new XWPFWordExtractor(d)) {
            return x.getText();
        }
    }

    /** Every string present, each after the one before. */
    static void inOrder(String text, List<String> parts) {
        int at = -1;
        for (String part : parts) {
            int next = text.indexOf(part, at + 1);
            assertThat(next).as("'" + part + "' after position " + at + " in:\n" + text).isGreaterThan(at);
            at = next;
        }
    }

    private byte[] download(String url, String who) throws Exception {
        return mvc.perform(get(url).with(user(users.loadUserByUsername(who)))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray();
    }

    static Map<String, String> fullParts(JsonNode prefill) {
        Map<String, String> parts = new LinkedHashMap<>();
        prefill.get("partOrder").forEach(p -> parts.put(p.asString(), prefill.get("parts").get(p.asString()).asString()));
        parts.put("PARTIES", "Người khiếu nại: Nguyễn Văn Khiếu, thôn Trung Lương\nNgười bị khiếu nại: Chủ tịch UBND xã");
        parts.put("CONCLUSION", "Khiếu nại đúng một phần: diện tích thu hồi ghi sai");
        parts.put("DISPOSITION", "Sửa Điều 1 Quyết định số 12/QĐ-UBND: diện tích thu hồi là 120 m2");
        parts.put("COMPENSATION", "Bồi thường phần chênh lệch theo giá đất cụ thể");
        return parts;
    }

    @Test
    void theComplaintDecisionIsPrefilledSavedPrintedInOrderAndFrozenOnceIssued() throws Exception {
        long id = complaintAfterDialogue();
        String url = "/api/v1/petitions/" + id + "/decision-content";
        JsonNode prefill = body(mvc.perform(get(url).with(httpBasic(handler, PASSWORD))).andExpect(status().isOk())
                .andExpect(jsonPath("$.document").value("COMPLAINT_FIRST_ROUND"))
                .andExpect(jsonPath("$.saved").value(false)).andExpect(jsonPath("$.version").value(-1)));
        assertThat(prefill.get("partOrder").toString()).isEqualTo("[\"PARTIES\",\"CONTENT\",\"VERIFICATION\","
                + "\"DIALOGUE\",\"LEGAL_GROUNDS\",\"CONCLUSION\",\"DISPOSITION\",\"COMPENSATION\",\"RIGHTS\"]");
        JsonNode parts = prefill.get("parts");
        assertThat(parts.get("PARTIES").asString()).contains("Nguyễn Văn Khiếu", "thôn Trung Lương");
        assertThat(parts.get("CONTENT").asString()).contains("12/QĐ-UBND");
        assertThat(parts.get("VERIFICATION").asString()).contains("10/03/2025", "120 m2");
        assertThat(parts.get("DIALOGUE").asString()).contains("20/03/2025", "giữ nguyên yêu cầu");
        assertThat(parts.get("LEGAL_GROUNDS").asString()).contains("Luật Khiếu nại");
        assertThat(parts.get("RIGHTS").asString()).contains("khởi kiện", "khiếu nại đến");
        assertThat(parts.get("COMPENSATION").asString()).isEmpty();

        // A part left empty and no disposition: 400 naming the field, nothing written.
        Map<String, String> missing = fullParts(prefill);
        missing.put("COMPENSATION", " ");
        send("PUT", url, handler, Map.of("parts", missing, "disposition", "AMEND", "version", -1))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("decision-part-required"))
                .andExpect(jsonPath("$.errors[0].field").value("parts[COMPENSATION]"));
        send("PUT", url, handler, Map.of("parts", fullParts(prefill), "version", -1))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("decision-disposition-required"));
        assertThat(jdbc.sql("select count(*) from petition_decision_content where petition_id = ?").param(id)
                .query(Integer.class).single()).isZero();

        send("PUT", url, handler, Map.of("parts", fullParts(prefill), "disposition", "AMEND", "version", -1))
                .andExpect(status().isOk()).andExpect(jsonPath("$.saved").value(true))
                .andExpect(jsonPath("$.version").value(0)).andExpect(jsonPath("$.updatedBy").value(handler));
        // A second save against the old version is a stale edit.
        send("PUT", url, handler, Map.of("parts", fullParts(prefill), "disposition", "KEEP", "version", -1))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("stale-edit"));

        String draft = text(download("/petitions/" + id + "/decision.docx", handler));
        assertThat(draft).contains("DỰ THẢO", "QUYẾT ĐỊNH GIẢI QUYẾT KHIẾU NẠI (LẦN ĐẦU)");
        List<String> decisionOrder = List.of("1. Người khiếu nại, người bị khiếu nại", "Nguyễn Văn Khiếu",
                "2. Nội dung", "12/QĐ-UBND về thu hồi đất", "3. Kết quả xác minh", "120 m2",
                "4. Kết quả đối thoại", "giữ nguyên yêu cầu bồi thường", "5. Căn cứ pháp luật", "Luật Khiếu nại",
                "6. Kết luận", "Khiếu nại đúng một phần", "7. Giữ nguyên, sửa đổi",
                "Sửa đổi, bổ sung quyết định hành chính bị khiếu nại", "diện tích thu hồi là 120 m2",
                "8. Việc bồi thường", "phần chênh lệch", "9. Quyền khiếu nại, quyền khởi kiện", "khởi kiện vụ án hành chính");
        inOrder(draft, decisionOrder);

        // Issued: the number of the DECIDE step, no draft mark, the same parts; no more editing.
        step(id, "decide", Map.of("on", "2025-03-28", "documentNumber", "45/QĐ-UBND", "documentDate", "2025-03-28",
                "outcome", "PARTLY_RIGHT"));
        String issued = text(download("/petitions/" + id + "/decision.docx", handler));
        assertThat(issued).contains("Số: 45/QĐ-UBND").doesNotContain("DỰ THẢO");
        inOrder(issued, decisionOrder);
        send("PUT", url, handler, Map.of("parts", fullParts(prefill), "disposition", "KEEP"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("decision-content-issued"));
        assertThat(text(download("/petitions/" + id + "/decision.docx", handler))).isEqualTo(issued);
    }

    @Test
    void onlyThoseWhoMayActOnThePetitionReachTheContentAndTheDocuments() throws Exception {
        long id = complaintAfterDialogue();
        for (String who : List.of(viewer, stranger)) {
            mvc.perform(get("/api/v1/petitions/" + id + "/decision-content").with(httpBasic(who, PASSWORD)))
                    .andExpect(status().isForbidden());
            send("PUT", "/api/v1/petitions/" + id + "/decision-content", who, Map.of("parts", Map.of()))
                    .andExpect(status().isForbidden());
            var web = user(users.loadUserByUsername(who));
            mvc.perform(get("/petitions/" + id + "/decision.docx").with(web)).andExpect(status().isForbidden());
            mvc.perform(get("/petitions/" + id + "/documents/handling-proposal").with(web))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/petitions/" + id + "/decision-content").with(web)).andExpect(status().isForbidden());
            mvc.perform(post("/petitions/" + id + "/decision-content").with(web).with(csrf())
                    .param("parts[CONTENT]", "x")).andExpect(status().isForbidden());
        }
        assertThat(jdbc.sql("select count(*) from petition_decision_content where petition_id = ?").param(id)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void theWebFormShowsEachErrorBesideItsFieldAndKeepsTheTypedValues() throws Exception {
        long id = complaintAfterDialogue();
        var me = users.loadUserByUsername(handler);
        String page = mvc.perform(get("/petitions/" + id + "/decision-content").with(user(me)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Kết quả xác minh", "120 m2", "/petitions/" + id + "/documents/dialogue-record");
        String result = mvc.perform(post("/petitions/" + id + "/decision-content").with(user(me)).with(csrf())
                .param("version", "-1").param("parts[PARTIES]", "Ông Nguyễn Văn Khiếu gõ tay")
                .param("parts[CONTENT]", "").param("disposition", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(result).contains("Ông Nguyễn Văn Khiếu gõ tay", "id=\"part-CONTENT-error\"",
                "id=\"disposition-error\"", "Hãy chọn giữ nguyên, sửa đổi hoặc hủy bỏ.");
        assertThat(jdbc.sql("select count(*) from petition_decision_content where petition_id = ?").param(id)
                .query(Integer.class).single()).isZero();
        String detail = mvc.perform(get("/petitions/" + id).with(user(me))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(detail).contains("id=\"decision-content-link\"");
    }

    @Test
    void theCaseDocumentsCarryTheirSectionsInOrder() throws Exception {
        long id = complaintAfterDialogue();
        String oral = text(download("/petitions/" + id + "/documents/oral-record", handler));
        inOrder(oral, List.of("BIÊN BẢN GHI NỘI DUNG KHIẾU NẠI TRỰC TIẾP", "Thời gian, địa điểm", "03/03/2025",
                "Người tiếp nhận", "Người khiếu nại", "Nguyễn Văn Khiếu", "042090001234", "Nội dung khiếu nại",
                "12/QĐ-UBND", "Thông tin, tài liệu, bằng chứng kèm theo", "Xác nhận của người khiếu nại",
                "NGƯỜI KHIẾU NẠI", "NGƯỜI GHI BIÊN BẢN"));
        String dialogue = text(download("/petitions/" + id + "/documents/dialogue-record", handler));
        inOrder(dialogue, List.of("BIÊN BẢN ĐỐI THOẠI", "Thời gian, địa điểm", "20/03/2025", "Thành phần tham gia",
                "Nguyễn Văn Khiếu", "Nội dung đối thoại", "Ý kiến của những người tham gia đối thoại",
                "Kết quả đối thoại", "giữ nguyên yêu cầu bồi thường", "Kết thúc đối thoại", "NGƯỜI CHỦ TRÌ ĐỐI THOẠI"));
        String verification = text(download("/petitions/" + id + "/documents/verification-decision", handler));
        inOrder(verification, List.of("QUYẾT ĐỊNH VỀ VIỆC XÁC MINH NỘI DUNG KHIẾU NẠI VÀ THÀNH LẬP TỔ XÁC MINH",
                "Căn cứ ban hành", "Luật Khiếu nại", "Điều 1. Nội dung xác minh", "Điều 2. Thành lập Tổ xác minh",
                "Tổ trưởng", "Điều 3. Nhiệm vụ", "Điều thi hành", "Điều 4."));
        String refusal = text(download("/petitions/" + id + "/documents/refusal-notice", handler));
        inOrder(refusal, List.of("THÔNG BÁO VỀ VIỆC TỪ CHỐI TIẾP CÔNG DÂN", "Người khiếu nại", "Nguyễn Văn Khiếu",
                "Vụ việc đã được giải quyết", "Văn bản giải quyết", "Căn cứ từ chối tiếp", "khoản 3 Điều 9"));
        String proposal = text(download("/petitions/" + id + "/documents/handling-proposal", handler));
        inOrder(proposal, List.of("PHIẾU ĐỀ XUẤT XỬ LÝ ĐƠN", "Thông tin tiếp nhận đơn", "03/03/2025", "Người gửi đơn",
                "Nguyễn Văn Khiếu", "Nội dung đơn", "Phân loại đơn", "Khiếu nại", "Đất đai", "Đề xuất xử lý",
                "Đề xuất thụ lý", "NGƯỜI ĐỀ XUẤT", "Ý KIẾN CỦA LÃNH ĐẠO"));
        // A complaint has no denunciation acceptance; an unknown document is 404.
        var web = user(users.loadUserByUsername(handler));
        mvc.perform(get("/petitions/" + id + "/documents/denunciation-acceptance").with(web))
                .andExpect(status().isNotFound());
        mvc.perform(get("/petitions/" + id + "/documents/no-such-form").with(web)).andExpect(status().isNotFound());
    }

    @Test
    void aSealedDenouncerIsPrintedNowhereAndTheConclusionCarriesItsPartsInOrder() throws Exception {
        String denouncer = "Phạm Thị Tố Giác " + UUID.randomUUID().toString().substring(0, 4);
        long id = intake(denouncer, "Tố cáo cán bộ địa chính xã nhận tiền khi làm thủ tục cấp giấy chứng nhận",
                "DENUNCIATION");
        classify(id, "DENUNCIATION");
        step(id, "accept", Map.of("on", "2025-03-06", "documentNumber", "20/QĐ-UBND", "documentDate", "2025-03-06"));
        step(id, "notify", Map.of("on", "2025-03-07", "documentNumber", "21/TB-UBND", "documentDate", "2025-03-07"));
        step(id, "verify", Map.of("on", "2025-03-15", "note", "Cán bộ thừa nhận nhận 2 triệu đồng"));
        String pseudonym = jdbc.sql("select full_name from petitioner where petition_id = ?").param(id)
                .query(String.class).single();
        assertThat(pseudonym).isNotEqualTo(denouncer);

        String url = "/api/v1/petitions/" + id + "/decision-content";
        JsonNode prefill = body(mvc.perform(get(url).with(httpBasic(handler, PASSWORD))).andExpect(status().isOk())
                .andExpect(jsonPath("$.document").value("DENUNCIATION_CONCLUSION")));
        assertThat(prefill.toString()).doesNotContain(denouncer).doesNotContain(pseudonym);
        assertThat(prefill.get("parts").get("VERIFICATION").asString()).contains("2 triệu đồng");
        Map<String, String> parts = new LinkedHashMap<>();
        prefill.get("partOrder").forEach(p -> parts.put(p.asString(), prefill.get("parts").get(p.asString()).asString()));
        parts.put("DENOUNCED", "Ông Lê Văn Địa, công chức địa chính xã");
        parts.put("CONCLUSION", "Tố cáo đúng");
        parts.put("RESPONSIBILITY", "Ông Lê Văn Địa chịu trách nhiệm cá nhân");
        parts.put("MEASURES", "Kiến nghị xử lý kỷ luật; thu hồi 2 triệu đồng");
        send("PUT", url, handler, Map.of("parts", parts, "version", -1)).andExpect(status().isOk());
        step(id, "conclude", Map.of("on", "2025-03-30", "documentNumber", "30/KL-UBND", "documentDate", "2025-03-30",
                "outcome", "TRUE"));

        String conclusion = text(download("/petitions/" + id + "/decision.docx", handler));
        inOrder(conclusion, List.of("KẾT LUẬN NỘI DUNG TỐ CÁO", "1. Người bị tố cáo", "Lê Văn Địa", "2. Nội dung",
                "nhận tiền", "3. Kết quả xác minh", "2 triệu đồng", "4. Căn cứ pháp luật", "Luật Tố cáo",
                "5. Kết luận", "Tố cáo đúng", "6. Trách nhiệm", "trách nhiệm cá nhân", "7. Biện pháp xử lý",
                "kỷ luật", "Người bị tố cáo;", "bằng văn bản riêng"));
        assertThat(conclusion).contains("Số: 30/KL-UBND");
        List<String> all = new java.util.ArrayList<>(List.of(conclusion));
        for (String d : List.of("denunciation-acceptance", "verification-decision", "oral-record", "refusal-notice",
                "handling-proposal")) {
            all.add(text(download("/petitions/" + id + "/documents/" + d, handler)));
        }
        inOrder(all.get(1), List.of("Số: 20/QĐ-UBND", "QUYẾT ĐỊNH VỀ VIỆC THỤ LÝ TỐ CÁO", "Căn cứ ban hành",
                "Luật Tố cáo", "Điều 1. Thụ lý tố cáo", "Điều 2. Thời hạn giải quyết tố cáo", "08/04/2025", "Điều 3."));
        inOrder(all.get(3), List.of("BIÊN BẢN GHI NỘI DUNG TỐ CÁO TRỰC TIẾP", "Người tố cáo", "ghi tay",
                "Nội dung tố cáo", "Xác nhận của người tố cáo", "NGƯỜI TỐ CÁO"));
        for (String doc : all) {
            assertThat(doc).doesNotContain(denouncer).doesNotContain(pseudonym).doesNotContain("042090001234")
                    .doesNotContain("Trung Lương");
        }
    }

    @Test
    void theDemoComplaintCarriesAFullDecisionContent() throws Exception {
        long id = jdbc.sql("select c.petition_id from petition_decision_content c join petition p on p.id = c.petition_id "
                + "join petitioner x on x.petition_id = p.id where x.full_name = 'Nguyễn Văn An' order by 1 limit 1")
                .query(Long.class).single();
        String head = "xuly";
        String decision = text(download("/petitions/" + id + "/decision.docx", head));
        inOrder(decision, List.of("1. Người khiếu nại", "Nguyễn Văn An", "3. Kết quả xác minh", "42 cây keo",
                "4. Kết quả đối thoại", "7. Giữ nguyên", "Sửa đổi, bổ sung", "9. Quyền khiếu nại"));
        assertThat(decision).doesNotContain("DỰ THẢO");
    }
}
