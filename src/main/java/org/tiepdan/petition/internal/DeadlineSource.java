package org.tiepdan.petition.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.tiepdan.calendar.Deadline;
import org.tiepdan.calendar.DeadlineRule;
import org.tiepdan.calendar.DeadlineVariant;

/** The calendar module as the aggregate needs it (the service supplies it, for the petition's unit). */
interface DeadlineSource {

    Deadline compute(String code, DeadlineVariant variant, LocalDate start);

    /**
     * The deadline where the law had a rule on {@code start} (for the unit's province), else empty: a
     * clock the law did not have that day is not started.
     */
    Optional<Deadline> computeIfInForce(String code, DeadlineVariant variant, LocalDate start);

    /** The rule in force on {@code on} for the unit, or empty. */
    Optional<DeadlineRule> rule(String code, DeadlineVariant variant, LocalDate on);

    Deadline extend(Deadline deadline, String extensionCode, LocalDate on, String reason);

    /** Rebuilds the calendar's deadline from its stored versions (compute, then replay). */
    Deadline restore(PetitionDeadline stored);
}
