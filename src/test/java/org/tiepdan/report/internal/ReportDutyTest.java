package org.tiepdan.report.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tiepdan.FullStackTest;
import org.tiepdan.account.Accounts;
import org.tiepdan.account.Role;
import org.tiepdan.org.AdminTier;
import org.tiepdan.org.NewOrgUnit;
import org.tiepdan.org.OrgUnitKind;
import org.tiepdan.org.OrgUnits;

/**
 * Issue 20, the report duty itself: the register of reports sent (due day by the period's rule or
 * typed, on time computed, a number issued in the register), the working sessions with subordinate
 * secretaries (a unit outside the subtree refused), both counted in the outline; the API's problem
 * details and the forms' errors beside their fields.
 */
@FullStackTest
class ReportDutyTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OrgUnits units;
    @Autowired
    Accounts accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    OutlineBuilder outlines;
    @Autowired
    ReportDuty duty;

    long area;
    long party;
    long cell;
    long elsewhere;
    RequestPostProcessor reporter;
    RequestPostProcessor outsider;

    @BeforeEach
    void units() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        LocalDate old = LocalDate.of(2000, 1, 1);
        long province = units.create(new NewOrgUnit("Tỉnh Sổ Báo Cáo " + tag, OrgUnitKind.ADMINISTRATIVE_AREA,
                AdminTier.PROVINCE, null, null, old)).id();
        area = units.create(new NewOrgUnit("Xã Sổ Báo Cáo " + tag, OrgUnitKind.ADMINISTRATIVE_AREA, AdminTier.COMMUNE,
                province, null, old)).id();
        party = units.create(new NewOrgUnit("Đảng ủy xã Sổ Báo Cáo " + tag, OrgUnitKind.PARTY_COMMITTEE, null, area,
                null, old)).id();
        cell = units.create(new NewOrgUnit("Chi bộ thôn Một " + tag, OrgUnitKind.PARTY_COMMITTEE, null, party, null,
                old)).id();
        long otherArea = units.create(new NewOrgUnit("Xã Khác " + tag, OrgUnitKind.ADMINISTRATIVE_AREA,
                AdminTier.COMMUNE, province, null, old)).id();
        elsewhere = units.create(new NewOrgUnit("Đảng ủy xã Khác " + tag, OrgUnitKind.PARTY_COMMITTEE, null, otherArea,
                null, old)).id();
        accounts.createUser("sobc" + tag, "Cán bộ tổng hợp", "MatKhau2026", Role.REPORTER, party);
        accounts.createUser("khac" + tag, "Cán bộ xã khác", "MatKhau2026", Role.REPORTER, elsewhere);
        reporter = user(users.loadUserByUsername("sobc" + tag));
        outsider = user(users.loadUserByUsername("khac" + tag));
    }

    private MvcResult postSent(RequestPostProcessor who, String json) throws Exception {
        return mvc.perform(post("/api/v1/reports/duty/sent").with(who).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json)).andReturn();
    }

    private String sent(String preset, Integer year, String from, String to, String number, boolean issue,
            String sentOn, String dueOn) {
        return """
                {"unitId": %d, "report": "appendix-2", "preset": %s, "year": %s, "from": %s, "to": %s,
                 "recipient": "Ban Thường vụ Huyện ủy", "documentNumber": %s, "issueNumber": %s, "sentOn": %s,
                 "dueOn": %s}""".formatted(party, q(preset), year, q(from), q(to), q(number), issue, q(sentOn), q(dueOn));
    }

    private static String q(String s) {
        return s == null ? "null" : "\"" + s + "\"";
    }

    @Test
    void reportsSentCarryTheirDueDayAndWhetherTheyWentOnTime() throws Exception {
        // TT 02/2021 Q2 2024: 15/3–14/6, due the 20th of June; sent on the 18th.
        assertThat(postSent(reporter, sent("ttcp-q2", 2024, null, null, "31-BC/ĐU", false, "2024-06-18", null))
                .getResponse().getStatus()).isEqualTo(201);
        // Due the 21st: sent the 21st is on time, the 22nd is late (typed from the superior's request).
        postSent(reporter, sent("kl215-6m", 2024, null, null, "40-BC/ĐU", false, "2024-07-21", "2024-07-21"));
        postSent(reporter, sent("kl215-9m", 2024, null, null, "52-BC/ĐU", false, "2024-10-22", "2024-10-21"));
        // No rule for a KL 215 year, none typed: unknown.
        postSent(reporter, sent("kl215-year", 2024, null, null, "60-BC/ĐU", false, "2025-01-10", null));
        // A window by dates, its number issued by the register.
        MvcResult issued = postSent(reporter, sent(null, null, "2025-01-01", "2025-03-31", null, true, "2025-04-02",
                null));
        assertThat(issued.getResponse().getStatus()).isEqualTo(201);

        mvc.perform(get("/api/v1/reports/duty/sent?unit=" + party).with(reporter)).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].from").value("2024-03-15")).andExpect(jsonPath("$[0].to").value("2024-06-14"))
                .andExpect(jsonPath("$[0].dueOn").value("2024-06-20")).andExpect(jsonPath("$[0].dueBasis").value("RULE"))
                .andExpect(jsonPath("$[0].onTime").value(true))
                .andExpect(jsonPath("$[1].dueBasis").value("TYPED")).andExpect(jsonPath("$[1].onTime").value(true))
                .andExpect(jsonPath("$[2].onTime").value(false))
                .andExpect(jsonPath("$[3].dueBasis").value("NONE")).andExpect(jsonPath("$[3].onTime").doesNotExist())
                .andExpect(jsonPath("$[4].documentId").isNumber());
        String number = jdbc.sql("select d.number_symbol from report_sent s join issued_document d on d.id = s.document_id "
                + "where s.unit_id = ? and d.type_code = 'BC'").param(party).query(String.class).single();
        assertThat(number).contains("-BC/");

        // The outline's paragraph on the report duty: sent in its window, on time or not.
        Outline o = outlines.build(party, new ReportWindow(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
        List<String> texts = o.blocks().stream().map(Outline.Block::text).toList();
        assertThat(texts).contains("Đã gửi 03 báo cáo, trong đó 02 báo cáo đúng hạn, 01 báo cáo quá hạn, 0 báo cáo chưa "
                + "xác định hạn:");
        assertThat(texts).anyMatch(t -> t.contains("Báo cáo số 52-BC/ĐU ngày 22/10/2024") && t.contains("quá hạn (hạn 21/10/2024)"));
    }

    @Test
    void aRefusedReportIsAProblemWithItsFieldAndIssuesNoNumber() throws Exception {
        MvcResult noRecipient = postSent(reporter, sent("ttcp-q2", 2024, null, null, "31-BC/ĐU", false, "2024-06-18",
                null).replace("\"Ban Thường vụ Huyện ủy\"", "\"  \""));
        assertThat(noRecipient.getResponse().getStatus()).isEqualTo(400);
        assertThat(noRecipient.getResponse().getContentAsString()).contains("report-sent-recipient-required")
                .contains("\"field\":\"recipient\"");
        MvcResult future = postSent(reporter, sent("ttcp-q2", 2024, null, null, null, true, "2099-01-01", null));
        assertThat(future.getResponse().getContentAsString()).contains("\"field\":\"sentOn\"");
        assertThat(postSent(reporter, sent(null, null, null, null, "1-BC/ĐU", false, "2024-06-18", null))
                .getResponse().getContentAsString()).contains("\"field\":\"from\"");
        assertThat(postSent(reporter, sent("ttcp-q2", 2024, null, null, "1-BC/ĐU", false, "2024-01-02", null))
                .getResponse().getContentAsString()).contains("report-sent-on-before-window");
        assertThat(jdbc.sql("select count(*) from issued_document where unit_id = ?").param(party).query(Long.class)
                .single()).isZero();
        assertThat(jdbc.sql("select count(*) from report_sent where unit_id = ?").param(party).query(Long.class)
                .single()).isZero();
        // Another commune's reporter may not write here.
        assertThat(postSent(outsider, sent("ttcp-q2", 2024, null, null, "31-BC/ĐU", false, "2024-06-18", null))
                .getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void workingSessionsWithSubordinateSecretariesAreRecordedAndCounted() throws Exception {
        String ok = """
                {"unitId": %d, "subordinateUnitId": %d, "heldOn": "2023-05-12",
                 "content": "Làm việc với Bí thư Chi bộ về tiếp dân", "conclusions": "Chi bộ báo cáo hằng tháng"}"""
                .formatted(party, cell);
        mvc.perform(post("/api/v1/reports/duty/meetings").with(reporter).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(ok)).andExpect(status().isCreated());
        // A unit of another commune, named in the request: refused beside its field.
        mvc.perform(post("/api/v1/reports/duty/meetings").with(reporter).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(ok.replace(": " + cell + ",", ": " + elsewhere + ",")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("subordinateUnitId"));
        mvc.perform(get("/api/v1/reports/duty/meetings?unit=" + party).with(reporter)).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].subordinateUnitId").value(cell));
        mvc.perform(get("/api/v1/reports/duty/meetings?unit=" + party).with(outsider)).andExpect(status().isForbidden());

        Outline o = outlines.build(party, new ReportWindow(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)));
        List<String> texts = o.blocks().stream().map(Outline.Block::text).toList();
        assertThat(texts).contains("Đã làm việc 01 buổi với bí thư cấp ủy cấp dưới trực tiếp:");
        assertThat(texts).anyMatch(t -> t.startsWith("+ Ngày 12/05/2023, với Chi bộ thôn Một"));
        // Outside the window: not counted.
        Outline before = outlines.build(party, new ReportWindow(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)));
        assertThat(before.blocks().stream().map(Outline.Block::text))
                .contains("Đã làm việc 0 buổi với bí thư cấp ủy cấp dưới trực tiếp:");
    }

    @Test
    void theFormsComeBackWithTheErrorBesideTheFieldAndTheTypedValues() throws Exception {
        MvcResult sentForm = mvc.perform(post("/reports/duty/sent/new").with(reporter).with(csrf())
                        .param("unitId", String.valueOf(party)).param("report", "outline").param("preset", "qd11-review")
                        .param("year", "2023").param("recipient", "").param("documentNumber", "75-BC/ĐU")
                        .param("sentOn", "15/04/2024"))
                .andExpect(status().isOk()).andReturn();
        assertThat(errorBeside(sentForm, "recipient")).isEqualTo("Vui lòng nhập nơi nhận báo cáo.");
        assertThat(sentForm.getResponse().getContentAsString()).contains("value=\"75-BC/ĐU\"");

        MvcResult meetingForm = mvc.perform(post("/reports/duty/meetings/new").with(reporter).with(csrf())
                        .param("unitId", String.valueOf(party)).param("subordinateUnitId", String.valueOf(cell))
                        .param("heldOn", "12/05/2023").param("content", " ").param("conclusions", "Kết luận thử"))
                .andExpect(status().isOk()).andReturn();
        assertThat(errorBeside(meetingForm, "content")).isEqualTo("Vui lòng nhập nội dung làm việc.");
        assertThat(meetingForm.getResponse().getContentAsString()).contains("Kết luận thử").contains("Chi bộ thôn Một");

        mvc.perform(post("/reports/duty/sent/new").with(reporter).with(csrf()).param("unitId", String.valueOf(party))
                        .param("report", "outline").param("preset", "qd11-review").param("year", "2023")
                        .param("recipient", "Ban Thường vụ Tỉnh ủy").param("documentNumber", "75-BC/ĐU")
                        .param("sentOn", "15/04/2024").param("dueOn", "20/04/2024"))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/reports/duty?unit=" + party).with(reporter)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("75-BC/ĐU").contains("Ban Thường vụ Tỉnh ủy").contains("20/04/2024")
                .contains("18/02/2019 – 31/12/2023");
        mvc.perform(get("/reports/duty?unit=" + party).with(outsider)).andExpect(status().isForbidden());
    }

    @Test
    void theDueDayFollowsThePeriodsRule() {
        assertThat(Preset.TTCP_Q1.due(Preset.TTCP_Q1.window(2025, 1))).isEqualTo(LocalDate.of(2025, 3, 20));
        assertThat(Preset.TTCP_YEAR.due(Preset.TTCP_YEAR.window(2020, 1))).isEqualTo(LocalDate.of(2020, 12, 20));
        assertThat(Preset.HALF_2.due(Preset.HALF_2.window(2025, 1))).isEqualTo(LocalDate.of(2025, 12, 20));
        assertThat(Preset.KL215_YEAR.due(Preset.KL215_YEAR.window(2025, 1))).isNull();
        assertThat(Preset.QD11_REVIEW.due(Preset.QD11_REVIEW.window(2025, 1))).isNull();
    }

    @Test
    void theDemoHasASentReportsRegisterAndAMeetingWithASubordinateSecretary() {
        long party = jdbc.sql("select u.id from org_unit u join org_unit a on a.id = u.parent_id "
                + "where a.code = '18844' and u.kind = 'PARTY_COMMITTEE'").query(Long.class).single();
        ReportDuty duty = this.duty;
        List<SentReport> sent = duty.sent(party, LocalDate.of(2019, 1, 1), LocalDate.of(2026, 12, 31));
        assertThat(sent).extracting(SentReport::documentNumber).contains("75-BC/ĐU", "92-BC/ĐU");
        assertThat(sent).extracting(SentReport::onTime).contains(true, false);
        // The review report is the register's 75-BC/ĐU.
        assertThat(sent.stream().filter(s -> s.documentNumber().equals("75-BC/ĐU")).findFirst().orElseThrow()
                .documentId()).isNotNull();
        assertThat(duty.meetings(party, LocalDate.of(2019, 1, 1), LocalDate.of(2026, 12, 31)))
                .extracting(SecretaryMeeting::subordinateName).contains("Chi bộ thôn Trung Tâm");
    }

    static String errorBeside(MvcResult result, String field) throws Exception {
        Matcher m = Pattern.compile("id=\"" + Pattern.quote(field) + "-error\"[^>]*>([^<]*)<")
                .matcher(result.getResponse().getContentAsString());
        assertThat(m.find()).as("a message beside " + field).isTrue();
        return m.group(1).strip();
    }
}
