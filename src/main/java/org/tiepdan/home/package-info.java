/**
 * Each role's home page, assembled from the {@code DashboardCards} beans modules declare; it
 * imports no feature module. See docs/home.md.
 *
 * <p>Allowed dependencies, each a decision (checked by {@code ModularityTest}; to add one, add it
 * here with its reason): {@code platform}: dates; {@code account}: the signed-in user and their
 * roles; {@code org}: names of the user's units.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "platform", "account", "org"})
package org.tiepdan.home;
