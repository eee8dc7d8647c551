package org.tiepdan.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class LunarPropertiesTest {

    @Provide
    Arbitrary<LocalDate> solarDates() {
        long min = LunarDate.MIN_SOLAR.toEpochDay();
        long max = LunarDate.MAX_SOLAR.toEpochDay();
        return Arbitraries.longs().between(min, max).map(LocalDate::ofEpochDay);
    }

    @Property(tries = 2000)
    void solarToLunarToSolar(@ForAll("solarDates") LocalDate date) {
        LunarDate lunar = LunarDate.of(date);
        assertThat(lunar.toSolar()).isEqualTo(date);
        assertThat(LunarDate.of(lunar.year(), lunar.month(), lunar.day(), lunar.leapMonth())).isEqualTo(lunar);
    }

    /** Found by {@link #solarToLunarToSolar} (seed 4125765045031995731): the day before a new moon read as day 0. */
    @net.jqwik.api.Example
    void theDayBeforeANewMoonTheMeanMonthMisplacesIsTheLastOfItsMonth() {
        LunarDate lunar = LunarDate.of(LocalDate.of(2062, 4, 9));
        assertThat(lunar.day()).isBetween(29, 30);
        assertThat(lunar.toSolar()).isEqualTo(LocalDate.of(2062, 4, 9));
        assertThat(LunarDate.of(LocalDate.of(2062, 4, 10)).day()).isEqualTo(1);
    }

    @Property(tries = 500)
    void monthsHave29Or30Days(@ForAll("solarDates") LocalDate date) {
        LunarDate lunar = LunarDate.of(date);
        assertThat(lunar.lengthOfMonth()).isIn(29, 30);
        // The day after the month's last day is the first of a month.
        LocalDate last = LunarDate.of(lunar.year(), lunar.month(), lunar.lengthOfMonth(), lunar.leapMonth()).toSolar();
        if (last.isBefore(LunarDate.MAX_SOLAR)) {
            assertThat(LunarDate.of(last.plusDays(1)).day()).isEqualTo(1);
        }
    }

    @Property(tries = 201)
    void yearsHave12Or13MonthsAndTetInItsWindow(@ForAll @IntRange(min = 1900, max = 2100) int year) {
        LocalDate tet = LunarDate.tet(year);
        assertThat(tet).isBetween(LocalDate.of(year, Month.JANUARY, 21), LocalDate.of(year, Month.FEBRUARY, 20));
        int months = LunarDate.monthsInYear(year);
        assertThat(months).isIn(12, 13);
        if (year < 2100) {
            long days = LunarDate.tet(year + 1).toEpochDay() - tet.toEpochDay();
            assertThat(days).isBetween(months * 29L, months * 30L);
            assertThat(days).isIn(months == 12 ? new Long[] {353L, 354L, 355L} : new Long[] {383L, 384L, 385L});
        }
    }
}
