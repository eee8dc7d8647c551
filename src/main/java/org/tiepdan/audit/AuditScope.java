package org.tiepdan.audit;

import java.util.List;

/**
 * Which audit rows the current user may read on the audit screen, answered by the module that knows
 * roles and units (account), so that the audit module depends on nobody. An administrator held at a
 * commune reads the rows of their subtree only (reveals, grants and account changes of other
 * communes are none of their business); an installation-wide administrator reads every row.
 */
public interface AuditScope {

    /** True when the current user reads every row, those without a unit (sign-ins, setup) included. */
    boolean readsEverything();

    /** The units whose rows the current user may read (used when {@link #readsEverything()} is false). */
    List<Long> readableUnits();
}
