package org.tiepdan.reception.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tiepdan.FullStackTest;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.platform.DomainException;
import org.tiepdan.reception.SessionKind;
import org.tiepdan.reception.internal.ReceptionTestSupport.Commune;

/**
 * References a reception record takes from a request: the host bodies of a schedule and of a
 * session, the schedule a session is held under and the earlier visit of the same matter. Those of
 * another commune are refused like unknown ones (a foreign host body would put the schedule on that
 * body's public page and let its head correct the session; a foreign earlier visit would be shown
 * beside this one); those of the commune itself are accepted.
 */
@FullStackTest
class ReceptionReferenceScopeTest {

    @Autowired
    OrgUnits units;
    @Autowired
    ScheduleService schedules;
    @Autowired
    ReceptionService reception;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        ReceptionTestSupport.signOut();
    }

    @Test
    void hostsSchedulesAndEarlierVisitsOfAnotherCommuneAreRefusedLikeUnknownOnes() {
        Commune mine = ReceptionTestSupport.commune(units);
        Commune other = ReceptionTestSupport.commune(units);
        int schedulesBefore = count("reception_schedule");

        assertCode(() -> schedules.create(schedule(mine, other.party().id())), "reception-host-unit-unknown");
        assertCode(() -> schedules.create(schedule(mine, Long.MAX_VALUE)), "reception-host-unit-unknown");
        assertThat(count("reception_schedule")).isEqualTo(schedulesBefore);
        ReceptionSchedule own = schedules.create(schedule(mine, mine.party().id()));
        ReceptionSchedule foreignSchedule = schedules.create(schedule(other, other.party().id()));

        int sessionsBefore = count("reception_session");
        assertCode(() -> reception.openSession(session(mine, foreignSchedule.id(), mine.party().id())),
                "reception-schedule-not-found");
        assertCode(() -> reception.openSession(session(mine, Long.MAX_VALUE, mine.party().id())),
                "reception-schedule-not-found");
        assertCode(() -> reception.openSession(session(mine, own.id(), other.committee().id())),
                "reception-host-unit-unknown");
        assertThat(count("reception_session")).isEqualTo(sessionsBefore);
        ReceptionSession session = reception.openSession(session(mine, own.id(), mine.committee().id()));
        assertThat(session.scheduleId()).isEqualTo(own.id());
        assertCode(() -> reception.correctSession(session.id(), session.version(),
                session(mine, own.id(), other.committee().id())), "reception-host-unit-unknown");

        ReceptionSession foreignSession = reception.openSession(session(other, foreignSchedule.id(),
                other.party().id()));
        ReceptionVisit foreignVisit = reception.recordVisit(foreignSession.id(), visit(foreignSession, null));
        ReceptionVisit earlier = reception.recordVisit(session.id(), visit(session, null));
        int visitsBefore = count("reception_visit");
        assertCode(() -> reception.recordVisit(session.id(), visit(session, foreignVisit.id())),
                "reception-matter-not-found");
        assertCode(() -> reception.recordVisit(session.id(), visit(session, Long.MAX_VALUE)),
                "reception-matter-not-found");
        assertThat(count("reception_visit")).isEqualTo(visitsBefore);
        assertThat(reception.recordVisit(session.id(), visit(session, earlier.id())).matterOfVisitId())
                .isEqualTo(earlier.id());
    }

    private static ScheduleService.ScheduleCommand schedule(Commune c, long hostUnit) {
        return new ScheduleService.ScheduleCommand(c.committee().id(), "Lịch tiếp công dân", RecurrenceKind.DAYS_OF_MONTH,
                List.of(15), null, List.of(), "Phòng tiếp dân", LocalTime.of(7, 30), LocalTime.of(11, 0),
                LocalDate.of(2025, 1, 1), null, List.of(new ScheduleHost(hostUnit, HostRole.PARTY_SECRETARY, "Bí thư")),
                true, null);
    }

    private static ReceptionService.SessionCommand session(Commune c, Long scheduleId, long hostUnit) {
        return new ReceptionService.SessionCommand(c.committee().id(), SessionKind.PERIODIC, LocalDate.of(2025, 3, 17),
                "Phòng tiếp dân", scheduleId,
                List.of(new SessionHost(hostUnit, HostRole.PARTY_SECRETARY, HostCapacity.HEAD, "Bí thư", null)), null);
    }

    private static VisitData visit(ReceptionSession s, Long matter) {
        return new VisitData(s.date(), "Phạm Văn Tùng", null, null, "Thôn Đông", null, null, false, 1, List.of(),
                "Kiến nghị về việc cấp giấy chứng nhận quyền sử dụng đất", "LAND", false, false, false, false,
                Outcome.ANSWERED, null, null, null, null, null, matter, false);
    }

    private int count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }

    private static void assertCode(Runnable call, String code) {
        assertThatThrownBy(call::run).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo(code);
    }
}
