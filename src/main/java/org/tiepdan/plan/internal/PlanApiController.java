package org.tiepdan.plan.internal;

import java.time.Clock;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tiepdan.org.OrgUnitHierarchy;
import org.tiepdan.plan.PlanLinkKind;
import org.tiepdan.platform.Dates;

/** JSON API of work plans: read plans and overdue tasks; record progress and links of a task. */
@RestController
@RequestMapping("/api/v1")
class PlanApiController {

    /** Lengths as plan_task.result (TEXT, bounded like other long texts) and plan_task_link.label (V34). */
    record ProgressRequest(@Size(max = 16) String action, long version, @Size(max = 20000) String result,
            java.time.LocalDate doneOn) {
    }

    record LinkRequest(PlanLinkKind kind, long refId, @Size(max = 500) String label) {
    }

    private final PlanService plans;
    private final PlanViews views;
    private final OrgUnitHierarchy hierarchy;
    private final Clock clock;

    PlanApiController(PlanService plans, PlanViews views, OrgUnitHierarchy hierarchy, Clock clock) {
        this.plans = plans;
        this.views = views;
        this.hierarchy = hierarchy;
        this.clock = clock;
    }

    @GetMapping("/plans")
    @PreAuthorize("@planAccess.canRead(#unit)")
    List<PlanViews.PlanView> plans(@RequestParam Long unit) {
        return views.plans(hierarchy.subtreeWithPredecessors(unit));
    }

    @GetMapping("/plans/{id}")
    @PreAuthorize("@planAccess.canReadPlan(#id)")
    PlanViews.PlanView plan(@PathVariable Long id) {
        return views.plan(id);
    }

    @GetMapping("/plans/overdue-tasks")
    @PreAuthorize("@planAccess.canRead(#unit)")
    List<PlanViews.TaskView> overdue(@RequestParam Long unit) {
        return views.overdue(hierarchy.subtreeWithPredecessors(unit), Dates.today(clock));
    }

    /** action: START, NOTE, COMPLETE or CANCEL (an unknown action is an invalid transition). */
    @PostMapping("/plan-tasks/{id}/progress")
    @PreAuthorize("@planAccess.canReportTask(#id)")
    PlanViews.TaskView progress(@PathVariable Long id, @Valid @RequestBody ProgressRequest r) {
        switch (r.action() == null ? "" : r.action()) {
            case "START" -> plans.start(id, r.version());
            case "NOTE" -> plans.note(id, r.version(), r.result());
            case "COMPLETE" -> plans.complete(id, r.version(), r.result(), r.doneOn());
            case "CANCEL" -> plans.cancel(id, r.version(), r.result());
            default -> throw org.tiepdan.platform.DomainException.invalid("plan-task-action-invalid", "action");
        }
        return views.task(id);
    }

    @PostMapping("/plan-tasks/{id}/links")
    @PreAuthorize("@planAccess.canReportTask(#id)")
    PlanViews.TaskView link(@PathVariable Long id, @Valid @RequestBody LinkRequest r) {
        plans.linkAsked(id, r.kind(), r.refId(), r.label());
        return views.task(id);
    }
}
