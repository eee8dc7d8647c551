package org.tiepdan.petition.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.tiepdan.petition.PetitionKind;

/**
 * Which ways of ending or pausing a case the law had, by kind and by date (LAW.md "Ending or
 * pausing a case", corrected 2026-12-07). A case takes them by the law in force on the day its
 * clock started (its acceptance; before acceptance, its receipt): a complaint accepted in 2025 can
 * be withdrawn but not suspended, one accepted from 01/7/2026 can be both. The effective dates are
 * named here once each, never repeated in the aggregate.
 */
final class CaseEndings {

    /** Luật Khiếu nại 2011 (Luật số 02/2011/QH13) in force. */
    static final LocalDate COMPLAINT_LAW_2011 = LocalDate.of(2012, 7, 1);
    /** Luật Tố cáo 2018 (Luật số 25/2018/QH14) in force: withdrawal, suspension, termination of denunciations. */
    static final LocalDate DENUNCIATION_LAW_2018 = LocalDate.of(2019, 1, 1);
    /** Luật số 136/2025/QH15 in force: suspension and termination of complaint resolution. */
    static final LocalDate LAW_136_2025 = LocalDate.of(2026, 7, 1);

    /** A step of ending or pausing a case, for one kind, from one day. */
    record Rule(PetitionKind kind, Action action, LocalDate from, String basis) {
    }

    static final List<Rule> RULES = List.of(
            new Rule(PetitionKind.DENUNCIATION, Action.WITHDRAW, DENUNCIATION_LAW_2018, "Điều 33 Luật Tố cáo 2018"),
            new Rule(PetitionKind.DENUNCIATION, Action.SUSPEND, DENUNCIATION_LAW_2018, "Điều 34 Luật Tố cáo 2018"),
            new Rule(PetitionKind.DENUNCIATION, Action.RESUME, DENUNCIATION_LAW_2018, "Điều 34 Luật Tố cáo 2018"),
            new Rule(PetitionKind.DENUNCIATION, Action.TERMINATE, DENUNCIATION_LAW_2018, "Điều 34 Luật Tố cáo 2018"),
            new Rule(PetitionKind.COMPLAINT, Action.WITHDRAW, COMPLAINT_LAW_2011, "Điều 10 Luật Khiếu nại 2011"),
            new Rule(PetitionKind.COMPLAINT, Action.SUSPEND, LAW_136_2025, "Luật số 136/2025/QH15"),
            new Rule(PetitionKind.COMPLAINT, Action.RESUME, LAW_136_2025, "Luật số 136/2025/QH15"),
            new Rule(PetitionKind.COMPLAINT, Action.TERMINATE, LAW_136_2025, "Luật số 136/2025/QH15"));

    /** The steps whose existence depends on the law of the day. */
    static final Set<Action> BY_DATE = Set.of(Action.WITHDRAW, Action.SUSPEND, Action.RESUME, Action.TERMINATE);

    private CaseEndings() {
    }

    /** The rule that gives this kind this step for a case whose clock started on {@code on}. */
    static Optional<Rule> rule(PetitionKind kind, Action action, LocalDate on) {
        return RULES.stream().filter(r -> r.kind() == kind && r.action() == action && !on.isBefore(r.from()))
                .findFirst();
    }

    /** Whether the step exists for the case: steps not listed in {@link #BY_DATE} always do. */
    static boolean allows(PetitionKind kind, Action action, LocalDate on) {
        return !BY_DATE.contains(action) || rule(kind, action, on).isPresent();
    }

    /** The first day the step exists for the kind, for the refusal message; null when never. */
    static LocalDate since(PetitionKind kind, Action action) {
        return RULES.stream().filter(r -> r.kind() == kind && r.action() == action).map(Rule::from).findFirst()
                .orElse(null);
    }
}
