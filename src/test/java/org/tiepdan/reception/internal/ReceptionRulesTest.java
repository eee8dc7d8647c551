package org.tiepdan.reception.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tiepdan.platform.DomainException;
import org.tiepdan.platform.IdDocumentKind;
import org.tiepdan.reception.SessionKind;

/** The rules of the aggregates, without a database. */
class ReceptionRulesTest {

    static final LocalDate DAY = LocalDate.of(2025, 3, 10);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Set<String> FIELDS = Set.of("LAND", "OTHER");
    static final Set<String> GROUNDS = Set.of("INTOXICATED_OR_IMPAIRED", "THREATENING_OR_DISRUPTIVE", "ALREADY_SETTLED",
            "OTHER_LEGAL");

    static ReceptionSession session() {
        return new ReceptionSession(1L, SessionKind.PERIODIC, DAY, "Phòng tiếp dân", null,
                List.of(new SessionHost(2L, HostRole.PARTY_SECRETARY, HostCapacity.HEAD, "Trần Văn Bình", null)), null,
                "tiepdan", TODAY);
    }

    static VisitData visit(LocalDate date, String cccd, boolean delegation, Integer headcount, List<String> reps,
            Outcome outcome, String ground, String notice, LocalDate noticeDate) {
        return new VisitData(date, "Nguyễn Văn An", cccd, null, "Thôn Tân Hòa", null, null, delegation, headcount, reps,
                "Đề nghị cấp giấy chứng nhận", "LAND", false, false, false, false, outcome, null, null, ground, notice,
                noticeDate, null);
    }

    static String codeOf(Runnable r) {
        try {
            r.run();
            return null;
        } catch (DomainException e) {
            return e.code() + "@" + e.field();
        }
    }

    @Test
    void aVisitIsDatedOnItsSessionDayAndNeverInTheFuture() {
        ReceptionSession s = session();
        ReceptionVisit v = new ReceptionVisit(s, "tiepdan");
        assertThat(codeOf(() -> v.apply(visit(DAY.plusDays(1), null, false, 1, List.of(), Outcome.ANSWERED, null, null,
                null), s, TODAY, FIELDS, GROUNDS))).isEqualTo("reception-visit-outside-session@date");
        assertThat(codeOf(() -> v.apply(visit(TODAY.plusDays(1), null, false, 1, List.of(), Outcome.ANSWERED, null,
                null, null), s, TODAY, FIELDS, GROUNDS))).isEqualTo("reception-visit-future@date");
        v.apply(visit(DAY, "042065000001", false, 1, List.of(), Outcome.ANSWERED, null, null, null), s, TODAY, FIELDS,
                GROUNDS);
        assertThat(v.date()).isEqualTo(DAY);
        assertThat(v.headcount()).isEqualTo(1);
    }

    @Test
    void aSessionCannotBeInTheFutureAndADeputyNeedsAWrittenAuthorisation() {
        assertThatThrownBy(() -> new ReceptionSession(1L, SessionKind.AD_HOC, TODAY.plusDays(1), "P", null,
                List.of(new SessionHost(2L, HostRole.PC_CHAIRMAN, HostCapacity.HEAD, "Lê Minh Tuấn", null)), null, "x",
                TODAY)).isInstanceOf(DomainException.class).hasMessage("reception-session-future");
        assertThat(codeOf(() -> new ReceptionSession(1L, SessionKind.PERIODIC, DAY, "P", null,
                List.of(new SessionHost(2L, HostRole.PC_CHAIRMAN, HostCapacity.DEPUTY, "Phó Chủ tịch", " ")), null,
                "x", TODAY))).isEqualTo("reception-deputy-authorisation-required@authorisationRef");
        assertThat(codeOf(() -> new ReceptionSession(1L, SessionKind.PERIODIC, DAY, "P", null,
                List.of(new SessionHost(null, null, HostCapacity.STAFF, "Cán bộ", null)), null, "x", TODAY)))
                .isEqualTo("reception-head-host-required@capacity");
    }

    @Test
    void aDelegationHasAtLeastFivePeopleAndAtMostFiveRepresentatives() {
        ReceptionSession s = session();
        ReceptionVisit v = new ReceptionVisit(s, "tiepdan");
        assertThat(codeOf(() -> v.apply(visit(DAY, null, true, 4, List.of("A"), Outcome.PETITION_RECEIVED, null, null,
                null), s, TODAY, FIELDS, GROUNDS))).isEqualTo("reception-delegation-too-small@headcount");
        assertThat(codeOf(() -> v.apply(visit(DAY, null, true, 9, List.of("A", "B", "C", "D", "E", "F"),
                Outcome.PETITION_RECEIVED, null, null, null), s, TODAY, FIELDS, GROUNDS)))
                .isEqualTo("reception-representatives-too-many@representatives");
        assertThat(codeOf(() -> v.apply(visit(DAY, null, true, 9, List.of(), Outcome.PETITION_RECEIVED, null, null,
                null), s, TODAY, FIELDS, GROUNDS))).isEqualTo("reception-representatives-required@representatives");
        v.apply(visit(DAY, null, true, 5, List.of("A", "B", "C", "D", "E"), Outcome.PETITION_RECEIVED, null, null, null),
                s, TODAY, FIELDS, GROUNDS);
        assertThat(v.headcount()).isEqualTo(5);
        assertThat(v.mass()).isTrue();
        assertThat(v.representatives()).hasSize(5);
    }

    @Test
    void aRefusalNeedsItsLegalGroundAndASettledMatterTheHeadsNotice() {
        ReceptionSession s = session();
        ReceptionVisit v = new ReceptionVisit(s, "tiepdan");
        assertThat(codeOf(() -> v.apply(visit(DAY, null, false, 1, List.of(), Outcome.REFUSED, null, null, null), s,
                TODAY, FIELDS, GROUNDS))).isEqualTo("reception-refusal-ground-required@refusalGround");
        assertThat(codeOf(() -> v.apply(visit(DAY, null, false, 1, List.of(), Outcome.REFUSED, "NOT_A_GROUND", null,
                null), s, TODAY, FIELDS, GROUNDS))).isEqualTo("reception-refusal-ground-required@refusalGround");
        assertThat(codeOf(() -> v.apply(visit(DAY, null, false, 1, List.of(), Outcome.REFUSED, "ALREADY_SETTLED", null,
                null), s, TODAY, FIELDS, GROUNDS))).isEqualTo("reception-refusal-notice-required@refusalNoticeNumber");
        assertThat(codeOf(() -> v.apply(visit(DAY, null, false, 1, List.of(), Outcome.REFUSED, "ALREADY_SETTLED",
                "12/TB-UBND", DAY.plusDays(1)), s, TODAY, FIELDS, GROUNDS)))
                .isEqualTo("reception-refusal-notice-date@refusalNoticeDate");
        v.apply(visit(DAY, null, false, 1, List.of(), Outcome.REFUSED, "ALREADY_SETTLED", "12/TB-UBND",
                DAY.minusDays(30)), s, TODAY, FIELDS, GROUNDS);
        assertThat(v.refusalGround()).isEqualTo("ALREADY_SETTLED");
        assertThat(v.refusalNoticeNumber()).isEqualTo("12/TB-UBND");
    }

    @Test
    void anInvalidCccdIsRefusedBesideItsField() {
        ReceptionSession s = session();
        ReceptionVisit v = new ReceptionVisit(s, "tiepdan");
        for (String bad : List.of("04206500000", "0420650000011", "003065000001", "097065000001", "04206500000a")) {
            assertThat(codeOf(() -> v.apply(visit(DAY, bad, false, 1, List.of(), Outcome.ANSWERED, null, null, null), s,
                    TODAY, FIELDS, GROUNDS))).as(bad).isEqualTo("reception-cccd-invalid@citizenIdNumber");
        }
        v.apply(visit(DAY, "042 065 000 001", false, 1, List.of(), Outcome.ANSWERED, null, null, null), s, TODAY,
                FIELDS, GROUNDS);
        assertThat(v.citizenIdNumber()).isEqualTo("042065000001");
    }

    static VisitData visitWithDocument(IdDocumentKind kind, String number) {
        return new VisitData(DAY, "Nguyễn Văn An", number, null, "Thôn Tân Hòa", null, null, false, 1, List.of(),
                "Đề nghị cấp giấy chứng nhận", "LAND", false, false, false, false, Outcome.ANSWERED, null, null, null,
                null, null, null, false, kind);
    }

    /** LAW.md, "Identity documents": each kind by its own rule; a number alone takes the kind of its form. */
    @Test
    void eachKindOfDocumentIsCheckedByItsOwnRuleAndANumberAloneTakesTheKindOfItsForm() {
        ReceptionSession s = session();
        ReceptionVisit v = new ReceptionVisit(s, "tiepdan");
        Map<IdDocumentKind, List<String>> valid = Map.of(
                IdDocumentKind.CCCD, List.of("042065000001", "079 190 000 123"),
                IdDocumentKind.CMND, List.of("183456789"),
                IdDocumentKind.PASSPORT, List.of("B1234567", "c7654321", "N12345"),
                IdDocumentKind.PERSONAL_ID, List.of("001203004005"));
        Map<IdDocumentKind, List<String>> invalid = Map.of(
                IdDocumentKind.CCCD, List.of("183456789", "097065000001", "B1234567"),
                IdDocumentKind.CMND, List.of("042065000001", "18345678", "18345678X"),
                IdDocumentKind.PASSPORT, List.of("B12", "B1234567890", "B-123456"),
                IdDocumentKind.PERSONAL_ID, List.of("183456789", "000203004005", "B1234567"));
        valid.forEach((kind, numbers) -> numbers.forEach(n -> {
            v.apply(visitWithDocument(kind, n), s, TODAY, FIELDS, GROUNDS);
            assertThat(v.citizenIdKind()).as(n).isEqualTo(kind);
            assertThat(v.citizenIdNumber()).as(n).isEqualTo(n.replace(" ", "").toUpperCase());
        }));
        invalid.forEach((kind, numbers) -> numbers.forEach(n -> assertThat(codeOf(() -> v.apply(
                visitWithDocument(kind, n), s, TODAY, FIELDS, GROUNDS))).as(kind + " " + n)
                .isEqualTo("reception-cccd-invalid@citizenIdNumber")));
        Map<String, IdDocumentKind> alone = Map.of("042065000001", IdDocumentKind.CCCD, "183456789",
                IdDocumentKind.CMND, "b1234567", IdDocumentKind.PASSPORT);
        alone.forEach((n, kind) -> {
            v.apply(visitWithDocument(null, n), s, TODAY, FIELDS, GROUNDS);
            assertThat(v.citizenIdKind()).as(n).isEqualTo(kind);
        });
        assertThat(codeOf(() -> v.apply(visitWithDocument(IdDocumentKind.PASSPORT, " "), s, TODAY, FIELDS, GROUNDS)))
                .isEqualTo("reception-id-kind-without-number@citizenIdNumber");
        v.apply(visitWithDocument(null, null), s, TODAY, FIELDS, GROUNDS);
        assertThat(v.citizenIdKind()).isNull();
        assertThat(v.citizenIdNumber()).isNull();
    }

    @Test
    void recurrencesNameTheirDays() {
        ReceptionSchedule s = new ReceptionSchedule(1L, "Lịch", "Phòng", LocalTime.of(7, 30), LocalTime.of(11, 0),
                LocalDate.of(2025, 1, 1), null, List.of(new ScheduleHost(2L, HostRole.PARTY_SECRETARY, null)));
        s.repeatOnDaysOfMonth(List.of(25, 10, 31));
        List<LocalDate> dates = s.nominalDates(2025);
        assertThat(dates).hasSize(36).contains(LocalDate.of(2025, 2, 28), LocalDate.of(2025, 4, 30));
        s.repeatOnWeekday(DayOfWeek.THURSDAY, List.of());
        assertThat(s.nominalDates(2025)).hasSize(52).allMatch(d -> d.getDayOfWeek() == DayOfWeek.THURSDAY);
        s.repeatOnWeekday(DayOfWeek.THURSDAY, List.of(1, 3));
        assertThat(s.nominalDates(2025)).hasSize(24).contains(LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 16));
        assertThat(codeOf(() -> s.repeatOnDaysOfMonth(List.of(0)))).isEqualTo("reception-schedule-days-invalid@daysOfMonth");
    }
}
