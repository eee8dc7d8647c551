package org.tiepdan.petition.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.tiepdan.platform.DomainException;

/**
 * The earlier petition this one continues, if any: the mixed petition it was split from, the
 * petition transferred to this body, the first-round complaint of a second round, the answered
 * feedback a citizen reopened (with the citizen's reason). The trail the case page and the reports
 * follow back; a value of the aggregate (the same columns of the {@code petition} row), replaced
 * whole by the aggregate's methods that link it. Its own class because these links are one concept
 * (where a petition comes from) that registration, transfer, split, second round and reopening each
 * set one part of.
 *
 * <p>Every column is nullable, and an embedded value whose columns are all null loads as null: the
 * aggregate reads {@link #NONE} then, never a null.
 */
@Embeddable
class Lineage {

    /** A petition that continues none; never changed (every change returns a copy). */
    static final Lineage NONE = new Lineage();

    @Column(name = "split_from_id")
    private Long splitFromId;
    @Column(name = "transferred_from_id")
    private Long transferredFromId;
    /** A second-round complaint: the first-round petition it follows (at the body below). */
    @Column(name = "first_round_id")
    private Long firstRoundId;
    /** A citizen's reopening (issue 24): the answered feedback or recommendation this one follows up. */
    @Column(name = "follow_up_of_id")
    private Long followUpOfId;
    /** The citizen's reason for reopening, on the follow-up. */
    @Column(name = "reopen_reason")
    private String reopenReason;

    protected Lineage() {
    }

    private Lineage copy() {
        Lineage l = new Lineage();
        l.splitFromId = splitFromId;
        l.transferredFromId = transferredFromId;
        l.firstRoundId = firstRoundId;
        l.followUpOfId = followUpOfId;
        l.reopenReason = reopenReason;
        return l;
    }

    Lineage splitFrom(long originalId) {
        Lineage l = copy();
        l.splitFromId = originalId;
        return l;
    }

    Lineage transferredFrom(long originalId) {
        Lineage l = copy();
        l.transferredFromId = originalId;
        return l;
    }

    Lineage secondRoundOf(Long firstId) {
        Lineage l = copy();
        l.firstRoundId = firstId;
        return l;
    }

    /** A citizen's reopening of {@code answeredId}: the reason is required. */
    Lineage followUpOf(Long answeredId, String reason) {
        String why = Texts.clean(reason);
        if (why == null) {
            throw DomainException.invalid("petition-reopen-reason-required", "reason");
        }
        Lineage l = copy();
        l.followUpOfId = answeredId;
        l.reopenReason = why;
        return l;
    }

    Long splitFromId() { return splitFromId; }
    Long transferredFromId() { return transferredFromId; }
    Long firstRoundId() { return firstRoundId; }
    Long followUpOfId() { return followUpOfId; }
    String reopenReason() { return reopenReason; }
}
