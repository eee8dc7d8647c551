package org.tiepdan.identity;

import java.util.Set;

import org.tiepdan.platform.CitizenNotifier;

/**
 * Reaching a sealed denouncer without anyone reading their address (issue 24). The address is
 * unsealed inside {@link #send} only, handed to the {@link CitizenNotifier} and forgotten: it is never
 * returned, logged or audited (the audit row names the subject and the medium). Finding which sealed
 * records a contact belongs to compares keyed hashes, never clear text, and its answer stays inside
 * the calling module (the public site answers alike whether or not anything matched).
 */
public interface SealedAddresses {

    /**
     * The ids of the records of {@code subjectType} whose sealed denouncer gave this e-mail address or
     * phone number (canonical forms of {@link org.tiepdan.platform.Contacts}); empty when it is neither.
     */
    Set<Long> subjectsReachableAt(String subjectType, String contact);

    /** Whether a denouncer of the subject gave an address for the medium (told by its keyed hash, nothing opened). */
    boolean reachable(SubjectRef subject, CitizenNotifier.Medium medium);

    /**
     * Sends {@code message} by {@code medium} to each denouncer of the subject who gave an address for
     * it; returns how many were sent (0: none gave one). Unsealing is not a reveal to a person: no grant
     * is needed, and the row in the audit log says only that a notification went out.
     */
    int send(SubjectRef subject, CitizenNotifier.Medium medium, CitizenNotifier.Message message);
}
