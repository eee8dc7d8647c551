package org.tiepdan.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tiepdan.FullStackTest;

/**
 * The time limits LAW.md (revised 2026-12-07) added or corrected, each tested on both sides of its
 * effective date, and rules scoped to a province.
 */
@FullStackTest
class LawTimeLimitsTest {

    static final LocalDate LAST_2011 = LocalDate.of(2018, 12, 31);
    static final LocalDate FIRST_2018 = LocalDate.of(2019, 1, 1);

    @Autowired
    DeadlineRules rules;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    DeadlineRule rule(String code, DeadlineVariant variant, LocalDate on) {
        return rules.find(code, variant, on, null).orElseThrow(() -> new AssertionError(code + " " + variant + " " + on));
    }

    Optional<DeadlineRule> maybe(String code, DeadlineVariant variant, LocalDate on) {
        return rules.find(code, variant, on, null);
    }

    @Test
    void denunciationsAcceptedBefore2019RunOnLuatToCao2011() {
        DeadlineRule old = rule("DENUNCIATION_RESOLVE", DeadlineVariant.NORMAL, LAST_2011);
        assertThat(old.duration()).isEqualTo(60);
        assertThat(old.citation()).isEqualTo("Điều 21 Luật Tố cáo 2011");
        assertThat(rule("DENUNCIATION_RESOLVE", DeadlineVariant.COMPLEX, LAST_2011).duration()).isEqualTo(90);
        assertThat(rule("DENUNCIATION_RESOLVE", DeadlineVariant.NORMAL, FIRST_2018).duration()).isEqualTo(30);
        assertThat(maybe("DENUNCIATION_RESOLVE", DeadlineVariant.COMPLEX, FIRST_2018)).isEmpty();
        assertThat(maybe("DENUNCIATION_RESOLVE", DeadlineVariant.NORMAL, LocalDate.of(2012, 6, 30))).isEmpty();
        // One extension "where necessary": 30 days, 60 for a complex case; the 2018 law has none for a plain case.
        DeadlineRule ext = rule("DENUNCIATION_EXTEND", DeadlineVariant.NORMAL, LAST_2011);
        assertThat(ext.duration()).isEqualTo(30);
        assertThat(ext.maxUses()).isEqualTo(1);
        assertThat(maybe("DENUNCIATION_EXTEND", DeadlineVariant.NORMAL, FIRST_2018)).isEmpty();
        assertThat(rule("DENUNCIATION_EXTEND_COMPLEX", DeadlineVariant.NORMAL, LAST_2011).duration()).isEqualTo(60);
        assertThat(rule("DENUNCIATION_EXTEND_COMPLEX", DeadlineVariant.NORMAL, FIRST_2018).duration()).isEqualTo(30);
        assertThat(rule("DENUNCIATION_EXTEND_SPECIAL", DeadlineVariant.NORMAL, FIRST_2018).maxUses()).isEqualTo(2);
        // Nothing about a 2018 acceptance throws any more.
        assertThat(rules.compute("DENUNCIATION_RESOLVE", LocalDate.of(2018, 6, 1)).due())
                .isEqualTo(LocalDate.of(2018, 7, 31));
        assertThat(rules.computeIfInForce("DENUNCIATION_NOTIFY", DeadlineVariant.NORMAL, LAST_2011, null)).isEmpty();
        assertThat(rules.computeIfInForce("DENUNCIATION_NOTIFY", DeadlineVariant.NORMAL, FIRST_2018, null)).isPresent();
    }

    @Test
    void anExtensionUsesTheLawOfTheClocksStartNotOfTheDecision() {
        Deadline accepted2018 = rules.compute("DENUNCIATION_RESOLVE", LocalDate.of(2018, 12, 3));
        assertThat(accepted2018.due()).isEqualTo(LocalDate.of(2019, 2, 1));
        Deadline extended = rules.extend(accepted2018, "DENUNCIATION_EXTEND", LocalDate.of(2019, 1, 25), "cần thiết");
        assertThat(extended.due()).isEqualTo(calendarDayOrNextWorkingDay(LocalDate.of(2019, 3, 3)));
        assertThat(extended.explanation()).contains("Luật Tố cáo 2011");
    }

    @Autowired
    WorkingCalendar calendar;

    LocalDate calendarDayOrNextWorkingDay(LocalDate d) {
        return calendar.workingDayOnOrAfter(d);
    }

    @Test
    void theDenunciationCheckHasItsSeveralPlacesVariantAndTheTransferItsLimit() {
        DeadlineRule old = rule("DENUNCIATION_CHECK", DeadlineVariant.SEVERAL_PLACES, LAST_2011);
        assertThat(old.duration()).isEqualTo(15);
        assertThat(old.unit()).isEqualTo(DurationUnit.CALENDAR_DAY);
        DeadlineRule now = rule("DENUNCIATION_CHECK", DeadlineVariant.SEVERAL_PLACES, FIRST_2018);
        assertThat(now.duration()).isEqualTo(10);
        assertThat(now.unit()).isEqualTo(DurationUnit.WORKING_DAY);
        assertThat(now.article()).isEqualTo("Điều 24");
        assertThat(rule("DENUNCIATION_TRANSFER", DeadlineVariant.NORMAL, LAST_2011).citation())
                .isEqualTo("Điều 20 Luật Tố cáo 2011");
        DeadlineRule transfer = rule("DENUNCIATION_TRANSFER", DeadlineVariant.NORMAL, FIRST_2018);
        assertThat(transfer.citation()).isEqualTo("Điều 24 Luật Tố cáo 2018");
        assertThat(transfer.duration()).isEqualTo(5);
        assertThat(transfer.unit()).isEqualTo(DurationUnit.WORKING_DAY);
        assertThat(maybe("DENUNCIATION_TRANSFER", DeadlineVariant.NORMAL, LocalDate.of(2012, 6, 30))).isEmpty();
        assertThat(rule("DENUNCIATION_ENDING_NOTICE", DeadlineVariant.NORMAL, FIRST_2018).duration()).isEqualTo(5);
        assertThat(maybe("DENUNCIATION_ENDING_NOTICE", DeadlineVariant.NORMAL, LAST_2011)).isEmpty();
    }

    @Test
    void petitionHandlingBeforeTt05FollowsTt07AndBeforeThatNoLimit() {
        assertThat(maybe("PETITION_HANDLE", DeadlineVariant.NORMAL, LocalDate.of(2014, 12, 14))).isEmpty();
        assertThat(rule("PETITION_HANDLE", DeadlineVariant.NORMAL, LocalDate.of(2014, 12, 15)).legalBasis())
                .isEqualTo("Thông tư 07/2014/TT-TTCP");
        assertThat(rule("PETITION_HANDLE", DeadlineVariant.NORMAL, LocalDate.of(2021, 11, 14)).legalBasis())
                .isEqualTo("Thông tư 07/2014/TT-TTCP");
        assertThat(rule("PETITION_HANDLE", DeadlineVariant.NORMAL, LocalDate.of(2021, 11, 15)).legalBasis())
                .isEqualTo("Thông tư 05/2021/TT-TTCP");
        assertThat(rules.compute("PETITION_HANDLE", LocalDate.of(2020, 3, 2)).due()).isEqualTo(LocalDate.of(2020, 3, 16));
    }

    @Test
    void complaintLimitsOfTheSecondRoundAndSendingTheDecision() {
        LocalDate before = LocalDate.of(2012, 6, 30);
        LocalDate from = LocalDate.of(2012, 7, 1);
        DeadlineRule accept = rule("COMPLAINT_ACCEPT", DeadlineVariant.NORMAL, from);
        assertThat(accept.unit()).as("the statute's 'ngày', the stricter reading").isEqualTo(DurationUnit.CALENDAR_DAY);
        assertThat(accept.status()).isEqualTo(DeadlineRule.Status.TO_VERIFY);
        assertThat(maybe("COMPLAINT_ACCEPT", DeadlineVariant.NORMAL, before)).isEmpty();
        DeadlineRule file2 = rule("COMPLAINT_FILE_R2", DeadlineVariant.NORMAL, from);
        assertThat(file2.duration()).isEqualTo(30);
        assertThat(file2.article()).isEqualTo("Điều 33");
        assertThat(file2.startEvent()).isEqualTo(DeadlineEvent.FIRST_ROUND_END);
        assertThat(rule("COMPLAINT_FILE_R2", DeadlineVariant.REMOTE_AREA, from).duration()).isEqualTo(45);
        assertThat(maybe("COMPLAINT_FILE_R2", DeadlineVariant.NORMAL, before)).isEmpty();
        assertThat(rule("COMPLAINT_ACCEPT_R2", DeadlineVariant.NORMAL, from).article()).isEqualTo("Điều 36");
        assertThat(maybe("COMPLAINT_ACCEPT_R2", DeadlineVariant.NORMAL, before)).isEmpty();
        DeadlineRule send1 = rule("COMPLAINT_SEND_R1", DeadlineVariant.NORMAL, from);
        assertThat(send1.duration()).isEqualTo(3);
        assertThat(send1.unit()).isEqualTo(DurationUnit.WORKING_DAY);
        assertThat(rule("COMPLAINT_SEND_R2", DeadlineVariant.NORMAL, from).duration()).isEqualTo(7);
        assertThat(maybe("COMPLAINT_SEND_R1", DeadlineVariant.NORMAL, before)).isEmpty();
        assertThat(rule("COMPLAINT_FILE", DeadlineVariant.NORMAL, from).duration()).isEqualTo(90);
        assertThat(rules.all()).allSatisfy(r -> {
            if (r.article() != null) {
                assertThat(r.article()).matches("Điều \\d+");
            }
        });
    }

    long unitIn(String provinceCode) {
        Long area = jdbc.sql("select id from org_unit where kind = 'ADMINISTRATIVE_AREA' and tier = 'PROVINCE' and code = ?")
                .param(provinceCode).query(Long.class).optional().orElseGet(() -> jdbc.sql(
                        "insert into org_unit (kind, tier, name, code, valid_from) values ('ADMINISTRATIVE_AREA', "
                                + "'PROVINCE', ?, ?, date '2019-01-01') returning id")
                        .params("Tỉnh thử " + UUID.randomUUID(), provinceCode).query(Long.class).single());
        return jdbc.sql("insert into org_unit (kind, tier, name, parent_id, valid_from) "
                + "values ('PEOPLES_COMMITTEE', 'PROVINCE', ?, ?, date '2019-01-01') returning id")
                .params("UBND thử " + UUID.randomUUID(), area).query(Long.class).single();
    }

    @Test
    void theDialogueLimitsAreHaTinhsOwn() {
        LocalDate on = LocalDate.of(2025, 5, 5);
        DeadlineRule local = rule("DIALOGUE_CONCLUSION", DeadlineVariant.NORMAL, on);
        assertThat(local.provinceCode()).isEqualTo("42");
        assertThat(rules.find("DIALOGUE_CONCLUSION", DeadlineVariant.NORMAL, on, unitIn("42"))).isPresent();
        assertThat(rules.find("DIALOGUE_ANSWER", DeadlineVariant.NORMAL, on, unitIn("42"))).isPresent();
        long elsewhere = unitIn("01");
        assertThat(rules.find("DIALOGUE_CONCLUSION", DeadlineVariant.NORMAL, on, elsewhere)).isEmpty();
        assertThat(rules.find("DIALOGUE_ANSWER", DeadlineVariant.NORMAL, on, elsewhere)).isEmpty();
        // A nationwide rule applies in every province.
        assertThat(rules.find("COMPLAINT_RESOLVE_R1", DeadlineVariant.NORMAL, on, elsewhere)).isPresent();
        assertThat(rule("COMPLAINT_RESOLVE_R1", DeadlineVariant.NORMAL, on).provinceCode()).isNull();
    }

    @Test
    void thePublicJsonNamesTheProvinceAndTheOldLaw() throws Exception {
        mvc.perform(get("/api/v1/deadline-rules").param("on", "2025-01-01")).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'DIALOGUE_CONCLUSION')].provinceCode").value("42"))
                .andExpect(jsonPath("$[?(@.code == 'COMPLAINT_RESOLVE_R1' && @.variant == 'NORMAL')].provinceCode")
                        .value(Matchers.contains(Matchers.nullValue())))
                .andExpect(jsonPath("$[?(@.code == 'COMPLAINT_ACCEPT')].unit").value("CALENDAR_DAY"));
        mvc.perform(get("/api/v1/deadline-rules").param("on", "2018-06-01")).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'DENUNCIATION_RESOLVE' && @.variant == 'NORMAL')].article")
                        .value("Điều 21"))
                .andExpect(jsonPath("$[?(@.code == 'PETITION_HANDLE')].legalBasis").value("Thông tư 07/2014/TT-TTCP"));
    }

    @Test
    void theAdminPageShowsBasisStatusAndProvince() throws Exception {
        var admin = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                new org.tiepdan.account.TiepdanUser(-1L, "qt-luat", "Quản trị", java.util.List.of(
                        new org.tiepdan.account.RoleGrantView(org.tiepdan.account.Role.ADMIN, unitIn("42"))),
                        "x", true, true));
        mvc.perform(get("/admin/deadline-rules").with(admin)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Tỉnh (mã 42)")))
                .andExpect(content().string(Matchers.containsString("Toàn quốc")))
                .andExpect(content().string(Matchers.containsString("Điều 21 Luật Tố cáo 2011")))
                .andExpect(content().string(Matchers.containsString("Thông tư 07/2014/TT-TTCP")))
                .andExpect(content().string(Matchers.containsString("Gia hạn tối đa 2 lần")));
    }
}
