package org.tiepdan.portal.internal;

import java.time.LocalDate;

/**
 * A denunciation conclusion on the public site: which petition and body, the officer's public
 * summary (no personal data), and the days it is shown (at least 15 consecutive, NĐ 31/2019 Art. 6).
 */
record PublishedConclusion(long id, long petitionId, long unitId, String unitName, LocalDate concludedOn,
        String summary, LocalDate publishedFrom, LocalDate publishedUntil) {

    boolean showingOn(LocalDate day) {
        return !day.isBefore(publishedFrom) && !day.isAfter(publishedUntil);
    }
}
