/**
 * The national database on complaints and denunciations (NĐ 55/2022/NĐ-CP): the documented,
 * versioned and still unvalidated mapping of our records to its Art. 6 data groups, the export,
 * the per-record sync status (an outbox filled by triggers in the records' own transactions) and the
 * sender, a replaceable transport run on one node at a time. See docs/national-db.md.
 *
 * <p>Allowed dependencies (checked by {@code ModularityTest}; a new one is a decision: add it here
 * with its reason, see docs/architecture.md):
 * <ul>
 *   <li>{@code platform}: errors, dates, demo data</li>
 *   <li>{@code audit}: exports are audited</li>
 *   <li>{@code org}: units of the records sent</li>
 *   <li>{@code account}: {@code Access}</li>
 *   <li>{@code identity}: only the pseudonyms of sealed people are sent</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "audit", "org", "account", "identity"})
package org.tiepdan.nationaldb;
