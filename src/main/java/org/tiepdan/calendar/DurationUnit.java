package org.tiepdan.calendar;

/** How a legal time limit is counted. */
public enum DurationUnit {
    /** Working days: Monday to Friday and make-up days, minus holidays and days off. */
    WORKING_DAY,
    /** Calendar days; a period ending on a day off ends on the next working day (BLDS 2015 Art. 148). */
    CALENDAR_DAY
}
