package org.tiepdan.petition.internal;

import static org.tiepdan.petition.internal.Action.*;
import static org.tiepdan.petition.internal.PetitionState.*;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.tiepdan.petition.PetitionKind;

/**
 * The explicit state machine of each kind of petition: its states and its transition table
 * (state, action) → state. Intake (classification and the handling decision) is shared; after
 * acceptance each kind follows its own law. A petition not yet classified follows {@link #INTAKE}.
 */
final class Workflow {

    record Transition(PetitionState from, Action action, PetitionState to) {
    }

    private final String name;
    private final Map<PetitionState, Map<Action, PetitionState>> table = new EnumMap<>(PetitionState.class);
    private final List<Transition> transitions;

    private Workflow(String name, List<Transition> transitions) {
        this.name = name;
        this.transitions = List.copyOf(transitions);
        transitions.forEach(t -> table.computeIfAbsent(t.from(), s -> new LinkedHashMap<>()).put(t.action(), t.to()));
    }

    private static Transition t(PetitionState from, Action action, PetitionState to) {
        return new Transition(from, action, to);
    }

    private static List<Transition> intake() {
        return List.of(
                t(RECEIVED, CLASSIFY, CLASSIFIED),
                t(CLASSIFIED, CLASSIFY, CLASSIFIED),
                t(CLASSIFIED, TRANSFER, TRANSFERRED),
                t(CLASSIFIED, GUIDE, GUIDED),
                t(CLASSIFIED, RETURN, RETURNED),
                t(RECEIVED, ARCHIVE, ARCHIVED),
                t(CLASSIFIED, ARCHIVE, ARCHIVED),
                t(CLASSIFIED, DIRECT, DIRECTED),
                t(DIRECTED, RECORD_ANSWER, DIRECTION_ANSWERED));
    }

    private static List<Transition> with(List<Transition> base, Transition... more) {
        List<Transition> all = new java.util.ArrayList<>(base);
        all.addAll(List.of(more));
        return all;
    }

    /** Not yet classified: classify, or archive (e.g. anonymous). */
    static final Workflow INTAKE = new Workflow("INTAKE", intake());

    /**
     * Khiếu nại: Luật Khiếu nại 2011 Art. 27–31 (first round), 36–40 (second round); withdrawal at
     * any time before the decision (Art. 10); suspension and termination from 01/7/2026 (Luật
     * 136/2025/QH15). Which of the date-bound steps a case has is {@link CaseEndings}'s answer.
     */
    static final Workflow COMPLAINT = new Workflow("COMPLAINT", with(intake(),
            t(CLASSIFIED, ACCEPT, ACCEPTED),
            t(CLASSIFIED, REFUSE, REFUSED),
            t(ACCEPTED, INVESTIGATE, INVESTIGATING),
            t(INVESTIGATING, HOLD_DIALOGUE, DIALOGUE_HELD),
            t(DIALOGUE_HELD, DECIDE, DECIDED),
            t(INVESTIGATING, SKIP_DIALOGUE, DIALOGUE_NOT_HELD),
            t(DIALOGUE_NOT_HELD, DECIDE, DECIDED),
            // A second complaint goes to the superior body as a new petition (Art. 33, 36): this
            // case stays where it is; after the round-1 limit expired undecided, from any open step.
            t(DECIDED, SECOND_ROUND, DECIDED),
            t(ACCEPTED, SECOND_ROUND, ACCEPTED),
            t(INVESTIGATING, SECOND_ROUND, INVESTIGATING),
            t(DIALOGUE_HELD, SECOND_ROUND, DIALOGUE_HELD),
            t(DIALOGUE_NOT_HELD, SECOND_ROUND, DIALOGUE_NOT_HELD),
            t(DIALOGUE_NOT_HELD, WITHDRAW, WITHDRAWN),
            t(DIALOGUE_NOT_HELD, SUSPEND, SUSPENDED),
            t(DIALOGUE_NOT_HELD, TERMINATE, TERMINATED),
            t(CLASSIFIED, WITHDRAW, WITHDRAWN),
            t(ACCEPTED, WITHDRAW, WITHDRAWN),
            t(INVESTIGATING, WITHDRAW, WITHDRAWN),
            t(DIALOGUE_HELD, WITHDRAW, WITHDRAWN),
            t(SUSPENDED, WITHDRAW, WITHDRAWN),
            t(ACCEPTED, SUSPEND, SUSPENDED),
            t(INVESTIGATING, SUSPEND, SUSPENDED),
            t(DIALOGUE_HELD, SUSPEND, SUSPENDED),
            t(SUSPENDED, RESUME, INVESTIGATING),
            t(ACCEPTED, TERMINATE, TERMINATED),
            t(INVESTIGATING, TERMINATE, TERMINATED),
            t(DIALOGUE_HELD, TERMINATE, TERMINATED),
            t(SUSPENDED, TERMINATE, TERMINATED)));

    /**
     * Tố cáo: Luật Tố cáo 2018 Art. 24–35, with withdrawal (Art. 33), suspension, resumption and
     * termination (Art. 34) since 01/01/2019; a case accepted earlier runs on the 2011 law, which
     * {@link CaseEndings} gives none of these.
     */
    static final Workflow DENUNCIATION = new Workflow("DENUNCIATION", with(intake(),
            t(CLASSIFIED, ACCEPT, ACCEPTED),
            t(CLASSIFIED, REFUSE, REFUSED),
            t(ACCEPTED, NOTIFY, NOTIFIED),
            t(ACCEPTED, EXTEND, ACCEPTED),
            t(NOTIFIED, VERIFY, VERIFYING),
            t(NOTIFIED, EXTEND, NOTIFIED),
            t(VERIFYING, EXTEND, VERIFYING),
            t(VERIFYING, SUSPEND, SUSPENDED),
            t(SUSPENDED, RESUME, VERIFYING),
            t(VERIFYING, CONCLUDE, CONCLUDED),
            t(CONCLUDED, PUBLISH, PUBLISHED),
            t(CLASSIFIED, WITHDRAW, WITHDRAWN),
            t(ACCEPTED, WITHDRAW, WITHDRAWN),
            t(NOTIFIED, WITHDRAW, WITHDRAWN),
            t(VERIFYING, WITHDRAW, WITHDRAWN),
            t(SUSPENDED, WITHDRAW, WITHDRAWN),
            t(ACCEPTED, TERMINATE, TERMINATED),
            t(NOTIFIED, TERMINATE, TERMINATED),
            t(VERIFYING, TERMINATE, TERMINATED),
            t(SUSPENDED, TERMINATE, TERMINATED)));

    /** Phản ánh, kiến nghị: accept, assign, answer, close. */
    static final Workflow REQUEST = new Workflow("REQUEST", with(intake(),
            t(CLASSIFIED, ACCEPT, ACCEPTED),
            t(ACCEPTED, ASSIGN, ASSIGNED),
            t(ASSIGNED, ANSWER, ANSWERED),
            t(ANSWERED, CLOSE, CLOSED)));

    static Workflow of(PetitionKind kind) {
        if (kind == null) {
            return INTAKE;
        }
        return switch (kind) {
            case COMPLAINT -> COMPLAINT;
            case DENUNCIATION -> DENUNCIATION;
            case RECOMMENDATION, FEEDBACK -> REQUEST;
        };
    }

    String name() {
        return name;
    }

    Optional<PetitionState> next(PetitionState from, Action action) {
        return Optional.ofNullable(table.getOrDefault(from, Map.of()).get(action));
    }

    /** The actions the table allows from a state, in table order. */
    Set<Action> allowed(PetitionState from) {
        return Collections.unmodifiableSet(table.getOrDefault(from, Map.of()).keySet());
    }

    List<Transition> transitions() {
        return transitions;
    }

    /** Every state this workflow can reach. */
    Set<PetitionState> states() {
        Set<PetitionState> states = java.util.EnumSet.noneOf(PetitionState.class);
        transitions.forEach(t -> {
            states.add(t.from());
            states.add(t.to());
        });
        return states;
    }
}
