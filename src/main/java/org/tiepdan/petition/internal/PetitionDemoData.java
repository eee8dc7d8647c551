package org.tiepdan.petition.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.tiepdan.account.Role;
import org.tiepdan.org.OrgUnitKind;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.petition.Channel;
import org.tiepdan.petition.Competence;
import org.tiepdan.petition.PetitionKind;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.DemoDataContributor;

/**
 * About thirty petitions of Xã Kỳ Thượng over 2025–2026 in every state (received, accepted, in
 * verification, settled on time and late, transferred, guided, returned, archived, directed, a
 * reopened case, a degradation-related one, overdue ones), read from
 * {@code classpath:petition/demo-petitions.tsv}. Steps run on the aggregates as the demo handler
 * ({@code xuly}) and head ({@code lanhdao}); dates given as "-N" are N days before today.
 */
@Component
class PetitionDemoData implements DemoDataContributor {

    private static final Actor HANDLER = new Actor("xuly", EnumSet.of(Role.HANDLER));
    private static final Actor HEAD = new Actor("lanhdao", EnumSet.of(Role.HEAD, Role.HANDLER));
    private static final Locale VI = Locale.forLanguageTag("vi");

    private final PetitionService service;
    private final OrgUnits units;
    private final MessageSource messages;
    private final Clock clock;
    private int documents;

    PetitionDemoData(PetitionService service, OrgUnits units, MessageSource messages, Clock clock) {
        this.service = service;
        this.units = units;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public void contribute() {
        OrgUnitView commune = units.findAreaByCode("18844").orElse(null);
        if (commune == null) {
            return;
        }
        OrgUnitView ubnd = body(commune, OrgUnitKind.PEOPLES_COMMITTEE);
        OrgUnitView party = body(commune, OrgUnitKind.PARTY_COMMITTEE);
        if (ubnd == null || party == null) {
            return;
        }
        try (var in = new BufferedReader(new InputStreamReader(
                new ClassPathResource("petition/demo-petitions.tsv").getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                run(c, "PARTY".equals(c[1]) ? party : ubnd, ubnd, party);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private OrgUnitView body(OrgUnitView area, OrgUnitKind kind) {
        return units.children(area.id()).stream().filter(u -> u.kind() == kind).findFirst().orElse(null);
    }

    private void run(String[] c, OrgUnitView unit, OrgUnitView ubnd, OrgUnitView party) {
        String scenario = c[0];
        Channel channel = Channel.valueOf(c[2]);
        LocalDate today = Dates.today(clock);
        LocalDate r = c[3].startsWith("-") ? today.minusDays(Long.parseLong(c[3].substring(1)))
                : LocalDate.parse(c[3]);
        boolean anonymous = c[4].isBlank();
        int headcount = c[7].isBlank() ? 1 : Integer.parseInt(c[7]);
        PetitionKind kind = PetitionKind.valueOf(c[8]);
        // The demo file keeps the old flat codes: each stands for its node of the field tree (LAND → ADM_LAND).
        String field = service.fieldNode(c[9]);
        String content = c[10];
        String detail = c.length > 11 ? c[11] : "";
        boolean transferred = channel == Channel.TRANSFERRED;
        List<Petitioner> people = anonymous ? List.of()
                : List.of(new Petitioner(c[4], c[5], c[6], null, null, headcount > 1));
        Petition p = service.register(new Intake(unit.id(), channel, r, transferred ? detail : null,
                transferred ? doc() : null, transferred ? r.minusDays(3) : null, null, content, anonymous, false, false,
                headcount, people, kind).withNewMatter(newMatter(scenario)), HANDLER.username(), unit);
        DeadlineSource clocks = service.clocks(unit.id());
        boolean complex = scenario.equals("EXTENDED") || scenario.equals("DIRECTED_PENDING");
        boolean prolonged = scenario.equals("DIRECTED_PENDING");
        boolean degradation = scenario.equals("DEGRADATION");
        Competence competence = switch (scenario) {
            case "TRANSFERRED_OUT", "TRANSFERRED_IN", "GUIDED" -> Competence.NONE;
            case "DIRECTED_ANSWERED", "DIRECTED_PENDING", "DEGRADATION" -> Competence.DIRECT;
            default -> Competence.RESOLVE;
        };
        boolean eligible = !scenario.equals("RETURNED") && !scenario.equals("REFUSED");
        Reason ineligible = scenario.equals("RETURNED") ? Reason.ALREADY_COURT
                : scenario.equals("REFUSED") ? Reason.TIME_LIMIT_EXPIRED : null;
        if (scenario.equals("RECEIVED")) {
            service.sync(p);
            return;
        }
        if (scenario.equals("ARCHIVED_ANONYMOUS")) {
            p.archive(HANDLER, Step.on(r.plusDays(2)).withReason(Reason.ANONYMOUS, null));
            service.sync(p);
            return;
        }
        p.classify(HANDLER, Step.on(r.plusDays(1)), new Classification(kind, field, eligible, ineligible, competence,
                complex, prolonged, PetitionClassification.massHeadcount(headcount), degradation, false, false),
                clocks);
        switch (scenario) {
            case "CLASSIFIED", "OVERDUE_INTAKE" -> {
            }
            case "ACCEPTED" -> p.accept(HANDLER, doc(r.plusDays(2)), clocks);
            case "INVESTIGATING" -> {
                p.accept(HANDLER, doc(r.plusDays(2)), clocks);
                p.investigate(HANDLER, Step.on(r.plusDays(5)));
            }
            case "OVERDUE_RESOLVE" -> {
                p.accept(HANDLER, doc(r.plusDays(5)), clocks);
                p.investigate(HANDLER, Step.on(r.plusDays(9)));
            }
            case "VERIFYING" -> {
                p.accept(HANDLER, doc(r.plusDays(2)), clocks);
                p.notifyParties(HANDLER, doc(r.plusDays(4)));
                p.verify(HANDLER, Step.on(r.plusDays(6)));
            }
            case "SETTLED_ON_TIME", "SETTLED_LATE", "SECOND_ROUND" -> {
                p.accept(HANDLER, doc(r.plusDays(7)), clocks);
                p.investigate(HANDLER, Step.on(r.plusDays(10)));
                p.holdDialogue(HANDLER, Step.on(r.plusDays(20)));
                boolean late = scenario.equals("SETTLED_LATE");
                p.decide(HANDLER, doc(r.plusDays(late ? 52 : 33))
                        .withOutcome(scenario.equals("SECOND_ROUND") ? Outcome.WRONG : Outcome.PARTLY_RIGHT));
                if (scenario.equals("SECOND_ROUND")) {
                    // The second complaint goes to the provincial People's Committee (Art. 33, 36).
                    service.sync(p);
                    OrgUnitView province = units.findAreaByCode("42").map(a -> body(a, OrgUnitKind.PEOPLES_COMMITTEE))
                            .orElseThrow();
                    Step lodged = doc(r.plusDays(50)).withTarget(province.id(), null);
                    p.secondRound(HANDLER, lodged, clocks);
                    service.sync(p);
                    Petition second = service.openSecondRound(p, lodged, HANDLER);
                    DeadlineSource upper = service.clocks(province.id());
                    second.accept(HANDLER, doc(r.plusDays(55)), upper);
                    second.investigate(HANDLER, Step.on(r.plusDays(58)));
                    service.sync(second);
                }
            }
            case "CONCLUDED" -> {
                p.accept(HANDLER, doc(r.plusDays(5)), clocks);
                p.notifyParties(HANDLER, doc(r.plusDays(8)));
                p.verify(HANDLER, Step.on(r.plusDays(10)));
                p.conclude(HANDLER, doc(r.plusDays(30)).withOutcome(Outcome.PARTLY_TRUE));
                p.publish(HANDLER, Step.on(r.plusDays(31)), clocks);
            }
            case "EXTENDED" -> {
                p.accept(HANDLER, doc(r.plusDays(5)), clocks);
                p.notifyParties(HANDLER, doc(r.plusDays(8)));
                p.verify(HANDLER, Step.on(r.plusDays(10)));
                p.extend(HEAD, doc(r.plusDays(30)).withReason(null, detail), clocks);
                p.conclude(HANDLER, doc(r.plusDays(55)).withOutcome(Outcome.FALSE));
            }
            case "SUSPENDED" -> {
                p.accept(HANDLER, doc(r.plusDays(3)), clocks);
                p.notifyParties(HANDLER, doc(r.plusDays(5)));
                p.verify(HANDLER, Step.on(r.plusDays(7)));
                p.suspend(HEAD, doc(r.plusDays(20)).withReason(null, detail), clocks);
                p.resume(HEAD, doc(r.plusDays(40)), clocks);
            }
            case "WITHDRAWN" -> {
                // Withdrawn at any time before the decision (Luật Khiếu nại 2011 Art. 10).
                p.accept(HANDLER, doc(r.plusDays(5)), clocks);
                p.investigate(HANDLER, Step.on(r.plusDays(8)));
                p.withdraw(HANDLER, doc(r.plusDays(15)).withReason(null, detail), clocks);
            }
            case "FEEDBACK_CLOSED", "RECOMMENDATION_ANSWERED", "REOPENED", "MASS" -> {
                p.accept(HANDLER, doc(r.plusDays(3)), clocks);
                p.assign(HANDLER, Step.on(r.plusDays(3)).withHandler(HANDLER.username()));
                if (!scenario.equals("MASS")) {
                    p.answer(HANDLER, doc(r.plusDays(15)));
                }
                if (scenario.equals("FEEDBACK_CLOSED") || scenario.equals("REOPENED")) {
                    p.close(HANDLER, Step.on(r.plusDays(16)));
                }
            }
            // The demo's bodies outside: a provincial court; the provincial social insurance (State administration).
            case "TRANSFERRED_OUT" -> p.transfer(HANDLER, doc(r.plusDays(4)).withTarget(null, detail)
                    .withDestinationCategory(DestinationCategory.PROSECUTION_COURT_ENFORCEMENT));
            case "TRANSFERRED_IN" -> {
                Step step = doc(r.plusDays(4)).withTarget(party.id(), null)
                        .withDestinationCategory(DestinationCategory.POLITICAL_SOCIO_POLITICAL);
                p.transfer(HANDLER, step);
                service.sync(p);
                service.transferInside(p, step, HANDLER.username());
            }
            case "GUIDED" -> p.guide(HANDLER, doc(r.plusDays(3)).withTarget(null, detail)
                    .withDestinationCategory(DestinationCategory.STATE_ADMINISTRATION));
            case "RETURNED" -> p.returnToPetitioner(HANDLER, doc(r.plusDays(5)).withReason(Reason.ALREADY_COURT, null));
            case "REFUSED" -> p.refuse(HANDLER, doc(r.plusDays(6)).withReason(Reason.TIME_LIMIT_EXPIRED, null));
            case "DIRECTED_ANSWERED", "DEGRADATION" -> {
                p.direct(HEAD, doc(r.plusDays(4)).withDirection(detail, r.plusDays(34)));
                p.recordAnswer(HANDLER, doc(r.plusDays(30)));
            }
            case "DIRECTED_PENDING" -> p.direct(HEAD, doc(r.plusDays(3)).withDirection(detail, r.plusDays(20)));
            default -> throw new IllegalArgumentException(scenario);
        }
        service.sync(p);
        if (scenario.equals("REOPENED")) {
            // The citizen writes again on the same matter half a year later: the settled case reopens.
            LocalDate again = r.plusDays(200);
            Petition repeat = service.register(new Intake(unit.id(), Channel.POST, again, null, null, null,
                    null, content, false, false, false, 1, people), HANDLER.username(), unit);
            service.linkToCase(repeat, p.caseId());
        }
        p.markOverdue(today);
    }

    private Step doc(LocalDate on) {
        return Step.on(on).withDocument(doc(), on);
    }

    private String doc() {
        documents++;
        return documents + "/" + messages.getMessage("petition.demo.document-symbol", null, VI);
    }

    /** Old or new matter in the demo: one left unrecorded (just received), one old matter, the rest new. */
    private static Boolean newMatter(String scenario) {
        return switch (scenario) {
            case "RECEIVED" -> null;
            case "OVERDUE_INTAKE" -> Boolean.FALSE;
            default -> Boolean.TRUE;
        };
    }
}
