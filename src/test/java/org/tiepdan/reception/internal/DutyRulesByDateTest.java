package org.tiepdan.reception.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tiepdan.FullStackTest;
import org.tiepdan.calendar.WorkingCalendar;
import org.tiepdan.org.AdminTier;

/**
 * LAW.md "Reception duties" (revised 2026-12-07): the commune People's Committee chairman 1 day a week
 * until 30/6/2026, at least 2 days a month from 01/7/2026; the People's Council standing committee a
 * host role whose frequency is to be verified; the public JSON of the rules on a date.
 */
@FullStackTest
class DutyRulesByDateTest {

    @Autowired
    ReferenceData reference;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    MockMvc mvc;

    private Compliance.Month month(YearMonth m, String... days) {
        List<Compliance.Held> held = java.util.Arrays.stream(days)
                .map(d -> new Compliance.Held(LocalDate.parse(d), HostCapacity.HEAD)).toList();
        return Compliance.evaluate(reference.dutyRules(), HostRole.PC_CHAIRMAN, AdminTier.COMMUNE, m, held,
                calendar::isWorkingDay, LocalDate.of(2026, 12, 31));
    }

    @Test
    void theCommuneChairmanMovesFromOneDayAWeekToTwoDaysAMonthOnFirstJuly2026() {
        Compliance.Month june = month(YearMonth.of(2026, 6), "2026-06-10", "2026-06-24");
        assertThat(june.rule().orElseThrow().period()).isEqualTo("WEEK");
        assertThat(june.shortfall()).as("two days in June 2026 are fewer than one a week").isTrue();
        Compliance.Month july = month(YearMonth.of(2026, 7), "2026-07-10", "2026-07-24");
        assertThat(july.rule().orElseThrow().period()).isEqualTo("MONTH");
        assertThat(july.required()).isEqualTo(2);
        assertThat(july.met()).isTrue();
        assertThat(july.rule().orElseThrow().legalBasis()).contains("136/2025/QH15");
        assertThat(month(YearMonth.of(2026, 8), "2026-08-10").shortfall()).isTrue();
    }

    @Test
    void thePublicJsonListsTheRulesInForceWithTheStandingCommitteeToVerify() throws Exception {
        mvc.perform(get("/api/v1/reception/duty-rules").param("on", "2026-06-30")).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.hostRole == 'PC_CHAIRMAN' && @.tier == 'COMMUNE')].per").value("WEEK"))
                .andExpect(jsonPath("$[?(@.hostRole == 'PC_CHAIRMAN' && @.tier == 'COMMUNE')].times").value(1))
                .andExpect(jsonPath("$[?(@.hostRole == 'PC_CHAIRMAN' && @.tier == 'COMMUNE')].deputyCounts").value(true))
                .andExpect(jsonPath("$[?(@.hostRole == 'PC_CHAIRMAN' && @.tier == 'COMMUNE')].effectiveTo")
                        .value("2026-06-30"));
        mvc.perform(get("/api/v1/reception/duty-rules").param("on", "2026-07-01")).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.hostRole == 'PC_CHAIRMAN' && @.tier == 'COMMUNE')].per").value("MONTH"))
                .andExpect(jsonPath("$[?(@.hostRole == 'PC_CHAIRMAN' && @.tier == 'COMMUNE')].times").value(2))
                .andExpect(jsonPath("$[?(@.hostRole == 'PC_CHAIRMAN' && @.tier == 'COMMUNE')].effectiveFrom")
                        .value("2026-07-01"))
                .andExpect(jsonPath("$[?(@.hostRole == 'PEOPLES_COUNCIL_STANDING')].times")
                        .value(Matchers.contains(Matchers.nullValue())))
                .andExpect(jsonPath("$[?(@.hostRole == 'PEOPLES_COUNCIL_STANDING')].legalBasis")
                        .value(Matchers.contains(Matchers.containsString("Luật Tiếp công dân 2013"))))
                .andExpect(jsonPath("$[?(@.hostRole == 'PC_CHAIRMAN' && @.tier == 'DISTRICT')]").isEmpty());
        mvc.perform(get("/api/v1/reception/duty-rules").param("on", "2025-06-30")).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.hostRole == 'PC_CHAIRMAN' && @.tier == 'DISTRICT')].times").value(2));
        // The Vietnamese form of the date is read too.
        mvc.perform(get("/api/v1/reception/duty-rules").param("on", "30/06/2025")).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.hostRole == 'PC_CHAIRMAN' && @.tier == 'DISTRICT')].times").value(2));
        assertThat(reference.dutyRulesOn(LocalDate.of(2026, 7, 1))).anySatisfy(r -> {
            assertThat(r.role()).isEqualTo(HostRole.PEOPLES_COUNCIL_STANDING);
            assertThat(r.status()).isEqualTo("TO_VERIFY");
        });
    }
}
