package org.tiepdan.reception.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tiepdan.FullStackTest;
import org.tiepdan.account.Role;
import org.tiepdan.calendar.WorkingCalendar;
import org.tiepdan.org.AdminTier;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.platform.DomainException;
import org.tiepdan.reception.ReceptionFigure;
import org.tiepdan.reception.ReceptionFigures;
import org.tiepdan.reception.ReceptionVisits;
import org.tiepdan.reception.SessionKind;
import org.tiepdan.reception.VisitView;
import org.tiepdan.reception.internal.ReceptionTestSupport.Commune;
import org.tiepdan.reception.internal.ReferenceData.DutyRule;

/** Schedules, compliance, recognition, figures and the petitions contract on the real database. */
@FullStackTest
class ReceptionFullStackTest {

    static final LocalDate MAR_10 = LocalDate.of(2025, 3, 10);

    @Autowired
    OrgUnits units;
    @Autowired
    ScheduleService schedules;
    @Autowired
    ReceptionService reception;
    @Autowired
    ReceptionFigures figures;
    @Autowired
    ReceptionVisits visits;
    @Autowired
    ReferenceData reference;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Logbook logbook;

    @AfterEach
    void signOut() {
        ReceptionTestSupport.signOut();
    }

    // --- schedules -----------------------------------------------------------------------------

    @Test
    void sittingsOnDaysOffMoveToTheNextWorkingDayWithTheReason() {
        Commune c = ReceptionTestSupport.commune(units);
        ReceptionSchedule s = schedules.create(new ScheduleService.ScheduleCommand(c.committee().id(), "Lịch thử",
                RecurrenceKind.DAYS_OF_MONTH, List.of(25, 30), null, List.of(), "Phòng tiếp dân", LocalTime.of(7, 30),
                LocalTime.of(11, 0), LocalDate.of(2025, 1, 1), null,
                List.of(new ScheduleHost(c.party().id(), HostRole.PARTY_SECRETARY, "Trần Văn Bình")), true, null));
        List<ScheduleService.Sitting> sittings = schedules.sittings(s, 2025);
        // 30/4/2025 is Victory Day, 1/5 Labour Day, 2/5 a swapped day off, 3-4/5 the weekend.
        ScheduleService.Sitting april30 = sittings.stream().filter(x -> x.nominal().equals(LocalDate.of(2025, 4, 30)))
                .findFirst().orElseThrow();
        assertThat(april30.date()).isEqualTo(LocalDate.of(2025, 5, 5));
        assertThat(april30.reason()).contains("30/4");
        // 25/01/2025 is a Saturday followed by the Tết holiday (27/1-31/1): the sitting moves to Monday 03/02.
        ScheduleService.Sitting tet = sittings.stream().filter(x -> x.nominal().equals(LocalDate.of(2025, 1, 25)))
                .findFirst().orElseThrow();
        assertThat(tet.date()).isEqualTo(LocalDate.of(2025, 2, 3));
        assertThat(tet.weekend()).isTrue();
        // 25/02 is a Tuesday: unchanged; February has no 30th, its last day (28/02, Friday) stands in.
        assertThat(sittings).anyMatch(x -> x.date().equals(LocalDate.of(2025, 2, 25)) && !x.moved());
        assertThat(sittings).anyMatch(x -> x.nominal().equals(LocalDate.of(2025, 2, 28)) && !x.moved());
        // 30/08/2025 Saturday, then 1-2/9 National Day: Wednesday 03/09.
        assertThat(sittings).anyMatch(x -> x.nominal().equals(LocalDate.of(2025, 8, 30))
                && x.date().equals(LocalDate.of(2025, 9, 3)));
        assertThat(sittings).allMatch(x -> calendar.isWorkingDay(x.date()));
        // 24 nominal days; 25/01 (Saturday, then Tết) and 30/01 (Tết) both land on Monday 03/02.
        assertThat(sittings).hasSize(24);
        assertThat(sittings).filteredOn(x -> x.date().equals(LocalDate.of(2025, 2, 3))).hasSize(2);
        assertThat(sittings).anyMatch(x -> x.nominal().equals(LocalDate.of(2025, 1, 30)) && x.reason().contains("Tết"));
    }

    // --- compliance ----------------------------------------------------------------------------

    private Compliance.Month month(HostRole role, AdminTier tier, YearMonth m, List<Compliance.Held> held) {
        return Compliance.evaluate(reference.dutyRules(), role, tier, m, held, calendar::isWorkingDay,
                LocalDate.of(2026, 11, 23));
    }

    private static List<Compliance.Held> heads(String... days) {
        return java.util.Arrays.stream(days).map(d -> new Compliance.Held(LocalDate.parse(d), HostCapacity.HEAD)).toList();
    }

    @Test
    void theLegalMinimumDependsOnTheHeadsRoleAndTier() {
        YearMonth march = YearMonth.of(2025, 3);
        // Provincial and district Party heads: 1 day a month; commune Party heads: 2.
        assertThat(month(HostRole.PARTY_SECRETARY, AdminTier.PROVINCE, march, heads("2025-03-10")).met()).isTrue();
        assertThat(month(HostRole.PARTY_SECRETARY, AdminTier.PROVINCE, march, heads()).shortfall()).isTrue();
        assertThat(month(HostRole.PARTY_SECRETARY, AdminTier.DISTRICT, march, heads("2025-03-10")).required()).isEqualTo(1);
        Compliance.Month commune = month(HostRole.PARTY_SECRETARY, AdminTier.COMMUNE, march, heads("2025-03-10"));
        assertThat(commune.required()).isEqualTo(2);
        assertThat(commune.shortfall()).isTrue();
        assertThat(commune.rule().orElseThrow().legalBasis()).contains("11-QĐi/TW");
        assertThat(month(HostRole.PARTY_SECRETARY, AdminTier.COMMUNE, march, heads("2025-03-10", "2025-03-25")).met())
                .isTrue();
        // People's Committee chairmen: province 1 a month, district 2 a month, commune 1 a week.
        assertThat(month(HostRole.PC_CHAIRMAN, AdminTier.PROVINCE, march, heads("2025-03-10")).met()).isTrue();
        Compliance.Month district = month(HostRole.PC_CHAIRMAN, AdminTier.DISTRICT, march, heads("2025-03-10"));
        assertThat(district.required()).isEqualTo(2);
        assertThat(district.shortfall()).isTrue();
        assertThat(district.rule().orElseThrow().legalBasis()).contains("Điều 13");
        // March 2025 has five weeks starting on a Monday (3, 10, 17, 24, 31); the last one's Thursday is 3/4.
        Compliance.Month weekly = month(HostRole.PC_CHAIRMAN, AdminTier.COMMUNE, march,
                heads("2025-03-06", "2025-03-13", "2025-03-20", "2025-03-27", "2025-04-03"));
        assertThat(weekly.required()).isEqualTo(5);
        assertThat(weekly.met()).isTrue();
        assertThat(weekly.rule().orElseThrow().legalBasis()).contains("Điều 15");
        assertThat(month(HostRole.PC_CHAIRMAN, AdminTier.COMMUNE, march,
                heads("2025-03-06", "2025-03-13", "2025-03-20", "2025-03-27")).shortfall()).isTrue();
        // The Tết week (27/1-2/2/2025) has no working day and is not judged.
        assertThat(month(HostRole.PC_CHAIRMAN, AdminTier.COMMUNE, YearMonth.of(2025, 1),
                heads("2025-01-09", "2025-01-16", "2025-01-23")).met()).isTrue();
        // Head of a State agency, any tier: 1 a month.
        assertThat(month(HostRole.AGENCY_HEAD, AdminTier.PROVINCE, march, heads("2025-03-10")).met()).isTrue();
        assertThat(month(HostRole.AGENCY_HEAD, AdminTier.COMMUNE, march, heads()).shortfall()).isTrue();
        // District duties end on 30/6/2025.
        assertThat(month(HostRole.PC_CHAIRMAN, AdminTier.DISTRICT, YearMonth.of(2025, 6), heads()).shortfall()).isTrue();
        assertThat(month(HostRole.PC_CHAIRMAN, AdminTier.DISTRICT, YearMonth.of(2025, 7), heads()).rule()).isEmpty();
        assertThat(month(HostRole.PARTY_SECRETARY, AdminTier.DISTRICT, YearMonth.of(2025, 8), heads()).shortfall())
                .isFalse();
        // A month not over yet is pending, never short.
        assertThat(Compliance.evaluate(reference.dutyRules(), HostRole.PARTY_SECRETARY, AdminTier.COMMUNE,
                YearMonth.of(2026, 11), List.of(), calendar::isWorkingDay, LocalDate.of(2026, 11, 23)).shortfall())
                .isFalse();
    }

    @Test
    void fromJuly2026ASessionHostedByADeputyNoLongerCountsForTheHead() {
        Commune c = ReceptionTestSupport.commune(units);
        for (String day : List.of("2026-06-10", "2026-06-25", "2026-07-10", "2026-07-24")) {
            reception.openSession(new ReceptionService.SessionCommand(c.committee().id(), SessionKind.PERIODIC,
                    LocalDate.parse(day), "Phòng tiếp dân", null,
                    List.of(new SessionHost(c.party().id(), HostRole.PARTY_SECRETARY, HostCapacity.DEPUTY,
                            "Phó Bí thư Nguyễn Đình Nam", "Giấy ủy quyền số 05/GUQ-ĐU")),
                    null));
        }
        ScheduleService.HeadCompliance hc = schedules.complianceOf(c.party(), 2026);
        Compliance.Month june = hc.months().get(5);
        Compliance.Month july = hc.months().get(6);
        assertThat(june.held()).isEqualTo(2);
        assertThat(june.met()).isTrue();
        assertThat(july.held()).isZero();
        assertThat(july.deputyDaysNotCounted()).containsExactly(LocalDate.of(2026, 7, 10), LocalDate.of(2026, 7, 24));
        assertThat(july.shortfall()).isTrue();
        assertThat(july.rule().orElseThrow().legalBasis()).contains("136/2025/QH15");
        assertThat(hc.shortMonths()).extracting(m -> m.month().getMonthValue()).contains(7).doesNotContain(6);
        List<DutyRule> rules = reference.dutyRules();
        assertThat(rules).anyMatch(r -> !r.deputyCounts() && r.validFrom().equals(LocalDate.of(2026, 7, 1)));
    }

    // --- visits, recognition, figures --------------------------------------------------------

    /**
     * A session held by the commune's reception office (a body, not the territory: issue 19), so that
     * what the Party committee's and the People's Committee's figures count comes from their heads.
     */
    private ReceptionSession open(Commune c, SessionKind kind, String day, SessionHost... hosts) {
        long office = units.children(c.area().id()).stream()
                .filter(u -> u.kind() == org.tiepdan.org.OrgUnitKind.DEPARTMENT).map(u -> u.id()).findFirst()
                .orElseGet(() -> units.create(new org.tiepdan.org.NewOrgUnit("Bộ phận tiếp công dân",
                        org.tiepdan.org.OrgUnitKind.DEPARTMENT, AdminTier.COMMUNE, c.area().id(), null,
                        LocalDate.of(2019, 1, 1))).id());
        return reception.openSession(new ReceptionService.SessionCommand(office, kind, LocalDate.parse(day),
                "Phòng tiếp dân", null, List.of(hosts), null));
    }

    private ReceptionVisit visit(ReceptionSession s, String name, String cccd, boolean delegation, int headcount,
            boolean complex, Outcome outcome, String ground, Long matter, Long commune) {
        return reception.recordVisit(s.id(), new VisitData(s.date(), name, cccd, commune, "Thôn Tân Hòa", null, null,
                delegation, headcount, delegation ? List.of("Đại diện A", "Đại diện B") : List.of(),
                "Nội dung thử", "LAND", complex, complex, false, false, outcome, null, null, ground, null, null, matter));
    }

    @Test
    void figuresCountExactlyTheRecordsTheyList() {
        Commune c = ReceptionTestSupport.commune(units);
        Long home = c.area().id();
        SessionHost party = new SessionHost(c.party().id(), HostRole.PARTY_SECRETARY, HostCapacity.HEAD, "Bí thư", null);
        SessionHost chair = new SessionHost(c.committee().id(), HostRole.PC_CHAIRMAN, HostCapacity.HEAD, "Chủ tịch", null);
        ReceptionSession s1 = open(c, SessionKind.PERIODIC, "2025-03-10", party, chair);
        ReceptionSession s2 = open(c, SessionKind.AD_HOC, "2025-03-14", party);
        ReceptionSession s3 = open(c, SessionKind.REGULAR, "2025-03-12",
                new SessionHost(null, null, HostCapacity.STAFF, "Cán bộ", null));
        ReceptionSession s4 = open(c, SessionKind.PERIODIC, "2025-03-25", new SessionHost(c.party().id(),
                HostRole.PARTY_SECRETARY, HostCapacity.DEPUTY, "Phó Bí thư", "GUQ 01"));
        ReceptionSession s5 = open(c, SessionKind.PERIODIC, "2025-05-12", party);
        ReceptionVisit a = visit(s1, "Nguyễn Văn An", "042065000701", false, 1, false, Outcome.ANSWERED, null, null, home);
        ReceptionVisit del = visit(s1, "Đoàn thôn Tân Hòa", null, true, 7, false, Outcome.PETITION_RECEIVED, null, null,
                home);
        ReceptionVisit b1 = visit(s1, "Lê Thị Bình", "042165000702", false, 1, true, Outcome.PETITION_RECEIVED, null, null,
                home);
        ReceptionVisit refusedC = visit(s1, "Đặng Văn Cường", null, false, 1, false, Outcome.REFUSED,
                "THREATENING_OR_DISRUPTIVE", null, home);
        ReceptionVisit b2 = visit(s2, "Lê Thị Bình", "042165000702", false, 1, true, Outcome.GUIDED, null, b1.id(), home);
        ReceptionVisit d = visit(s2, "Phan Văn Dũng", null, false, 1, false, Outcome.ANSWERED, null, null, home);
        visit(s3, "Võ Thị E", null, false, 1, true, Outcome.ANSWERED, null, null, home);
        ReceptionVisit refusedF = visit(s3, "Bùi Văn F", null, false, 1, false, Outcome.REFUSED,
                "INTOXICATED_OR_IMPAIRED", null, home);
        visit(s4, "Hồ Văn G", null, false, 1, true, Outcome.ANSWERED, null, null, home);
        visit(s5, "Đỗ Văn H", null, false, 1, true, Outcome.ANSWERED, null, null, home);

        LocalDate from = LocalDate.of(2025, 3, 1);
        LocalDate to = LocalDate.of(2025, 3, 31);
        long area = c.area().id();
        assertFigure(figures.sessions(area, from, to, SessionKind.PERIODIC), 1, s1.id());
        assertFigure(figures.sessions(area, from, to, SessionKind.AD_HOC), 1, s2.id());
        assertFigure(figures.peopleReceived(area, from, to, SessionKind.PERIODIC), 9, a.id(), del.id(), b1.id());
        assertFigure(figures.peopleReceived(area, from, to, SessionKind.AD_HOC), 2, b2.id(), d.id());
        assertFigure(figures.delegations(area, from, to), 1, del.id());
        assertFigure(figures.complexOrProlongedMatters(area, from, to), 1, b1.id());
        // Phụ lục 2 row 5 (issue 20): matters refused in the heads' sessions; F was refused at the desk.
        assertFigure(figures.refusedVisits(area, from, to), 1, refusedC.id());
        // The Party committee's subtree holds no session, but its head hosted S1 and S2.
        assertFigure(figures.sessions(c.party().id(), from, to, SessionKind.PERIODIC), 1, s1.id());
        assertFigure(figures.sessions(c.party().id(), from, to, SessionKind.AD_HOC), 1, s2.id());
        // The chairman hosted only S1.
        assertFigure(figures.sessions(c.committee().id(), from, to, SessionKind.AD_HOC), 0);
        assertFigure(figures.peopleReceived(c.committee().id(), from, to, SessionKind.PERIODIC), 9, a.id(), del.id(),
                b1.id());
        // Another window.
        assertFigure(figures.sessions(area, LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 31), SessionKind.PERIODIC),
                1, s5.id());
        assertThatThrownBy(() -> figures.sessions(area, to, from, SessionKind.PERIODIC))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> figures.sessions(area, from, to, SessionKind.REGULAR))
                .isInstanceOf(DomainException.class);
    }

    private static void assertFigure(ReceptionFigure f, long count, Long... ids) {
        assertThat(f.records()).containsExactly(ids);
        assertThat(f.count()).isEqualTo(count);
    }

    @Test
    void aReturningCitizenIsRecognisedByCccdOrByNameAndAddress() {
        Commune c = ReceptionTestSupport.commune(units);
        Long home = c.area().id();
        SessionHost party = new SessionHost(c.party().id(), HostRole.PARTY_SECRETARY, HostCapacity.HEAD, "Bí thư", null);
        ReceptionSession s1 = open(c, SessionKind.PERIODIC, "2025-03-10", party);
        ReceptionVisit first = visit(s1, "Nguyễn Văn Đức", "042065000801", false, 1, false, Outcome.ANSWERED, null, null,
                home);
        ReceptionVisit other = visit(s1, "Nguyễn Văn Đông", null, false, 1, false, Outcome.ANSWERED, null, null, home);
        // Same CCCD, whatever the name typed.
        assertThat(reception.recognise(home, "042 065 000 801", "", null, null, null))
                .extracting(ReceptionService.EarlierVisit::id, ReceptionService.EarlierVisit::exact)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(first.id(), true));
        // Same folded name, commune and hamlet, typed without diacritics.
        List<ReceptionService.EarlierVisit> byName = reception.recognise(home, null, "nguyen van duc", home,
                "thon tan hoa", null);
        assertThat(byName).first().satisfies(e -> {
            assertThat(e.id()).isEqualTo(first.id());
            assertThat(e.exact()).isTrue();
        });
        // A part of a name finds similar ones, not exact.
        assertThat(reception.recognise(home, null, "nguyen van d", null, null, null))
                .extracting(ReceptionService.EarlierVisit::id).contains(first.id(), other.id());
        assertThat(reception.recognise(home, null, "nguyen van d", null, null, null))
                .noneMatch(ReceptionService.EarlierVisit::exact);
        // Another commune's visits are not shown.
        Commune elsewhere = ReceptionTestSupport.commune(units);
        assertThat(reception.recognise(elsewhere.area().id(), "042065000801", null, null, null, null)).isEmpty();
    }

    @Test
    void aClosedSessionIsCorrectedOnlyByItsHostWithTheChangeAudited() {
        Commune c = ReceptionTestSupport.commune(units);
        SessionHost party = new SessionHost(c.party().id(), HostRole.PARTY_SECRETARY, HostCapacity.HEAD, "Bí thư", null);
        ReceptionSession s = open(c, SessionKind.PERIODIC, "2025-03-10", party);
        ReceptionVisit v = visit(s, "Trần Văn Khoa", null, false, 1, false, Outcome.ANSWERED, null, null, c.area().id());
        reception.closeSession(s.id());
        VisitData change = new VisitData(s.date(), "Trần Văn Khoa", null, c.area().id(), "Thôn Tân Hòa", null, null,
                false, 1, List.of(), "Nội dung đã sửa", "LAND", false, false, false, false, Outcome.GUIDED, null, null,
                null, null, null, null);
        ReceptionTestSupport.signIn("officer-" + ReceptionTestSupport.unique(), Role.RECEPTION_OFFICER, c.area().id());
        long version = reception.visit(v.id()).version();
        assertThatThrownBy(() -> reception.correctVisit(v.id(), version, change))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("reception-session-closed");
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN);
                });
        assertThatThrownBy(() -> reception.recordVisit(s.id(), change)).isInstanceOf(DomainException.class);
        ReceptionTestSupport.signIn("head-" + ReceptionTestSupport.unique(), Role.HEAD, c.party().id());
        reception.correctVisit(v.id(), version, change);
        assertThat(reception.visit(v.id()).outcome()).isEqualTo(Outcome.GUIDED);
        String summary = jdbc.sql("select summary from audit_entry where entity_type = 'ReceptionVisit' and entity_id = ? "
                + "and action = 'UPDATE' order by id desc limit 1").param(String.valueOf(v.id())).query(String.class)
                .single();
        assertThat(summary).contains("closedSessionCorrection=true").contains("outcome=GUIDED");
    }

    @Test
    void thePetitionsModuleReadsAVisitAndLinksItsPetition() {
        Commune c = ReceptionTestSupport.commune(units);
        ReceptionSession s = open(c, SessionKind.AD_HOC, "2025-03-10",
                new SessionHost(c.party().id(), HostRole.PARTY_SECRETARY, HostCapacity.HEAD, "Bí thư", null));
        ReceptionVisit del = visit(s, "Đoàn thôn Tân Hòa", null, true, 7, true, Outcome.PETITION_RECEIVED, null, null,
                c.area().id());
        VisitView view = visits.find(del.id()).orElseThrow();
        assertThat(view.sessionId()).isEqualTo(s.id());
        assertThat(view.unitId()).isEqualTo(s.unitId());
        assertThat(view.date()).isEqualTo(MAR_10);
        assertThat(view.delegation()).isTrue();
        assertThat(view.headcount()).isEqualTo(7);
        assertThat(view.representatives()).containsExactly("Đại diện A", "Đại diện B");
        assertThat(view.address()).isEqualTo(c.area().name());
        assertThat(view.hamlet()).isEqualTo("Thôn Tân Hòa");
        // stored as the node of the field tree the old flat code stands for (issue 21)
        assertThat(view.field()).isEqualTo("ADM_LAND");
        assertThat(view.mass()).isTrue();
        assertThat(view.complex()).isTrue();
        assertThat(view.outcome()).isEqualTo("PETITION_RECEIVED");
        assertThat(view.petitionId()).isNull();
        visits.linkPetition(del.id(), 4242L, "15/ĐKĐ");
        assertThat(visits.find(del.id()).orElseThrow().petitionId()).isEqualTo(4242L);
        assertThat(visits.find(Long.MAX_VALUE)).isEmpty();
        assertThatThrownBy(() -> visits.linkPetition(Long.MAX_VALUE, 1L, "x")).isInstanceOf(DomainException.class);
    }

    @Test
    void theDemoCommuneHasAYearOfReceptions() {
        long commune = units.findAreaByCode("18844").orElseThrow().id();
        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate to = LocalDate.of(2025, 12, 31);
        assertThat(figures.sessions(commune, from, to, SessionKind.PERIODIC).count()).isGreaterThanOrEqualTo(24);
        assertThat(figures.sessions(commune, from, to, SessionKind.AD_HOC).count()).isGreaterThanOrEqualTo(3);
        assertThat(figures.delegations(commune, from, to).count()).isGreaterThanOrEqualTo(1);
        assertThat(figures.refusedVisits(commune, from, to).count()).isGreaterThanOrEqualTo(1);
        assertThat(figures.complexOrProlongedMatters(commune, from, to).count()).isGreaterThanOrEqualTo(1);
        assertThat(logbook.rows(commune, from, to)).hasSizeGreaterThanOrEqualTo(60)
                .anyMatch(r -> r.classification().contains("Suy thoái"))
                .anyMatch(r -> r.name().contains("đoàn 7 người"))
                .anyMatch(r -> r.handling().startsWith("Từ chối tiếp"));
    }

    // --- demo of the current year (issue 19) -----------------------------------------------------

    @Test
    void theDemoHoldsTheCurrentYearsSittingsAndBringsCitizensBack() {
        LocalDate today = LocalDate.now(org.tiepdan.platform.Dates.ZONE);
        org.junit.jupiter.api.Assumptions.assumeTrue(today.getYear() > ReceptionDemoData.YEAR);
        long commune = units.findAreaByCode(ReceptionDemoData.COMMUNE_CODE).orElseThrow().id();
        // Every past month of the year has the sittings the law asks of the secretary and the chairman.
        List<ScheduleService.HeadCompliance> heads = schedules.compliance(commune, today.getYear());
        // Other tests add bodies under the demo commune (the database is shared): the demo's own two.
        assertThat(heads).filteredOn(h -> h.body().name().endsWith("xã Kỳ Thượng"))
                .extracting(ScheduleService.HeadCompliance::role)
                .containsExactlyInAnyOrder(HostRole.PARTY_SECRETARY, HostRole.PC_CHAIRMAN);
        assertThat(heads).filteredOn(h -> h.body().name().endsWith("xã Kỳ Thượng"))
                .allSatisfy(h -> assertThat(h.months().subList(0, today.getMonthValue() - 1))
                        .as("%s", h.body().name()).noneMatch(Compliance.Month::shortfall));
        // Citizens of 2025 came back this year about the same matter (once a sitting of the year is past).
        org.junit.jupiter.api.Assumptions.assumeTrue(today.isAfter(LocalDate.of(today.getYear(), 2, 1)));
        assertThat(jdbc.sql("""
                select count(*) from reception_visit v join reception_visit w on w.id = v.matter_of_visit_id
                 where v.visit_date >= ? and w.visit_date < ?""")
                .params(LocalDate.of(today.getYear(), 1, 1), LocalDate.of(today.getYear(), 1, 1))
                .query(Long.class).single()).isPositive();
    }
}
