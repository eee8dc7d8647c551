/**
 * The citizens' side (issue 12): the public site under {@code /public} (submission, tracking,
 * schedules, published denunciation conclusions, yearly figures), e-mail notifications of state
 * changes, and an Open311 GeoReport v2 endpoint for feedback. No login; abuse controls in
 * {@code internal}. See docs/public-site.md.
 *
 * <p>Allowed dependencies, each a decision (checked by {@code ModularityTest}; to add one, add it
 * here with its reason): {@code platform}: errors, dates, client address, ID documents, PDF, public
 * endpoints, demo data; {@code audit}: public actions are audited; {@code org}: units shown to
 * citizens; {@code account}: {@code Access} on the officers' conclusions screen; {@code petition}:
 * intake, tracking, published conclusions, notifications; {@code reception}: public schedules and
 * figures; {@code dialogue}: public follow-ups; {@code home}: the ratings cards of the head's home.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "platform", "audit", "org", "account", "petition", "reception", "dialogue", "home"})
package org.tiepdan.portal;
