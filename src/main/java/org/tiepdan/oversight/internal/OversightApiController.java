package org.tiepdan.oversight.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tiepdan.oversight.Inspections;
import org.tiepdan.oversight.OutreachKind;
import org.tiepdan.oversight.ReportCell;
import org.tiepdan.oversight.ViolationSeverity;

/** JSON API: inspections, violations, recommendations, outreach events, and the appendix counts. */
@RestController
@RequestMapping("/api/v1")
class OversightApiController {

    record ViolationRequest(Long headId, String description, ViolationSeverity severity, String disciplineForm,
            Long disciplineDocumentId, LocalDate disciplinedOn) {
    }

    record RecommendationRequest(Long assigneeUnitId, String content, LocalDate dueOn) {
    }

    record OutreachRequest(Long unitId, OutreachKind kind, LocalDate heldOn, String title, String topic,
            int participants, int materials, List<Long> documentIds) {
    }

    private final OversightService service;
    private final OversightQueries queries;

    OversightApiController(OversightService service, OversightQueries queries) {
        this.service = service;
        this.queries = queries;
    }

    @PostMapping("/inspections")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("@oversightAccess.canWrite(#request.unitId())")
    Map<String, Long> create(@RequestBody Inspections.NewInspection request) {
        return Map.of("id", service.create(request));
    }

    @GetMapping("/inspections/{id}")
    @PreAuthorize("@oversightAccess.canReadInspection(#id)")
    OversightQueries.InspectionDetail get(@PathVariable Long id) {
        return queries.detail(id);
    }

    @PostMapping("/inspections/{id}/violations")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("@oversightAccess.canWriteInspection(#id)")
    Map<String, Long> violation(@PathVariable Long id, @RequestBody ViolationRequest r) {
        return Map.of("id", service.addViolation(id, r.headId(), r.description(), r.severity(), r.disciplineForm(),
                r.disciplineDocumentId(), r.disciplinedOn()));
    }

    @PostMapping("/inspections/{id}/recommendations")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("@oversightAccess.canWriteInspection(#id)")
    Map<String, Long> recommendation(@PathVariable Long id, @RequestBody RecommendationRequest r) {
        return Map.of("id", service.addRecommendation(id, r.assigneeUnitId(), r.content(), r.dueOn()));
    }

    @PostMapping("/outreach-events")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("@oversightAccess.canWrite(#r.unitId())")
    Map<String, Long> outreach(@RequestBody OutreachRequest r) {
        return Map.of("id", service.recordOutreach(r.unitId(), r.kind(), r.heldOn(), r.title(), r.topic(),
                r.participants(), r.materials(), r.documentIds()));
    }

    @GetMapping("/oversight/appendix-3")
    @PreAuthorize("@oversightAccess.canRead(#unit)")
    List<ReportCell> appendix3(@RequestParam Long unit,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String topic) {
        return service.appendix3(unit, from, to, topic);
    }

    @GetMapping("/oversight/appendix-1")
    @PreAuthorize("@oversightAccess.canRead(#unit)")
    List<ReportCell> appendix1(@RequestParam Long unit,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String topic) {
        return service.appendix1(unit, from, to, topic);
    }
}
