package org.tiepdan.nationaldb.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tiepdan.audit.AuditAction;
import org.tiepdan.audit.AuditLog;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.DomainException;

/**
 * The national database over JSON (docs/national-db.md): the export of a unit's records mapped to
 * the data groups of NĐ 55/2022 Art. 6, and the sync status of each record. For the people who
 * report upward: REPORTER, HEAD or INSPECTOR at the unit. The export carries pseudonyms for
 * denouncers and is audited (it holds citizens' names).
 */
@RestController
@RequestMapping("/api/v1/national-db")
class NationalDbApiController {

    /** Longest export window: one year and a day (a whole reporting year, whatever its start). */
    static final int MAX_DAYS = 367;

    private final NationalDbMapping mapping;
    private final NationalDbRecords records;
    private final OrgUnits units;
    private final AuditLog audit;
    private final Clock clock;

    NationalDbApiController(NationalDbMapping mapping, NationalDbRecords records, OrgUnits units, AuditLog audit,
            Clock clock) {
        this.mapping = mapping;
        this.records = records;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    record RecordJson(String type, long id, String status, Instant sentAt, String error) {
    }

    record RecordsJson(List<RecordJson> items, long total) {
    }

    /** {@code from} default 1 January, {@code to} default today. */
    @GetMapping("/export")
    @PreAuthorize("@reportAccess.canRead(#unit)")
    Map<String, Object> export(@RequestParam Long unit, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to) {
        LocalDate today = Dates.today(clock);
        LocalDate start = from != null ? from : LocalDate.of(today.getYear(), 1, 1);
        LocalDate end = to != null ? to : today;
        if (end.isBefore(start) || start.plusDays(MAX_DAYS).isBefore(end)) {
            throw DomainException.invalid("national-db-window-invalid", "to", MAX_DAYS);
        }
        String name = units.get(unit).name();
        Map<String, Object> export = mapping.export(unit, name, start, end);
        audit.record(AuditAction.EXPORT, "NationalDbExport", unit, unit,
                Map.of("from", Dates.format(start), "to", Dates.format(end)));
        return export;
    }

    /** The records of the unit's subtree and their status ({@code PENDING}, {@code SENT}, {@code FAILED}). */
    @GetMapping("/records")
    @PreAuthorize("@reportAccess.canRead(#unit)")
    RecordsJson records(@RequestParam Long unit, @RequestParam(required = false) String status) {
        units.get(unit);
        String s = status == null || status.isBlank() ? null : status.strip();
        return new RecordsJson(records.list(unit, s).stream()
                .map(i -> new RecordJson(i.type(), i.id(), i.status(), i.sentAt(), i.error())).toList(),
                records.total(unit, s));
    }
}
