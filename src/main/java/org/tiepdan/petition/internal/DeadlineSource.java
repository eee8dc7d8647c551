package org.tiepdan.petition.internal;

import java.time.LocalDate;

import org.tiepdan.calendar.Deadline;
import org.tiepdan.calendar.DeadlineVariant;

/** The calendar module as the aggregate needs it (the service supplies it, for the petition's unit). */
interface DeadlineSource {

    Deadline compute(String code, DeadlineVariant variant, LocalDate start);

    Deadline extend(Deadline deadline, String extensionCode, LocalDate on, String reason);

    /** Rebuilds the calendar's deadline from its stored versions (compute, then replay). */
    Deadline restore(PetitionDeadline stored);
}
