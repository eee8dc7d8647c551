package org.tiepdan.dialogue.internal;

import java.time.LocalDate;

import org.tiepdan.calendar.Deadline;

/**
 * A computed time limit as the aggregate keeps it: the last day and the sentence explaining it
 * ("10 ngày làm việc kể từ ngày đối thoại 20/01/2026 (…): hạn 03/02/2026"). The calendar computes it.
 */
record Due(LocalDate date, String explanation) {

    static Due of(Deadline deadline) {
        return new Due(deadline.due(), deadline.explanation());
    }
}
