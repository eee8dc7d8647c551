package org.tiepdan.petition;

import java.util.Map;

/** Yearly counts for the public site: numbers only, never records. */
public interface PetitionCounts {

    /**
     * Petitions received in the year by kind (unclassified ones apart), and petitions settled in
     * the year, of which within every legal time limit.
     */
    record Year(int year, Map<PetitionKind, Integer> receivedByKind, int unclassified, int settled,
            int settledOnTime) {

        public int received() {
            return receivedByKind.values().stream().mapToInt(Integer::intValue).sum() + unclassified;
        }
    }

    /** For the unit and every unit under it (with merged predecessors). */
    Year ofYear(long unitId, int year);
}
