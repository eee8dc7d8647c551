package org.tiepdan.calendar;

import java.util.List;

/**
 * A year of the working calendar.
 *
 * @param year        the year
 * @param provisional true ("dự kiến") when no schedule was announced for the year or an
 *                    administrator has not confirmed it yet
 * @param announced   true when the year's schedule was entered as data (not only computed from rules)
 * @param source      the document that announced the schedule, when known
 * @param days        every listed day (holidays, days off, make-up days), in date order
 */
public record YearSchedule(int year, boolean provisional, boolean announced, String source, List<CalendarDay> days) {

    public YearSchedule {
        days = List.copyOf(days);
    }
}
