package org.tiepdan.plan;

import java.util.Optional;

/**
 * A module's records as targets of plan task links: a bean of this type makes links of its kind
 * checked (the record must exist), labelled from the record and clickable. Modules other than
 * the plan's own dependencies implement it in their own package.
 */
public interface PlanLinkTarget {

    PlanLinkKind kind();

    /** The record's label (e.g. "12-TB/ĐU — Thông báo …"), or empty when there is no such record. */
    Optional<String> label(long id);

    /** The unit holding the record, or empty when there is no such record (links are checked against it). */
    Optional<Long> unitOf(long id);

    /** Where the record is shown, e.g. "/inspections/12". */
    String href(long id);
}
