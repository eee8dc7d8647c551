package org.tiepdan.plan.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.plan.PlanLinkKind;
import org.tiepdan.platform.Dates;

/** What the plan screens, the API and the Word file show: plans and tasks with names and labels. */
@Component
public class PlanViews {

    public record UnitRef(long id, String name) {
    }

    public record LinkView(PlanLinkKind kind, long refId, String label, String href) {
    }

    public record TaskView(long id, long planId, int position, String title, String content, UnitRef lead,
            List<UnitRef> coordinators, FrameKind frameKind, LocalDate startsOn, LocalDate endsOn, Integer quarter,
            String timeFrame, LocalDate due, TaskStatus status, boolean overdue, String result, LocalDate doneOn,
            List<LinkView> links, long version) {
    }

    /** heading: "Kế hoạch công tác tiếp công dân … năm 2026", the title as a name. */
    public record PlanView(long id, UnitRef unit, int year, String title, String heading, PlanSections sections,
            PlanState state,
            String numberSymbol, LocalDate issuedOn, Long documentId, List<TaskView> tasks, long overdueTasks,
            long doneTasks, long version) {
    }

    private final PlanService plans;
    private final OrgUnits units;
    private final PlanTexts texts;
    private final Clock clock;

    PlanViews(PlanService plans, OrgUnits units, PlanTexts texts, Clock clock) {
        this.plans = plans;
        this.units = units;
        this.texts = texts;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PlanView plan(long id) {
        return view(plans.find(id), Dates.today(clock));
    }

    /** The plans of the units, newest year first. */
    @Transactional(readOnly = true)
    public List<PlanView> plans(Collection<Long> unitIds) {
        LocalDate today = Dates.today(clock);
        return plans.of(unitIds).stream().map(p -> view(p, today)).toList();
    }

    /** Overdue tasks of the units' issued plans on {@code today}, earliest due first. */
    @Transactional(readOnly = true)
    public List<TaskView> overdue(Collection<Long> unitIds, LocalDate today) {
        return plans.overdue(unitIds, today).stream().map(t -> task(t, today))
                .sorted(Comparator.comparing(TaskView::due)).toList();
    }

    @Transactional(readOnly = true)
    public TaskView task(long taskId) {
        return task(plans.task(taskId), Dates.today(clock));
    }

    PlanView view(WorkPlan p, LocalDate today) {
        List<TaskView> tasks = p.tasks().stream().map(t -> task(t, today)).toList();
        return new PlanView(p.id(), unit(p.unitId()), p.year(), p.title(),
                texts.get("plan.page.title", PlanTexts.lowerFirst(p.title())), p.sections(), p.state(), p.numberSymbol(),
                p.issuedOn(), p.documentId(), tasks, tasks.stream().filter(TaskView::overdue).count(),
                tasks.stream().filter(t -> t.status() == TaskStatus.DONE).count(), p.version());
    }

    private TaskView task(PlanTask t, LocalDate today) {
        WorkPlan p = t.plan();
        boolean overdue = p.state() == PlanState.ISSUED && t.isOverdue(today);
        return new TaskView(t.id(), p.id(), t.position(), t.title(), t.content(), unit(t.leadUnitId()),
                t.coordinatorIds().stream().sorted().map(this::unit).toList(), t.timeFrame().kind(),
                t.timeFrame().startsOn(), t.timeFrame().endsOn(), t.timeFrame().quarter(),
                timeFrame(t.timeFrame(), p.year()), t.due(), t.status(), overdue, t.result(), t.doneOn(),
                t.links().stream().map(l -> new LinkView(l.kind(), l.refId(), l.label(),
                        plans.target(l.kind()).map(x -> x.href(l.refId())).orElse(null))).toList(),
                t.version());
    }

    /** The time frame as the plan writes it: "Thường xuyên, năm 2026", "Quý III năm 2026", "Từ 01/3/2026 đến …". */
    String timeFrame(TimeFrame f, int year) {
        String y = String.valueOf(year);
        return switch (f.kind()) {
            case RANGE -> f.startsOn() == null ? texts.get("plan.frame.RANGE.until", Dates.format(f.endsOn()))
                    : texts.get("plan.frame.RANGE", Dates.format(f.startsOn()), Dates.format(f.endsOn()));
            case QUARTER -> texts.get("plan.frame.QUARTER", List.of("I", "II", "III", "IV").get(f.quarter() - 1), y);
            default -> texts.get("plan.frame." + f.kind(), y);
        };
    }

    UnitRef unit(long id) {
        return new UnitRef(id, units.find(id).map(OrgUnitView::name).orElse("#" + id));
    }

    /** The link kinds whose module checks and labels the record (the others take a typed label). */
    List<PlanLinkKind> checkedKinds() {
        return java.util.Arrays.stream(PlanLinkKind.values()).filter(k -> plans.target(k).isPresent()).toList();
    }
}
