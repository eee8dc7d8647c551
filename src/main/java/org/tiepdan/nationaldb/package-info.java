/**
 * The national database on complaints and denunciations (NĐ 55/2022/NĐ-CP): the documented,
 * versioned and still unvalidated mapping of our records to its Art. 6 data groups, the export,
 * the per-record sync status (an outbox filled by triggers in the records' own transactions) and the
 * sender, a replaceable transport run on one node at a time. See docs/national-db.md.
 *
 * <p>Allowed dependencies, each a decision (checked by {@code ModularityTest}; to add one, add it
 * here with its reason): {@code platform}: errors, dates, demo data; {@code audit}: exports are
 * audited; {@code org}: units of the records sent; {@code account}: {@code Access};
 * {@code identity}: only the pseudonyms of sealed people are sent.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "platform", "audit", "org", "account", "identity"})
package org.tiepdan.nationaldb;
