package org.tiepdan.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.tiepdan.calendar.CalendarDay;
import org.tiepdan.calendar.DayKind;
import org.tiepdan.calendar.LunarDate;
import org.tiepdan.calendar.WorkingCalendar;
import org.tiepdan.calendar.YearSchedule;
import org.tiepdan.platform.DomainException;

/**
 * An immutable snapshot of the calendar data (listed days, announced years, holiday rules) and the
 * arithmetic on it. Year tables are built on first use and kept for the snapshot's lifetime.
 *
 * <p>A year's days: when the year was announced (a {@code calendar_year} row), exactly its listed
 * days; otherwise the days computed from the holiday rules in force, with any listed day of that
 * year replacing the computed one on the same date.
 */
public final class CalendarData {

    static final int MIN_YEAR = WorkingCalendar.MIN_DATE.getYear();
    static final int MAX_YEAR = WorkingCalendar.MAX_DATE.getYear();

    private final NavigableMap<LocalDate, CalendarDay> listed;
    private final Map<Integer, DeclaredYear> declared;
    private final List<HolidayRule> rules;
    private final CalendarTexts texts;
    private final long revision;
    private final AtomicReferenceArray<YearTable> tables = new AtomicReferenceArray<>(MAX_YEAR - MIN_YEAR + 1);

    public CalendarData(List<CalendarDay> listed, Map<Integer, DeclaredYear> declared, List<HolidayRule> rules,
            CalendarTexts texts, long revision) {
        this.listed = new TreeMap<>();
        listed.forEach(d -> this.listed.put(d.date(), d));
        this.declared = Map.copyOf(declared);
        this.rules = List.copyOf(rules);
        this.texts = texts;
        this.revision = revision;
    }

    public long revision() {
        return revision;
    }

    public YearSchedule schedule(int year) {
        checkYear(year);
        DeclaredYear d = declared.get(year);
        return new YearSchedule(year, d == null || !d.confirmed(), d != null, d == null ? null : d.source(),
                days(year));
    }

    /** Every listed day of the year, announced or computed, in date order. */
    public List<CalendarDay> days(int year) {
        checkYear(year);
        Map<LocalDate, CalendarDay> result = new TreeMap<>();
        if (!declared.containsKey(year)) {
            computed(year).forEach(d -> result.put(d.date(), d));
        }
        result.putAll(listed.subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true));
        return List.copyOf(result.values());
    }

    /** The days the statutory rules give for a year: holidays and compensatory days off. */
    public List<CalendarDay> computed(int year) {
        List<CalendarDay> holidays = new ArrayList<>();
        for (HolidayRule rule : rules) {
            switch (rule.kind()) {
                case SOLAR -> addIfInForce(holidays, rule, LocalDate.of(year, rule.month(), rule.day()), rule.name());
                case LUNAR -> {
                    LocalDate date = LunarDate.of(year, rule.month(), rule.day(), false).toSolar();
                    addIfInForce(holidays, rule, date, rule.name());
                }
                case LUNAR_NEW_YEAR -> {
                    LocalDate tet = LunarDate.tet(year);
                    if (rule.inForceOn(tet)) {
                        for (int i = 0; i < rule.days(); i++) {
                            holidays.add(holiday(rule, tet.plusDays(i - (long) rule.daysBefore()), rule.name()));
                        }
                    }
                }
                case SOLAR_WITH_ADJACENT -> {
                    LocalDate date = LocalDate.of(year, rule.month(), rule.day());
                    if (rule.inForceOn(date)) {
                        holidays.add(holiday(rule, date, rule.name()));
                        holidays.add(holiday(rule, adjacent(date), texts.adjacent(rule.name())));
                    }
                }
            }
        }
        holidays.sort(Comparator.comparing(CalendarDay::date));
        // A holiday on a weekly rest day gives a compensatory day off on the next working day.
        Set<LocalDate> taken = new HashSet<>();
        holidays.forEach(h -> taken.add(h.date()));
        List<CalendarDay> result = new ArrayList<>(holidays);
        for (CalendarDay h : holidays) {
            if (isWeekend(h.date())) {
                LocalDate c = h.date().plusDays(1);
                while (isWeekend(c) || taken.contains(c)) {
                    c = c.plusDays(1);
                }
                taken.add(c);
                result.add(new CalendarDay(c, DayKind.DAY_OFF, texts.compensatory(h.name()), h.source(), false, true));
            }
        }
        result.sort(Comparator.comparing(CalendarDay::date));
        return result;
    }

    /**
     * The day next to 2/9 when the rules must choose (the Prime Minister decides each year): the one
     * that joins a weekend, as in 2021–2026 — 3/9 when 2/9 is a Monday, Thursday or Sunday, else 1/9.
     */
    static LocalDate adjacent(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow == DayOfWeek.MONDAY || dow == DayOfWeek.THURSDAY || dow == DayOfWeek.SUNDAY
                ? date.plusDays(1) : date.minusDays(1);
    }

    private void addIfInForce(List<CalendarDay> days, HolidayRule rule, LocalDate date, String name) {
        if (rule.inForceOn(date)) {
            days.add(holiday(rule, date, name));
        }
    }

    private CalendarDay holiday(HolidayRule rule, LocalDate date, String name) {
        return new CalendarDay(date, DayKind.HOLIDAY, name, texts.computedSource(rule.legalBasis()), false, true);
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek().getValue() >= 6;
    }

    // --- arithmetic -------------------------------------------------------------------------------

    YearTable table(int year) {
        checkYear(year);
        int index = year - MIN_YEAR;
        YearTable table = tables.get(index);
        if (table == null) {
            table = new YearTable(year, days(year));
            tables.compareAndSet(index, null, table);
        }
        return table;
    }

    public boolean isWorkingDay(LocalDate date) {
        return table(date.getYear()).isWorking(date.getDayOfYear());
    }

    public LocalDate addWorkingDays(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days < 0");
        }
        if (days == 0) {
            return from;
        }
        YearTable t = table(from.getYear());
        long target = (long) t.upTo(from.getDayOfYear()) + days;
        while (target > t.total()) {
            target -= t.total();
            t = table(t.year + 1);
        }
        return t.date(t.nth((int) target));
    }

    public LocalDate addCalendarDays(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days < 0");
        }
        return workingDayOnOrAfter(from.plusDays(days));
    }

    public LocalDate workingDayOnOrAfter(LocalDate date) {
        YearTable t = table(date.getYear());
        int doy = date.getDayOfYear();
        if (t.isWorking(doy)) {
            return date;
        }
        int before = t.upTo(doy);
        while (before == t.total()) {
            t = table(t.year + 1);
            before = 0;
        }
        return t.date(t.nth(before + 1));
    }

    public int countWorkingDays(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -countWorkingDays(to, from);
        }
        long count = 0;
        for (int y = from.getYear(); y < to.getYear(); y++) {
            count += table(y).total();
        }
        count += table(to.getYear()).upTo(to.getDayOfYear());
        count -= table(from.getYear()).upTo(from.getDayOfYear());
        return (int) count;
    }

    static void checkYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw DomainException.invalid("calendar-out-of-range", null, MIN_YEAR, MAX_YEAR);
        }
    }
}
