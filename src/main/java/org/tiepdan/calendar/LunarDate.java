package org.tiepdan.calendar;

import java.time.LocalDate;

import org.tiepdan.calendar.internal.VietnameseLunarAlgorithm;
import org.tiepdan.platform.DomainException;

/**
 * A date of the Vietnamese lunar calendar (âm lịch), computed for UTC+7, which differs from the
 * Chinese calendar in some years. Supported for solar dates from 01/01/1900 to 31/12/2100 and lunar
 * years 1900 to 2100.
 *
 * @param year      lunar year (the year in which its first month begins)
 * @param month     1..12
 * @param day       1..30
 * @param leapMonth true for the intercalary repeat of {@code month} (tháng nhuận)
 */
public record LunarDate(int year, int month, int day, boolean leapMonth) {

    public static final LocalDate MIN_SOLAR = LocalDate.of(1900, 1, 1);
    public static final LocalDate MAX_SOLAR = LocalDate.of(2100, 12, 31);
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2100;

    /** Converts a solar (Gregorian) date. Throws {@code invalid("lunar-out-of-range", "date")} outside 1900–2100. */
    public static LunarDate of(LocalDate date) {
        if (date == null || date.isBefore(MIN_SOLAR) || date.isAfter(MAX_SOLAR)) {
            throw DomainException.invalid("lunar-out-of-range", "date", MIN_YEAR, MAX_YEAR);
        }
        int[] l = VietnameseLunarAlgorithm.toLunar(date);
        return new LunarDate(l[0], l[1], l[2], l[3] == 1);
    }

    /**
     * Validates and builds a lunar date: the month must exist (a leap month only where the year has
     * one) and the day must be within the month's length.
     */
    public static LunarDate of(int year, int month, int day, boolean leapMonth) {
        // The first weeks of 1900 belong to lunar year 1899: accepted so that every solar date round-trips.
        if (year < MIN_YEAR - 1 || year > MAX_YEAR) {
            throw DomainException.invalid("lunar-out-of-range", "year", MIN_YEAR, MAX_YEAR);
        }
        if (month < 1 || month > 12) {
            throw DomainException.invalid("lunar-month-invalid", "month");
        }
        long start = VietnameseLunarAlgorithm.monthStart(year, month, leapMonth);
        if (start < 0) {
            throw DomainException.invalid("lunar-leap-month-invalid", "leapMonth", month, year);
        }
        int length = lengthOf(start);
        if (day < 1 || day > length) {
            throw DomainException.invalid("lunar-day-invalid", "day", length);
        }
        return new LunarDate(year, month, day, leapMonth);
    }

    /** The lunar new year's day (mùng 1 Tết) of a lunar year, as a solar date. */
    public static LocalDate tet(int year) {
        return of(year, 1, 1, false).toSolar();
    }

    /** The solar date of this lunar date. */
    public LocalDate toSolar() {
        long start = VietnameseLunarAlgorithm.monthStart(year, month, leapMonth);
        if (start < 0) {
            throw DomainException.invalid("lunar-leap-month-invalid", "leapMonth", month, year);
        }
        return VietnameseLunarAlgorithm.fromJdn(start + day - 1);
    }

    /** 29 or 30. */
    public int lengthOfMonth() {
        return lengthOf(VietnameseLunarAlgorithm.monthStart(year, month, leapMonth));
    }

    /** The leap month of a lunar year (1..12), or 0 when the year has 12 months. */
    public static int leapMonthOf(int year) {
        for (int m = 1; m <= 12; m++) {
            if (VietnameseLunarAlgorithm.monthStart(year, m, true) >= 0) {
                return m;
            }
        }
        return 0;
    }

    /** 12, or 13 in a year with a leap month. */
    public static int monthsInYear(int year) {
        return leapMonthOf(year) == 0 ? 12 : 13;
    }

    private static int lengthOf(long start) {
        // The next month starts at the next new moon: 29 or 30 days later.
        LocalDate first = VietnameseLunarAlgorithm.fromJdn(start);
        int[] probe = VietnameseLunarAlgorithm.toLunar(first.plusDays(29));
        return probe[2] == 1 ? 29 : 30;
    }

    @Override
    public String toString() {
        return day + "/" + month + (leapMonth ? "n" : "") + "/" + year;
    }
}
