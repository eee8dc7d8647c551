package org.tiepdan.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import org.tiepdan.platform.DomainException;

/** The plan and task state machines: every allowed step, every forbidden one, and overdue on fixed days. */
class PlanTaskStateTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final AtomicLong IDS = new AtomicLong(100);

    static PlanSections sections(String signer) {
        return new PlanSections("Công tác tiếp công dân năm 2026", null, "Mục đích", "Yêu cầu", "Tổ chức", null,
                "Chủ tịch", signer);
    }

    static TaskData task(FrameKind kind, LocalDate from, LocalDate to, Integer quarter) {
        return new TaskData("Nhiệm vụ", null, 1L, List.of(2L), kind, from, to, quarter);
    }

    /** A plan with one task per frame given, each with an id as if saved. */
    static WorkPlan plan(TaskData... tasks) {
        WorkPlan plan = new WorkPlan(1L, 2026, sections("Trần Văn Hải"));
        for (TaskData t : tasks) {
            ReflectionTestUtils.setField(plan.addTask(t), "id", IDS.incrementAndGet());
        }
        return plan;
    }

    static WorkPlan issued(TaskData... tasks) {
        WorkPlan plan = plan(tasks);
        plan.issue(9L, "01/KH-UBND", LocalDate.of(2026, 1, 12));
        return plan;
    }

    static long first(WorkPlan plan) {
        return plan.tasks().get(0).id();
    }

    static void assertConflict(Runnable r, String code) {
        assertThatThrownBy(r::run).isInstanceOf(DomainException.class)
                .satisfies(e -> {
                    assertThat(((DomainException) e).kind()).isEqualTo(DomainException.Kind.CONFLICT);
                    assertThat(((DomainException) e).code()).isEqualTo(code);
                });
    }

    static void assertInvalid(Runnable r, String code, String field) {
        assertThatThrownBy(r::run).isInstanceOf(DomainException.class)
                .satisfies(e -> {
                    assertThat(((DomainException) e).code()).isEqualTo(code);
                    assertThat(((DomainException) e).field()).isEqualTo(field);
                });
    }

    @Test
    void aTaskGoesNotStartedInProgressDoneAndNoFurther() {
        WorkPlan plan = issued(task(FrameKind.YEAR_ROUND, null, null, null));
        long id = first(plan);
        PlanTask t = plan.task(id);
        assertThat(t.status()).isEqualTo(TaskStatus.NOT_STARTED);
        plan.startTask(id);
        assertThat(t.status()).isEqualTo(TaskStatus.IN_PROGRESS);
        plan.noteTask(id, "Đã tổ chức 10/12 buổi");
        assertThat(t.result()).isEqualTo("Đã tổ chức 10/12 buổi");
        assertThat(t.status()).isEqualTo(TaskStatus.IN_PROGRESS);
        plan.completeTask(id, "Đã tổ chức đủ 12 buổi", LocalDate.of(2026, 11, 20), TODAY);
        assertThat(t.status()).isEqualTo(TaskStatus.DONE);
        assertThat(t.doneOn()).isEqualTo(LocalDate.of(2026, 11, 20));

        assertConflict(() -> plan.startTask(id), "plan-task-transition-invalid");
        assertConflict(() -> plan.noteTask(id, "x"), "plan-task-transition-invalid");
        assertConflict(() -> plan.completeTask(id, "x", TODAY, TODAY), "plan-task-transition-invalid");
        assertConflict(() -> plan.cancelTask(id, "x"), "plan-task-transition-invalid");
    }

    @Test
    void anOpenTaskIsDoneOrCancelledDirectlyAndCancelledIsFinal() {
        WorkPlan plan = issued(task(FrameKind.YEAR_ROUND, null, null, null), task(FrameKind.MONTHLY, null, null, null),
                task(FrameKind.QUARTERLY, null, null, null));
        List<PlanTask> tasks = plan.tasks();
        plan.completeTask(tasks.get(0).id(), "Xong", TODAY, TODAY);
        assertThat(tasks.get(0).status()).isEqualTo(TaskStatus.DONE);
        plan.cancelTask(tasks.get(1).id(), "Không bố trí được kinh phí");
        assertThat(tasks.get(1).status()).isEqualTo(TaskStatus.CANCELLED);
        assertThat(tasks.get(1).result()).isEqualTo("Không bố trí được kinh phí");
        plan.startTask(tasks.get(2).id());
        plan.cancelTask(tasks.get(2).id(), "Chuyển sang năm sau");
        assertThat(tasks.get(2).status()).isEqualTo(TaskStatus.CANCELLED);

        long cancelled = tasks.get(1).id();
        assertConflict(() -> plan.startTask(cancelled), "plan-task-transition-invalid");
        assertConflict(() -> plan.completeTask(cancelled, "x", TODAY, TODAY), "plan-task-transition-invalid");
        assertConflict(() -> plan.cancelTask(cancelled, "x"), "plan-task-transition-invalid");
    }

    @Test
    void aNoteNeedsAStartedTaskAndEveryStepItsTextAndAPastDate() {
        WorkPlan plan = issued(task(FrameKind.YEAR_ROUND, null, null, null));
        long id = first(plan);
        assertConflict(() -> plan.noteTask(id, "Chưa bắt đầu"), "plan-task-transition-invalid");
        assertInvalid(() -> plan.completeTask(id, "  ", TODAY, TODAY), "plan-task-result-required", "result");
        assertInvalid(() -> plan.completeTask(id, "Xong", null, TODAY), "plan-task-done-date-required", "doneOn");
        assertInvalid(() -> plan.completeTask(id, "Xong", TODAY.plusDays(1), TODAY), "plan-task-done-future", "doneOn");
        assertInvalid(() -> plan.cancelTask(id, null), "plan-task-cancel-reason-required", "result");
        assertThat(plan.task(id).status()).isEqualTo(TaskStatus.NOT_STARTED);
    }

    @Test
    void aDraftTakesNoProgressAndAnIssuedPlanNoEdits() {
        WorkPlan draft = plan(task(FrameKind.YEAR_ROUND, null, null, null));
        long id = first(draft);
        assertConflict(() -> draft.startTask(id), "plan-not-issued");
        assertConflict(() -> draft.completeTask(id, "Xong", TODAY, TODAY), "plan-not-issued");
        assertConflict(() -> draft.cancelTask(id, "Hủy"), "plan-not-issued");

        draft.issue(9L, "01/KH-UBND", LocalDate.of(2025, 12, 29));
        assertThat(draft.state()).isEqualTo(PlanState.ISSUED);
        assertThat(draft.numberSymbol()).isEqualTo("01/KH-UBND");
        assertConflict(() -> draft.revise(sections("Trần Văn Hải")), "plan-issued-readonly");
        assertConflict(() -> draft.addTask(task(FrameKind.YEAR_ROUND, null, null, null)), "plan-issued-readonly");
        assertConflict(() -> draft.reviseTask(id, task(FrameKind.MONTHLY, null, null, null)), "plan-issued-readonly");
        assertConflict(() -> draft.removeTask(id), "plan-issued-readonly");
        assertConflict(() -> draft.issue(10L, "02/KH-UBND", LocalDate.of(2026, 1, 5)), "plan-issued-readonly");
    }

    @Test
    void issuingNeedsTasksASignerAndADateInOrJustBeforeThePlanYear() {
        WorkPlan empty = new WorkPlan(1L, 2026, sections("Trần Văn Hải"));
        assertInvalid(() -> empty.issue(9L, "01/KH-UBND", LocalDate.of(2026, 1, 12)), "plan-no-tasks", "tasks");
        WorkPlan unsigned = new WorkPlan(1L, 2026, sections(null));
        ReflectionTestUtils.setField(unsigned.addTask(task(FrameKind.YEAR_ROUND, null, null, null)), "id", 1L);
        assertInvalid(() -> unsigned.issue(9L, "01/KH-UBND", LocalDate.of(2026, 1, 12)), "plan-signer-required",
                "signerName");
        WorkPlan plan = plan(task(FrameKind.YEAR_ROUND, null, null, null));
        assertInvalid(() -> plan.issue(9L, "x", LocalDate.of(2024, 12, 31)), "plan-issue-date-year", "issuedOn");
        assertInvalid(() -> plan.issue(9L, "x", LocalDate.of(2027, 1, 2)), "plan-issue-date-year", "issuedOn");
        assertInvalid(() -> plan.issue(9L, "x", null), "plan-issue-date-required", "issuedOn");
        assertThat(plan.state()).isEqualTo(PlanState.DRAFT);
    }

    @Test
    void timeFramesEndInThePlanYearAndAreChecked() {
        assertThat(TimeFrame.of(FrameKind.YEAR_ROUND, null, null, null, 2026).end(2026)).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(TimeFrame.of(FrameKind.MONTHLY, null, null, null, 2026).end(2026)).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(TimeFrame.of(FrameKind.QUARTERLY, null, null, null, 2026).end(2026)).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(TimeFrame.of(FrameKind.QUARTER, null, null, 1, 2026).end(2026)).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(TimeFrame.of(FrameKind.QUARTER, null, null, 2, 2026).end(2026)).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(TimeFrame.of(FrameKind.QUARTER, null, null, 4, 2026).end(2026)).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(TimeFrame.of(FrameKind.RANGE, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 30), null, 2026)
                .end(2026)).isEqualTo(LocalDate.of(2026, 6, 30));
        // The annual report may be due in January of the next year.
        assertThat(TimeFrame.of(FrameKind.RANGE, null, LocalDate.of(2027, 1, 15), null, 2026).end(2026))
                .isEqualTo(LocalDate.of(2027, 1, 15));

        assertInvalid(() -> TimeFrame.of(FrameKind.RANGE, LocalDate.of(2026, 6, 30), LocalDate.of(2026, 3, 1), null, 2026),
                "plan-task-dates-order", "endsOn");
        assertInvalid(() -> TimeFrame.of(FrameKind.RANGE, LocalDate.of(2026, 3, 1), null, null, 2026),
                "plan-task-end-required", "endsOn");
        assertInvalid(() -> TimeFrame.of(FrameKind.RANGE, null, LocalDate.of(2025, 12, 31), null, 2026),
                "plan-task-outside-year", "endsOn");
        assertInvalid(() -> TimeFrame.of(FrameKind.QUARTER, null, null, null, 2026), "plan-task-quarter-required", "quarter");
        assertInvalid(() -> TimeFrame.of(FrameKind.QUARTER, null, null, 5, 2026), "plan-task-quarter-required", "quarter");
        assertInvalid(() -> TimeFrame.of(null, null, null, null, 2026), "plan-task-frame-required", "frameKind");
    }

    @Test
    void anOpenTaskIsOverdueTheDayAfterItsFrameOnAFixedClock() {
        WorkPlan plan = issued(task(FrameKind.QUARTER, null, null, 2),
                task(FrameKind.RANGE, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30), null),
                task(FrameKind.QUARTER, null, null, 2), task(FrameKind.QUARTER, null, null, 2),
                task(FrameKind.YEAR_ROUND, null, null, null));
        List<PlanTask> t = plan.tasks();
        plan.startTask(t.get(1).id());
        plan.completeTask(t.get(2).id(), "Xong", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 1));
        plan.cancelTask(t.get(3).id(), "Hủy");

        LocalDate lastDay = LocalDate.of(2026, 6, 30);
        assertThat(plan.overdueTasks(lastDay)).isEmpty();
        assertThat(plan.overdueTasks(lastDay.plusDays(1))).extracting(PlanTask::id)
                .containsExactly(t.get(0).id(), t.get(1).id());
        assertThat(plan.overdueTasks(LocalDate.of(2026, 12, 31))).hasSize(2);
        assertThat(plan.overdueTasks(LocalDate.of(2027, 1, 1))).extracting(PlanTask::id)
                .containsExactly(t.get(0).id(), t.get(1).id(), t.get(4).id());

        WorkPlan draft = plan(task(FrameKind.QUARTER, null, null, 1));
        assertThat(draft.overdueTasks(LocalDate.of(2027, 1, 1))).as("a draft commits nobody").isEmpty();
    }

    @Test
    void aTaskNamesItsLeadAndLinksOnceToEachRecord() {
        WorkPlan plan = issued(task(FrameKind.YEAR_ROUND, null, null, null));
        long id = first(plan);
        assertInvalid(() -> plan.addTask(new TaskData("Việc", null, null, List.of(), FrameKind.YEAR_ROUND, null, null,
                null)), "plan-issued-readonly", null);
        assertThat(plan.link(id, org.tiepdan.plan.PlanLinkKind.INSPECTION, 5L, "Kiểm tra")).isTrue();
        assertThat(plan.link(id, org.tiepdan.plan.PlanLinkKind.INSPECTION, 5L, "Kiểm tra")).isFalse();
        assertThat(plan.task(id).links()).hasSize(1);
        assertThat(plan.unlink(id, org.tiepdan.plan.PlanLinkKind.INSPECTION, 5L)).isTrue();
        assertThat(plan.task(id).links()).isEmpty();

        WorkPlan draft = plan();
        assertInvalid(() -> draft.addTask(new TaskData("Việc", null, null, List.of(), FrameKind.YEAR_ROUND, null, null,
                null)), "plan-task-lead-required", "leadUnitId");
        PlanTask t = draft.addTask(new TaskData("Việc", null, 1L, List.of(1L, 2L), FrameKind.YEAR_ROUND, null, null,
                null));
        assertThat(t.coordinatorIds()).as("the lead is not its own coordinator").containsExactly(2L);
    }
}
