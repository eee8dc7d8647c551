/**
 * Accounts, roles and access ({@code Accounts}, {@code Access} — the {@code access} bean of method
 * security —, {@code UnitChoices}, {@code Role}, {@code TiepdanUser}, {@code RoleGrantView}). See
 * docs/security.md.
 *
 * <p>Allowed dependencies, each a decision (checked by {@code ModularityTest}; to add one, add it
 * here with its reason): {@code platform}: errors, client address, public endpoints, demo data, the map tile server in the CSP;
 * {@code audit}: sign-ins and grants are audited; {@code org}: roles are granted at a unit and
 * reach its subtree.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "audit", "org"})
package org.tiepdan.account;
