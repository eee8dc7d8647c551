package org.tiepdan.calendar;

import java.time.LocalDate;

/**
 * The one place that knows what a working day is in Vietnam. Every module computes its time
 * limits with it; nobody types a deadline.
 *
 * <p>A working day is Monday to Friday, or a make-up working day, and is not a holiday or a day off.
 * Periods do not count their starting day (Bộ luật Dân sự 2015 Art. 147). Dates from 01/01/1900
 * to 31/12/2100 are supported; outside, methods throw {@code DomainException.invalid("calendar-out-of-range")}.
 * Answers come from a per-year precomputed table, refreshed when an administrator edits a year
 * (on this node at once, on other nodes within {@code tiepdan.calendar.refresh-interval}).
 */
public interface WorkingCalendar {

    LocalDate MIN_DATE = LocalDate.of(1900, 1, 1);
    LocalDate MAX_DATE = LocalDate.of(2100, 12, 31);

    boolean isWorkingDay(LocalDate date);

    /** The {@code days}-th working day after {@code from} (from itself when days is 0). */
    LocalDate addWorkingDays(LocalDate from, int days);

    /**
     * {@code from} plus {@code days} calendar days; when that day is not a working day, the next
     * working day (Bộ luật Dân sự 2015 Art. 148).
     */
    LocalDate addCalendarDays(LocalDate from, int days);

    /** Adds in the given unit. */
    default LocalDate add(LocalDate from, int amount, DurationUnit unit) {
        return unit == DurationUnit.WORKING_DAY ? addWorkingDays(from, amount) : addCalendarDays(from, amount);
    }

    /** The date itself when it is a working day, else the next working day. */
    LocalDate workingDayOnOrAfter(LocalDate date);

    /** Working days d with {@code from < d <= to}; negative when {@code to} is before {@code from}. */
    int countWorkingDays(LocalDate from, LocalDate to);

    /** The year's schedule: announced or computed from the statutory rules (then provisional). */
    YearSchedule year(int year);

    /** Drops cached tables so the next call reads the database again. */
    void refresh();
}
