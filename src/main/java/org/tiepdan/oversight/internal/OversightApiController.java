package org.tiepdan.oversight.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
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
import org.tiepdan.org.OrgUnitHierarchy;
import org.tiepdan.oversight.Inspections;
import org.tiepdan.oversight.OversightCounts;
import org.tiepdan.oversight.OutreachKind;
import org.tiepdan.oversight.ReportCell;
import org.tiepdan.oversight.HeadRole;
import org.tiepdan.oversight.ViolationSeverity;
import org.tiepdan.platform.Dates;

/** JSON API: inspections, violations, recommendations, outreach events, and the appendix counts. */
@RestController
@RequestMapping("/api/v1")
class OversightApiController {

    // String lengths as the columns in V31-V33 (TEXT columns: the bounds of the web forms).

    record ViolationRequest(Long headId, HeadRole headRole, @Size(max = 20000) String description,
            ViolationSeverity severity,
            @Size(max = 255) String disciplineForm, Long disciplineDocumentId, LocalDate disciplinedOn) {
    }

    /** basis CONCLUSION (default): dueOn as written in the conclusion; RULE: computed from ruleCode. */
    record RecommendationRequest(Long assigneeUnitId, @Size(max = 20000) String content,
            @Size(max = 16) String basis, @Size(max = 60) String ruleCode, LocalDate dueOn) {
    }

    record CompletionRequest(long version, @Size(max = 20000) String result, Long resultDocumentId,
            LocalDate doneOn) {
    }

    record ReopenRequest(long version, @Size(max = 4000) String reason) {
    }

    record OutreachRequest(Long unitId, OutreachKind kind, LocalDate heldOn, @Size(max = 500) String title,
            @Size(max = 64) String topic, int participants, int materials, List<Long> documentIds) {
    }

    private final OversightService service;
    private final OversightCounts counts;
    private final OversightViews views;
    private final RecommendationService recommendations;
    private final OrgUnitHierarchy hierarchy;
    private final Clock clock;

    OversightApiController(OversightService service, OversightCounts counts, OversightViews views,
            RecommendationService recommendations, OrgUnitHierarchy hierarchy, Clock clock) {
        this.service = service;
        this.counts = counts;
        this.views = views;
        this.recommendations = recommendations;
        this.hierarchy = hierarchy;
        this.clock = clock;
    }

    @PostMapping("/inspections")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("@oversightAccess.canRecord(#request.unitId())")
    Map<String, Long> create(@Valid @RequestBody Inspections.NewInspection request) {
        return Map.of("id", service.create(request));
    }

    @GetMapping("/inspections/{id}")
    @PreAuthorize("@oversightAccess.canReadInspection(#id)")
    OversightViews.InspectionView get(@PathVariable Long id) {
        return views.inspection(id);
    }

    @PostMapping("/inspections/{id}/violations")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("@oversightAccess.canRecordInspection(#id)")
    Map<String, Long> violation(@PathVariable Long id, @Valid @RequestBody ViolationRequest r) {
        return Map.of("id", service.addViolation(id, r.headId(), r.headRole(), r.description(), r.severity(),
                r.disciplineForm(),
                r.disciplineDocumentId(), r.disciplinedOn()));
    }

    @PostMapping("/inspections/{id}/recommendations")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("@oversightAccess.canRecordInspection(#id)")
    Map<String, Long> recommendation(@PathVariable Long id, @Valid @RequestBody RecommendationRequest r) {
        Recommendation.DueBasis basis = "RULE".equals(r.basis()) ? Recommendation.DueBasis.RULE
                : Recommendation.DueBasis.CONCLUSION;
        return Map.of("id", recommendations.add(id, new RecommendationService.Data(r.assigneeUnitId(), r.content(),
                basis, r.ruleCode(), r.dueOn())));
    }

    @PostMapping("/recommendations/{id}/complete")
    @PreAuthorize("@oversightAccess.canCompleteRecommendation(#id)")
    OversightViews.RecommendationView complete(@PathVariable Long id, @Valid @RequestBody CompletionRequest r) {
        recommendations.complete(id, r.version(), r.result(), r.resultDocumentId(), r.doneOn());
        return views.recommendation(id);
    }

    @PostMapping("/recommendations/{id}/reopen")
    @PreAuthorize("@oversightAccess.canReopenRecommendation(#id)")
    OversightViews.RecommendationView reopen(@PathVariable Long id, @Valid @RequestBody ReopenRequest r) {
        recommendations.reopen(id, r.version(), r.reason());
        return views.recommendation(id);
    }

    /** Recommendations of the unit's subtree; overdue=true: only those past their due date today. */
    @GetMapping("/recommendations")
    @PreAuthorize("@oversightAccess.canRead(#unit)")
    List<OversightViews.RecommendationView> recommendations(@RequestParam Long unit,
            @RequestParam(defaultValue = "false") boolean overdue) {
        return views.recommendations(hierarchy.subtreeWithPredecessors(unit), Dates.today(clock), overdue);
    }

    @PostMapping("/outreach-events")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("@oversightAccess.canWriteOutreach(#r.unitId())")
    Map<String, Long> outreach(@Valid @RequestBody OutreachRequest r) {
        return Map.of("id", service.recordOutreach(r.unitId(), r.kind(), r.heldOn(), r.title(), r.topic(),
                r.participants(), r.materials(), r.documentIds()));
    }

    @GetMapping("/oversight/appendix-3")
    @PreAuthorize("@oversightAccess.canRead(#unit)")
    List<ReportCell> appendix3(@RequestParam Long unit,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String topic) {
        return counts.appendix3(unit, from, to, topic);
    }

    @GetMapping("/oversight/appendix-1")
    @PreAuthorize("@oversightAccess.canRead(#unit)")
    List<ReportCell> appendix1(@RequestParam Long unit,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String topic) {
        return counts.appendix1(unit, from, to, topic);
    }

    @GetMapping("/oversight/petition-abuse")
    @PreAuthorize("@oversightAccess.canRead(#unit)")
    List<ReportCell> petitionAbuse(@RequestParam Long unit,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return counts.petitionAbuse(unit, from, to);
    }
}
