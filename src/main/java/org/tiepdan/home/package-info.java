/**
 * Each role's home page, assembled from the {@code DashboardCards} beans modules declare; it
 * imports no feature module. See docs/home.md.
 *
 * <p>Allowed dependencies (checked by {@code ModularityTest}; a new one is a decision: add it here
 * with its reason, see docs/architecture.md):
 * <ul>
 *   <li>{@code platform}: dates</li>
 *   <li>{@code account}: the signed-in user and their roles</li>
 *   <li>{@code org}: names of the user's units</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "account", "org"})
package org.tiepdan.home;
