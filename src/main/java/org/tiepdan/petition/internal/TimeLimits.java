package org.tiepdan.petition.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.tiepdan.calendar.Deadline;
import org.tiepdan.calendar.DeadlineVariant;
import org.tiepdan.platform.DomainException;

/**
 * The clocks of one petition: its {@link PetitionDeadline} rows, how one is started, met, found
 * and stopped. Its own class because the time limits are a concept of their own (LAW.md's rows of
 * data, started by the law in force on a day, met by a step, reopened by an undo) that every
 * procedure shares; the aggregate still decides, in each step, which clock moves. A view over the
 * aggregate's mapped list, made for one step ({@link Petition#timeLimits}): {@code step} is the
 * position the step being recorded will take, written on the rows it meets or adds.
 */
final class TimeLimits {

    /** The clocks that run from receipt until the handling decision (met by it). */
    static final Set<String> INTAKE_RULES = Set.of("PETITION_HANDLE", "PARTY_HEAD_NOTIFY", "COMPLAINT_ACCEPT",
            "DENUNCIATION_CHECK", "DENUNCIATION_TRANSFER", "COMPLAINT_ACCEPT_R2");
    /** Publication is a duty after the case, not a clock the settlement meets. */
    private static final String PUBLISH = "DENUNCIATION_PUBLISH";

    private final Petition petition;
    private final List<PetitionDeadline> rows;
    private final int step;

    TimeLimits(Petition petition, List<PetitionDeadline> rows, int step) {
        this.petition = petition;
        this.rows = rows;
        this.step = step;
    }

    /** Starts (or restarts) a clock, replacing a running one of the same rule. */
    void start(String code, DeadlineVariant variant, Deadline d, boolean active) {
        rows.removeIf(x -> x.ruleCode().equals(code) && x.active());
        rows.add(new PetitionDeadline(petition, rows.size() + 1, code, variant, d, active));
    }

    /** Starts a clock when its rule was in force on {@code start}; says whether it did. */
    boolean startIfInForce(String code, DeadlineVariant variant, LocalDate start, DeadlineSource source) {
        Optional<Deadline> d = source.computeIfInForce(code, variant, start);
        d.ifPresent(x -> start(code, variant, x, true));
        return d.isPresent();
    }

    /** A date shown with the case that no step closes (a notice to send): not a running clock, undone with its step. */
    void note(String code, Deadline d) {
        rows.add(new PetitionDeadline(petition, rows.size() + 1, code, DeadlineVariant.NORMAL, d, false).addedBy(step));
    }

    /** The last row of a rule, running or not. */
    Optional<PetitionDeadline> last(String code) {
        PetitionDeadline found = null;
        for (PetitionDeadline d : rows) {
            if (d.ruleCode().equals(code)) {
                found = d;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The running clock of a rule; CONFLICT {@code petition-deadline-missing} when none runs. */
    PetitionDeadline running(String code) {
        return last(code).filter(PetitionDeadline::active)
                .orElseThrow(() -> DomainException.conflict("petition-deadline-missing", code));
    }

    void meet(String code, LocalDate on) {
        rows.stream().filter(d -> d.active() && d.ruleCode().equals(code)).forEach(d -> d.meet(on, step));
    }

    /** The handling decision meets every intake clock ({@link #INTAKE_RULES}). */
    void meetIntake(LocalDate on) {
        rows.stream().filter(d -> d.active() && INTAKE_RULES.contains(d.ruleCode())).forEach(d -> d.meet(on, step));
    }

    /** The case is settled: every running clock but publication is met; says whether all were met in time. */
    boolean meetAll(LocalDate on) {
        rows.stream().filter(PetitionDeadline::active).filter(d -> !d.ruleCode().equals(PUBLISH))
                .forEach(d -> d.meet(on, step));
        return rows.stream().noneMatch(PetitionDeadline::metLate);
    }

    /** Stops the running intake clocks the classification no longer calls for. */
    void dropIntake(java.util.function.Predicate<String> unwanted) {
        rows.removeIf(d -> d.active() && unwanted.test(d.ruleCode()));
    }

    /** Takes back what the step at {@code position} did to the clocks: what it added goes, what it met runs again. */
    void undo(int position) {
        rows.removeIf(d -> Integer.valueOf(position).equals(d.addedByStep()));
        rows.stream().filter(d -> Integer.valueOf(position).equals(d.metByStep())).forEach(PetitionDeadline::reopen);
    }

    /** The nearest active due date, or empty. */
    Optional<PetitionDeadline> next() {
        return rows.stream().filter(PetitionDeadline::active).filter(d -> d.due() != null)
                .min(Comparator.comparing(PetitionDeadline::due));
    }
}
