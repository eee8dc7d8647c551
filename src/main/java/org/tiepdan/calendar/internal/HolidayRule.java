package org.tiepdan.calendar.internal;

import java.time.LocalDate;

/**
 * A statutory public holiday as data (table {@code holiday_rule}), in force for holidays falling
 * between {@code effectiveFrom} and {@code effectiveTo} (both inclusive, null = open).
 *
 * @param kind       SOLAR (fixed solar date), LUNAR (fixed lunar date), LUNAR_NEW_YEAR (Tết:
 *                   {@code days} days, the first {@code daysBefore} of them before mùng 1),
 *                   SOLAR_WITH_ADJACENT (fixed solar date and one adjacent day)
 */
public record HolidayRule(String code, String name, Kind kind, int month, int day, int days, int daysBefore,
        String legalBasis, LocalDate effectiveFrom, LocalDate effectiveTo) {

    public enum Kind { SOLAR, LUNAR, LUNAR_NEW_YEAR, SOLAR_WITH_ADJACENT }

    public boolean inForceOn(LocalDate date) {
        return (effectiveFrom == null || !date.isBefore(effectiveFrom))
                && (effectiveTo == null || !date.isAfter(effectiveTo));
    }
}
