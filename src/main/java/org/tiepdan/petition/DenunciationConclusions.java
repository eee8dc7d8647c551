package org.tiepdan.petition;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Denunciations whose content was concluded, for the public site's publication of conclusions
 * (NĐ 31/2019 Art. 6). Numbers and dates only: no content, no people.
 */
public interface DenunciationConclusions {

    record Concluded(long petitionId, long unitId, String registrationNumber, LocalDate concludedOn) {
    }

    /** Concluded (or published) denunciations held by these units, newest conclusion first. */
    List<Concluded> concludedAt(Collection<Long> unitIds);

    /** The petition when it is a concluded denunciation. */
    Optional<Concluded> find(long petitionId);
}
