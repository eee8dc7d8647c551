package org.tiepdan.petition;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The citizen's word on an answered feedback or recommendation (issue 24, after CPGRAMS' rating and
 * appeal): within {@link #WINDOW_DAYS} days of the answer, from the tracking page, a rating (1–5 and a
 * comment) once, and once a request to reopen it with a reason, which registers a follow-up petition
 * in the same case at the same body, back in its queue. Both are audited. Ratings are counted per body
 * for the head's home and a report. Denunciations and complaints have their own remedies in law and
 * are never rated here.
 */
public interface PetitionFeedback {

    /** Days after the answer during which the citizen may rate or reopen. */
    int WINDOW_DAYS = 30;

    record Rating(int stars, String comment, LocalDate on) {
    }

    /**
     * What the tracking page offers for a petition: whether it may be rated or reopened now and until
     * when, the rating given, and the follow-up registered (its number) when reopened.
     */
    record Offer(boolean rateable, boolean reopenable, LocalDate until, Rating rating, String followUpNumber) {
    }

    /** Empty for petitions that cannot be rated (not a feedback or recommendation, not answered, restricted). */
    Optional<Offer> offer(long petitionId);

    /**
     * Rates the answer of the petition with that tracking code. INVALID {@code petition-rating-stars}
     * (field {@code stars}) or {@code petition-rating-comment-too-long} (field {@code comment}); CONFLICT
     * {@code petition-feedback-closed} (not answered, too late, not this kind) or {@code petition-rating-once}.
     */
    void rate(String trackingCode, int stars, String comment);

    /**
     * Reopens once with a reason: registers the follow-up in the same case and returns it (its own
     * registration number and tracking code, for the citizen's new receipt). INVALID {@code petition-reopen-reason-required} (field {@code reason}); CONFLICT
     * {@code petition-feedback-closed} or {@code petition-reopen-once}.
     */
    PetitionIntake.Registered reopen(String trackingCode, String reason);

    /** Ratings of one body: how many, the average, and how many answers were reopened, in a period. */
    record BodyRatings(long unitId, String unitName, int ratings, double average, int[] byStars, int reopened) {
    }

    /** Per body among {@code unitIds}, ratings given and reopenings asked between the two days (inclusive). */
    List<BodyRatings> byBody(Collection<Long> unitIds, LocalDate from, LocalDate to);
}
