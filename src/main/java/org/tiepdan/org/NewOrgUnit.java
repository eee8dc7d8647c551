package org.tiepdan.org;

import java.time.LocalDate;

/**
 * What is needed to create a unit. A null tier takes the parent's tier (a body sits at the level of
 * its territory), or PROVINCE at the top; a null validFrom means today.
 */
public record NewOrgUnit(String name, OrgUnitKind kind, AdminTier tier, Long parentId, String code,
        LocalDate validFrom) {
}
