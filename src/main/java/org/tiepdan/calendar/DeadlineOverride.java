package org.tiepdan.calendar;

/** A body's stricter internal limit for a rule, for its unit and every unit under it. */
public record DeadlineOverride(long id, long unitId, String ruleCode, DeadlineVariant variant, int duration,
        String note) {
}
