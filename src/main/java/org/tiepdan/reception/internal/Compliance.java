package org.tiepdan.reception.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.tiepdan.org.AdminTier;
import org.tiepdan.reception.internal.ReferenceData.DutyRule;

/**
 * Whether a head received citizens as often as the law requires: per month, days held against
 * the minimum for the head's role and tier on that date. A day counts when the head hosted in
 * person, or when a deputy authorised in writing hosted and the rule in force that day lets a
 * deputy count (not from 01/7/2026, Luật 136/2025/QH15). A weekly minimum is checked for each
 * week whose Monday falls in the month and which has a working day.
 */
final class Compliance {

    /** A day the head's body hosted a session, and in what capacity. */
    record Held(LocalDate date, HostCapacity capacity) {
    }

    /**
     * One month. {@code rule} is empty when no minimum applies (e.g. a district head after
     * 30/6/2025); {@code pending} when the month has not ended yet.
     */
    record Month(YearMonth month, Optional<DutyRule> rule, List<LocalDate> countedDays, List<LocalDate> deputyDaysNotCounted,
            int required, boolean met, boolean pending) {

        public int held() {
            return countedDays.size();
        }

        public boolean shortfall() {
            return rule.isPresent() && !pending && !met;
        }
    }

    private Compliance() {
    }

    static Optional<DutyRule> ruleOn(List<DutyRule> rules, HostRole role, AdminTier tier, LocalDate day) {
        return rules.stream()
                .filter(r -> r.role() == role && (r.tier() == null || r.tier() == tier) && r.appliesOn(day))
                .sorted((a, b) -> a.tier() == null ? 1 : b.tier() == null ? -1 : 0)
                .findFirst();
    }

    static Month evaluate(List<DutyRule> rules, HostRole role, AdminTier tier, YearMonth month, List<Held> held,
            Predicate<LocalDate> isWorkingDay, LocalDate today) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        Optional<DutyRule> rule = ruleOn(rules, role, tier, first);
        if (rule.isEmpty()) {
            rule = ruleOn(rules, role, tier, last);
        }
        TreeSet<LocalDate> counted = new TreeSet<>();
        TreeSet<LocalDate> notCounted = new TreeSet<>();
        for (Held h : held) {
            if (h.capacity() == HostCapacity.HEAD) {
                counted.add(h.date());
            } else if (h.capacity() == HostCapacity.DEPUTY) {
                boolean deputyCounts = ruleOn(rules, role, tier, h.date()).map(DutyRule::deputyCounts).orElse(false);
                (deputyCounts ? counted : notCounted).add(h.date());
            }
        }
        notCounted.removeAll(counted);
        boolean pending = !last.isBefore(today);
        if (rule.isEmpty()) {
            return new Month(month, rule, daysIn(counted, first, last), List.copyOf(notCounted), 0, true, pending);
        }
        DutyRule r = rule.get();
        if (!r.weekly()) {
            List<LocalDate> inMonth = daysIn(counted, first, last);
            return new Month(month, rule, inMonth, daysIn(notCounted, first, last), r.minDays(),
                    inMonth.size() >= r.minDays(), pending);
        }
        int weeks = 0;
        boolean met = true;
        for (LocalDate monday = first.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)); !monday.isAfter(last);
                monday = monday.plusWeeks(1)) {
            LocalDate sunday = monday.plusDays(6);
            boolean hasWorkingDay = monday.datesUntil(sunday.plusDays(1)).anyMatch(isWorkingDay);
            if (!hasWorkingDay) {
                continue;
            }
            weeks++;
            long inWeek = counted.subSet(monday, true, sunday, true).size();
            if (inWeek < r.minDays()) {
                met = false;
            }
        }
        // The days listed are those of the weeks judged for this month (a week starting on the
        // 29th counts its Thursday in the next month).
        LocalDate from = first.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        LocalDate to = last.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(6);
        return new Month(month, rule, daysIn(counted, from, to), daysIn(notCounted, from, to), weeks * r.minDays(),
                met, pending);
    }

    private static List<LocalDate> daysIn(TreeSet<LocalDate> days, LocalDate from, LocalDate to) {
        return from.isAfter(to) ? List.of() : new ArrayList<>(days.subSet(from, true, to, true));
    }

    static Set<LocalDate> dates(List<Held> held) {
        TreeSet<LocalDate> set = new TreeSet<>();
        held.forEach(h -> set.add(h.date()));
        return set;
    }
}
