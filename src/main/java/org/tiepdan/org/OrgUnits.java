package org.tiepdan.org;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The administrative map: territories from the national catalogue and the bodies in them. Every
 * change is checked by the unit's own rules and written to the audit log in its transaction.
 */
public interface OrgUnits {

    /** The unit; a NOT_FOUND {@code DomainException} when it does not exist. */
    OrgUnitView get(long id);

    Optional<OrgUnitView> find(long id);

    /** The open or closed territory with that GSO code (2 digits a province, 5 a commune). */
    Optional<OrgUnitView> findAreaByCode(String gsoCode);

    /** Diacritic-insensitive search on names ("ky thuong" finds "Xã Kỳ Thượng"), open units first. */
    List<OrgUnitView> search(String q, int limit);

    /** Units without a parent, open ones first, by name. */
    List<OrgUnitView> topLevel();

    /** Direct children, territories first, then bodies, open ones first, by name. */
    List<OrgUnitView> children(long id);

    /** From the top-level unit down to the unit itself. */
    List<OrgUnitView> path(long id);

    /** Units merged directly into this one. */
    List<OrgUnitView> predecessors(long id);

    /** Merges in which the unit was the successor or a predecessor, oldest first. */
    List<OrgUnitMerge> mergeHistory(long id);

    OrgUnitView create(NewOrgUnit unit);

    /** Edits a unit; a stale {@code expectedVersion} fails with an optimistic locking exception. */
    OrgUnitView update(long id, long expectedVersion, OrgUnitChange change);

    /** The unit's current version, for edit forms. */
    long version(long id);

    /** Closes the unit: {@code validTo} is its last day. */
    void close(long id, LocalDate validTo);

    /**
     * Merges the predecessors into the successor from {@code effectiveOn}: each predecessor closes
     * the day before and names the successor, and the merge is recorded.
     */
    OrgUnitView merge(List<Long> predecessorIds, long successorId, LocalDate effectiveOn, String note);

    /**
     * Creates under a territory the bodies an installation needs, when missing: the Party
     * committee, the People's Committee and the Fatherland Front (and the inspectorate of a
     * province). Returns the units it created.
     */
    List<OrgUnitView> setUpStandardBodies(long areaId);

    /** The territory (province or commune) this installation serves, once an administrator chose it. */
    Optional<OrgUnitView> servedArea();

    /**
     * Chooses the territory this installation serves and creates its standard bodies when missing;
     * returns the bodies created.
     */
    List<OrgUnitView> serveArea(long areaId);
}
