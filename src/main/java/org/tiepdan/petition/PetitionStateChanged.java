package org.tiepdan.petition;

import java.time.LocalDate;

/**
 * Published by the petition module after each step taken on a petition (within the step's
 * transaction; listen with {@code @TransactionalEventListener} to act only once it committed).
 * {@code action}, {@code from} and {@code to} are the names of the workflow step and states
 * (labels {@code petition.action.*}, {@code petition.state.*}); {@code from} equals {@code to} for
 * steps that keep the state (an extension, a reminder). Carries no identity data: whoever needs
 * what a petitioner may see asks {@link PetitionTracking#afterChange}.
 */
public record PetitionStateChanged(long petitionId, String trackingCode, String action, String from, String to,
        LocalDate on) {
}
