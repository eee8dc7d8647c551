/**
 * The citizens' side (issue 12): the public site under {@code /public} (submission, tracking,
 * schedules, published denunciation conclusions, yearly figures), e-mail notifications of state
 * changes, and an Open311 GeoReport v2 endpoint for feedback. No login; abuse controls in
 * {@code internal}. See docs/public-site.md.
 *
 * <p>Allowed dependencies (checked by {@code ModularityTest}; a new one is a decision: add it here
 * with its reason, see docs/architecture.md):
 * <ul>
 *   <li>{@code platform}: errors, dates, client address, ID documents, PDF, public endpoints, demo data</li>
 *   <li>{@code audit}: public actions are audited</li>
 *   <li>{@code org}: units shown to citizens</li>
 *   <li>{@code account}: {@code Access} on the officers' conclusions screen</li>
 *   <li>{@code petition}: intake, tracking, published conclusions, notifications</li>
 *   <li>{@code reception}: public schedules and figures</li>
 *   <li>{@code dialogue}: public follow-ups</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "audit", "org", "account", "petition", "reception", "dialogue"})
package org.tiepdan.portal;
