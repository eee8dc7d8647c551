package org.tiepdan.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.tiepdan.platform.Dates;
import org.tiepdan.platform.DomainException;

/**
 * A computed deadline: immutable, with its history. Extending, suspending and resuming return a
 * new version; {@link #history()} keeps every version with its Vietnamese explanation, e.g.
 * "30 ngày kể từ ngày thụ lý 05/03/2025 (Điều 28 Luật Khiếu nại 2011): hạn 04/04/2025".
 * Persisting the history of a case is the owning module's job.
 *
 * <p>Suspension (tạm đình chỉ) on day S stops the clock: what remains is counted after S (working
 * days in (S, due], or calendar days from S to the unadjusted end). Resumption on day R counts the
 * remainder again from R, R itself not counted (Bộ luật Dân sự 2015 Art. 147).
 */
public final class Deadline {

    /** What produced a version. */
    public enum Change { COMPUTED, EXTENDED, SUSPENDED, RESUMED }

    /**
     * One version of the deadline.
     *
     * @param due null while suspended
     */
    public record Version(int number, Change change, LocalDate on, LocalDate due, String explanation,
            String reason) {
    }

    /** Text and arithmetic the deadline needs; supplied by {@link DeadlineRules}. */
    interface Support {
        WorkingCalendar calendar();

        String text(String key, Object... args);
    }

    private final Support support;
    private final DeadlineRule rule;
    private final int duration;
    private final boolean stricterThanLaw;
    private final LocalDate start;
    private final DurationUnit unit;
    /** The end before moving off a day off (Art. 148); equals due for working days. */
    private final LocalDate nominalEnd;
    private final LocalDate due;
    private final LocalDate suspendedOn;
    private final int remaining;
    private final List<Version> history;

    private Deadline(Support support, DeadlineRule rule, int duration, boolean stricterThanLaw, LocalDate start,
            DurationUnit unit, LocalDate nominalEnd, LocalDate due, LocalDate suspendedOn, int remaining,
            List<Version> history) {
        this.support = support;
        this.rule = rule;
        this.duration = duration;
        this.stricterThanLaw = stricterThanLaw;
        this.start = start;
        this.unit = unit;
        this.nominalEnd = nominalEnd;
        this.due = due;
        this.suspendedOn = suspendedOn;
        this.remaining = remaining;
        this.history = List.copyOf(history);
    }

    static Deadline compute(Support support, DeadlineRule rule, int duration, LocalDate start) {
        WorkingCalendar calendar = support.calendar();
        DurationUnit unit = rule.unit();
        LocalDate nominal = unit == DurationUnit.WORKING_DAY ? calendar.addWorkingDays(start, duration)
                : start.plusDays(duration);
        LocalDate due = unit == DurationUnit.WORKING_DAY ? nominal : calendar.workingDayOnOrAfter(nominal);
        boolean stricter = duration < rule.duration();
        String explanation = stricter
                ? support.text("calendar.deadline.explain-stricter", String.valueOf(duration), unitLabel(support, unit),
                        support.text("calendar.event." + rule.startEvent()), Dates.format(start), rule.citation(),
                        Dates.format(due), String.valueOf(rule.duration()))
                : support.text("calendar.deadline.explain", String.valueOf(duration), unitLabel(support, unit),
                        support.text("calendar.event." + rule.startEvent()), Dates.format(start), rule.citation(),
                        Dates.format(due));
        explanation += rolled(support, nominal, due);
        Version v = new Version(1, Change.COMPUTED, start, due, explanation, null);
        return new Deadline(support, rule, duration, stricter, start, unit, nominal, due, null, 0, List.of(v));
    }

    /**
     * Extends by {@code amount} units counted from the current end (the end of the previous term).
     *
     * @param citation the legal basis of the extension, e.g. "Điều 30 Luật Tố cáo 2018"
     * @param reason   the reason written in the extension decision
     */
    public Deadline extend(int amount, DurationUnit extensionUnit, LocalDate decidedOn, String citation,
            String reason) {
        Objects.requireNonNull(decidedOn, "decidedOn");
        if (suspendedOn != null) {
            throw DomainException.conflict("deadline-suspended", Dates.format(suspendedOn));
        }
        if (amount <= 0) {
            throw DomainException.invalid("deadline-extension-invalid", "amount");
        }
        WorkingCalendar calendar = support.calendar();
        LocalDate nominal = extensionUnit == DurationUnit.WORKING_DAY ? calendar.addWorkingDays(due, amount)
                : nominalEnd.plusDays(amount);
        LocalDate newDue = extensionUnit == DurationUnit.WORKING_DAY ? nominal : calendar.workingDayOnOrAfter(nominal);
        String explanation = support.text("calendar.deadline.extended", String.valueOf(amount),
                unitLabel(support, extensionUnit), Dates.format(decidedOn), citation == null ? "" : citation,
                reason == null || reason.isBlank() ? "" : support.text("calendar.deadline.reason", reason.trim()),
                Dates.format(newDue)) + rolled(support, nominal, newDue);
        return next(Change.EXTENDED, decidedOn, extensionUnit, nominal, newDue, null, 0, explanation, reason);
    }

    /** Stops the clock on {@code on}. */
    public Deadline suspend(LocalDate on) {
        Objects.requireNonNull(on, "on");
        if (suspendedOn != null) {
            throw DomainException.conflict("deadline-suspended", Dates.format(suspendedOn));
        }
        if (on.isBefore(start) || on.isAfter(due)) {
            throw DomainException.invalid("deadline-suspend-date", "date", Dates.format(start), Dates.format(due));
        }
        int left = unit == DurationUnit.WORKING_DAY ? support.calendar().countWorkingDays(on, due)
                : (int) Math.max(0, nominalEnd.toEpochDay() - on.toEpochDay());
        String explanation = support.text("calendar.deadline.suspended", Dates.format(on), String.valueOf(left),
                unitLabel(support, unit));
        return next(Change.SUSPENDED, on, unit, null, null, on, left, explanation, null);
    }

    /** Restarts the clock on {@code on} with the time that was left. */
    public Deadline resume(LocalDate on) {
        Objects.requireNonNull(on, "on");
        if (suspendedOn == null) {
            throw DomainException.conflict("deadline-not-suspended");
        }
        if (on.isBefore(suspendedOn)) {
            throw DomainException.invalid("deadline-resume-date", "date", Dates.format(suspendedOn));
        }
        WorkingCalendar calendar = support.calendar();
        LocalDate nominal = unit == DurationUnit.WORKING_DAY ? calendar.addWorkingDays(on, remaining)
                : on.plusDays(remaining);
        LocalDate newDue = unit == DurationUnit.WORKING_DAY ? nominal : calendar.workingDayOnOrAfter(nominal);
        String explanation = support.text("calendar.deadline.resumed", Dates.format(on), String.valueOf(remaining),
                unitLabel(support, unit), Dates.format(newDue)) + rolled(support, nominal, newDue);
        return next(Change.RESUMED, on, unit, nominal, newDue, null, 0, explanation, null);
    }

    private Deadline next(Change change, LocalDate on, DurationUnit newUnit, LocalDate nominal, LocalDate newDue,
            LocalDate suspended, int left, String explanation, String reason) {
        List<Version> versions = new ArrayList<>(history);
        versions.add(new Version(history.size() + 1, change, on, newDue, explanation, reason));
        return new Deadline(support, rule, duration, stricterThanLaw, start, newUnit, nominal, newDue, suspended,
                left, versions);
    }

    private static String unitLabel(Support support, DurationUnit unit) {
        return support.text("calendar.unit." + unit);
    }

    private static String rolled(Support support, LocalDate nominal, LocalDate due) {
        return nominal.equals(due) ? "" : support.text("calendar.deadline.rolled", Dates.format(nominal));
    }

    public DeadlineRule rule() {
        return rule;
    }

    /** The limit applied: the statutory one, or a unit's stricter one. */
    public int duration() {
        return duration;
    }

    public boolean stricterThanLaw() {
        return stricterThanLaw;
    }

    public LocalDate start() {
        return start;
    }

    public DurationUnit unit() {
        return unit;
    }

    /** The last day to act; null while suspended. */
    public LocalDate due() {
        return due;
    }

    public boolean suspended() {
        return suspendedOn != null;
    }

    public LocalDate suspendedOn() {
        return suspendedOn;
    }

    /** While suspended: units left when the clock stopped. */
    public int remaining() {
        return remaining;
    }

    public String explanation() {
        return history.get(history.size() - 1).explanation();
    }

    public List<Version> history() {
        return history;
    }

    public int version() {
        return history.size();
    }

    @Override
    public String toString() {
        return explanation();
    }
}
