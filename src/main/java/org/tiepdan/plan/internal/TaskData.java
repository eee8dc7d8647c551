package org.tiepdan.plan.internal;

import java.time.LocalDate;
import java.util.Collection;

/** What a form or the API says about a task, before the plan checks it. */
record TaskData(String title, String content, Long leadUnitId, Collection<Long> coordinatorIds, FrameKind frameKind,
        LocalDate startsOn, LocalDate endsOn, Integer quarter) {
}
