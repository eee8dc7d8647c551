package org.tiepdan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.tiepdan.FullStackTest;
import org.tiepdan.account.Role;
import org.tiepdan.account.RoleGrantView;
import org.tiepdan.account.TiepdanUser;
import org.tiepdan.org.AdminTier;
import org.tiepdan.org.NewOrgUnit;
import org.tiepdan.org.OrgUnitKind;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.reception.internal.ReceptionFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The canary: unusual identities are planted in denunciations through every intake route (petition
 * API, petition web form, a petition classified a denunciation later, a reception visit classified a
 * denunciation). Then every screen, export, search and API endpoint of petitions and reception is
 * read by users without a grant (ADMIN and the custodian included), and the response bodies and the
 * captured log must not contain them. With a grant the identity shows only on the explicit reveal,
 * and each reveal has its audit row; audit summaries and the database never hold it in clear.
 */
@FullStackTest
@ExtendWith(OutputCaptureExtension.class)
class IdentityCanaryTest {

    static final String NAME_API = "Quách Thị Canary Zyx";
    static final String ID_API = "095887766554";
    static final String NAME_WEB = "Lã Văn Canaryweb Qwv";
    static final String ID_WEB = "095887766553";
    static final String NAME_LATE = "Ông Canarylate Jkq";
    static final String ID_LATE = "095887766555";
    static final String NAME_VISIT = "Bà Canaryvisit Plm";
    static final String ID_VISIT = "096887766551";
    static final String PHONE = "0999887766";
    static final String EMAIL = "canary.zyx@example.org";
    static final String RELATIVE = "Cháu Canaryrel Wxy";
    /** What must never leave the system without a grant (folded forms included). */
    static final List<String> CANARIES = List.of("Canary Zyx", "canary zyx", "Canaryweb", "canaryweb", "Canarylate",
            "canarylate", "Canaryvisit", "canaryvisit", "Canaryrel", "canaryrel", ID_API, ID_WEB, ID_LATE, ID_VISIT,
            PHONE, EMAIL, "Quách Thị", "xóm Chim Hoàng Yến", "Canaryonline", "canaryonline", "095887766556");

    @Autowired
    MockMvc mvc;
    @Autowired
    OrgUnits units;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    org.tiepdan.petition.PetitionIntake intake;

    OrgUnitView commune;
    OrgUnitView other;
    final String suffix = UUID.randomUUID().toString().substring(0, 6);
    final List<String> scanned = new ArrayList<>();

    Authentication as(String name, Role role, Long unitId) {
        TiepdanUser user = new TiepdanUser(91L, name + "-" + suffix, name, List.of(new RoleGrantView(role, unitId)),
                "x", true, true);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    MockHttpServletResponse call(AbstractMockHttpServletRequestBuilder<?> request, Authentication who)
            throws Exception {
        return mvc.perform(request.with(authentication(who)).with(csrf())).andReturn().getResponse();
    }

    /** The body as text: a .docx/.xlsx is unzipped and every part read, a PDF's text extracted. */
    static String text(MockHttpServletResponse r) throws Exception {
        byte[] body = r.getContentAsByteArray();
        if (body.length > 4 && body[0] == '%' && body[1] == 'P' && body[2] == 'D' && body[3] == 'F') {
            try (var pdf = org.apache.pdfbox.Loader.loadPDF(body)) {
                return new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            }
        }
        if (body.length > 4 && body[0] == 'P' && body[1] == 'K') {
            StringBuilder b = new StringBuilder();
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body))) {
                ZipEntry e;
                while ((e = zip.getNextEntry()) != null) {
                    b.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            return b.toString();
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    /** Reads and checks: no canary in the body; returns the body. */
    String clean(String what, AbstractMockHttpServletRequestBuilder<?> request, Authentication who) throws Exception {
        return clean(what, request, who, null);
    }

    /** The same, ignoring the user's own typed query echoed back in the search box. */
    String clean(String what, AbstractMockHttpServletRequestBuilder<?> request, Authentication who, String echoed)
            throws Exception {
        MockHttpServletResponse r = call(request, who);
        String body = text(r);
        if (echoed != null) {
            body = body.replace(echoed, "").replace(org.springframework.web.util.HtmlUtils.htmlEscape(echoed), "")
                    .replace(java.net.URLEncoder.encode(echoed, StandardCharsets.UTF_8), "");
        }
        for (String c : CANARIES) {
            assertThat(body).as(what + " (" + r.getStatus() + ") must not contain " + c).doesNotContainIgnoringCase(c);
        }
        assertThat(r.getStatus()).as(what + " must not fail").isLessThan(500);
        scanned.add(what + " " + r.getStatus());
        return body;
    }

    @Test
    void withoutAGrantNoIdentityLeavesAndWithOneItShowsOnlyOnTheExplicitRevealAudited(CapturedOutput output)
            throws Exception {
        long province = units.findAreaByCode("42").orElseThrow().id();
        commune = units.create(new NewOrgUnit("Xã Hoàng Yến " + suffix, OrgUnitKind.PEOPLES_COMMITTEE,
                AdminTier.COMMUNE, province, null, LocalDate.of(2019, 1, 1)));
        other = units.create(new NewOrgUnit("Xã Láng Giềng " + suffix, OrgUnitKind.PEOPLES_COMMITTEE,
                AdminTier.COMMUNE, province, null, LocalDate.of(2019, 1, 1)));
        long unit = commune.id();
        Authentication handler = as("cn-xuly", Role.HANDLER, unit);
        Authentication officer = as("cn-tiepdan", Role.RECEPTION_OFFICER, unit);
        Authentication head = as("cn-lanhdao", Role.HEAD, unit);
        Authentication custodian = as("cn-baomat", Role.IDENTITY_CUSTODIAN, unit);
        Authentication otherCustodian = as("cn-baomat-khac", Role.IDENTITY_CUSTODIAN, other.id());
        Authentication viewer = as("cn-xem", Role.VIEWER, unit);
        Authentication inspector = as("cn-thanhtra", Role.INSPECTOR, province);
        Authentication reporter = as("cn-baocao", Role.REPORTER, unit);
        Authentication admin = as("cn-admin", Role.ADMIN, null);
        List<Authentication> withoutGrant = List.of(handler, officer, head, custodian, viewer, inspector, reporter,
                admin);

        // --- plant: API intake declared a denunciation -------------------------------------------
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("unitId", unit);
        body.put("channel", "POST");
        body.put("receivedOn", "2026-03-02");
        body.put("content", "Tố cáo cán bộ địa chính xã nhận tiền để làm nhanh thủ tục đất đai");
        body.put("declaredKind", "DENUNCIATION");
        body.put("petitioners", List.of(Map.of("fullName", NAME_API, "idNumber", ID_API,
                "address", "xóm Chim Hoàng Yến, thôn Canary Zyx", "phone", PHONE, "email", EMAIL)));
        MockHttpServletResponse created = call(post("/api/v1/petitions").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)), handler);
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        for (String c : CANARIES) {
            assertThat(created.getContentAsString(StandardCharsets.UTF_8)).doesNotContainIgnoringCase(c);
        }
        JsonNode apiPetition = json.readTree(created.getContentAsString(StandardCharsets.UTF_8));
        long apiId = apiPetition.get("id").asLong();
        assertThat(apiPetition.get("identitySealed").asBoolean()).isTrue();
        assertThat(apiPetition.get("petitioners").get(0).get("fullName").asString()).isEqualTo("Người tố cáo 1");

        // --- plant: web intake form declared a denunciation --------------------------------------
        MockHttpServletResponse web = call(post("/petitions/new").param("unitId", String.valueOf(unit))
                .param("channel", "POST").param("receivedOn", "03/03/2026").param("declaredKind", "DENUNCIATION")
                .param("content", "Tố cáo trưởng thôn sử dụng quỹ thôn không công khai")
                .param("petitioners[0].fullName", NAME_WEB).param("petitioners[0].idNumber", ID_WEB)
                .param("petitioners[0].address", "xóm Chim Hoàng Yến").param("petitioners[0].phone", PHONE), officer);
        assertThat(web.getStatus()).isEqualTo(302);
        long webId = Long.parseLong(web.getRedirectedUrl().replaceAll("\\D+", ""));

        // --- plant: a plain petition with an original scan, classified a denunciation later ------------
        body.put("declaredKind", null);
        body.put("content", "Đơn phản ánh cán bộ xã có dấu hiệu nhận hối lộ khi cấp phép xây dựng");
        body.put("petitioners", List.of(Map.of("fullName", NAME_LATE, "idNumber", ID_LATE,
                "address", "xóm Chim Hoàng Yến")));
        long lateId = json.readTree(call(post("/api/v1/petitions").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)), handler).getContentAsString(StandardCharsets.UTF_8))
                .get("id").asLong();
        byte[] scan = png();
        assertThat(call(multipart("/api/v1/petitions/" + lateId + "/attachments")
                .file(new MockMultipartFile("file", "don-to-cao-canarylate.png", "image/png", scan)), handler)
                .getStatus()).isEqualTo(201);
        MockHttpServletResponse classified = call(post("/api/v1/petitions/" + lateId + "/classification")
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("on", "2026-03-03",
                        "kind", "DENUNCIATION", "field", "CONSTRUCTION", "eligible", true, "competence", "RESOLVE"))),
                handler);
        assertThat(classified.getStatus()).as(classified.getContentAsString()).isEqualTo(200);
        // A sealed original scan uploaded to a sealed petition, too.
        assertThat(call(multipart("/api/v1/petitions/" + apiId + "/attachments")
                .file(new MockMultipartFile("file", "Canary Zyx chu ky.png", "image/png", scan)), handler)
                .getStatus()).isEqualTo(201);
        // A relative and a protection measure, written without a grant (write-only).
        assertThat(call(post("/identity/relatives").param("subjectType", "PETITION")
                .param("subjectId", String.valueOf(apiId)).param("position", "1").param("fullName", RELATIVE)
                .param("relation", "Con").param("returnTo", "/petitions/" + apiId), handler).getStatus()).isEqualTo(302);
        assertThat(call(post("/identity/protections").param("subjectType", "PETITION")
                .param("subjectId", String.valueOf(apiId)).param("position", "1").param("status", "DECIDED")
                .param("kind", "Bảo vệ vị trí công tác").param("decisionNumber", "15/QĐ-UBND")
                .param("decisionDate", "05/03/2026").param("decidingBody", "Chủ tịch UBND xã")
                .param("note", "Người tố cáo Canary Zyx làm việc tại xã"), handler).getStatus()).isEqualTo(302);

        // --- plant: a reception visit classified a denunciation (web form) ------------------------
        long session = ReceptionFixtures.openSession(context, unit, LocalDate.of(2026, 3, 4));
        MockHttpServletResponse visit = call(post("/reception/sessions/" + session + "/visits")
                .param("date", "04/03/2026").param("citizenName", NAME_VISIT).param("citizenIdNumber", ID_VISIT)
                .param("hamlet", "xóm Chim Hoàng Yến").param("phone", PHONE).param("denunciation", "true")
                .param("content", "Tố cáo cán bộ thôn thu tiền trái quy định").param("fieldCode", "ADMINISTRATION")
                .param("outcome", "PETITION_RECEIVED"), officer);
        assertThat(visit.getStatus()).as(text(visit)).isEqualTo(302);
        long visitId = jdbc.sql("select max(id) from reception_visit where session_id = ?").param(session)
                .query(Long.class).single();
        // A petition registered from the sealed visit copies the sealed identity.
        clean("prefill from the sealed visit", get("/petitions/new").param("visitId", String.valueOf(visitId)), officer);
        MockHttpServletResponse fromVisit = call(post("/petitions/new").param("unitId", String.valueOf(unit))
                .param("channel", "IN_PERSON").param("receivedOn", "04/03/2026")
                .param("receptionVisitId", String.valueOf(visitId)).param("declaredKind", "DENUNCIATION")
                .param("content", "Tố cáo cán bộ thôn thu tiền trái quy định")
                .param("petitioners[0].fullName", "Người tố cáo 1"), officer);
        assertThat(fromVisit.getStatus()).isEqualTo(302);
        long visitPetitionId = Long.parseLong(fromVisit.getRedirectedUrl().replaceAll("\\D+", ""));

        // A step with a written notice to both parties.
        assertThat(call(post("/api/v1/petitions/" + lateId + "/actions/accept").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("on", "2026-03-04", "documentNumber", "7/TB-UBND",
                        "documentDate", "2026-03-04"))), head).getStatus()).isEqualTo(200);
        assertThat(call(post("/api/v1/petitions/" + lateId + "/actions/notify").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("on", "2026-03-05", "documentNumber", "8/TB-UBND",
                        "documentDate", "2026-03-05"))), head).getStatus()).isEqualTo(200);
        List<Long> noticeEvents = jdbc.sql("select id from petition_event where petition_id = ? and notice")
                .param(lateId).query(Long.class).list();

        // A plain complaint beside them (its page has no identity panel).
        body.put("content", "Khiếu nại việc đo đạc lại thửa đất");
        body.put("petitioners", List.of(Map.of("fullName", "Nguyễn Văn Bình", "address", "thôn Tân Hòa")));
        long plainId = json.readTree(call(post("/api/v1/petitions").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)), handler).getContentAsString(StandardCharsets.UTF_8))
                .get("id").asLong();
        assertThat(clean("plain petition page", get("/petitions/" + plainId), handler))
                .contains("Nguyễn Văn Bình").doesNotContain("identity-panel");

        // --- plant: the public site's unattended online intake, declared a denunciation -------------
        long onlineId = intake.registerUnattended(new org.tiepdan.petition.PetitionIntake.NewPetition(unit,
                org.tiepdan.petition.Channel.ONLINE, LocalDate.of(2026, 3, 5), "Tố cáo cán bộ thu phí sai quy định",
                false, 1, List.of(new org.tiepdan.petition.PetitionIntake.Person("Cô Canaryonline Bnm", "095887766556",
                        "xóm Chim Hoàng Yến", PHONE, EMAIL)),
                org.tiepdan.petition.PetitionKind.DENUNCIATION)).petitionId();

        long[] sealed = {apiId, webId, lateId, visitPetitionId, onlineId};
        List<Long> cases = new ArrayList<>();
        for (long id : sealed) {
            cases.add(jdbc.sql("select case_id from petition where id = ?").param(id).query(Long.class).single());
        }
        List<Long> attachments = jdbc.sql("select id from petition_attachment where petition_id in (?, ?)")
                .params(apiId, lateId).query(Long.class).list();
        assertThat(attachments).hasSize(2);

        // --- read everything as every user without a grant ----------------------------------------
        String u = String.valueOf(unit);
        for (Authentication who : withoutGrant) {
            clean("petition list", get("/petitions"), who);
            for (String q : List.of("Canary Zyx", "Quách", ID_API, "Canaryweb", "canaryvisit", "Chim Hoàng Yến")) {
                String page = clean("search " + q, get("/petitions").param("q", q), who, q);
                String api = clean("api search " + q, get("/api/v1/petitions").param("q", q), who, q);
                if (!q.contains("Hoàng Yến")) {
                    assertThat(json.readTree(api).path("total").asLong(0)).as("search for " + q + " finds nothing")
                            .isZero();
                }
                clean("case search " + q, get("/api/v1/cases").param("q", q), who, q);
                assertThat(page).isNotNull();
            }
            for (long id : sealed) {
                clean("petition page", get("/petitions/" + id), who);
                clean("petition json", get("/api/v1/petitions/" + id), who);
                clean("duplicates", get("/api/v1/petitions/" + id + "/duplicates"), who);
                clean("attachments", get("/api/v1/petitions/" + id + "/attachments"), who);
                clean("identity panel json", get("/api/v1/identity/subjects/PETITION/" + id), who);
            }
            for (long c : cases) {
                clean("case page", get("/cases/" + c), who);
                clean("case json", get("/api/v1/cases/" + c), who);
            }
            for (long a : attachments) {
                MockHttpServletResponse r = call(get("/petitions/attachments/" + a), who);
                assertThat(r.getStatus()).as("a sealed original without a redacted copy gives nothing")
                        .isIn(403, 404);
                clean("attachment download", get("/api/v1/petitions/attachments/" + a), who);
            }
            for (long e : noticeEvents) {
                clean("notice", get("/petitions/" + lateId + "/events/" + e + "/notice"), who);
            }
            clean("work", get("/work"), who);
            clean("work json", get("/api/v1/petitions/work"), who);
            clean("reception index", get("/reception").param("unitId", u), who);
            clean("session page", get("/reception/sessions/" + session), who);
            clean("visit page", get("/reception/visits/" + visitId), who);
            clean("visit edit", get("/reception/visits/" + visitId + "/edit"), who);
            clean("receipt", get("/reception/visits/" + visitId + "/receipt.docx"), who);
            clean("minutes", get("/reception/sessions/" + session + "/minutes.docx"), who);
            clean("logbook", get("/reception/logbook").param("unitId", u).param("from", "01/03/2026")
                    .param("to", "31/03/2026"), who);
            clean("logbook.xlsx", get("/reception/logbook.xlsx").param("unitId", u).param("from", "01/03/2026")
                    .param("to", "31/03/2026"), who);
            clean("logbook.docx", get("/reception/logbook.docx").param("unitId", u).param("from", "01/03/2026")
                    .param("to", "31/03/2026"), who);
            clean("recognise", get("/reception/sessions/" + session + "/recognise").param("citizenName", "Bà Canary")
                    .param("citizenIdNumber", "096887766551"), who, "Bà Canary");
            clean("identity requests", get("/identity/requests"), who);
            clean("identity requests json", get("/api/v1/identity/requests"), who);
        }

        // Duplicates' sealed notice, every report in every format, the document registers: as readers of reports.
        for (Authentication who : withoutGrant) {
            for (long id : sealed) {
                clean("sealed duplicates notice", get("/api/v1/petitions/" + id + "/duplicates/sealed"), who);
            }
        }
        for (Authentication who : List.of(head, reporter, inspector)) {
            for (String code : List.of("appendix-1", "appendix-2", "appendix-3", "document-register", "periodic",
                    "outline")) {
                for (String format : List.of("json", "docx", "xlsx", "pdf")) {
                    clean("report " + code + "." + format, get("/api/v1/reports/" + code).param("unit", u)
                            .param("from", "2026-01-01").param("to", "2026-12-31").param("format", format), who);
                }
                clean("report page " + code, get("/reports/" + code).param("unit", u).param("from", "01/01/2026")
                        .param("to", "31/12/2026"), who);
            }
            clean("document register.docx", get("/documents/register.docx").param("unit", u), who);
            clean("document register.xlsx", get("/documents/register.xlsx").param("unit", u), who);
            clean("document register api.docx", get("/api/v1/documents/register.docx").param("unit", u), who);
            clean("document register api.xlsx", get("/api/v1/documents/register.xlsx").param("unit", u), who);
            clean("plans of the unit", get("/api/v1/plans").param("unit", u), who);
        }

        // Notifications (portal e-mails, log-only by default): a sealed petition's messages go only to its
        // own sealed address through the identity module's sending step and never repeat the tracking
        // code; no kept message anywhere carries a canary.
        assertThat(call(post("/api/v1/petitions/" + onlineId + "/classification").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("on", "2026-03-06", "kind", "DENUNCIATION",
                        "eligible", true, "competence", "RESOLVE"))), handler).getStatus()).isEqualTo(200);
        String tracking = jdbc.sql("select tracking_code from petition where id = ?").param(onlineId)
                .query(String.class).single();
        assertThat(sentMails(tracking)).as("no notification of a sealed petition carries its code").isEmpty();
        for (String mail : sentMails("")) {
            for (String c : CANARIES) {
                assertThat(mail).as("notification must not contain " + c).doesNotContainIgnoringCase(c);
            }
            scanned.add("notification");
        }
        clean("audit screen", get("/admin/audit"), admin);
        clean("audit screen filtered", get("/admin/audit").param("entityType", "IdentityReveal"), admin);

        // --- ask, decide, reveal ------------------------------------------------------------------
        MockHttpServletResponse asked = call(post("/api/v1/identity/requests").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("subjectType", "PETITION", "subjectId", apiId,
                        "reason", "Cần liên hệ người tố cáo để bổ sung chứng cứ"))), handler);
        assertThat(asked.getStatus()).as(asked.getContentAsString()).isEqualTo(201);
        long requestId = json.readTree(asked.getContentAsString(StandardCharsets.UTF_8)).get("id").asLong();
        // Not granted yet: no reveal.
        assertThat(clean("reveal before grant", post("/identity/requests/" + requestId + "/reveal"), handler))
                .isNotNull();
        assertThat(call(post("/api/v1/identity/requests/" + requestId + "/reveal"), handler).getStatus())
                .isEqualTo(403);
        // The custodian of another commune cannot grant (nor know of the request); this commune's custodian can.
        assertThat(call(post("/api/v1/identity/requests/" + requestId + "/grant")
                .contentType(MediaType.APPLICATION_JSON).content("{\"hours\":1}"), otherCustodian).getStatus())
                .isEqualTo(404);
        clean("custodian queue", get("/identity/requests"), custodian);
        assertThat(call(post("/api/v1/identity/requests/" + requestId + "/grant")
                .contentType(MediaType.APPLICATION_JSON).content("{\"hours\":1}"), custodian).getStatus())
                .isEqualTo(200);
        // Granted but not asked: every page stays clean, the custodian and others still see nothing.
        clean("petition page with a grant, not revealed", get("/petitions/" + apiId), handler);
        clean("petition json with a grant", get("/api/v1/petitions/" + apiId), handler);
        clean("custodian reveal attempt", post("/identity/requests/" + requestId + "/reveal"), custodian);
        clean("viewer reveal attempt", post("/api/v1/identity/requests/" + requestId + "/reveal"), viewer);
        String panel = clean("panel with a grant", get("/petitions/" + apiId), handler);
        assertThat(panel).contains("id=\"reveal-identity\"");

        int before = reveals(apiId);
        MockHttpServletResponse shown = call(post("/identity/requests/" + requestId + "/reveal"), handler);
        assertThat(shown.getStatus()).isEqualTo(200);
        String revealed = shown.getContentAsString(StandardCharsets.UTF_8);
        assertThat(revealed).contains(NAME_API).contains(ID_API).contains(PHONE).contains(EMAIL).contains(RELATIVE)
                .contains("15/QĐ-UBND").contains("MẬT").contains("id=\"secret-stamp\"")
                .doesNotContain(NAME_WEB).doesNotContain(NAME_VISIT);
        assertThat(shown.getHeader("Cache-Control")).contains("no-store");
        assertThat(reveals(apiId)).isEqualTo(before + 1);
        JsonNode apiReveal = json.readTree(call(post("/api/v1/identity/requests/" + requestId + "/reveal"), handler)
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(apiReveal.get("classification").asString()).isEqualTo("MẬT");
        assertThat(apiReveal.get("people").get(0).get("fullName").asString()).isEqualTo(NAME_API);
        assertThat(reveals(apiId)).isEqualTo(before + 2);
        // The original scan, audited as a reveal too.
        long sealedFile = jdbc.sql("select sealed_file_id from petition_attachment where petition_id = ?")
                .param(apiId).query(Long.class).single();
        MockHttpServletResponse original = call(post("/identity/requests/" + requestId + "/files/" + sealedFile),
                handler);
        assertThat(original.getContentAsByteArray()).isEqualTo(scan);
        assertThat(reveals(apiId)).isEqualTo(before + 3);
        // A grant covers its own record only.
        assertThat(call(post("/identity/requests/" + requestId + "/files/" + jdbc.sql(
                "select sealed_file_id from petition_attachment where petition_id = ?").param(lateId)
                .query(Long.class).single()), handler).getStatus()).isEqualTo(403);
        // Redaction on the server: the redacted copy is what readers without a grant download.
        assertThat(call(post("/identity/requests/" + requestId + "/files/" + sealedFile + "/redact")
                .param("rectangles", "0,0,40,20"), handler).getStatus()).isEqualTo(302);
        MockHttpServletResponse redacted = call(get("/petitions/attachments/" + jdbc.sql(
                "select id from petition_attachment where sealed_file_id = ?").param(sealedFile).query(Long.class)
                .single()), viewer);
        assertThat(redacted.getStatus()).isEqualTo(200);
        BufferedImage copy = ImageIO.read(new ByteArrayInputStream(redacted.getContentAsByteArray()));
        assertThat(copy.getRGB(5, 5) & 0xffffff).isZero();
        assertThat(copy.getRGB(70, 50) & 0xffffff).isNotZero();

        // Audit: one REVEAL row per reveal, none with the identity; the whole audit table is clean.
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'REVEAL' and entity_id = ?")
                .param("PETITION:" + apiId).query(Integer.class).single()).isEqualTo(before + 3 + 1);
        for (String c : CANARIES) {
            assertThat(jdbc.sql("select count(*) from audit_entry where summary ilike ?").param("%" + c + "%")
                    .query(Integer.class).single()).as("audit summary with " + c).isZero();
        }
        // And the logs of the whole run (intake, steps, exports, errors, reveals) never carried one.
        for (String c : CANARIES) {
            assertThat(output.getAll()).as("log output must not contain " + c).doesNotContainIgnoringCase(c);
        }
        assertThat(scanned).hasSizeGreaterThan(300);
        System.out.printf("Identity canary: %d responses, exports and messages scanned, none with a canary%n",
                scanned.size());
    }

    /**
     * Subject and text of the notifications kept by the log-only mailer (the portal module's default
     * without SMTP) for a tracking code, read reflectively: the mailer is internal to its module.
     */
    List<String> sentMails(String tracking) throws Exception {
        List<String> found = new ArrayList<>();
        for (Object bean : context.getBeansOfType(Object.class).values()) {
            Class<?> type = org.springframework.aop.support.AopUtils.getTargetClass(bean);
            if (!type.getSimpleName().equals("LogOnlyMailer")) {
                continue;
            }
            java.lang.reflect.Method recent = type.getDeclaredMethod("recent");
            recent.setAccessible(true);
            for (Object mail : (List<?>) recent.invoke(bean)) {
                StringBuilder all = new StringBuilder();
                for (var component : mail.getClass().getRecordComponents()) {
                    java.lang.reflect.Method accessor = component.getAccessor();
                    accessor.setAccessible(true);
                    all.append(accessor.invoke(mail)).append('\n');
                }
                if (all.toString().contains(tracking)) {
                    found.add(all.toString());
                }
            }
        }
        return found;
    }

    /** REVEAL audit rows of the petition (the redaction's own image read counts as one). */
    int reveals(long petitionId) {
        return jdbc.sql("select count(*) from audit_entry where action = 'REVEAL' and entity_id = ?")
                .param("PETITION:" + petitionId).query(Integer.class).single();
    }

    static byte[] png() throws Exception {
        BufferedImage img = new BufferedImage(80, 60, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 80; x++) {
            for (int y = 0; y < 60; y++) {
                img.setRGB(x, y, 0x336699);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }
}
