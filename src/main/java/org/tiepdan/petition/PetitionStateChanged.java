package org.tiepdan.petition;

import java.time.LocalDate;

/**
 * Published by the petition module after each step taken on a petition (within the step's
 * transaction; listen with {@code @TransactionalEventListener} to act only once it committed).
 * {@code action}, {@code from} and {@code to} are the names of the workflow step and states
 * (labels {@code petition.action.*}, {@code petition.state.*}); {@code from} equals {@code to} for
 * steps that keep the state (an extension, a reminder). Carries ids and names only, no identity data
 * and no tracking code: the event publication registry stores it (as JSON, in {@code event_publication})
 * until its after-commit listeners have run, so it must hold nothing a petitioner's privacy needs kept
 * out of that table. Whoever needs what a petitioner may see asks {@link PetitionTracking#afterChange}.
 */
public record PetitionStateChanged(long petitionId, String action, String from, String to, LocalDate on) {
}
