package org.tiepdan.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.tiepdan.calendar.CalendarDay;

/**
 * One year's working days, precomputed: {@code cumulative[i]} is the number of working days among
 * the first i days of the year, so membership, counting and adding are O(1) or O(log 366).
 */
final class YearTable {

    final int year;
    final LocalDate first;
    final int length;
    /** cumulative[0] = 0; cumulative[i] = working days among days 1..i of the year. */
    private final int[] cumulative;

    YearTable(int year, List<CalendarDay> days) {
        this.year = year;
        this.first = LocalDate.of(year, 1, 1);
        this.length = first.lengthOfYear();
        boolean[] working = new boolean[length + 1];
        DayOfWeek dow = first.getDayOfWeek();
        for (int i = 1; i <= length; i++) {
            working[i] = dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
            dow = dow.plus(1);
        }
        for (CalendarDay day : days) {
            if (day.date().getYear() == year) {
                working[day.date().getDayOfYear()] = !day.kind().isOff();
            }
        }
        cumulative = new int[length + 1];
        for (int i = 1; i <= length; i++) {
            cumulative[i] = cumulative[i - 1] + (working[i] ? 1 : 0);
        }
    }

    int total() {
        return cumulative[length];
    }

    boolean isWorking(int dayOfYear) {
        return cumulative[dayOfYear] != cumulative[dayOfYear - 1];
    }

    /** Working days among days 1..dayOfYear. */
    int upTo(int dayOfYear) {
        return cumulative[dayOfYear];
    }

    /** The day of year of the n-th working day of the year (1 <= n <= total()). */
    int nth(int n) {
        int lo = 1;
        int hi = length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] >= n) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    LocalDate date(int dayOfYear) {
        return first.plusDays(dayOfYear - 1L);
    }
}
