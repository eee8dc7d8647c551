package org.tiepdan.plan.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.audit.AuditAction;
import org.tiepdan.audit.AuditLog;
import org.tiepdan.document.IssueCommand;
import org.tiepdan.document.IssuedDocumentView;
import org.tiepdan.document.IssuedDocuments;
import org.tiepdan.plan.PlanLinkKind;
import org.tiepdan.plan.PlanLinkTarget;
import org.tiepdan.plan.WorkPlans;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.DomainException;

/** Work plans and their tasks: drafting, issuing with a register number, progress, links. Audited. */
@Service
class PlanService implements WorkPlans {

    static final String PLAN_TYPE = "KH";

    private final WorkPlanRepository plans;
    private final PlanTaskRepository tasks;
    private final PlanTemplate template;
    private final IssuedDocuments documents;
    private final List<PlanLinkTarget> targets;
    private final AuditLog audit;
    private final PlanTexts texts;
    private final Clock clock;
    private final PlanAccess access;
    private final org.tiepdan.account.UnitChoices unitChoices;

    PlanService(WorkPlanRepository plans, PlanTaskRepository tasks, PlanTemplate template, IssuedDocuments documents,
            List<PlanLinkTarget> targets, AuditLog audit, PlanTexts texts, Clock clock, PlanAccess access,
            org.tiepdan.account.UnitChoices unitChoices) {
        this.access = access;
        this.unitChoices = unitChoices;
        this.texts = texts;
        this.plans = plans;
        this.tasks = tasks;
        this.template = template;
        this.documents = documents;
        this.targets = targets;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new draft from the template: its sections and the seed's usual tasks, led by the unit. */
    @Transactional
    WorkPlan create(long unitId, Integer year, String title) {
        if (year == null) {
            throw DomainException.invalid("plan-year-invalid", "year");
        }
        WorkPlan plan = new WorkPlan(unitId, year, template.sections(unitId, year, title));
        template.tasks(unitId).forEach(plan::addTask);
        WorkPlan saved = plans.saveAndFlush(plan);
        audit.record(AuditAction.CREATE, "WorkPlan", saved.id(), unitId,
                Map.of("year", year, "tasks", saved.tasks().size()));
        return saved;
    }

    @Transactional
    void revise(long planId, long version, PlanSections sections) {
        WorkPlan plan = require(planId, version);
        plan.revise(sections);
        plans.flush();
        audit.record(AuditAction.UPDATE, "WorkPlan", planId, plan.unitId(), Map.of("title", plan.title()));
    }

    @Transactional
    long addTask(long planId, TaskData data) {
        WorkPlan plan = find(planId);
        checkUnits(plan, data);
        PlanTask task = plan.addTask(data);
        plans.flush();
        audit.record(AuditAction.CREATE, "PlanTask", task.id(), plan.unitId(), taskSummary(task));
        return task.id();
    }

    @Transactional
    void reviseTask(long planId, long taskId, long version, TaskData data) {
        WorkPlan plan = find(planId);
        checkVersion(plan.task(taskId), version);
        checkUnits(plan, data);
        plan.reviseTask(taskId, data);
        plans.flush();
        audit.record(AuditAction.UPDATE, "PlanTask", taskId, plan.unitId(), taskSummary(plan.task(taskId)));
    }

    /**
     * The lead and coordinating units of a task are unit ids taken from the request: the workflow keeps
     * them in the territory of the plan's unit ({@code UnitChoices.mayName}, the units the form offers);
     * another subtree's unit, or an id that does not exist, is refused like an unknown unit.
     */
    private void checkUnits(WorkPlan plan, TaskData data) {
        if (data.leadUnitId() != null && !unitChoices.mayName(plan.unitId(), data.leadUnitId())) {
            throw DomainException.invalid("plan-task-unit-unknown", "leadUnitId");
        }
        if (data.coordinatorIds() != null) {
            for (Long c : data.coordinatorIds()) {
                if (c != null && !unitChoices.mayName(plan.unitId(), c)) {
                    throw DomainException.invalid("plan-task-unit-unknown", "coordinatorIds");
                }
            }
        }
    }

    @Transactional
    void removeTask(long planId, long taskId) {
        WorkPlan plan = find(planId);
        plan.removeTask(taskId);
        plans.flush();
        audit.record(AuditAction.DELETE, "PlanTask", taskId, plan.unitId(), Map.of("plan", planId));
    }

    /**
     * Issues the plan: the register gives it the next KH number of its unit on that date, in the
     * same transaction (a refused plan takes no number).
     */
    @Transactional
    IssuedDocumentView issue(long planId, long version, LocalDate on, String signerName) {
        WorkPlan plan = require(planId, version);
        PlanSections s = plan.sections();
        plan.revise(new PlanSections(s.title(), s.basis(), s.purpose(), s.requirements(), s.organisation(),
                s.recipients(), s.signerTitle(), signerName));
        plan.checkIssuable(on);
        IssuedDocumentView doc = documents.issue(new IssueCommand(plan.unitId(), PLAN_TYPE,
                summary(plan), on, plan.sections().signerName(), Set.of()));
        plan.issue(doc.id(), doc.numberSymbol(), on);
        plans.flush();
        audit.record(AuditAction.STATE_CHANGE, "WorkPlan", planId, plan.unitId(),
                Map.of("state", plan.state(), "number", doc.numberSymbol(), "issuedOn", on));
        return doc;
    }

    /** The trích yếu of the plan in the register: "Kế hoạch công tác … năm 2026". */
    private String summary(WorkPlan plan) {
        return texts.get("plan.register.summary", PlanTexts.lowerFirst(plan.title()));
    }

    @Transactional
    void start(long taskId, long version) {
        progress(taskId, version, (plan, id) -> plan.startTask(id));
    }

    @Transactional
    void note(long taskId, long version, String note) {
        progress(taskId, version, (plan, id) -> plan.noteTask(id, note));
    }

    @Transactional
    void complete(long taskId, long version, String result, LocalDate on) {
        LocalDate today = Dates.today(clock);
        progress(taskId, version, (plan, id) -> plan.completeTask(id, result, on, today));
    }

    @Transactional
    void cancel(long taskId, long version, String reason) {
        progress(taskId, version, (plan, id) -> plan.cancelTask(id, reason));
    }

    private void progress(long taskId, long version, java.util.function.BiConsumer<WorkPlan, Long> step) {
        PlanTask task = task(taskId);
        checkVersion(task, version);
        WorkPlan plan = task.plan();
        step.accept(plan, taskId);
        tasks.flush();
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("status", task.status());
        changes.put("doneOn", task.doneOn());
        audit.record(AuditAction.STATE_CHANGE, "PlanTask", taskId, plan.unitId(), changes);
    }

    @Override
    @Transactional
    public void link(long taskId, PlanLinkKind kind, long refId, String label) {
        if (kind == null) {
            throw DomainException.invalid("plan-link-kind-required", "kind");
        }
        Optional<PlanLinkTarget> target = target(kind);
        String shown = target.isPresent()
                ? target.get().label(refId).orElseThrow(() -> DomainException.invalid("plan-link-not-found", "refId"))
                : label;
        PlanTask task = task(taskId);
        if (task.plan().link(taskId, kind, refId, shown)) {
            tasks.flush();
            audit.record(AuditAction.UPDATE, "PlanTask", taskId, task.plan().unitId(),
                    Map.of("linked", kind + ":" + refId));
        }
    }

    /**
     * A link asked for by a user (screen or API): the record must be one the user may read, within
     * the plan's unit or under it, since every reader of the plan then sees its title, number and
     * summary. Any other id answers like a missing one.
     */
    /** {@code plan_task_link.label}'s length: a longer label is refused beside its field, not by the database. */
    static final int LINK_LABEL_MAX = 500;

    @Transactional
    void linkAsked(long taskId, PlanLinkKind kind, long refId, String label) {
        if (label != null && label.strip().length() > LINK_LABEL_MAX) {
            throw DomainException.invalid("plan-link-label-too-long", "label", LINK_LABEL_MAX);
        }
        Optional<PlanLinkTarget> target = kind == null ? Optional.empty() : target(kind);
        if (target.isPresent()) {
            Long unit = target.get().unitOf(refId).orElse(null);
            long planUnit = task(taskId).plan().unitId();
            if (unit == null || !access.canRead(unit) || !access.within(unit, planUnit)) {
                throw DomainException.invalid("plan-link-not-found", "refId");
            }
        }
        link(taskId, kind, refId, label);
    }

    @Transactional
    void unlink(long taskId, PlanLinkKind kind, long refId) {
        PlanTask task = task(taskId);
        if (task.plan().unlink(taskId, kind, refId)) {
            tasks.flush();
            audit.record(AuditAction.UPDATE, "PlanTask", taskId, task.plan().unitId(),
                    Map.of("unlinked", kind + ":" + refId));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<OpenTask> openTasks(long unitId, int year) {
        return plans.findByUnitIdAndYear(unitId, year).stream().filter(p -> p.state() == PlanState.ISSUED)
                .flatMap(p -> p.tasks().stream().filter(t -> t.status().isOpen())
                        .map(t -> new OpenTask(t.id(), p.id(), p.title(), t.title())))
                .toList();
    }

    /** Tasks of the units' issued plans still open after their time frame on {@code today}. */
    @Transactional(readOnly = true)
    List<PlanTask> overdue(Collection<Long> units, LocalDate today) {
        if (units.isEmpty()) {
            return List.of();
        }
        return plans.findByUnitIdInAndState(units, PlanState.ISSUED).stream()
                .flatMap(p -> p.overdueTasks(today).stream()).toList();
    }

    @Transactional(readOnly = true)
    List<WorkPlan> of(Collection<Long> units) {
        return units.isEmpty() ? List.of() : plans.findByUnitIdInOrderByYearDescIdDesc(units);
    }

    @Transactional(readOnly = true)
    WorkPlan find(long planId) {
        return plans.findById(planId).orElseThrow(() -> DomainException.notFound("plan-not-found"));
    }

    @Transactional(readOnly = true)
    PlanTask task(long taskId) {
        return tasks.findById(taskId).orElseThrow(() -> DomainException.notFound("plan-task-not-found"));
    }

    Optional<PlanLinkTarget> target(PlanLinkKind kind) {
        return targets.stream().filter(t -> t.kind() == kind).findFirst();
    }

    private WorkPlan require(long planId, long version) {
        WorkPlan plan = find(planId);
        if (plan.version() != version) {
            throw new ObjectOptimisticLockingFailureException(WorkPlan.class, planId);
        }
        return plan;
    }

    private static void checkVersion(PlanTask task, long version) {
        if (task.version() != version) {
            throw new ObjectOptimisticLockingFailureException(PlanTask.class, task.id());
        }
    }

    private static Map<String, Object> taskSummary(PlanTask t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("position", t.position());
        m.put("lead", t.leadUnitId());
        m.put("coordinators", t.coordinatorIds());
        m.put("frame", t.timeFrame().kind());
        m.put("due", t.due());
        return m;
    }
}
