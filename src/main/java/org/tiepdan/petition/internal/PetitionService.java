package org.tiepdan.petition.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.audit.AuditAction;
import org.tiepdan.audit.AuditLog;
import org.tiepdan.calendar.DeadlineRules;
import org.tiepdan.calendar.DeadlineVariant;
import org.tiepdan.org.HoldingBody;
import org.tiepdan.org.OrgUnitKind;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.petition.Channel;
import org.tiepdan.petition.PetitionKind;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.DomainException;

/**
 * Petitions and cases: intake with its registration number and tracking code, the steps of the
 * workflows, transfers inside the installation, splitting mixed petitions, duplicates. Every change
 * checks the user's scope first and is audited in its transaction (never with identity data).
 */
@Service
class PetitionService {

    private final PetitionRepository petitions;
    private final PetitionCaseRepository cases;
    private final DeadlineRules rules;
    private final UnitClocks clocks;
    private final RegisterNumbers numbers;
    private final OrgUnits units;
    private final PetitionAccess access;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final DuplicateFinder duplicates;
    private final Clock clock;

    private final VisitPrefill visits;
    private org.springframework.context.ApplicationEventPublisher events = e -> { };

    /** After each step a {@link org.tiepdan.petition.PetitionStateChanged} goes out (the public site notifies). */
    @org.springframework.beans.factory.annotation.Autowired
    void setEvents(org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
    }
    private final PetitionSealing sealing;

    private final org.tiepdan.reception.FieldTree fields;

    PetitionService(PetitionRepository petitions, PetitionCaseRepository cases, DeadlineRules rules, OrgUnits units,
            PetitionAccess access, AuditLog audit, JdbcClient jdbc, DuplicateFinder duplicates, Clock clock,
            VisitPrefill visits, PetitionSealing sealing, org.tiepdan.reception.FieldTree fields, UnitClocks clocks,
            RegisterNumbers numbers) {
        this.clocks = clocks;
        this.numbers = numbers;
        this.fields = fields;
        this.visits = visits;
        this.sealing = sealing;
        this.petitions = petitions;
        this.cases = cases;
        this.rules = rules;
        this.units = units;
        this.access = access;
        this.audit = audit;
        this.jdbc = jdbc;
        this.duplicates = duplicates;
        this.clock = clock;
    }

    // --- intake ---------------------------------------------------------------------------------

    /** Registers a petition at its unit: a new case, the intake clocks, duplicate proposals. */
    @Transactional
    Petition intake(Intake in) {
        OrgUnitView unit = units.find(in.unitId())
                .orElseThrow(() -> DomainException.invalid("petition-unit-required", "unitId"));
        if (!access.canIntake(unit.id())) {
            throw DomainException.forbidden("petition-out-of-scope");
        }
        if (in.receivedOn() != null && in.receivedOn().isAfter(Dates.today(clock))) {
            throw DomainException.invalid("petition-received-future", "receivedOn");
        }
        if (in.receptionVisitId() != null) {
            // A reference taken from the request: the visit must be one this user takes petitions
            // from (it is linked back, and its sealed identity copied); any other answers like a missing one.
            Long visitUnit = visits.unitOf(in.receptionVisitId()).orElse(null);
            if (visitUnit == null || !access.canIntake(visitUnit)) {
                throw DomainException.invalid("petition-visit-unknown", "receptionVisitId");
            }
        }
        Petition p = record(in, access.actorAt(unit.id()).username(), unit, null);
        // Before the number: the duplicate search is most of an intake's database time, and the unit's
        // register row, once numbered, stays locked until the commit (RegisterNumbers.number).
        duplicates.propose(p, access.visibleUnits());
        numbers.number(p);
        audited(p);
        if (p.receptionVisitId() != null) {
            // In the same transaction: the visit and its petition are linked, or neither exists.
            visits.linked(p.receptionVisitId(), p.id(), p.registrationNumber());
        }
        return p;
    }

    /**
     * Registration without the scope check (transfers inside the installation, demo data). Transactional
     * on its own: the record and its number are one write, and the number's {@code refresh} needs one.
     */
    @Transactional
    Petition register(Intake in, String actor, OrgUnitView unit) {
        return register(in, actor, unit, null);
    }

    /**
     * Every intake route ends here (web, API, online, dialogue, transfers, splits, demo data). A
     * denunciation's people are sealed before the row holds anything but pseudonyms:
     * {@code sealedSource} names a sealed petition to copy them from (transfer, split).
     */
    @Transactional
    Petition register(Intake in, String actor, OrgUnitView unit, org.tiepdan.identity.SubjectRef sealedSource) {
        Petition p = numbers.number(record(in, actor, unit, sealedSource));
        audited(p);
        return p;
    }

    /**
     * The petition, its case, clocks and intake event written under a provisional registration number
     * ({@link RegisterNumbers#provisionalNumber}); {@link RegisterNumbers#number} gives the real one, last,
     * in the same transaction.
     */
    private Petition record(Intake in, String actor, OrgUnitView unit,
            org.tiepdan.identity.SubjectRef sealedSource) {
        HoldingBody.require(unit, "unitId");
        if (sealedSource == null) {
            in.checkPeople();
        }
        boolean seal = sealing.mustSeal(in, sealedSource);
        PetitionCase c = cases.save(new PetitionCase(in.unitId(), in.content() == null ? "" : in.content(),
                in.receivedOn() == null ? Dates.today(clock) : in.receivedOn()));
        Petition p = new Petition(seal ? sealing.placeholders(in) : in, c.id(),
                RegisterNumbers.provisionalNumber(c.id()), numbers.trackingCode(), actor);
        p.startClocks(clocks(in.unitId()), unit.kind() == OrgUnitKind.PARTY_COMMITTEE);
        p.recordIntake(actor);
        petitions.saveAndFlush(p);
        if (seal) {
            sealing.sealNew(p, in, sealedSource);
            petitions.flush();
        }
        return p;
    }

    /** The CREATE audit row of a registered petition, with its number. */
    private void audited(Petition p) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("registrationNumber", p.registrationNumber());
        summary.put("channel", p.channel());
        summary.put("receivedOn", p.receivedOn());
        summary.put("caseId", p.caseId());
        if (p.identitySealed()) {
            summary.put("sealed", true);
        }
        audit.record(AuditAction.CREATE, "Petition", p.id(), p.unitId(), summary);
    }

    /** The clocks of the body {@code unitId} ({@link UnitClocks}). */
    DeadlineSource clocks(long unitId) {
        return clocks.at(unitId);
    }

    // --- steps ----------------------------------------------------------------------------------

    @Transactional
    Petition classify(long id, Step step, Classification c) {
        Petition p = load(id);
        Actor actor = actorFor(p);
        checkNotFuture(step);
        c = c.withField(fieldNode(c.field()));
        PetitionState from = p.state();
        p.classify(actor, step, c, clocks(p.unitId()));
        if (p.kind() == PetitionKind.DENUNCIATION) {
            sealing.sealExisting(p);
        }
        afterStep(p, Action.CLASSIFY, from);
        return p;
    }

    /**
     * A field as typed (screen, API) as the node of the field tree it stands for: a node is itself, an
     * old flat code its node ({@code LAND} → {@code ADM_LAND}); anything else is refused beside the field.
     */
    String fieldNode(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return fields.node(typed).orElseThrow(() -> DomainException.invalid("petition-field-unknown", "field"));
    }

    @Transactional
    Petition act(long id, Action action, Step step) {
        Petition p = load(id);
        Actor actor = actorFor(p);
        checkNotFuture(step);
        PetitionState from = p.state();
        DeadlineSource clocks = clocks(p.unitId());
        switch (action) {
            case ACCEPT -> p.accept(actor, step, clocks);
            case REFUSE -> p.refuse(actor, step);
            case TRANSFER -> {
                if (step.targetUnitId() != null) {
                    OrgUnitView target = receivingBody(step.targetUnitId(), "petition-unit-required");
                    // A unit of the catalogue says its category by its kind, unless the officer named one.
                    if (step.destinationCategory() == null) {
                        step = step.withDestinationCategory(
                                DestinationCategory.forUnitKind(target.kind()).orElse(null));
                    }
                }
                p.transfer(actor, step);
            }
            case GUIDE -> p.guide(actor, step);
            case RETURN -> p.returnToPetitioner(actor, step);
            case ARCHIVE -> p.archive(actor, step);
            case DIRECT -> p.direct(actor, step);
            case RECORD_ANSWER -> p.recordAnswer(actor, step);
            case INVESTIGATE -> p.investigate(actor, step);
            case HOLD_DIALOGUE -> p.holdDialogue(actor, step);
            case DECIDE -> p.decide(actor, step);
            case SECOND_ROUND -> p.secondRound(actor, step, clocks);
            case SKIP_DIALOGUE -> p.skipDialogue(actor, step);
            case NOTIFY -> p.notifyParties(actor, step);
            case VERIFY -> p.verify(actor, step);
            case EXTEND -> p.extend(actor, step, clocks);
            case SUSPEND -> p.suspend(actor, step, clocks);
            case RESUME -> p.resume(actor, step, clocks);
            case CONCLUDE -> p.conclude(actor, step);
            case PUBLISH -> p.publish(actor, step, clocks);
            case ASSIGN -> p.assign(actor, step);
            case ANSWER -> p.answer(actor, step);
            case CLOSE -> p.close(actor, step);
            case WITHDRAW -> p.withdraw(actor, step, clocks);
            case TERMINATE -> p.terminate(actor, step, clocks);
            case REMIND -> p.remind(actor, step);
            case CLASSIFY, REGISTER -> throw DomainException.invalid("petition-action-unknown", "action", action);
        }
        afterStep(p, action, from);
        if (action == Action.TRANSFER && step.targetUnitId() != null) {
            transferInside(p, step);
        }
        if (action == Action.REMIND) {
            jdbc.sql("""
                    insert into petition_reminder (petition_id, unit_id, kind, rule_code, due, note, created_by)
                    values (?, ?, 'URGE', ?, ?, ?, ?)""")
                    .params(p.id(), p.unitId(), p.nextDeadline().map(PetitionDeadline::ruleCode).orElse(null),
                            p.nextDeadline().map(PetitionDeadline::due).orElse(null), Texts.clean(step.note()),
                            actor.username())
                    .update();
        }
        if (action == Action.SECOND_ROUND) {
            openSecondRound(p, step, actor);
        }
        return p;
    }

    /**
     * A head undoes the last step recorded by mistake today ({@link Petition#undoLastStep}), with a
     * reason; audited with the step undone. The case is no longer settled when no petition of it is.
     */
    @Transactional
    Petition undoLastStep(long id, String reason) {
        Petition p = load(id);
        Actor actor = actorFor(p);
        PetitionState from = p.state();
        PetitionEvent undone = p.undoLastStep(actor, reason, Dates.today(clock));
        petitions.flush();
        PetitionCase c = cases.findById(p.caseId()).orElseThrow();
        if (petitionsOfCase(p.caseId()).stream().allMatch(x -> x.settledOn() == null)) {
            c.unsettle();
        }
        c.follow(p);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("undone", undone.action());
        summary.put("recordedBy", undone.actor());
        summary.put("actedOn", undone.actedOn());
        summary.put("documentNumber", undone.documentNumber());
        summary.put("from", from);
        summary.put("to", p.state());
        summary.put("reason", Texts.clean(reason));
        summary.put("registrationNumber", p.registrationNumber());
        audit.record(AuditAction.STATE_CHANGE, "Petition", p.id(), p.unitId(), summary);
        events.publishEvent(new org.tiepdan.petition.PetitionStateChanged(p.id(), "UNDO",
                from.name(), p.state().name(), Dates.today(clock)));
        return p;
    }

    /** After steps taken directly on the aggregate (demo data): the case follows its petition. */
    void sync(Petition p) {
        petitions.flush();
        PetitionCase c = cases.findById(p.caseId()).orElseThrow();
        c.follow(p);
        c.settle(p);
    }

    void reopen(Petition p, LocalDate on) {
        cases.findById(p.caseId()).ifPresent(c -> c.reopen(on));
    }

    /**
     * The citizen's reopening of an answered feedback or recommendation (issue 24): a follow-up
     * registered online at the same body, moved into the same case (which reopens), taken up at once
     * ({@link Petition#openFollowUp}), audited like every registration and step.
     */
    Petition openFollowUp(Petition answered, String content, String reason, LocalDate on) {
        answered.checkCitizenFeedback(on);
        OrgUnitView unit = units.get(answered.unitId());
        Petition f = register(new Intake(unit.id(), Channel.ONLINE, on, null, null, null, null, content,
                answered.anonymous(), false, false, answered.headcount(), answered.petitioners(), answered.kind()),
                PetitionIntakeService.SYSTEM_ACTOR, unit, null);
        linkToCase(f, answered.caseId());
        f.openFollowUp(answered, reason, on, PetitionIntakeService.SYSTEM_ACTOR);
        afterStep(f, Action.CLASSIFY, PetitionState.RECEIVED);
        return f;
    }

    private void checkNotFuture(Step step) {
        if (step != null && step.on() != null && step.on().isAfter(Dates.today(clock))) {
            throw DomainException.invalid("petition-date-future", "on");
        }
    }

    private void afterStep(Petition p, Action action, PetitionState from) {
        petitions.flush();
        PetitionCase c = cases.findById(p.caseId()).orElseThrow();
        c.follow(p);
        c.settle(p);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("action", action);
        summary.put("from", from);
        summary.put("to", p.state());
        summary.put("registrationNumber", p.registrationNumber());
        p.nextDeadline().ifPresent(d -> summary.put("due", d.due()));
        if (p.settledOn() != null) {
            summary.put("settledOnTime", p.settledOnTime());
        }
        audit.record(AuditAction.STATE_CHANGE, "Petition", p.id(), p.unitId(), summary);
        List<PetitionEvent> steps = p.events();
        events.publishEvent(new org.tiepdan.petition.PetitionStateChanged(p.id(), action.name(),
                from.name(), p.state().name(), steps.isEmpty() ? null : steps.get(steps.size() - 1).actedOn()));
    }

    /**
     * The unit a petition is sent to ({@code targetUnitId} of a transfer or of a second round): a
     * reference taken from a request that may legitimately lie outside the officer's subtree (the law
     * sends a petition to the competent body, a second complaint to the superior body), so the rule is
     * not the subtree but "an existing, open body of the catalogue" — never a territory, a closed or
     * merged unit, or an id that does not exist, all refused with the same field error. Nothing of the
     * target's records is read: a copy is registered there.
     */
    private OrgUnitView receivingBody(Long unitId, String code) {
        OrgUnitView target = unitId == null ? null : units.find(unitId).orElse(null);
        if (target == null || target.kind().isArea() || !target.isOpen()) {
            throw DomainException.invalid(code, "targetUnitId");
        }
        return target;
    }

    /** A transfer to a body of this installation lands in its queue as a petition received by transfer. */
    /**
     * Registers the second-round complaint at the superior body the officer named, linked to the
     * first-round petition (the first-round officer may create it there, like a transfer inside).
     */
    Petition openSecondRound(Petition first, Step step, Actor actor) {
        OrgUnitView target = receivingBody(step.targetUnitId(), "complaint-second-round-body-required");
        Channel channel = first.channel() == Channel.TRANSFERRED ? Channel.POST : first.channel();
        Petition second = register(new Intake(target.id(), channel, step.on(), null, null, null, null,
                first.content(), first.anonymous(), false, false, first.headcount(), first.petitioners(),
                PetitionKind.COMPLAINT), actor.username(), target, null);
        second.openSecondRound(first, actor, clocks(target.id()));
        afterStep(second, Action.CLASSIFY, PetitionState.RECEIVED);
        return second;
    }

    private void transferInside(Petition p, Step step) {
        transferInside(p, step, access.actorAt(p.unitId()).username());
    }

    void transferInside(Petition p, Step step, String actorName) {
        OrgUnitView from = units.get(p.unitId());
        OrgUnitView target = units.get(step.targetUnitId());
        List<Petitioner> people = p.petitioners();
        Petition copy = register(new Intake(target.id(), Channel.TRANSFERRED, step.on(), from.name(),
                step.documentNumber(), step.documentDate(), null, p.content(), p.anonymous(), false, false,
                p.headcount(), people, p.kind()), actorName, target,
                p.identitySealed() ? org.tiepdan.identity.SubjectRef.petition(p.id()) : null);
        copy.transferredFrom(p.id());
    }

    /**
     * A mixed petition: one petition per further kind, each in a case of its own, with the same
     * petitioners and content, already classified; the original is classified as the first kind by the handler.
     */
    @Transactional
    List<Petition> split(long id, List<PetitionKind> kinds, LocalDate on) {
        Petition p = load(id);
        Actor actor = actorFor(p);
        if (!actor.holdsAny(Action.CLASSIFY.roles)) {
            throw DomainException.forbidden("petition-role-required", Petition.label("petition.action.CLASSIFY"));
        }
        if (p.state() != PetitionState.RECEIVED && p.state() != PetitionState.CLASSIFIED) {
            throw DomainException.conflict("petition-split-after-decision");
        }
        if (kinds == null || kinds.size() < 2) {
            throw DomainException.invalid("petition-split-kinds", "kinds");
        }
        OrgUnitView unit = units.get(p.unitId());
        if (kinds.contains(PetitionKind.DENUNCIATION)) {
            // One part is a denunciation: the same people are its denouncers, in every part.
            sealing.sealExisting(p);
        }
        List<Petition> created = new ArrayList<>();
        for (PetitionKind k : kinds.subList(1, kinds.size())) {
            Petition part = register(new Intake(p.unitId(), p.channel(), p.receivedOn(), p.senderBody(),
                    p.dispatchNumber(), p.dispatchDate(), p.receptionVisitId(), p.content(), p.anonymous(),
                    p.copyMarker(), p.forwarded(), p.headcount(), p.petitioners(), k), actor.username(), unit,
                    p.identitySealed() ? org.tiepdan.identity.SubjectRef.petition(p.id()) : null);
            part.splitFrom(p.id());
            part.classify(actor, Step.on(on), new Classification(k, p.field(), true, null,
                    p.competence() == null ? org.tiepdan.petition.Competence.RESOLVE : p.competence(), p.complex(),
                    p.prolonged(), p.mass(), p.degradationRelated(), p.incited(), p.remoteArea()),
                    clocks(p.unitId()));
            afterStep(part, Action.CLASSIFY, PetitionState.RECEIVED);
            created.add(part);
        }
        return created;
    }

    // --- cases and duplicates -------------------------------------------------------------------

    /** Links the petition to the candidate's case (the handler confirmed the proposal). */
    @Transactional
    void decideDuplicate(long proposalId, boolean link) {
        var row = jdbc.sql("select petition_id, candidate_id, status from petition_duplicate where id = ?")
                .param(proposalId).query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2),
                        "PROPOSED".equals(rs.getString(3)) ? 1 : 0})
                .optional().orElseThrow(() -> DomainException.notFound("petition-duplicate-not-found"));
        if (duplicates.hiddenFromViewer(proposalId)) {
            // a sealed identity match withheld from this user answers like a missing proposal
            throw DomainException.notFound("petition-duplicate-not-found");
        }
        Petition p = load(row[0]);
        Actor actor = actorFor(p);
        if (!actor.holdsAny(PetitionAccess.HANDLERS)) {
            throw DomainException.forbidden("petition-role-required", Petition.label("petition.duplicate.link"));
        }
        if (row[2] == 0) {
            throw DomainException.conflict("petition-duplicate-decided");
        }
        jdbc.sql("update petition_duplicate set status = ?, decided_by = ?, decided_at = now() where id = ?")
                .params(link ? "LINKED" : "DISMISSED", actor.username(), proposalId).update();
        if (link) {
            Petition candidate = petitions.findById(row[1]).orElseThrow();
            linkToCase(p, candidate.caseId());
        }
        audit.record(AuditAction.UPDATE, "Petition", p.id(), p.unitId(),
                Map.of("duplicate", proposalId, "decision", link ? "LINKED" : "DISMISSED"));
    }

    /** Moves a petition into another case of the same unit; a settled case reopens. */
    @Transactional
    void linkToCase(Petition p, long caseId) {
        PetitionCase target = cases.findById(caseId)
                .orElseThrow(() -> DomainException.notFound("petition-case-not-found"));
        if (target.unitId() != p.unitId()) {
            throw DomainException.conflict("petition-case-other-unit");
        }
        long old = p.caseId();
        if (old == caseId) {
            return;
        }
        p.moveToCase(caseId);
        petitions.flush();
        target.received(p.receivedOn());
        target.reopen(p.receivedOn());
        target.follow(p);
        Long remaining = jdbc.sql("select count(*) from petition where case_id = ?").param(old).query(Long.class)
                .single();
        if (remaining == 0) {
            jdbc.sql("delete from petition_case where id = ?").param(old).update();
        }
        audit.record(AuditAction.UPDATE, "PetitionCase", caseId, target.unitId(),
                Map.of("petition", p.id(), "fromCase", old));
    }

    @Transactional
    void linkToCase(long petitionId, long caseId) {
        Petition p = load(petitionId);
        if (!actorFor(p).holdsAny(PetitionAccess.HANDLERS)) {
            throw DomainException.forbidden("petition-role-required", Petition.label("petition.duplicate.link"));
        }
        linkToCase(p, caseId);
    }

    // --- reading --------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    Petition get(long id) {
        Petition p = load(id);
        if (!access.holdsAnyAt(PetitionAccess.READERS, p.unitId())) {
            throw DomainException.forbidden("petition-out-of-scope");
        }
        // Initialise what the views read outside the transaction.
        p.petitioners().size();
        p.events().size();
        p.deadlines().forEach(d -> d.versions().size());
        return p;
    }

    @Transactional(readOnly = true)
    PetitionCase getCase(long id) {
        PetitionCase c = cases.findById(id).orElseThrow(() -> DomainException.notFound("petition-case-not-found"));
        if (!access.holdsAnyAt(PetitionAccess.READERS, c.unitId())) {
            throw DomainException.forbidden("petition-out-of-scope");
        }
        return c;
    }

    @Transactional(readOnly = true)
    List<Petition> petitionsOfCase(long caseId) {
        List<Petition> list = petitions.findByCaseIdOrderByReceivedOnAscIdAsc(caseId);
        list.forEach(p -> {
            p.events().size();
            p.petitioners().size();
            p.deadlines().forEach(d -> d.versions().size());
        });
        return list;
    }

    /**
     * The time to file a first complaint (COMPLAINT_FILE, 90 days from learning of the decision or act,
     * Luật Khiếu nại 2011 Art. 9) as a warning at intake: the day the complainant learnt of it is
     * rarely known, so the page says from which day on a complaint received that day is in time.
     * Empty for other petitions, the second round, or where no rule was in force on the receipt day.
     */
    java.util.Optional<FilingLimit> filingLimit(Petition p) {
        if (p.kind() != PetitionKind.COMPLAINT || p.round() != 1) {
            return java.util.Optional.empty();
        }
        return rules.find("COMPLAINT_FILE", DeadlineVariant.NORMAL, p.receivedOn(), p.unitId())
                .map(r -> new FilingLimit(r.duration(), r.citation(), p.receivedOn().minusDays(r.duration())));
    }

    /** A complaint received on a day is in time if its author learnt of the decision on {@code earliest} or later. */
    record FilingLimit(int days, String citation, LocalDate earliest) {
    }

    /** The actions the current user may take now on the petition. */
    Set<Action> allowedFor(Petition p) {
        Actor actor = access.actorAt(p.unitId());
        Set<Action> allowed = java.util.EnumSet.noneOf(Action.class);
        p.allowedActions().stream().filter(a -> actor.holdsAny(a.roles)).forEach(allowed::add);
        if (!p.state().settles() && actor.holdsAny(Action.REMIND.roles)) {
            allowed.add(Action.REMIND);
        }
        return allowed;
    }

    private Petition load(long id) {
        return petitions.findById(id).orElseThrow(() -> DomainException.notFound("petition-not-found"));
    }

    private Actor actorFor(Petition p) {
        Actor actor = access.actorAt(p.unitId());
        if (!actor.holdsAny(PetitionAccess.READERS)) {
            throw DomainException.forbidden("petition-out-of-scope");
        }
        return actor;
    }
}
