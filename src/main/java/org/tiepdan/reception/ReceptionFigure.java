package org.tiepdan.reception;

import java.util.List;

/**
 * A count and the records behind it. {@code records} are ids of {@code recordType}
 * ({@code ReceptionSession} or {@code ReceptionVisit}); the count is computed from the same rows,
 * so it cannot disagree with the list (for people received it is the sum of headcounts of the
 * listed visits, otherwise the number of ids).
 */
public record ReceptionFigure(String recordType, long count, List<Long> records) {

    public ReceptionFigure {
        records = List.copyOf(records);
    }
}
