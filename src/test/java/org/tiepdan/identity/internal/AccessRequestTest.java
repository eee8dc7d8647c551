package org.tiepdan.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.tiepdan.identity.SubjectRef;
import org.tiepdan.platform.DomainException;

/** The access-request state machine, without Spring. */
class AccessRequestTest {

    static final Instant T0 = Instant.parse("2026-03-02T02:00:00Z");
    static final Duration MAX = Duration.ofDays(7);

    private static AccessRequest pending() {
        return new AccessRequest(SubjectRef.petition(7), 3, "xuly", "Cần liên hệ người tố cáo để bổ sung tài liệu", T0);
    }

    private static String code(Runnable r) {
        try {
            r.run();
        } catch (DomainException e) {
            return e.kind() + ":" + e.code();
        }
        return "none";
    }

    @Test
    void aRequestNeedsAReasonOfSomeLength() {
        assertThat(code(() -> new AccessRequest(SubjectRef.petition(7), 3, "xuly", "xem", T0)))
                .isEqualTo("INVALID:identity-reason-required");
        assertThat(code(() -> new AccessRequest(SubjectRef.petition(7), 3, "xuly", null, T0)))
                .isEqualTo("INVALID:identity-reason-required");
        assertThat(pending().status()).isEqualTo(AccessRequest.Status.PENDING);
        assertThat(pending().validFor("xuly", T0)).isFalse();
    }

    @Test
    void anEntitledCustodianOtherThanTheRequesterGrantsForALimitedTime() {
        AccessRequest r = pending();
        r.grant("baomat", true, Duration.ofHours(8), MAX, null, T0);
        assertThat(r.status()).isEqualTo(AccessRequest.Status.GRANTED);
        assertThat(r.validUntil()).isEqualTo(T0.plus(Duration.ofHours(8)));
        assertThat(r.decidedBy()).isEqualTo("baomat");
        assertThat(r.validFor("xuly", T0.plusSeconds(60))).isTrue();
        // Only the requester, only until the end.
        assertThat(r.validFor("baomat", T0.plusSeconds(60))).isFalse();
        assertThat(r.validFor("xuly", T0.plus(Duration.ofHours(8)))).isFalse();
    }

    @Test
    void nobodyDecidesTheirOwnRequestAndOnlyTheEntitledDecide() {
        assertThat(code(() -> pending().grant("xuly", true, Duration.ofHours(1), MAX, null, T0)))
                .isEqualTo("FORBIDDEN:identity-own-request");
        assertThat(code(() -> pending().grant("admin", false, Duration.ofHours(1), MAX, null, T0)))
                .isEqualTo("FORBIDDEN:identity-custodian-required");
        assertThat(code(() -> pending().refuse("admin", false, "Không đủ căn cứ", T0)))
                .isEqualTo("FORBIDDEN:identity-custodian-required");
        assertThat(code(() -> pending().refuse("xuly", true, "Không đủ căn cứ", T0)))
                .isEqualTo("FORBIDDEN:identity-own-request");
    }

    @Test
    void theDurationIsPositiveAndBounded() {
        assertThat(code(() -> pending().grant("baomat", true, Duration.ZERO, MAX, null, T0)))
                .isEqualTo("INVALID:identity-duration-invalid");
        assertThat(code(() -> pending().grant("baomat", true, null, MAX, null, T0)))
                .isEqualTo("INVALID:identity-duration-invalid");
        assertThat(code(() -> pending().grant("baomat", true, MAX.plusHours(1), MAX, null, T0)))
                .isEqualTo("INVALID:identity-duration-invalid");
        assertThat(code(() -> pending().grant("baomat", true, MAX, MAX, null, T0))).isEqualTo("none");
    }

    @Test
    void aRefusalNeedsAReasonAndIsFinal() {
        AccessRequest r = pending();
        assertThat(code(() -> r.refuse("baomat", true, " ", T0))).isEqualTo("INVALID:identity-refusal-reason-required");
        r.refuse("baomat", true, "Chưa cần thiết ở giai đoạn này", T0);
        assertThat(r.status()).isEqualTo(AccessRequest.Status.REFUSED);
        assertThat(r.closedAt()).isEqualTo(T0);
        assertThat(code(() -> r.grant("baomat", true, Duration.ofHours(1), MAX, null, T0)))
                .isEqualTo("CONFLICT:identity-request-not-pending");
        assertThat(r.validFor("xuly", T0)).isFalse();
        assertThat(code(() -> r.revealed("xuly", T0))).isEqualTo("FORBIDDEN:identity-grant-required");
    }

    @Test
    void aGrantExpiresAtItsEndAndNotBefore() {
        AccessRequest r = pending();
        r.grant("baomat", true, Duration.ofHours(1), MAX, null, T0);
        assertThat(r.expireIfDue(T0.plusSeconds(3599))).isFalse();
        assertThat(r.status()).isEqualTo(AccessRequest.Status.GRANTED);
        assertThat(r.expireIfDue(T0.plusSeconds(3600))).isTrue();
        assertThat(r.status()).isEqualTo(AccessRequest.Status.EXPIRED);
        assertThat(r.expireIfDue(T0.plusSeconds(7200))).isFalse();
        assertThat(pending().expireIfDue(T0.plus(Duration.ofDays(30)))).isFalse();
    }

    @Test
    void revealsAreCountedOnlyUnderAValidGrant() {
        AccessRequest r = pending();
        assertThat(code(() -> r.revealed("xuly", T0))).isEqualTo("FORBIDDEN:identity-grant-required");
        r.grant("baomat", true, Duration.ofHours(1), MAX, null, T0);
        r.revealed("xuly", T0.plusSeconds(1));
        r.revealed("xuly", T0.plusSeconds(2));
        assertThat(r.reveals()).isEqualTo(2);
        assertThat(code(() -> r.revealed("thanhtra", T0.plusSeconds(3)))).isEqualTo("FORBIDDEN:identity-grant-required");
    }

    @Test
    void theRequesterWithdrawsAndACustodianRevokes() {
        AccessRequest a = pending();
        assertThat(code(() -> a.withdraw("baomat", T0))).isEqualTo("FORBIDDEN:identity-request-not-yours");
        a.withdraw("xuly", T0);
        assertThat(a.status()).isEqualTo(AccessRequest.Status.WITHDRAWN);
        assertThat(code(() -> a.withdraw("xuly", T0))).isEqualTo("CONFLICT:identity-request-closed");

        AccessRequest b = pending();
        assertThat(code(() -> b.revoke("baomat", true, T0))).isEqualTo("CONFLICT:identity-request-not-granted");
        b.grant("baomat", true, Duration.ofHours(2), MAX, null, T0);
        assertThat(code(() -> b.revoke("xem", false, T0))).isEqualTo("FORBIDDEN:identity-custodian-required");
        b.revoke("baomat", true, T0.plusSeconds(10));
        assertThat(b.status()).isEqualTo(AccessRequest.Status.REVOKED);
        assertThat(b.validFor("xuly", T0.plusSeconds(11))).isFalse();
    }
}
