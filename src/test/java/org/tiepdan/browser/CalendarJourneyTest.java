package org.tiepdan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tiepdan.FullStackTest;
import org.tiepdan.calendar.WorkingCalendar;

/** The public calendar page and its deadline calculator, in a real browser, without logging in. */
@FullStackTest
class CalendarJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    WorkingCalendar calendar;

    @Test
    void aCitizenSeesTheDaysOffOf2025AndComputesADeadlineAcrossTet() {
        // Tết Ất Tỵ: off from Saturday 25/01 to Sunday 02/02/2025; ten working days after 24/01 end on 14/02.
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 1, 24), 10)).isEqualTo(LocalDate.of(2025, 2, 14));
        try (Browser browser = Browser.open(port)) {
            browser.go("/calendar/2025");
            assertThat(browser.text("#calendar-days")).contains("Tết Nguyên đán").contains("Giỗ Tổ Hùng Vương");
            browser.type("#calc-from", "24/01/2025").type("#calc-days", "10").click("#calc-submit");
            browser.waitForText("#calc-result", "14/02/2025");
            browser.screenshot("calendar-2025");
        }
    }
}
