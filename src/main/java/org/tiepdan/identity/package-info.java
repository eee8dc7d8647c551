/**
 * Sealed identities of denouncers and petitioners ({@code IdentityVault}, {@code IdentityPanels},
 * {@code IdentitySubjects}, {@code Person}, {@code SealedPerson}): reading one in clear takes a grant
 * and an audit row. See docs/security.md.
 *
 * <p>Allowed dependencies (checked by {@code ModularityTest}; a new one is a decision: add it here
 * with its reason, see docs/architecture.md):
 * <ul>
 *   <li>{@code platform}: errors, dates, ID documents, demo data</li>
 *   <li>{@code audit}: every reveal is audited</li>
 *   <li>{@code account}: grants, roles and two-factor checks</li>
 *   <li>{@code home}: the custodian's card of pending requests</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "audit", "account", "home"})
package org.tiepdan.identity;
