package org.tiepdan.petition;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a petitioner may see of their petition, by its tracking code and nothing else: the
 * registration number, the day it was received, its stage in plain words, the next due date and
 * the notices issued to them. Never internal notes, handlers' names, nor anyone's identity. A
 * denunciation (declared so by the citizen, or classified so) is {@link TrackedPetition#restricted()}:
 * its denouncer learns only what Luật Tố cáo 2018 lets them know (received, accepted or not,
 * extended, concluded), and its content is not shown back.
 */
public interface PetitionTracking {

    /** A stage as a petitioner understands it. Labels: {@code portal.stage.*}. */
    enum Stage {
        /** Received, being examined (also: classified; for a denunciation, directed). */
        RECEIVED,
        /** Accepted for resolution and being resolved (thụ lý; verification, dialogue, assignment). */
        ACCEPTED,
        /** Resolution suspended (not shown to a denouncer). */
        SUSPENDED,
        /** A Party head directed a body to resolve it. */
        DIRECTED,
        TRANSFERRED,
        GUIDED,
        RETURNED,
        REFUSED,
        ARCHIVED,
        /** Answered: a feedback or recommendation, or a directed body reported back. */
        ANSWERED,
        /** A complaint decision was issued. */
        DECIDED,
        /** A denunciation's content was concluded. */
        CONCLUDED,
        CLOSED,
        /** The petitioner withdrew the complaint or denunciation. */
        WITHDRAWN,
        /** The resolution was terminated (đình chỉ) without a decision on the merits. */
        TERMINATED,
        /** Denunciations only: not accepted by this body (refused, transferred, guided, returned, archived). */
        NOT_ACCEPTED
    }

    /** A notice issued to the petitioner, downloadable with the tracking code. */
    record IssuedNotice(long id, String title, LocalDate on) {
    }

    /**
     * The public view. {@code kind} is the classified kind, else the one the citizen declared, else
     * null; {@code content} is null when restricted; {@code nextDue} is the nearest due date the
     * petitioner may know of (null when settled or unknown).
     */
    record TrackedPetition(long petitionId, String trackingCode, String registrationNumber, long unitId,
            String unitName, Channel channel, LocalDate receivedOn, PetitionKind kind, boolean restricted,
            Stage stage, LocalDate stageSince, LocalDate nextDue, boolean extended, List<IssuedNotice> notices,
            String content) {
    }

    /** A notice as a file (.docx), without the petitioner's name and without officers' notes. */
    record NoticeFile(String fileName, String contentType, byte[] data) {
    }

    /**
     * The petition with that code; case, spaces and hyphens ignored, and the letters O, I and L
     * read as 0, 1 and 1 (they are not in the code alphabet). Empty when there is none.
     */
    Optional<TrackedPetition> find(String trackingCode);

    /** A notice of {@link TrackedPetition#notices()}; empty for any other id. */
    Optional<NoticeFile> notice(String trackingCode, long noticeId);

    /**
     * The view after a change, when the change is one the petitioner may be told of (their stage
     * changed, or the time limit was extended); empty otherwise.
     */
    Optional<TrackedPetition> afterChange(PetitionStateChanged change);

    /**
     * The e-mail address a petitioner gave with an online submission, for notifications; empty for
     * other channels or when none was given. Identity data: never log it.
     */
    Optional<String> notificationAddress(long petitionId);

    /** A petition whose code may be sent again to the contact its petitioner gave (issue 24). */
    record Reachable(long petitionId, String trackingCode, String registrationNumber, String unitName,
            LocalDate receivedOn, boolean restricted) {

        @Override
        public String toString() {
            return "Reachable[" + petitionId + "]";
        }
    }

    /**
     * The online submissions (newest first, at most {@code limit}) whose petitioner gave this e-mail
     * address or phone number ({@link org.tiepdan.platform.Contacts}): plain ones by their petitioner
     * row, sealed ones (denunciations) through the identity module's keyed hashes. Only for sending
     * the codes to that same contact: the caller must answer alike whether or not anything matched.
     */
    List<Reachable> reachableAt(String contact, int limit);

    /**
     * Whether the petitioner of an online submission gave an address for the medium (a sealed one
     * counts without being read: its keyed hash is there).
     */
    boolean reachable(long petitionId, org.tiepdan.platform.CitizenNotifier.Medium medium);

    /**
     * Sends {@code message} by {@code medium} to the petitioner of an online submission, if they gave an
     * address for it: a plain petition's from its petitioner row, a sealed one's through
     * {@link org.tiepdan.identity.SealedAddresses} (unsealed in that step only). Says whether anything went out.
     */
    boolean notifyPetitioner(long petitionId, org.tiepdan.platform.CitizenNotifier.Medium medium,
            org.tiepdan.platform.CitizenNotifier.Message message);
}
