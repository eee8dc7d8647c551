package org.tiepdan.identity;

import java.util.List;

/**
 * Who may learn that two sealed records concern the same person. A match on the keyed hashes of two
 * denouncers says "the person who wrote this also wrote that": to someone who typed a guessed CCCD
 * into a throw-away denunciation it confirms a denouncer as surely as a reveal. So a match is named
 * only to a user who could reveal both records anyway (a valid grant of their own on each), or to the
 * custodian who resolves it on request, audited like a reveal. Everyone else learns only that a
 * sealed record may concern the same person and is told to ask the custodian.
 */
public interface IdentityMatches {

    /** True when the current user holds a valid grant (requested by them, not expired) on every subject. */
    boolean granted(SubjectRef... subjects);

    /** True when the current user is an IDENTITY_CUSTODIAN at the unit or above it (may resolve matches there). */
    boolean resolves(long unitId);

    /**
     * Records that the current user saw which sealed records match the subject: one {@code REVEAL} audit
     * row naming the subject and the records (never a person).
     */
    void matchesSeen(SubjectRef subject, long unitId, List<SubjectRef> matches);
}
