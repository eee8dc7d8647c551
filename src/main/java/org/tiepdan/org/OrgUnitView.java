package org.tiepdan.org;

import java.time.LocalDate;

/** A unit as other modules see it. {@code validTo} is the last day it existed; null while open. */
public record OrgUnitView(long id, String name, OrgUnitKind kind, AdminTier tier, String code, Long parentId,
        LocalDate validFrom, LocalDate validTo, Long successorId) {

    public boolean isOpen() {
        return validTo == null;
    }

    /** True when the unit existed on that day. */
    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}
