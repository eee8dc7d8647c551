package org.tiepdan.petition.internal;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.DomainException;

/**
 * What every step of the state machine checks before it changes anything, in this order: the
 * transition table of the petition's kind (409 {@code petition-transition-invalid}), the law in
 * force on the day the case's clock started (409 {@code petition-step-not-in-force}), the actor's
 * role at the unit (403), then the date, the written document and the reason (400). Its own class
 * because this frame is the same for every kind and step: the {@link Petition} aggregate's steps
 * call {@link #check} first and then state only their own rules, and the screens ask
 * {@link #allowed} what to offer. Nothing here changes a petition.
 */
final class StepChecks {

    /** A second complaint is lodged once, from the first round; the second round always holds its dialogue. */
    static final Set<Action> ROUND_ONE_ONLY = Set.of(Action.SECOND_ROUND, Action.SKIP_DIALOGUE);

    private StepChecks() {
    }

    /**
     * The steps the table allows now (role not considered), less the steps the law in force on the
     * day the case's clock started did not have ({@link CaseEndings}).
     */
    static Set<Action> allowed(Petition p) {
        Set<Action> table = p.workflow().allowed(p.state());
        if (p.kind() == null
                || table.stream().noneMatch(a -> CaseEndings.BY_DATE.contains(a) || ROUND_ONE_ONLY.contains(a))) {
            return table;
        }
        LocalDate start = p.clockStart();
        Set<Action> allowed = new LinkedHashSet<>();
        table.stream().filter(a -> CaseEndings.allows(p.kind(), a, start))
                .filter(a -> p.round() == 1 || !ROUND_ONE_ONLY.contains(a)).forEach(allowed::add);
        return Collections.unmodifiableSet(allowed);
    }

    /** Checks table, law of the day, role, document and reason; returns the target state. */
    static PetitionState check(Petition p, Action action, Actor actor, Step step) {
        Workflow wf = p.workflow();
        PetitionState to = wf.next(p.state(), action).orElseThrow(() -> DomainException.conflict(
                "petition-transition-invalid", label("petition.action." + action), label("petition.state." + p.state()),
                label("petition.workflow." + wf.name())));
        if (!CaseEndings.allows(p.kind(), action, p.clockStart())) {
            LocalDate since = CaseEndings.since(p.kind(), action);
            throw DomainException.conflict("petition-step-not-in-force", label("petition.action." + action),
                    Dates.format(p.clockStart()), since == null ? "" : Dates.format(since));
        }
        actor(action, actor);
        step(p, action, step);
        return to;
    }

    /** Urging (đôn đốc) moves no state: only while the petition is open, then role and date as for a step. */
    static void checkReminder(Petition p, Actor actor, Step step) {
        if (p.state().settles()) {
            throw DomainException.conflict("petition-transition-invalid", label("petition.action.REMIND"),
                    label("petition.state." + p.state()), label("petition.workflow." + p.workflow().name()));
        }
        actor(Action.REMIND, actor);
        step(p, Action.REMIND, step);
    }

    /** The actor holds one of the step's roles at the petition's unit. */
    static void actor(Action action, Actor actor) {
        if (actor == null || !actor.holdsAny(action.roles)) {
            throw DomainException.forbidden("petition-role-required", label("petition.action." + action));
        }
    }

    /** A date, not before receipt nor the last step; the document and the reason where the step needs them. */
    static void step(Petition p, Action action, Step step) {
        if (step == null || step.on() == null) {
            throw DomainException.invalid("petition-date-required", "on");
        }
        if (step.on().isBefore(p.receivedOn())) {
            throw DomainException.invalid("petition-date-before-received", "on", Dates.format(p.receivedOn()));
        }
        List<PetitionEvent> events = p.events();
        LocalDate last = events.isEmpty() ? p.receivedOn() : events.get(events.size() - 1).actedOn();
        if (step.on().isBefore(last)) {
            throw DomainException.invalid("petition-date-before-last", "on", Dates.format(last));
        }
        if (action.needsDocument && (Texts.clean(step.documentNumber()) == null || step.documentDate() == null)) {
            throw DomainException.invalid("petition-document-required", "documentNumber",
                    label("petition.action." + action));
        }
        if (action.needsReason && step.reason() == null && Texts.clean(step.note()) == null) {
            throw DomainException.invalid("petition-reason-required", "reason", label("petition.action." + action));
        }
    }

    static DefaultMessageSourceResolvable label(String code) {
        return new DefaultMessageSourceResolvable(new String[] {code}, code);
    }
}
