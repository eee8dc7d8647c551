package org.tiepdan.petition.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.account.Role;
import org.tiepdan.audit.AuditAction;
import org.tiepdan.audit.AuditLog;
import org.tiepdan.calendar.DeadlineRules;
import org.tiepdan.calendar.DeadlineVariant;
import org.tiepdan.org.HoldingBody;
import org.tiepdan.org.OrgUnitKind;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.petition.PetitionHistory;
import org.tiepdan.petition.PetitionKind;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.DomainException;

/**
 * {@link PetitionHistory}: replays the workflow on the aggregate, as the demo data does, with
 * the import's dates. Steps the source does not date (verification, the complainant's dialogue,
 * assignment) take the date of the step they belong to and say so in their note. A check replays
 * on a petition that is never saved.
 */
@Service
class PetitionHistoryWriter implements PetitionHistory {

    static final String SYSTEM_ACTOR = "system";
    private static final Locale VI = Locale.forLanguageTag("vi");

    private final PetitionService service;
    private final RegisterNumbers numbers;
    private final PetitionRepository petitions;
    private final PetitionCaseRepository cases;
    private final OrgUnits units;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final MessageSource messages;
    private final DeadlineRules rules;
    private final PetitionSealing sealing;
    private final VisitPrefill visits;
    private final Clock clock;
    private final org.tiepdan.reception.FieldTree fieldTree;

    PetitionHistoryWriter(PetitionService service, PetitionRepository petitions, PetitionCaseRepository cases,
            OrgUnits units, JdbcClient jdbc, AuditLog audit, MessageSource messages, DeadlineRules rules,
            PetitionSealing sealing, VisitPrefill visits, Clock clock, org.tiepdan.reception.FieldTree fieldTree,
            RegisterNumbers numbers) {
        this.numbers = numbers;
        this.fieldTree = fieldTree;
        this.rules = rules;
        this.sealing = sealing;
        this.visits = visits;
        this.service = service;
        this.petitions = petitions;
        this.cases = cases;
        this.units = units;
        this.jdbc = jdbc;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public List<String> fields() {
        return List.copyOf(fieldTree.offered().keySet());
    }

    @Override
    public List<String> reasons() {
        return Arrays.stream(Reason.values()).map(Enum::name).toList();
    }

    @Override
    public List<String> results() {
        return Arrays.stream(Outcome.values()).map(Enum::name).toList();
    }

    @Override
    public List<String> destinationCategories() {
        return Arrays.stream(DestinationCategory.values()).map(Enum::name).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public void check(HistoricalPetition h) {
        OrgUnitView unit = unit(h);
        Petition p = new Petition(intake(h), 0, 1, "", actorName());
        startIntakeClocks(p, h, unit);
        replay(p, h, () -> {
        });
        cameBack(p.settledOn(), h);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> existing(HistoricalPetition h) {
        String content = Texts.clean(h.content());
        if (content == null || h.receivedOn() == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select registration_number from petition where unit_id = ? and received_on = ?
                   and content_folded = fold_vi(?) order by id limit 1""")
                .params(h.unitId(), h.receivedOn(), content).query(String.class).optional();
    }

    @Override
    @Transactional
    public Recorded record(HistoricalPetition h, long importId) {
        OrgUnitView unit = unit(h);
        String actor = actorName();
        PetitionCase c = cases.save(new PetitionCase(h.unitId(), Texts.clean(h.content()) == null ? ""
                : Texts.clean(h.content()), h.receivedOn()));
        // Declared with its kind, so that a denunciation's people are sealed before the row holds
        // anything but pseudonyms, as at the front desk (PetitionService.register).
        Intake in = intake(h).declared(h.kind());
        boolean seal = sealing.mustSeal(in, null);
        // Numbered last (RegisterNumbers.number), like the front desk: the unit's register row is locked
        // from there to the commit.
        Petition p = new Petition(seal ? sealing.placeholders(in) : in, c.id(),
                RegisterNumbers.provisionalNumber(c.id()), numbers.trackingCode(), actor);
        startIntakeClocks(p, h, unit);
        p.recordIntake(actor);
        petitions.saveAndFlush(p);
        if (seal) {
            sealing.sealNew(p, in, null);
            petitions.flush();
            if (h.receptionVisitId() != null) {
                visits.sealAsDenunciation(h.receptionVisitId());
            }
        }
        // The case follows each step, as after a step on the screen (the direction's date is the DIRECT step's).
        replay(p, h, () -> service.sync(p));
        service.sync(p);
        cameBack(p.settledOn(), h);
        if (h.cameBackOn() != null) {
            service.reopen(p, h.cameBackOn());
        }
        petitions.flush();
        jdbc.sql("update petition set import_id = ? where id = ?").params(importId, p.id()).update();
        jdbc.sql("update petition_case set import_id = ? where id = ?").params(importId, c.id()).update();
        numbers.number(p);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("registrationNumber", p.registrationNumber());
        summary.put("receivedOn", p.receivedOn());
        summary.put("state", p.state());
        summary.put("settledOn", p.settledOn());
        summary.put("settledOnTime", p.settledOnTime());
        if (p.identitySealed()) {
            summary.put("sealed", true);
        }
        summary.put("import", importId);
        audit.record(AuditAction.CREATE, "Petition", p.id(), p.unitId(), summary);
        return new Recorded(p.id(), c.id(), p.registrationNumber());
    }

    private OrgUnitView unit(HistoricalPetition h) {
        OrgUnitView unit = units.find(h.unitId())
                .orElseThrow(() -> DomainException.invalid("petition-unit-required", "unitId"));
        HoldingBody.require(unit, "unitId");
        LocalDate today = Dates.today(clock);
        if (h.receivedOn() != null && h.receivedOn().isAfter(today)) {
            throw DomainException.invalid("petition-received-future", "receivedOn");
        }
        for (LocalDate d : new LocalDate[] {h.decidedOn(), h.resolvedOn(), h.cameBackOn()}) {
            if (d != null && d.isAfter(today)) {
                throw DomainException.invalid("petition-date-future", "on");
            }
        }
        return unit;
    }

    private static Intake intake(HistoricalPetition h) {
        boolean anonymous = Texts.clean(h.petitionerName()) == null;
        List<Petitioner> people = anonymous ? List.of()
                : List.of(new Petitioner(h.petitionerName(), h.petitionerIdKind(), h.petitionerIdNumber(),
                        h.petitionerAddress(), null, null, h.headcount() > 1));
        people.forEach(p -> p.checkIdDocument("idNumber"));
        return new Intake(h.unitId(), h.channel(), h.receivedOn(), h.senderBody(), h.dispatchNumber(),
                h.dispatchDate(), h.receptionVisitId(), h.content(), anonymous, false, false, Math.max(1, h.headcount()),
                people).withNewMatter(h.newMatter());
    }

    /**
     * The intake clocks run only for petitions received while their rules were in force (the
     * handling rule of TT 05/2021 from 15/11/2021); older ones are judged on their resolution limits.
     */
    private void startIntakeClocks(Petition p, HistoricalPetition h, OrgUnitView unit) {
        if (h.receivedOn() == null) {
            return;
        }
        boolean party = unit.kind() == OrgUnitKind.PARTY_COMMITTEE;
        // Asked without an exception: a refused rule lookup would mark the import's transaction rollback-only.
        java.util.Set<String> inForce = rules.inForce(h.receivedOn()).stream()
                .filter(r -> r.variant() == DeadlineVariant.NORMAL).map(r -> r.code())
                .collect(java.util.stream.Collectors.toSet());
        if (inForce.contains("PETITION_HANDLE") && (!party || inForce.contains("PARTY_HEAD_NOTIFY"))) {
            p.startClocks(service.clocks(h.unitId()), party);
        }
    }

    private void replay(Petition p, HistoricalPetition h, Runnable afterStep) {
        Actor actor = new Actor(actorName(), EnumSet.of(Role.HANDLER, Role.HEAD));
        DeadlineSource clocks = service.clocks(h.unitId());
        if (h.decision() == null) {
            throw DomainException.invalid("history-petition-decision-required", "decision");
        }
        if (h.decidedOn() == null) {
            throw DomainException.invalid("petition-date-required", "decidedOn");
        }
        boolean eligible = h.decision() != Decision.REFUSE && h.decision() != Decision.RETURN;
        Reason reason = reason(h);
        p.classify(actor, Step.on(h.decidedOn()), new Classification(h.kind(), field(h), eligible,
                eligible ? null : reason, h.competence(), h.complex(), h.prolonged(),
                PetitionClassification.massHeadcount(h.headcount()),
                h.degradationRelated(), h.incited(), false), clocks);
        afterStep.run();
        LocalDate on = h.decidedOn();
        switch (h.decision()) {
            case ACCEPT -> {
                p.accept(actor, document(on, h.decisionDocument()), clocks);
                afterStep.run();
                LocalDate end = resolved(h);
                if (h.kind() == PetitionKind.COMPLAINT) {
                    p.investigate(actor, inferred(on));
                    p.holdDialogue(actor, inferred(end));
                    p.decide(actor, document(end, h.resolutionDocument()).withOutcome(outcome(h)));
                } else if (h.kind() == PetitionKind.DENUNCIATION) {
                    p.notifyParties(actor, document(on, h.decisionDocument()).withReason(null, note()));
                    p.verify(actor, inferred(on));
                    p.conclude(actor, document(end, h.resolutionDocument()).withOutcome(outcome(h)));
                } else {
                    p.assign(actor, inferred(on).withHandler(actor.username()));
                    p.answer(actor, document(end, h.resolutionDocument()));
                    p.close(actor, inferred(end));
                }
            }
            case REFUSE -> p.refuse(actor, document(on, h.decisionDocument()).withReason(reason, null));
            // The old books rarely say the category of the body: optional here, never guessed.
            case TRANSFER -> p.transfer(actor, document(on, h.decisionDocument()).withTarget(null, h.otherBody())
                    .withDestinationCategory(destinationCategory(h)), false);
            case GUIDE -> p.guide(actor, document(on, h.decisionDocument()).withTarget(null, h.otherBody())
                    .withDestinationCategory(destinationCategory(h)), false);
            case RETURN -> p.returnToPetitioner(actor, document(on, h.decisionDocument()).withReason(reason, null));
            case ARCHIVE -> p.archive(actor, Step.on(on).withReason(reason, null));
            case DIRECT -> {
                p.direct(actor, document(on, h.decisionDocument()).withDirection(h.otherBody(), h.directionDueOn()));
                afterStep.run();
                p.recordAnswer(actor, document(resolved(h), h.resolutionDocument()));
            }
        }
        afterStep.run();
    }

    private static void cameBack(LocalDate settledOn, HistoricalPetition h) {
        if (h.cameBackOn() != null && (settledOn == null || h.cameBackOn().isBefore(settledOn))) {
            throw DomainException.invalid("history-petition-came-back-before-settled", "cameBackOn",
                    Dates.format(settledOn));
        }
    }

    private static LocalDate resolved(HistoricalPetition h) {
        if (h.resolvedOn() == null) {
            throw DomainException.invalid("history-petition-resolved-required", "resolvedOn");
        }
        return h.resolvedOn();
    }

    private static Step document(LocalDate on, String number) {
        return Step.on(on).withDocument(number, number == null ? null : on);
    }

    private Step inferred(LocalDate on) {
        return Step.on(on).withReason(null, note());
    }

    private String note() {
        return messages.getMessage("history.petition.inferred-step", null, VI);
    }

    private static Reason reason(HistoricalPetition h) {
        try {
            return h.reason() == null ? null : Reason.valueOf(h.reason());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("petition-reason-required", "reason");
        }
    }

    /** The node of the field tree the imported code stands for (an old flat code is its alias). */
    private String field(HistoricalPetition h) {
        return h.field() == null ? null : fieldTree.node(h.field())
                .orElseThrow(() -> DomainException.invalid("petition-field-unknown", "field"));
    }

    private static DestinationCategory destinationCategory(HistoricalPetition h) {
        try {
            return h.destinationCategory() == null ? null : DestinationCategory.valueOf(h.destinationCategory());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("petition-destination-category-required", "destinationCategory");
        }
    }

    private static Outcome outcome(HistoricalPetition h) {
        try {
            return h.result() == null ? null : Outcome.valueOf(h.result());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String actorName() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? SYSTEM_ACTOR : auth.getName();
    }
}
