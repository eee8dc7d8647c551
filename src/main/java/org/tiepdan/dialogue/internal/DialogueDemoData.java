package org.tiepdan.dialogue.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.tiepdan.account.Role;
import org.tiepdan.account.RoleGrantView;
import org.tiepdan.account.TiepdanUser;
import org.tiepdan.calendar.WorkingCalendar;
import org.tiepdan.dialogue.DialogueKind;
import org.tiepdan.org.OrgUnitKind;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.DemoDataContributor;

/**
 * The commune's dialogues of the last year, read from {@code classpath:dialogue/demo-dialogues.txt}:
 * a periodic joint dialogue of the Party committee and the People's Committee fully concluded and
 * closed (answers on time and late, an escalation), one concluded with an assignment now overdue and
 * a point turned into a petition, and a thematic one planned. Every step runs through the service as
 * the demo reception officer, so documents are numbered in the register like any other.
 */
@Component
class DialogueDemoData implements DemoDataContributor {

    private final DialogueService service;
    private final OrgUnits units;
    private final WorkingCalendar calendar;
    private final Clock clock;

    DialogueDemoData(DialogueService service, OrgUnits units, WorkingCalendar calendar, Clock clock) {
        this.service = service;
        this.units = units;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public int order() {
        // After the petitions' demo set, whose register numbers it continues.
        return 500;
    }

    @Override
    public void contribute() {
        OrgUnitView commune = units.findAreaByCode("18844").orElse(null);
        if (commune == null) {
            return;
        }
        OrgUnitView party = body(commune, OrgUnitKind.PARTY_COMMITTEE);
        OrgUnitView committee = body(commune, OrgUnitKind.PEOPLES_COMMITTEE);
        if (party == null || committee == null) {
            return;
        }
        SecurityContext previous = SecurityContextHolder.getContext();
        // Steps are recorded as the demo reception officer (petition intake needs a signed-in officer).
        TiepdanUser officer = new TiepdanUser(null, "tiepdan", "tiepdan",
                List.of(new RoleGrantView(Role.RECEPTION_OFFICER, commune.id()), new RoleGrantView(Role.HEAD, party.id()),
                        new RoleGrantView(Role.HEAD, committee.id())), null, true, true);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(officer, null,
                officer.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            load(party, committee);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private void load(OrgUnitView party, OrgUnitView committee) {
        Map<String, String[]> dialogues = new LinkedHashMap<>();
        Map<String, List<String[]>> opinions = new LinkedHashMap<>();
        read(dialogues, opinions);
        LocalDate today = Dates.today(clock);
        for (var e : dialogues.entrySet()) {
            String[] d = e.getValue();
            LocalDate held = calendar.workingDayOnOrAfter(today.plusDays(Long.parseLong(d[3])));
            DialogueState target = DialogueState.valueOf(d[11]);
            Dialogue dialogue = service.plan(new Dialogue.Plan(DialogueKind.valueOf(d[2]), d[4], held,
                    LocalTime.of(7, 30), d[5], List.of(new DialogueHost(party.id(), d[7]),
                            new DialogueHost(committee.id(), null)),
                    Arrays.asList(d[6].split(";")), d[7], d[8]));
            long id = dialogue.id();
            List<String[]> points = opinions.getOrDefault(e.getKey(), List.of());
            for (String[] o : points) {
                if (o[2].equals("BEFORE")) {
                    LocalDate raised = held.minusDays(Long.parseLong(o[7]));
                    record(id, o, raised.isAfter(today) ? today : raised);
                }
            }
            issue(id, DocumentKind.PLAN, earlier(held, 30, today), d[7]);
            issue(id, DocumentKind.NOTICE, earlier(held, 20, today), d[7]);
            if (target == DialogueState.PLANNED) {
                continue;
            }
            issue(id, DocumentKind.OPINION_SUMMARY, held.minusDays(4), d[7]);
            issue(id, DocumentKind.INVITATION, held.minusDays(3), d[7]);
            service.hold(id, new Dialogue.Holding(held, d[5], d[7], d[8], Integer.valueOf(d[9]),
                    Integer.valueOf(d[10])));
            for (String[] o : points) {
                if (o[2].equals("AT")) {
                    record(id, o, null);
                }
            }
            issue(id, DocumentKind.RECORD, held, d[8]);
            Dialogue loaded = service.get(id);
            for (String[] o : points) {
                if (o[9].equals("PETITION")) {
                    service.turnIntoPetition(id, opinionId(loaded, o));
                }
            }
            LocalDate notice = calendar.addWorkingDays(held, 8);
            Map<Long, Dialogue.Route> routes = new LinkedHashMap<>();
            for (DialogueOpinion o : service.get(id).opinions()) {
                if (o.needsAssignment()) {
                    routes.put(o.id(), new Dialogue.Route(committee.id(), null));
                }
            }
            service.conclude(id, new Dialogue.ConclusionNotice(notice, d[12], d[7], routes));
            Dialogue concluded = service.get(id);
            LocalDate last = notice;
            for (String[] o : points) {
                long opinionId = opinionId(concluded, o);
                Assignment a = concluded.assignments().stream().filter(x -> x.opinion().id() == opinionId).findFirst()
                        .orElse(null);
                if (a == null) {
                    continue;
                }
                if (o[9].equals("ANSWER")) {
                    LocalDate on = calendar.addWorkingDays(notice, Integer.parseInt(o[10]));
                    service.answer(id, a.id(), new Assignment.Answer(on, o[12], o[11]));
                    last = on.isAfter(last) ? on : last;
                } else if (o[9].equals("ESCALATE")) {
                    LocalDate on = calendar.addWorkingDays(notice, Integer.parseInt(o[10]));
                    service.escalate(id, a.id(), new Assignment.Escalation(on, o[11], o[12], d[7]));
                    last = on.isAfter(last) ? on : last;
                }
            }
            if (target == DialogueState.CLOSED) {
                service.close(id, calendar.addWorkingDays(last, 3), d[7]);
            }
        }
    }

    private void record(long id, String[] o, LocalDate raised) {
        boolean spot = o[9].equals("SPOT");
        service.recordOpinion(id, new DialogueOpinion.NewOpinion(OpinionStage.valueOf(o[2]),
                OpinionSource.valueOf(o[3]), blank(o[4]), blank(o[5]), OpinionField.valueOf(o[6]), o[8], raised, spot,
                spot ? o[10] : null, spot ? o[11] : null));
    }

    private void issue(long id, DocumentKind kind, LocalDate on, String signer) {
        service.issueDocument(id, kind, on, signer);
    }

    private static LocalDate earlier(LocalDate held, int days, LocalDate today) {
        LocalDate d = held.minusDays(days);
        return d.isAfter(today) ? today : d;
    }

    private static long opinionId(Dialogue d, String[] o) {
        return d.opinions().stream().filter(x -> x.content().equals(o[8])).findFirst().orElseThrow().id();
    }

    private OrgUnitView body(OrgUnitView area, OrgUnitKind kind) {
        return units.children(area.id()).stream().filter(u -> u.kind() == kind && u.isOpen()).findFirst()
                .orElse(null);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static void read(Map<String, String[]> dialogues, Map<String, List<String[]>> opinions) {
        try (var in = new BufferedReader(new InputStreamReader(
                new ClassPathResource("dialogue/demo-dialogues.txt").getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\\|", -1);
                if (c[0].equals("D")) {
                    dialogues.put(c[1], c);
                } else {
                    opinions.computeIfAbsent(c[1], k -> new ArrayList<>()).add(c);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
