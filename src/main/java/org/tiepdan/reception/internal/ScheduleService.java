package org.tiepdan.reception.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.audit.AuditAction;
import org.tiepdan.audit.AuditLog;
import org.tiepdan.calendar.CalendarDay;
import org.tiepdan.calendar.WorkingCalendar;
import org.tiepdan.org.OrgUnitKind;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.DomainException;

/** Schedules: creating them, the dated sittings of a year, and the compliance of heads. */
@Service
@Transactional
class ScheduleService {

    static final String ENTITY = "ReceptionSchedule";

    /** A dated sitting: the nominal day, the day it is held, and why it moved (day-off name, or weekend). */
    record Sitting(LocalDate nominal, LocalDate date, String reason, boolean weekend) {
        public boolean moved() {
            return !nominal.equals(date);
        }
    }

    /** What a schedule is, as entered. */
    record ScheduleCommand(long unitId, String title, RecurrenceKind recurrence, List<Integer> daysOfMonth,
            DayOfWeek weekday, List<Integer> weeksOfMonth, String place, LocalTime startTime, LocalTime endTime,
            LocalDate validFrom, LocalDate validTo, List<ScheduleHost> hosts, boolean published, String note) {
    }

    /** One head's compliance over a year. */
    record HeadCompliance(OrgUnitView body, HostRole role, List<Compliance.Month> months) {
        public List<Compliance.Month> shortMonths() {
            return months.stream().filter(Compliance.Month::shortfall).toList();
        }

        public int held() {
            return months.stream().mapToInt(Compliance.Month::held).sum();
        }

        public int required() {
            return months.stream().filter(m -> m.rule().isPresent()).mapToInt(Compliance.Month::required).sum();
        }
    }

    private final ReceptionScheduleRepository schedules;
    private final WorkingCalendar calendar;
    private final ReferenceData reference;
    private final OrgUnits units;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final org.tiepdan.account.UnitChoices unitChoices;

    ScheduleService(ReceptionScheduleRepository schedules, WorkingCalendar calendar, ReferenceData reference,
            OrgUnits units, JdbcClient jdbc, AuditLog audit, Clock clock, org.tiepdan.account.UnitChoices unitChoices) {
        this.unitChoices = unitChoices;
        this.schedules = schedules;
        this.calendar = calendar;
        this.reference = reference;
        this.units = units;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    ReceptionSchedule create(ScheduleCommand c) {
        units.get(c.unitId());
        // A host's body is a unit id taken from the request, and a published schedule is listed on the
        // public page of every host body: it must lie in the schedule unit's territory
        // ({@code UnitChoices.mayName}), or it is refused like an unknown unit.
        if (c.hosts() != null) {
            for (ScheduleHost h : c.hosts()) {
                if (h != null && h.hostUnitId() != null && !unitChoices.mayName(c.unitId(), h.hostUnitId())) {
                    throw DomainException.invalid("reception-host-unit-unknown", "hostUnitId");
                }
            }
        }
        ReceptionSchedule s = new ReceptionSchedule(c.unitId(), c.title(), c.place(), c.startTime(), c.endTime(),
                c.validFrom(), c.validTo(), c.hosts());
        if (c.recurrence() == RecurrenceKind.WEEKDAY) {
            s.repeatOnWeekday(c.weekday(), c.weeksOfMonth());
        } else {
            s.repeatOnDaysOfMonth(c.daysOfMonth());
        }
        s.publish(c.published());
        s.note(c.note());
        schedules.save(s);
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("title", s.title());
        changes.put("recurrence", s.recurrenceKind());
        changes.put("days", s.recurrenceKind() == RecurrenceKind.WEEKDAY ? s.weekday() + " " + s.weeksOfMonth()
                : s.daysOfMonth());
        changes.put("published", s.published());
        audit.record(AuditAction.CREATE, ENTITY, s.id(), s.unitId(), changes);
        return s;
    }

    void publish(long id, boolean published) {
        ReceptionSchedule s = get(id);
        s.publish(published);
        audit.record(AuditAction.UPDATE, ENTITY, id, s.unitId(), Map.of("published", published));
    }

    @Transactional(readOnly = true)
    ReceptionSchedule get(long id) {
        return schedules.findById(id).orElseThrow(() -> DomainException.notFound("reception-schedule-not-found", id));
    }

    @Transactional(readOnly = true)
    List<ReceptionSchedule> forUnits(List<Long> unitIds) {
        return schedules.findByUnitIdInOrderByValidFromDesc(unitIds);
    }

    @Transactional(readOnly = true)
    List<ReceptionSchedule> published() {
        return schedules.findByPublishedTrueOrderByIdAsc();
    }

    /** The year's sittings; one falling on a day off moves to the next working day. */
    @Transactional(readOnly = true)
    List<Sitting> sittings(ReceptionSchedule schedule, int year) {
        Map<LocalDate, String> names = new LinkedHashMap<>();
        for (int y : new int[] {year, year + 1}) {
            if (y <= WorkingCalendar.MAX_DATE.getYear()) {
                for (CalendarDay d : calendar.year(y).days()) {
                    names.putIfAbsent(d.date(), d.name());
                }
            }
        }
        List<Sitting> sittings = new ArrayList<>();
        for (LocalDate nominal : schedule.nominalDates(year)) {
            LocalDate held = calendar.workingDayOnOrAfter(nominal);
            String reason = held.equals(nominal) ? null : names.get(nominal);
            boolean weekend = !held.equals(nominal) && reason == null;
            sittings.add(new Sitting(nominal, held, reason, weekend));
        }
        return sittings;
    }

    /** The next sittings of the schedules on or after today, at most {@code limit}. */
    @Transactional(readOnly = true)
    List<Map.Entry<ReceptionSchedule, Sitting>> upcoming(List<ReceptionSchedule> list, int limit) {
        LocalDate today = Dates.today(clock);
        List<Map.Entry<ReceptionSchedule, Sitting>> next = new ArrayList<>();
        for (ReceptionSchedule s : list) {
            for (int y = today.getYear(); y <= today.getYear() + 1; y++) {
                for (Sitting sitting : sittings(s, y)) {
                    if (!sitting.date().isBefore(today)) {
                        next.add(Map.entry(s, sitting));
                    }
                }
            }
        }
        next.sort((a, b) -> a.getValue().date().compareTo(b.getValue().date()));
        return next.subList(0, Math.min(limit, next.size()));
    }

    /**
     * Compliance of the heads of the bodies at a unit: the unit itself when it is a body, else
     * the Party committee, People's Committee and State agencies directly under it.
     */
    @Transactional(readOnly = true)
    List<HeadCompliance> compliance(long unitId, int year) {
        OrgUnitView unit = units.get(unitId);
        List<OrgUnitView> bodies = unit.kind().isArea() ? units.children(unitId) : List.of(unit);
        List<HeadCompliance> result = new ArrayList<>();
        for (OrgUnitView body : bodies) {
            if (body.kind() == OrgUnitKind.PARTY_COMMITTEE || body.kind() == OrgUnitKind.PEOPLES_COMMITTEE
                    || body.kind() == OrgUnitKind.DEPARTMENT || body.kind() == OrgUnitKind.INSPECTORATE) {
                result.add(complianceOf(body, year));
            }
        }
        return result;
    }

    @Transactional(readOnly = true)
    HeadCompliance complianceOf(OrgUnitView body, int year) {
        HostRole role = HostRole.forKind(body.kind());
        List<ReferenceData.DutyRule> rules = reference.dutyRules();
        // Weeks judged in December end in January, so read a few days either side.
        List<Compliance.Held> held = jdbc.sql("""
                select distinct s.session_date, h.capacity
                  from reception_session s join reception_session_host h on h.session_id = s.id
                 where h.host_unit_id = ? and h.capacity in ('HEAD', 'DEPUTY')
                   and s.session_date between ? and ?""")
                .param(body.id()).param(LocalDate.of(year, 1, 1).minusDays(7)).param(LocalDate.of(year, 12, 31).plusDays(7))
                .query((rs, i) -> new Compliance.Held(rs.getObject(1, LocalDate.class),
                        HostCapacity.valueOf(rs.getString(2))))
                .list();
        LocalDate today = Dates.today(clock);
        List<Compliance.Month> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(Compliance.evaluate(rules, role, body.tier(), YearMonth.of(year, m), held,
                    calendar::isWorkingDay, today));
        }
        return new HeadCompliance(body, role, months);
    }

    Optional<ReferenceData.DutyRule> ruleFor(OrgUnitView body, LocalDate day) {
        return Compliance.ruleOn(reference.dutyRules(), HostRole.forKind(body.kind()), body.tier(), day);
    }
}
