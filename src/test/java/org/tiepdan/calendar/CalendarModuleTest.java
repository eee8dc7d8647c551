package org.tiepdan.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.context.annotation.Import;
import org.tiepdan.ModuleTestSupport;

/**
 * The fast tier: the calendar module alone with the modules it depends on (platform, audit, org,
 * account), on the test JVM's embedded PostgreSQL and its Flyway schema, without the rest of the
 * application or the demo data.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@Import(ModuleTestSupport.class)
class CalendarModuleTest {

    @Autowired
    WorkingCalendar calendar;
    @Autowired
    DeadlineRules rules;

    @Test
    void weekendsAndTheNewYearAreNotWorkingDays() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 3, 5))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 3, 8))).as("Saturday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 3, 9))).as("Sunday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 1))).as("Tết Dương lịch").isFalse();
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 3, 7), 1)).isEqualTo(LocalDate.of(2025, 3, 10));
    }

    @Test
    void deadlinesComeFromTheRulesInTheDatabase() {
        Deadline complaint = rules.compute("COMPLAINT_RESOLVE_R1", LocalDate.of(2025, 3, 5));
        assertThat(complaint.due()).isEqualTo(LocalDate.of(2025, 4, 4));
        assertThat(complaint.explanation()).endsWith("hạn 04/04/2025");
        assertThat(rules.compute("PETITION_HANDLE", LocalDate.of(2025, 1, 20)).due())
                .isEqualTo(LocalDate.of(2025, 2, 10));
    }
}
