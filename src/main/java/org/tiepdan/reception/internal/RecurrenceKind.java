package org.tiepdan.reception.internal;

/** How a schedule repeats. Labels under {@code reception.recurrence.}. */
enum RecurrenceKind {
    /** Given days of every month ("ngày 10 và 25 hằng tháng"). */
    DAYS_OF_MONTH,
    /** A weekday, every week or given weeks of the month ("thứ Năm tuần thứ 1 và 3"). */
    WEEKDAY
}
