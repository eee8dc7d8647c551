package org.tiepdan.identity.internal;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.tiepdan.identity.SubjectRef;
import org.tiepdan.platform.DomainException;

/**
 * A request to see the sealed identities of one record, and its decision. The state machine:
 * PENDING → GRANTED (by an entitled custodian other than the requester, for a limited time) →
 * EXPIRED (time over) or REVOKED; PENDING → REFUSED (with a reason) or WITHDRAWN (by the requester).
 * A grant lets only its requester reveal, only that record, only before {@code validUntil}.
 */
@Entity
@Table(name = "identity_access_request")
class AccessRequest {

    enum Status { PENDING, GRANTED, REFUSED, EXPIRED, WITHDRAWN, REVOKED }

    static final int MIN_REASON = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "subject_type")
    private String subjectType;
    @Column(name = "subject_id")
    private long subjectId;
    @Column(name = "unit_id")
    private long unitId;
    @Column(name = "requested_by")
    private String requestedBy;
    private String reason;
    @Column(name = "requested_at")
    private Instant requestedAt;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decision_note")
    private String decisionNote;
    @Column(name = "valid_until")
    private Instant validUntil;
    @Column(name = "closed_at")
    private Instant closedAt;
    private int reveals;
    @Version
    private long version;

    protected AccessRequest() {
    }

    AccessRequest(SubjectRef subject, long unitId, String requester, String reason, Instant now) {
        String why = reason == null ? null : reason.strip();
        if (requester == null) {
            throw DomainException.forbidden("identity-request-not-allowed");
        }
        if (why == null || why.length() < MIN_REASON) {
            throw DomainException.invalid("identity-reason-required", "reason", MIN_REASON);
        }
        if (why.length() > 2000) {
            throw DomainException.invalid("identity-reason-too-long", "reason", 2000);
        }
        this.subjectType = subject.type();
        this.subjectId = subject.id();
        this.unitId = unitId;
        this.requestedBy = requester;
        this.reason = why;
        this.requestedAt = now;
        this.status = Status.PENDING;
    }

    /** Grants for {@code duration} (at most {@code max}); {@code entitled}: the decider is custodian or head of the unit or above. */
    void grant(String decider, boolean entitled, Duration duration, Duration max, String note, Instant now) {
        checkDecider(decider, entitled);
        requirePending();
        if (duration == null || duration.isNegative() || duration.isZero() || duration.compareTo(max) > 0) {
            throw DomainException.invalid("identity-duration-invalid", "hours", max.toHours());
        }
        this.status = Status.GRANTED;
        this.decidedBy = decider;
        this.decidedAt = now;
        this.decisionNote = note == null || note.isBlank() ? null : note.strip();
        this.validUntil = now.plus(duration);
    }

    void refuse(String decider, boolean entitled, String why, Instant now) {
        checkDecider(decider, entitled);
        requirePending();
        if (why == null || why.isBlank()) {
            throw DomainException.invalid("identity-refusal-reason-required", "note");
        }
        this.status = Status.REFUSED;
        this.decidedBy = decider;
        this.decidedAt = now;
        this.decisionNote = why.strip();
        this.closedAt = now;
    }

    /** The requester takes back a pending request or ends a grant early. */
    void withdraw(String user, Instant now) {
        if (!requestedBy.equals(user)) {
            throw DomainException.forbidden("identity-request-not-yours");
        }
        if (status != Status.PENDING && status != Status.GRANTED) {
            throw DomainException.conflict("identity-request-closed");
        }
        this.status = Status.WITHDRAWN;
        this.closedAt = now;
    }

    /** A custodian ends a grant before its time. */
    void revoke(String decider, boolean entitled, Instant now) {
        if (!entitled) {
            throw DomainException.forbidden("identity-custodian-required");
        }
        if (status != Status.GRANTED) {
            throw DomainException.conflict("identity-request-not-granted");
        }
        this.status = Status.REVOKED;
        this.closedAt = now;
    }

    /** GRANTED and past its time: becomes EXPIRED (true), else unchanged (false). */
    boolean expireIfDue(Instant now) {
        if (status == Status.GRANTED && !now.isBefore(validUntil)) {
            this.status = Status.EXPIRED;
            this.closedAt = now;
            return true;
        }
        return false;
    }

    boolean validFor(String user, Instant now) {
        return status == Status.GRANTED && requestedBy.equals(user) && now.isBefore(validUntil);
    }

    /** Counts a reveal; only within a valid grant of the user. */
    void revealed(String user, Instant now) {
        if (!validFor(user, now)) {
            throw DomainException.forbidden("identity-grant-required");
        }
        reveals++;
    }

    boolean open() {
        return status == Status.PENDING || status == Status.GRANTED;
    }

    private void checkDecider(String decider, boolean entitled) {
        if (decider == null || !entitled) {
            throw DomainException.forbidden("identity-custodian-required");
        }
        if (decider.equals(requestedBy)) {
            throw DomainException.forbidden("identity-own-request");
        }
    }

    private void requirePending() {
        if (status != Status.PENDING) {
            throw DomainException.conflict("identity-request-not-pending");
        }
    }

    Long id() {
        return id;
    }

    SubjectRef subject() {
        return new SubjectRef(subjectType, subjectId);
    }

    long unitId() {
        return unitId;
    }

    String requestedBy() {
        return requestedBy;
    }

    String reason() {
        return reason;
    }

    Instant requestedAt() {
        return requestedAt;
    }

    Status status() {
        return status;
    }

    String decidedBy() {
        return decidedBy;
    }

    Instant decidedAt() {
        return decidedAt;
    }

    String decisionNote() {
        return decisionNote;
    }

    Instant validUntil() {
        return validUntil;
    }

    Instant closedAt() {
        return closedAt;
    }

    int reveals() {
        return reveals;
    }
}
