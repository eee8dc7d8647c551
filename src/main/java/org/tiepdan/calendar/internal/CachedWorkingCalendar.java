package org.tiepdan.calendar.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.tiepdan.calendar.WorkingCalendar;
import org.tiepdan.calendar.YearSchedule;
import org.tiepdan.platform.DomainException;

/**
 * {@link WorkingCalendar} on an in-memory {@link CalendarData} snapshot. At most once per refresh
 * interval a call reads the one-row revision counter; when another node (or this one) changed the
 * calendar, the snapshot is reloaded. Changes made on this node call {@link #refresh()} at once.
 */
@Service
class CachedWorkingCalendar implements WorkingCalendar {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final CalendarStore store;
    private final MessageSource messages;
    private final long refreshNanos;
    private volatile CalendarData data;
    private volatile long checkedAt;

    CachedWorkingCalendar(CalendarStore store, MessageSource messages,
            @Value("${tiepdan.calendar.refresh-interval:5s}") Duration refreshInterval) {
        this.store = store;
        this.messages = messages;
        this.refreshNanos = refreshInterval.toNanos();
    }

    CalendarData data() {
        CalendarData current = data;
        long now = System.nanoTime();
        if (current == null || now - checkedAt > refreshNanos) {
            synchronized (this) {
                current = data;
                if (current == null || now - checkedAt > refreshNanos) {
                    long revision = store.revision();
                    if (current == null || current.revision() != revision) {
                        current = load();
                        data = current;
                    }
                    checkedAt = System.nanoTime();
                }
            }
        }
        return current;
    }

    private CalendarData load() {
        long revision = store.revision();
        CalendarTexts texts = new CalendarTexts(
                messages.getMessage("calendar.computed.compensatory", null, VI),
                messages.getMessage("calendar.computed.adjacent", null, VI),
                messages.getMessage("calendar.computed.source", null, VI));
        return new CalendarData(store.days(), store.years(), store.rules(), texts, revision);
    }

    @Override
    public synchronized void refresh() {
        data = null;
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        check(date);
        return data().isWorkingDay(date);
    }

    @Override
    public LocalDate addWorkingDays(LocalDate from, int days) {
        check(from);
        requireNonNegative(days);
        return data().addWorkingDays(from, days);
    }

    @Override
    public LocalDate addCalendarDays(LocalDate from, int days) {
        check(from);
        requireNonNegative(days);
        return data().addCalendarDays(from, days);
    }

    @Override
    public LocalDate workingDayOnOrAfter(LocalDate date) {
        check(date);
        return data().workingDayOnOrAfter(date);
    }

    @Override
    public int countWorkingDays(LocalDate from, LocalDate to) {
        check(from);
        check(to);
        return data().countWorkingDays(from, to);
    }

    @Override
    public YearSchedule year(int year) {
        return data().schedule(year);
    }

    private static void check(LocalDate date) {
        if (date == null) {
            throw new IllegalArgumentException("date is null");
        }
        if (date.isBefore(MIN_DATE) || date.isAfter(MAX_DATE)) {
            throw DomainException.invalid("calendar-out-of-range", null, MIN_DATE.getYear(), MAX_DATE.getYear());
        }
    }

    private static void requireNonNegative(int days) {
        if (days < 0) {
            throw DomainException.invalid("calendar-days-negative", "days");
        }
    }
}
