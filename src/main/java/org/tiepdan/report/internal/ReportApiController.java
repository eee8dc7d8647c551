package org.tiepdan.report.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON API of the reports (dates ISO yyyy-MM-dd): a report with its findings, the records behind
 * one of its cells, and its files with {@code ?format=docx|xlsx|pdf}. A unit outside the caller's
 * scope answers 403 problem details.
 */
@RestController
@RequestMapping("/api/v1/reports")
class ReportApiController {

    private final ReportService reports;
    private final RecordsView records;
    private final Texts texts;

    ReportApiController(ReportService reports, RecordsView records, Texts texts) {
        this.reports = reports;
        this.records = records;
        this.texts = texts;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    List<Map<String, String>> list() {
        return ReportDefinitions.CODES.stream()
                .map(code -> Map.of("code", code, "title", texts.msg("report." + code + ".name"))).toList();
    }

    @GetMapping("/{code}")
    @PreAuthorize("@reportAccess.canRead(#unit)")
    ResponseEntity<?> report(@PathVariable String code, @RequestParam Long unit,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
            @RequestParam(required = false) String topic, @RequestParam(required = false) String preset,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) Integer month,
            @RequestParam(required = false) String format) {
        ReportWindow w = reports.window(code, from, to, preset, year, month);
        if (format != null && !format.isBlank() && !"json".equals(format)) {
            return download(reports.file(code, format, unit, w, topic));
        }
        return ResponseEntity.ok(reports.json(code, unit, w, topic));
    }

    @GetMapping("/{code}/cells/{cell}/{column}")
    @PreAuthorize("@reportAccess.canRead(#unit)")
    Map<String, Object> cell(@PathVariable String code, @PathVariable String cell, @PathVariable String column,
            @RequestParam Long unit, @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
            @RequestParam(required = false) String topic,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "" + RecordsView.DEFAULT_LIMIT) int limit) {
        ReportWindow w = reports.window(code, from, to, null, null, null);
        List<Ref> refs = reports.records(code, cell, column, unit, w, topic);
        return records.json(records.page(code, cell, cell, column, unit, w, refs, offset, limit));
    }

    static ResponseEntity<byte[]> download(ReportService.File file) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(file.contentType())).body(file.bytes());
    }
}
