package org.tiepdan.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.tiepdan.FullStackTest;
import org.tiepdan.platform.DomainException;

@FullStackTest
class DeadlineRulesTest {

    @Autowired
    DeadlineRules rules;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    long unit(Long parent) {
        return jdbc.sql("insert into org_unit (kind, tier, name, parent_id, valid_from) "
                + "values ('PEOPLES_COMMITTEE', 'COMMUNE', ?, ?, date '2020-01-01') returning id")
                .params("UBND thử " + UUID.randomUUID(), parent).query(Long.class).single();
    }

    @Test
    void explanationOfTheIssueExample() {
        Deadline d = rules.compute("COMPLAINT_RESOLVE_R1", LocalDate.of(2025, 3, 5));
        assertThat(d.due()).isEqualTo(LocalDate.of(2025, 4, 4));
        assertThat(d.explanation())
                .isEqualTo("30 ngày kể từ ngày thụ lý 05/03/2025 (Điều 28 Luật Khiếu nại 2011): hạn 04/04/2025");
        assertThat(rules.compute("COMPLAINT_RESOLVE_R1", DeadlineVariant.REMOTE_AREA_COMPLEX, LocalDate.of(2025, 3, 5), null)
                .duration()).isEqualTo(60);
        // Working days: 10 working days from 20/01/2025 across Tết.
        Deadline w = rules.compute("PETITION_HANDLE", LocalDate.of(2025, 1, 20));
        assertThat(w.due()).isEqualTo(LocalDate.of(2025, 2, 10));
        assertThat(w.explanation()).startsWith("10 ngày làm việc kể từ ngày nhận được đơn 20/01/2025");
    }

    @Test
    void calendarPeriodEndingOnADayOffMovesToTheNextWorkingDay() {
        // 30 days from 31/03/2025 is Wed 30/04 (holiday); 01/05, 02/05 off, weekend: Mon 05/05.
        Deadline d = rules.compute("DENUNCIATION_RESOLVE", LocalDate.of(2025, 4, 1));
        assertThat(d.due()).isEqualTo(LocalDate.of(2025, 5, 5));
        assertThat(d.explanation()).contains("01/05/2025 là ngày nghỉ");
    }

    @Test
    void ruleInForceOnTheStartingEventApplies() {
        assertThat(rules.compute("DENUNCIATION_CHECK", LocalDate.of(2018, 12, 31)).rule().duration()).isEqualTo(10);
        assertThat(rules.compute("DENUNCIATION_CHECK", LocalDate.of(2018, 12, 31)).unit()).isEqualTo(DurationUnit.CALENDAR_DAY);
        Deadline after = rules.compute("DENUNCIATION_CHECK", LocalDate.of(2019, 1, 1));
        assertThat(after.rule().duration()).isEqualTo(7);
        assertThat(after.unit()).isEqualTo(DurationUnit.WORKING_DAY);
        assertThat(after.rule().status()).isEqualTo(DeadlineRule.Status.TO_VERIFY);
        assertThatThrownBy(() -> rules.compute("PETITION_HANDLE", LocalDate.of(2014, 12, 14)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("deadline-rule-not-found"));
        assertThat(rules.inForce(LocalDate.of(2025, 1, 1))).extracting(DeadlineRule::code).contains(
                "PARTY_HEAD_NOTIFY", "COMPLAINT_ACCEPT", "COMPLAINT_RESOLVE_R1", "COMPLAINT_RESOLVE_R2", "COMPLAINT_FILE",
                "DENUNCIATION_CHECK", "DENUNCIATION_NOTIFY", "DENUNCIATION_RESOLVE", "DENUNCIATION_EXTEND_COMPLEX",
                "DENUNCIATION_EXTEND_SPECIAL", "DENUNCIATION_PUBLISH", "PETITION_HANDLE", "DIALOGUE_CONCLUSION",
                "DIALOGUE_ANSWER");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void overrideMayShortenNeverLengthen() {
        long province = unit(null);
        long commune = unit(province);
        assertThatThrownBy(() -> rules.setOverride(province, "COMPLAINT_RESOLVE_R1", DeadlineVariant.NORMAL, 31, null))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("deadline-override-longer");
                    assertThat(e.field()).isEqualTo("duration");
                });
        rules.setOverride(province, "COMPLAINT_RESOLVE_R1", DeadlineVariant.NORMAL, 29, "Chỉ thị nội bộ");
        // Applies to the unit and the units under it.
        Deadline d = rules.compute("COMPLAINT_RESOLVE_R1", DeadlineVariant.NORMAL, LocalDate.of(2025, 3, 5), commune);
        assertThat(d.duration()).isEqualTo(29);
        assertThat(d.due()).isEqualTo(LocalDate.of(2025, 4, 3));
        assertThat(d.stricterThanLaw()).isTrue();
        assertThat(d.explanation()).contains("quy định nội bộ").contains("30 ngày").endsWith("hạn 03/04/2025");
        // The nearest override wins.
        rules.setOverride(commune, "COMPLAINT_RESOLVE_R1", DeadlineVariant.NORMAL, 25, null);
        assertThat(rules.compute("COMPLAINT_RESOLVE_R1", DeadlineVariant.NORMAL, LocalDate.of(2025, 3, 5), commune)
                .duration()).isEqualTo(25);
        assertThat(rules.compute("COMPLAINT_RESOLVE_R1", DeadlineVariant.NORMAL, LocalDate.of(2025, 3, 5), province)
                .duration()).isEqualTo(29);
        // Other variants and units without override keep the law.
        assertThat(rules.compute("COMPLAINT_RESOLVE_R1", DeadlineVariant.COMPLEX, LocalDate.of(2025, 3, 5), commune)
                .duration()).isEqualTo(45);
        assertThat(rules.compute("COMPLAINT_RESOLVE_R1", DeadlineVariant.NORMAL, LocalDate.of(2025, 3, 5), unit(null))
                .duration()).isEqualTo(30);
    }

    @Test
    void overrideScreenRefusesALongerLimitInVietnamese() throws Exception {
        long unit = unit(null);
        // An administrator of that unit only: the override screen checks the role at the unit.
        var admin = user(new org.tiepdan.account.TiepdanUser(-1L, "qt-donvi", "Quản trị đơn vị",
                java.util.List.of(new org.tiepdan.account.RoleGrantView(org.tiepdan.account.Role.ADMIN, unit)),
                "x", true, true));
        var otherAdmin = user(new org.tiepdan.account.TiepdanUser(-2L, "qt-khac", "Quản trị khác",
                java.util.List.of(new org.tiepdan.account.RoleGrantView(org.tiepdan.account.Role.ADMIN, unit(null))),
                "x", true, true));
        mvc.perform(post("/admin/deadline-rules/overrides").with(otherAdmin).with(csrf())
                        .param("unitId", String.valueOf(unit)).param("ruleCode", "PETITION_HANDLE")
                        .param("variant", "NORMAL").param("duration", "8"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/deadline-rules").with(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("COMPLAINT_RESOLVE_R1")))
                .andExpect(content().string(containsString("Cần xác minh")));
        mvc.perform(post("/admin/deadline-rules/overrides").with(admin).with(csrf())
                        .param("unitId", String.valueOf(unit)).param("ruleCode", "PETITION_HANDLE")
                        .param("variant", "NORMAL").param("duration", "12").param("note", "Ghi chu 7/2026"))
                // The rules page again (issue 23): the message beside its field, what was typed kept (ASCII here:
                // Thymeleaf writes accented letters in attributes as entities).
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("không được kéo dài thời hạn của pháp luật")))
                .andExpect(content().string(containsString("value=\"Ghi chu 7/2026\"")))
                .andExpect(content().string(containsString("value=\"12\"")));
        mvc.perform(post("/admin/deadline-rules/overrides").with(admin).with(csrf())
                        .param("unitId", String.valueOf(unit)).param("ruleCode", "PETITION_HANDLE")
                        .param("variant", "NORMAL").param("duration", "mười"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"ov-duration-error\"")))
                .andExpect(content().string(containsString("value=\"mười\"")));
        mvc.perform(post("/admin/deadline-rules/overrides").with(admin).with(csrf())
                        .param("unitId", String.valueOf(unit)).param("ruleCode", "PETITION_HANDLE")
                        .param("variant", "NORMAL").param("duration", "8"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("message"));
    }

    @Test
    void extendSuspendResumeKeepHistory() {
        // Denunciation accepted 03/03/2025: 30 days → Wed 02/04/2025.
        Deadline d = rules.compute("DENUNCIATION_RESOLVE", LocalDate.of(2025, 3, 3));
        assertThat(d.due()).isEqualTo(LocalDate.of(2025, 4, 2));
        Deadline extended = rules.extend(d, "DENUNCIATION_EXTEND_COMPLEX", LocalDate.of(2025, 3, 28), "Vụ việc phức tạp");
        // 02/04 + 30 = Fri 02/05/2025, a day off (swap): Mon 05/05.
        assertThat(extended.due()).isEqualTo(LocalDate.of(2025, 5, 5));
        assertThat(extended.explanation()).contains("Gia hạn 30 ngày").contains("Điều 30 Luật Tố cáo 2018")
                .contains("lý do: Vụ việc phức tạp");
        Deadline suspended = extended.suspend(LocalDate.of(2025, 4, 22));
        assertThat(suspended.suspended()).isTrue();
        assertThat(suspended.due()).isNull();
        assertThat(suspended.remaining()).isEqualTo(10);   // 22/04 → 02/05 unadjusted end
        assertThat(suspended.explanation()).contains("Tạm đình chỉ từ ngày 22/04/2025");
        Deadline resumed = suspended.resume(LocalDate.of(2025, 6, 2));
        assertThat(resumed.due()).isEqualTo(LocalDate.of(2025, 6, 12));
        assertThat(resumed.history()).extracting(Deadline.Version::change).containsExactly(
                Deadline.Change.COMPUTED, Deadline.Change.EXTENDED, Deadline.Change.SUSPENDED, Deadline.Change.RESUMED);
        assertThat(resumed.history().get(0).due()).isEqualTo(LocalDate.of(2025, 4, 2));
        assertThat(d.history()).hasSize(1);   // values are immutable
        assertThatThrownBy(() -> resumed.resume(LocalDate.of(2025, 6, 3))).isInstanceOf(DomainException.class);

        // Working-day rule: remaining working days carry over.
        Deadline w = rules.compute("PETITION_HANDLE", LocalDate.of(2025, 3, 3));   // → 17/03
        assertThat(w.due()).isEqualTo(LocalDate.of(2025, 3, 17));
        Deadline ws = w.suspend(LocalDate.of(2025, 3, 10));
        assertThat(ws.remaining()).isEqualTo(5);
        // From Fri 25/04/2025: Sat 26/04 is a make-up working day, 30/04–04/05 off.
        assertThat(ws.resume(LocalDate.of(2025, 4, 25)).due()).isEqualTo(LocalDate.of(2025, 5, 6));
    }
}
