package org.tiepdan.reception.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
 */
@Component
class ReceptionDemoData implements DemoDataContributor {

    static final String COMMUNE_CODE = "18844";
    static final int YEAR = 2025;

    private final OrgUnits units;
    private final ScheduleService schedules;
    private final ReceptionService reception;
    private final JdbcClient jdbc;

    ReceptionDemoData(OrgUnits units, ScheduleService schedules, ReceptionService reception, JdbcClient jdbc) {
        this.units = units;
        this.schedules = schedules;
        this.reception = reception;
        this.jdbc = jdbc;
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
                place, LocalTime.of(7, 30), LocalTime.of(11, 0), LocalDate.of(YEAR, 1, 1), null,
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
