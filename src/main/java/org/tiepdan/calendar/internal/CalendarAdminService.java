package org.tiepdan.calendar.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.tiepdan.audit.AuditAction;
import org.tiepdan.audit.AuditLog;
import org.tiepdan.calendar.CalendarDay;
import org.tiepdan.calendar.DayKind;
import org.tiepdan.calendar.WorkingCalendar;
import org.tiepdan.platform.DomainException;

/**
 * Administrator changes to the calendar. Each runs in one transaction with its audit row and a
 * revision bump; the local cache is dropped after commit, other nodes see the new revision.
 */
@Service
public class CalendarAdminService {

    private final CalendarStore store;
    private final AuditLog audit;
    private final WorkingCalendar calendar;

    CalendarAdminService(CalendarStore store, AuditLog audit, WorkingCalendar calendar) {
        this.store = store;
        this.audit = audit;
        this.calendar = calendar;
    }

    /** Form input for one day. */
    public record DayInput(LocalDate date, DayKind kind, String name, String source, boolean confirmed, String note) {
    }

    public record ImportResult(int created, int updated, List<Integer> years) {
    }

    @Transactional(readOnly = true)
    public List<Integer> declaredYears() {
        return store.declaredYears();
    }

    @Transactional(readOnly = true)
    public int unconfirmedDays(int year) {
        return store.unconfirmedDays(year);
    }

    @Transactional
    public void saveDay(DayInput in) {
        validate(in);
        int year = in.date().getYear();
        // Editing a day of a computed year turns it into an announced (still provisional) year,
        // starting from the computed days so that nothing silently disappears.
        materialise(year, in.source());
        boolean created = store.upsertDay(in.date(), in.kind(), in.name().trim(), blank(in.source()),
                in.confirmed(), blank(in.note()), user());
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("date", in.date());
        changes.put("kind", in.kind());
        changes.put("name", in.name());
        changes.put("source", in.source());
        changes.put("confirmed", in.confirmed());
        audit.record(created ? AuditAction.CREATE : AuditAction.UPDATE, "CalendarDay", in.date(), null, changes);
        changed();
    }

    @Transactional
    public void deleteDay(LocalDate date) {
        materialise(date.getYear(), null);
        if (!store.deleteDay(date)) {
            throw DomainException.notFound("calendar-day-not-found", date);
        }
        audit.record(AuditAction.DELETE, "CalendarDay", date, null, Map.of("date", date));
        changed();
    }

    @Transactional
    public void saveYear(int year, String source, String note) {
        CalendarData.checkYear(year);
        materialise(year, source);
        store.upsertYear(year, blank(source), blank(note), user());
        audit.record(AuditAction.UPDATE, "CalendarYear", year, null,
                Map.of("source", String.valueOf(source), "note", String.valueOf(note)));
        changed();
    }

    /** Confirms the year and every day listed in it. */
    @Transactional
    public void confirmYear(int year) {
        CalendarData.checkYear(year);
        materialise(year, null);
        store.setYearConfirmed(year, true, user());
        store.confirmDaysOfYear(year, user());
        audit.record(AuditAction.STATE_CHANGE, "CalendarYear", year, null, Map.of("confirmed", true));
        changed();
    }

    @Transactional
    public void unconfirmYear(int year) {
        CalendarData.checkYear(year);
        store.setYearConfirmed(year, false, user());
        audit.record(AuditAction.STATE_CHANGE, "CalendarYear", year, null, Map.of("confirmed", false));
        changed();
    }

    @Transactional
    public ImportResult importCsv(InputStream in) {
        List<DaysOffCsv.Row> rows;
        try {
            rows = DaysOffCsv.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (rows.isEmpty()) {
            throw DomainException.invalid("calendar-csv-empty", "file");
        }
        for (DaysOffCsv.Row r : rows) {
            if (r.date().isBefore(WorkingCalendar.MIN_DATE) || r.date().isAfter(WorkingCalendar.MAX_DATE)) {
                throw DomainException.invalid("calendar-csv-invalid", "file", r.line());
            }
        }
        Map<Integer, List<DaysOffCsv.Row>> byYear = rows.stream()
                .collect(Collectors.groupingBy(r -> r.date().getYear(), TreeMap::new, Collectors.toList()));
        byYear.forEach((year, yearRows) -> {
            if (yearRows.stream().anyMatch(r -> r.kind() == DayKind.HOLIDAY)) {
                store.ensureYear(year, DaysOffSeedMigration.SOURCE, user());
            }
        });
        int created = 0;
        int updated = 0;
        for (DaysOffCsv.Row r : rows) {
            if (store.upsertDay(r.date(), r.kind(), r.name(), r.source(), r.confirmed(), r.note(), user())) {
                created++;
            } else {
                updated++;
            }
        }
        List<Integer> years = List.copyOf(byYear.keySet());
        audit.record(AuditAction.IMPORT, "CalendarDay", null, null,
                Map.of("created", created, "updated", updated, "years", years));
        changed();
        return new ImportResult(created, updated, years);
    }

    private void materialise(int year, String source) {
        if (store.year(year).isPresent()) {
            return;
        }
        List<CalendarDay> computed = calendar.year(year).days();
        store.ensureYear(year, blank(source), user());
        for (CalendarDay d : computed) {
            if (d.computed()) {
                store.upsertDay(d.date(), d.kind(), d.name(), d.source(), false, null, user());
            }
        }
    }

    private void changed() {
        store.bumpRevision();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    calendar.refresh();
                }
            });
        } else {
            calendar.refresh();
        }
    }

    private static void validate(DayInput in) {
        if (in.date() == null) {
            throw DomainException.invalid("calendar-date-required", "date");
        }
        if (in.date().isBefore(WorkingCalendar.MIN_DATE) || in.date().isAfter(WorkingCalendar.MAX_DATE)) {
            throw DomainException.invalid("calendar-out-of-range", "date", 1900, 2100);
        }
        if (in.kind() == null) {
            throw DomainException.invalid("calendar-kind-required", "kind");
        }
        if (in.name() == null || in.name().isBlank()) {
            throw DomainException.invalid("calendar-name-required", "name");
        }
        if (in.name().length() > 255) {
            throw DomainException.invalid("calendar-name-too-long", "name", 255);
        }
        boolean weekend = in.date().getDayOfWeek().getValue() >= 6;
        if (in.kind() == DayKind.MAKEUP_WORKDAY && !weekend) {
            throw DomainException.invalid("calendar-makeup-weekday", "kind");
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String user() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? null : auth.getName();
    }
}
