package org.tiepdan.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tiepdan.calendar.CalendarDay;
import org.tiepdan.calendar.DayKind;

/** The engine on its own: rules, compensatory days, arithmetic. No Spring, no database. */
class CalendarEngineTest {

    static final LocalDate BLLD2019 = LocalDate.of(2021, 1, 1);

    /** The same rules as V10__calendar.sql. */
    static List<HolidayRule> rules() {
        LocalDate end2012 = LocalDate.of(2020, 12, 31);
        return List.of(
                new HolidayRule("NEW_YEAR", "NY", HolidayRule.Kind.SOLAR, 1, 1, 1, 0, "BLLĐ 2012", null, end2012),
                new HolidayRule("TET", "TET", HolidayRule.Kind.LUNAR_NEW_YEAR, 1, 1, 5, 1, "BLLĐ 2012", null, end2012),
                new HolidayRule("HK", "HK", HolidayRule.Kind.LUNAR, 3, 10, 1, 0, "BLLĐ 2012", null, end2012),
                new HolidayRule("R", "R", HolidayRule.Kind.SOLAR, 4, 30, 1, 0, "BLLĐ 2012", null, end2012),
                new HolidayRule("L", "L", HolidayRule.Kind.SOLAR, 5, 1, 1, 0, "BLLĐ 2012", null, end2012),
                new HolidayRule("N", "N", HolidayRule.Kind.SOLAR, 9, 2, 1, 0, "BLLĐ 2012", null, end2012),
                new HolidayRule("NEW_YEAR", "NY", HolidayRule.Kind.SOLAR, 1, 1, 1, 0, "BLLĐ 2019", BLLD2019, null),
                new HolidayRule("TET", "TET", HolidayRule.Kind.LUNAR_NEW_YEAR, 1, 1, 5, 1, "BLLĐ 2019", BLLD2019, null),
                new HolidayRule("HK", "HK", HolidayRule.Kind.LUNAR, 3, 10, 1, 0, "BLLĐ 2019", BLLD2019, null),
                new HolidayRule("R", "R", HolidayRule.Kind.SOLAR, 4, 30, 1, 0, "BLLĐ 2019", BLLD2019, null),
                new HolidayRule("L", "L", HolidayRule.Kind.SOLAR, 5, 1, 1, 0, "BLLĐ 2019", BLLD2019, null),
                new HolidayRule("N", "N", HolidayRule.Kind.SOLAR_WITH_ADJACENT, 9, 2, 1, 0, "BLLĐ 2019", BLLD2019, null));
    }

    static final CalendarTexts TEXTS = new CalendarTexts("Nghỉ bù {0}", "{0} - ngày liền kề", "Tính theo {0}");

    static CalendarData computedOnly() {
        return new CalendarData(List.of(), Map.of(), rules(), TEXTS, 0);
    }

    static List<LocalDate> offWeekdays(List<CalendarDay> days) {
        return days.stream().filter(d -> d.kind().isOff() && d.date().getDayOfWeek().getValue() <= 5)
                .map(CalendarDay::date).toList();
    }

    @Test
    void rulesReproduceTheOfficial2022And2025Holidays() {
        CalendarData computed = computedOnly();
        CalendarData official = new CalendarData(
                DaysOffSeedMigration.shippedRows().stream().map(r -> new CalendarDay(r.date(), r.kind(), r.name(),
                        r.source(), r.confirmed(), false)).toList(),
                Map.of(2022, new DeclaredYear(2022, true, null, null)), rules(), TEXTS, 0);
        // 2022 had no swapped days: the statutory rules alone give the official schedule.
        assertThat(offWeekdays(computed.days(2022))).isEqualTo(offWeekdays(official.days(2022)));
    }

    @Test
    void compensatoryDayOffForAHolidayOnAWeekend() {
        CalendarData c = computedOnly();
        // 01/01/2028 is a Saturday: Monday 03/01/2028 is the day off.
        assertThat(c.days(2028)).anySatisfy(d -> {
            assertThat(d.date()).isEqualTo(LocalDate.of(2028, 1, 3));
            assertThat(d.kind()).isEqualTo(DayKind.DAY_OFF);
            assertThat(d.name()).isEqualTo("Nghỉ bù NY");
        });
        assertThat(c.isWorkingDay(LocalDate.of(2028, 1, 3))).isFalse();
        assertThat(c.isWorkingDay(LocalDate.of(2028, 1, 4))).isTrue();
        // 30/04 and 01/05/2022 fell on Saturday and Sunday: Monday 02 and Tuesday 03/05 off.
        assertThat(offWeekdays(c.days(2022))).contains(LocalDate.of(2022, 5, 2), LocalDate.of(2022, 5, 3));
        // Compensatory days skip days that are already off: Tết 2024 (Sat 10/02) runs Fri 09–Tue 13, then 14 and 15.
        assertThat(offWeekdays(c.days(2024))).containsSubsequence(LocalDate.of(2024, 2, 9), LocalDate.of(2024, 2, 12),
                LocalDate.of(2024, 2, 13), LocalDate.of(2024, 2, 14), LocalDate.of(2024, 2, 15));
    }

    @Test
    void nationalDayIsOneDayUntil2020AndTwoFrom2021() {
        CalendarData c = computedOnly();
        assertThat(offWeekdays(c.days(2020))).contains(LocalDate.of(2020, 9, 2)).doesNotContain(
                LocalDate.of(2020, 9, 1), LocalDate.of(2020, 9, 3));
        assertThat(offWeekdays(c.days(2021))).contains(LocalDate.of(2021, 9, 2), LocalDate.of(2021, 9, 3));
    }

    @Test
    void arithmeticAcrossYears() {
        CalendarData c = computedOnly();
        LocalDate fri = LocalDate.of(2027, 12, 31);
        assertThat(c.addWorkingDays(fri, 0)).isEqualTo(fri);
        // 01/01/2028 Sat (holiday), Sun, Mon 03/01 compensatory: first working day Tue 04/01.
        assertThat(c.addWorkingDays(fri, 1)).isEqualTo(LocalDate.of(2028, 1, 4));
        assertThat(c.countWorkingDays(fri, LocalDate.of(2028, 1, 4))).isEqualTo(1);
        assertThat(c.countWorkingDays(LocalDate.of(2028, 1, 4), fri)).isEqualTo(-1);
        assertThat(c.addCalendarDays(fri, 1)).isEqualTo(LocalDate.of(2028, 1, 4));
        LocalDate start = LocalDate.of(2030, 3, 5);
        for (int n = 0; n < 800; n += 7) {
            LocalDate end = c.addWorkingDays(start, n);
            assertThat(c.countWorkingDays(start, end)).isEqualTo(n);
            assertThat(n == 0 || c.isWorkingDay(end)).isTrue();
        }
    }

    @Test
    void csvParsing() throws Exception {
        String csv = "\uFEFFdate,kind,name,source,confidence,note\r\n"
                + "2031-01-01,HOLIDAY,\"Tết, \"\"Dương lịch\"\"\",\"a ; b\",confirmed,\r\n"
                + "2031-01-04,makeup_workday,Làm bù,,unsure,\"multi\nline\"\n";
        List<DaysOffCsv.Row> rows = DaysOffCsv.read(new StringReader(csv));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).name()).isEqualTo("Tết, \"Dương lịch\"");
        assertThat(rows.get(0).confirmed()).isTrue();
        assertThat(rows.get(1).kind()).isEqualTo(DayKind.MAKEUP_WORKDAY);
        assertThat(rows.get(1).confirmed()).isFalse();
        assertThat(rows.get(1).note()).isEqualTo("multi\nline");
    }
}
