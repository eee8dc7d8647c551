package org.tiepdan.reception.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tiepdan.org.OrgUnitKind;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.DemoDataContributor;
import org.tiepdan.reception.SessionKind;

/**
 * Demo reception records of Xã Kỳ Thượng for 2025, read from {@code reception/demo-2025.txt}:
 * the joint schedule of the Party secretary and the People's Committee chairman (days 10 and 25),
 * its 24 periodic sittings as sessions, a few ad hoc and regular sessions, and their visits
 * (a delegation of 7, a refusal, a complex prolonged matter, a degradation-related one).
 * <p>
 * A demo loaded in a later year also gets that year: the secretary's and chairman's schedule of
 * the year and its sittings up to yesterday, each held, some with citizens who come back about a
 * matter of 2025. Without it a newcomer's head home shows every month of the year short of the
 * law's sittings and the desk no returning citizen (issue 19), which says nothing about the product.
 */
@Component
class ReceptionDemoData implements DemoDataContributor {

    static final String COMMUNE_CODE = "18844";
    static final int YEAR = 2025;

    private final OrgUnits units;
    private final ScheduleService schedules;
    private final ReceptionService reception;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ReferenceData reference;

    ReceptionDemoData(OrgUnits units, ScheduleService schedules, ReceptionService reception, JdbcClient jdbc,
            Clock clock, ReferenceData reference) {
        this.reference = reference;
        this.units = units;
        this.schedules = schedules;
        this.reception = reception;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public void contribute() {
        OrgUnitView commune = units.findAreaByCode(COMMUNE_CODE).orElse(null);
        if (commune == null) {
            return;
        }
        OrgUnitView party = body(commune, OrgUnitKind.PARTY_COMMITTEE);
        OrgUnitView committee = body(commune, OrgUnitKind.PEOPLES_COMMITTEE);
        if (party == null || committee == null) {
            return;
        }
        // The schedule and the sessions are the People's Committee's (it runs the commune's reception
        // point), never the territory's: a record is held by a body (HoldingBody, issue 19).
        long existing = jdbc.sql("select count(*) from reception_schedule where unit_id in (?, ?)")
                .params(commune.id(), committee.id()).query(Long.class).single();
        if (existing > 0) {
            return;
        }
        Map<String, String> header = new HashMap<>();
        List<String[]> rows = new ArrayList<>();
        read(header, rows);
        String place = header.get("place");
        ReceptionSchedule schedule = schedules.create(new ScheduleService.ScheduleCommand(committee.id(),
                header.get("schedule.title"), RecurrenceKind.DAYS_OF_MONTH, List.of(10, 25), (DayOfWeek) null, List.of(),
                place, LocalTime.of(7, 30), LocalTime.of(11, 0), LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31),
                List.of(new ScheduleHost(party.id(), HostRole.PARTY_SECRETARY, header.get("secretary")),
                        new ScheduleHost(committee.id(), HostRole.PC_CHAIRMAN, header.get("chairman"))),
                true, header.get("schedule.note")));
        List<ScheduleService.Sitting> sittings = schedules.sittings(schedule, YEAR);
        List<SessionHost> jointHosts = List.of(
                new SessionHost(party.id(), HostRole.PARTY_SECRETARY, HostCapacity.HEAD, header.get("secretary"), null),
                new SessionHost(committee.id(), HostRole.PC_CHAIRMAN, HostCapacity.HEAD, header.get("chairman"), null));
        Map<String, ReceptionSession> sessions = new LinkedHashMap<>();
        for (int i = 0; i < sittings.size(); i++) {
            sessions.put("P" + (i + 1), reception.openSession(new ReceptionService.SessionCommand(committee.id(),
                    SessionKind.PERIODIC, sittings.get(i).date(), place, schedule.id(), jointHosts,
                    header.get("participants"))));
        }
        Map<String, Long> lastVisitByCccd = new HashMap<>();
        for (String[] r : rows) {
            ReceptionSession session = sessions.computeIfAbsent(r[0], key -> openOther(key, committee, party, header));
            String extra = r.length > 10 ? r[10] : "";
            boolean delegation = extra.startsWith("D");
            int headcount = delegation ? Integer.parseInt(extra.substring(1, extra.indexOf(':'))) : 1;
            List<String> reps = delegation ? Arrays.asList(extra.substring(extra.indexOf(':') + 1).split(";"))
                    : List.of();
            String ground = null;
            String noticeNumber = null;
            LocalDate noticeDate = null;
            if (extra.startsWith("R:")) {
                String[] parts = extra.split(":");
                ground = parts[1];
                if (parts.length > 3) {
                    noticeNumber = parts[2];
                    noticeDate = LocalDate.parse(parts[3], Dates.DISPLAY);
                }
            }
            String flags = r[7];
            Long matter = "SAME".equals(extra) ? lastVisitByCccd.get(r[2]) : null;
            VisitData data = new VisitData(session.date(), r[1], r[2], commune.id(), r[3], null, blank(r[4]),
                    delegation, headcount, reps, r[8], r[5], flags.contains("c"), flags.contains("p"),
                    flags.contains("d"), flags.contains("m"), Outcome.valueOf(r[6]), blank(r[9]), null, ground,
                    noticeNumber, noticeDate, matter, flags.contains("t"));
            ReceptionVisit visit = reception.recordVisit(session.id(), data);
            lastVisitByCccd.putIfAbsent(r[2], visit.id());
        }
        sessions.values().forEach(s -> reception.closeSession(s.id()));
        thisYear(commune, committee, party, header, lastVisitByCccd);
    }

    /** Returning citizens of the current year: a 2025 CCCD, the matter they come back about (or none). */
    private static final String[][] RETURNING = {
        {"Võ Hữu Hải", "042049000006", "Thôn Trường Sơn", "LAND", "SAME",
            "Tiếp tục đề nghị giải quyết tranh chấp ranh giới đất rừng sản xuất với hộ liền kề"},
        {"Đỗ Thị Tâm", "042181000009", "Thôn Trường Sơn", "ENVIRONMENT", "SAME",
            "Cơ sở chăn nuôi lợn vẫn gây ô nhiễm sau khi đã được nhắc nhở"},
        {"Nguyễn Văn Khánh", "042085000101", "Thôn Tân Hòa", "ADMINISTRATION", "",
            "Đề nghị lắp đặt đèn chiếu sáng tuyến đường liên thôn"},
        {"Phạm Thị Mai", "042154000010", "Thôn Bắc Thượng", "CONSTRUCTION", "",
            "Mương thoát nước đoạn qua xóm 3 tiếp tục bị tắc"},
    };

    private void thisYear(OrgUnitView commune, OrgUnitView committee, OrgUnitView party, Map<String, String> header,
            Map<String, Long> visitByCccd) {
        LocalDate today = Dates.today(clock);
        int year = today.getYear();
        if (year <= YEAR) {
            return;
        }
        String place = header.get("place");
        ReceptionSchedule schedule = schedules.create(new ScheduleService.ScheduleCommand(committee.id(),
                header.get("schedule.title").replace(String.valueOf(YEAR), String.valueOf(year)),
                RecurrenceKind.DAYS_OF_MONTH, List.of(10, 25), (DayOfWeek) null, List.of(), place,
                LocalTime.of(7, 30), LocalTime.of(11, 0), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                List.of(new ScheduleHost(party.id(), HostRole.PARTY_SECRETARY, header.get("secretary")),
                        new ScheduleHost(committee.id(), HostRole.PC_CHAIRMAN, header.get("chairman"))),
                true, header.get("schedule.note")));
        List<SessionHost> hosts = List.of(
                new SessionHost(party.id(), HostRole.PARTY_SECRETARY, HostCapacity.HEAD, header.get("secretary"), null),
                new SessionHost(committee.id(), HostRole.PC_CHAIRMAN, HostCapacity.HEAD, header.get("chairman"), null));
        List<ScheduleService.Sitting> held = schedules.sittings(schedule, year).stream()
                .filter(x -> x.date().getYear() == year && x.date().isBefore(today)).toList();
        for (int i = 0; i < held.size(); i++) {
            ReceptionSession session = reception.openSession(new ReceptionService.SessionCommand(committee.id(),
                    SessionKind.PERIODIC, held.get(i).date(), place, schedule.id(), hosts,
                    header.get("participants")));
            // The last sittings bring citizens back; earlier ones had nobody (a sitting is held all the same).
            int fromEnd = held.size() - 1 - i;
            if (fromEnd < RETURNING.length) {
                String[] r = RETURNING[fromEnd];
                Long matter = "SAME".equals(r[4]) ? visitByCccd.get(r[1]) : null;
                reception.recordVisit(session.id(), new VisitData(session.date(), r[0], r[1], commune.id(), r[2],
                        null, null, false, 1, List.of(), r[5], r[3], false, false, false, false,
                        Outcome.ANSWERED, header.get("recent.answer"), null, null, null, null, matter, false));
            }
            reception.closeSession(session.id());
        }
        weeklyChairman(committee, header, place, held.stream().map(ScheduleService.Sitting::date).toList(), today);
    }

    /**
     * While the duty rules ask a commune chairman for a day a week (Luật Tiếp công dân 2013 Art. 15,
     * until the rule's end date in the data), the chairman also sits on Thursdays; the joint sittings
     * on the 10th and 25th alone would leave those months short.
     */
    private void weeklyChairman(OrgUnitView committee, Map<String, String> header, String place,
            List<LocalDate> jointDays, LocalDate today) {
        int year = today.getYear();
        LocalDate from = LocalDate.of(year, 1, 1);
        ReferenceData.DutyRule rule = reference.dutyRules().stream()
                .filter(r -> r.role() == HostRole.PC_CHAIRMAN && r.tier() == committee.tier()
                        && "WEEK".equals(r.period()) && r.appliesOn(from))
                .findFirst().orElse(null);
        if (rule == null) {
            return;
        }
        // A week that the rule's last day falls in still needs its sitting, even if its Thursday is later.
        LocalDate until = rule.validTo() == null || rule.validTo().getYear() > year ? LocalDate.of(year, 12, 31)
                : rule.validTo().with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        ReceptionSchedule weekly = schedules.create(new ScheduleService.ScheduleCommand(committee.id(),
                header.get("weekly.title").replace(String.valueOf(YEAR), String.valueOf(year)),
                RecurrenceKind.WEEKDAY, List.of(), DayOfWeek.THURSDAY, List.of(), place, LocalTime.of(7, 30),
                LocalTime.of(11, 0), from, until,
                List.of(new ScheduleHost(committee.id(), HostRole.PC_CHAIRMAN, header.get("chairman"))), true,
                header.get("weekly.note")));
        List<SessionHost> chairman = List.of(new SessionHost(committee.id(), HostRole.PC_CHAIRMAN, HostCapacity.HEAD,
                header.get("chairman"), null));
        for (ScheduleService.Sitting sitting : schedules.sittings(weekly, year)) {
            LocalDate day = sitting.date();
            if (day.isAfter(until) || !day.isBefore(today) || jointDays.contains(day)) {
                continue;
            }
            ReceptionSession session = reception.openSession(new ReceptionService.SessionCommand(committee.id(),
                    SessionKind.PERIODIC, day, place, weekly.id(), chairman, null));
            reception.closeSession(session.id());
        }
    }

    private ReceptionSession openOther(String key, OrgUnitView holder, OrgUnitView party, Map<String, String> header) {
        LocalDate date = LocalDate.parse(key.substring(1) + "/" + YEAR, Dates.DISPLAY);
        boolean adHoc = key.startsWith("A");
        List<SessionHost> hosts = adHoc
                ? List.of(new SessionHost(party.id(), HostRole.PARTY_SECRETARY, HostCapacity.HEAD,
                        header.get("secretary"), null))
                : List.of(new SessionHost(null, null, HostCapacity.STAFF, header.get("staff"), null));
        return reception.openSession(new ReceptionService.SessionCommand(holder.id(),
                adHoc ? SessionKind.AD_HOC : SessionKind.REGULAR, date, header.get("place"), null, hosts,
                adHoc ? header.get("participants") : null));
    }

    private OrgUnitView body(OrgUnitView commune, OrgUnitKind kind) {
        return units.children(commune.id()).stream().filter(u -> u.kind() == kind && u.isOpen()).findFirst()
                .orElse(null);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static void read(Map<String, String> header, List<String[]> rows) {
        try (InputStream in = new ClassPathResource("reception/demo-2025.txt").getInputStream()) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (line.contains("|")) {
                    rows.add(line.split("\\|", -1));
                } else {
                    int eq = line.indexOf('=');
                    header.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
