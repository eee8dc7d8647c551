package org.tiepdan.calendar;

/** What a listed day is. Ordinary weekdays and weekends are not listed. */
public enum DayKind {
    /** A statutory public holiday (ngày lễ, Tết). */
    HOLIDAY,
    /** A day off that is not itself a holiday: compensatory (nghỉ bù) or swapped (hoán đổi). */
    DAY_OFF,
    /** A weekend day worked to make up for a swapped day off (làm bù). */
    MAKEUP_WORKDAY;

    public boolean isOff() {
        return this != MAKEUP_WORKDAY;
    }
}
