/**
 * Accounts, roles and access ({@code Accounts}, {@code Access} — the {@code access} bean of method
 * security —, {@code UnitChoices}, {@code Role}, {@code TiepdanUser}, {@code RoleGrantView}). See
 * docs/security.md.
 *
 * <p>Allowed dependencies (checked by {@code ModularityTest}; a new one is a decision: add it here
 * with its reason, see docs/architecture.md):
 * <ul>
 *   <li>{@code platform}: errors, client address, public endpoints, demo data</li>
 *   <li>{@code audit}: sign-ins and grants are audited</li>
 *   <li>{@code org}: roles are granted at a unit and reach its subtree</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "audit", "org"})
package org.tiepdan.account;
