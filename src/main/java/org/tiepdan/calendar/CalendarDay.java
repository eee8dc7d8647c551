package org.tiepdan.calendar;

import java.time.LocalDate;

/**
 * One listed day of the working calendar.
 *
 * @param date      the day
 * @param kind      holiday, day off or make-up working day
 * @param name      its name, in Vietnamese (data)
 * @param source    the document that announced it, or the rule it was computed from
 * @param confirmed false when the row still waits for an administrator's confirmation
 * @param computed  true when the day comes from the statutory rules, not from an announced schedule
 */
public record CalendarDay(LocalDate date, DayKind kind, String name, String source, boolean confirmed,
        boolean computed) {

    /** True for a day off falling Monday to Friday, or a make-up day: what changes the working week. */
    public boolean changesWorkingWeek() {
        boolean weekend = date.getDayOfWeek().getValue() >= 6;
        return kind == DayKind.MAKEUP_WORKDAY || !weekend;
    }
}
