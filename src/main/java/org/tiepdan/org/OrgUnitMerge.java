package org.tiepdan.org;

import java.time.LocalDate;
import java.util.List;

/** One merge: the predecessors closed the day before {@code effectiveOn} and became the successor. */
public record OrgUnitMerge(long id, long successorId, LocalDate effectiveOn, String note, List<Long> predecessorIds) {
}
