/**
 * The citizens' side (issue 12): the public site under {@code /public} (submission, tracking,
 * schedules, published denunciation conclusions, yearly figures), e-mail notifications of state
 * changes, and an Open311 GeoReport v2 endpoint for feedback. No login; abuse controls in
 * {@code internal}. See docs/public-site.md.
 */
package org.tiepdan.portal;
