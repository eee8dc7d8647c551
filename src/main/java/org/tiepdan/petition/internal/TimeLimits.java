package org.tiepdan.petition.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.tiepdan.calendar.Deadline;
import org.tiepdan.calendar.DeadlineRule;
import org.tiepdan.calendar.DeadlineVariant;
import org.tiepdan.petition.PetitionKind;
import org.tiepdan.platform.DomainException;

/**
 * The clocks of one petition: its {@link PetitionDeadline} rows, how one is started, met, found
 * and stopped. Its own class because the time limits are a concept of their own (LAW.md's rows of
 * data, started by the law in force on a day, met by a step, reopened by an undo) that every
 * procedure shares, with which clocks each kind runs (intake, resolution, the ending notice); the
 * aggregate's steps still decide when a clock moves and call these. A view over the
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

    // --- the clocks each procedure runs (the aggregate's steps say when) ---------------------------

    /**
     * Starts the intake clocks whose rule was in force on the receipt day: handling, and for a Party
     * committee the head's notice. Where the law had no such limit that day (petition handling before
     * TT 07/2014/TT-TTCP, the head's notice before Quy định 11-QĐi/TW) no clock starts.
     */
    void startIntake(boolean partyCommittee, DeadlineSource clocks) {
        startIfInForce("PETITION_HANDLE", DeadlineVariant.NORMAL, petition.receivedOn(), clocks);
        if (partyCommittee) {
            startIfInForce("PARTY_HEAD_NOTIFY", DeadlineVariant.NORMAL, petition.receivedOn(), clocks);
        }
    }

    /** Just classified: the intake clock of the kind classified runs (from receipt); those of another kind stop. */
    void classified(DeadlineSource clocks) {
        PetitionKind kind = petition.kind();
        String denunciationClock = DenunciationProcedure.intakeRule(petition.competence());
        dropIntake(code -> code.equals("COMPLAINT_ACCEPT") && kind != PetitionKind.COMPLAINT
                || (code.equals("DENUNCIATION_CHECK") || code.equals("DENUNCIATION_TRANSFER"))
                        && (kind != PetitionKind.DENUNCIATION || !code.equals(denunciationClock)));
        String acceptCode = ComplaintProcedure.acceptRule(petition.round());
        if (kind == PetitionKind.COMPLAINT && last(acceptCode).isEmpty()) {
            startIfInForce(acceptCode, DeadlineVariant.NORMAL, petition.receivedOn(), clocks);
        }
        if (kind == PetitionKind.DENUNCIATION && last(denunciationClock).isEmpty()) {
            startIfInForce(denunciationClock, DeadlineVariant.NORMAL, petition.receivedOn(), clocks);
        }
    }

    /** Acceptance starts the resolution clock of the kind and round, by the procedure's own rules. */
    void startResolution(LocalDate on, DeadlineSource clocks) {
        if (petition.kind() == PetitionKind.COMPLAINT) {
            String code = ComplaintProcedure.resolveRule(petition.round());
            DeadlineVariant variant = petition.complaintVariant();
            start(code, variant, clocks.compute(code, variant, on), true);
        } else if (petition.kind() == PetitionKind.DENUNCIATION) {
            // The 2018 law's notice (Art. 29) where it was in force; then the limit itself.
            startIfInForce(DenunciationProcedure.NOTIFY, DeadlineVariant.NORMAL, on, clocks);
            DeadlineVariant variant = DenunciationProcedure.resolveVariant(petition.complex(), on, clocks);
            start(DenunciationProcedure.RESOLVE, variant, clocks.compute(DenunciationProcedure.RESOLVE, variant, on),
                    true);
        }
    }

    /**
     * Extension by the rules in force on the day of acceptance, each a written decision with its
     * reason ({@link DenunciationProcedure#extensionRule}): the running resolution clock is lengthened.
     */
    void extendResolution(Step decision, DeadlineSource clocks) {
        PetitionDeadline resolve = running(DenunciationProcedure.RESOLVE);
        DeadlineRule rule = DenunciationProcedure.extensionRule(petition.especiallyComplex(), petition.complex(),
                petition.extensions(), resolve.startOn(), clocks);
        resolve.apply(clocks.extend(clocks.restore(resolve), rule.code(), decision.on(),
                DenunciationProcedure.extensionReason(decision)), rule.code());
    }

    /** Suspension: the resolution clock stops and keeps what is left. */
    void suspendResolution(LocalDate on, DeadlineSource clocks) {
        PetitionDeadline resolve = runningResolution();
        resolve.apply(clocks.restore(resolve).suspend(on), null);
    }

    /** Resumption: the resolution clock runs again with what was left. */
    void resumeResolution(LocalDate on, DeadlineSource clocks) {
        PetitionDeadline resolve = runningResolution();
        resolve.apply(clocks.restore(resolve).resume(on), null);
    }

    /** The running resolution clock of the case's kind and round. */
    private PetitionDeadline runningResolution() {
        return running(petition.kind() == PetitionKind.DENUNCIATION ? DenunciationProcedure.RESOLVE
                : ComplaintProcedure.resolveRule(petition.round()));
    }

    /**
     * A denunciation's decision to suspend, resume or terminate, or the withdrawal, is sent to the
     * parties within a limit ({@link DenunciationProcedure#endingNotice}): shown with the case as a
     * computed date, not an open clock of the case, which nothing else closes.
     */
    void endingNotice(Step decision, DeadlineSource clocks) {
        if (petition.kind() == PetitionKind.DENUNCIATION) {
            DenunciationProcedure.endingNotice(decision, clocks).ifPresent(d -> note("DENUNCIATION_ENDING_NOTICE", d));
        }
    }

    /** The nearest active due date, or empty. */
    Optional<PetitionDeadline> next() {
        return rows.stream().filter(PetitionDeadline::active).filter(d -> d.due() != null)
                .min(Comparator.comparing(PetitionDeadline::due));
    }
}
