package org.tiepdan.plan.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tiepdan.document.IssueCommand;
import org.tiepdan.document.IssuedDocumentView;
import org.tiepdan.document.IssuedDocuments;
import org.tiepdan.org.OrgUnitKind;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.plan.PlanLinkKind;
import org.tiepdan.platform.DemoDataContributor;

/**
 * The commune People's Committee's 2026 plan (seed 002's structure), issued on 12/01/2026, with
 * tasks in every state: done (the March inspection, linked), in progress (reception, linked to the
 * schedule; the half-year report, linked to the register), not started, cancelled, and two overdue
 * (the dialogue of the second quarter, the backlog review of the third).
 */
@Component
class PlanDemoData implements DemoDataContributor {

    private static final Logger log = LoggerFactory.getLogger(PlanDemoData.class);

    private final OrgUnits units;
    private final PlanService plans;
    private final IssuedDocuments documents;
    private final JdbcClient jdbc;

    PlanDemoData(OrgUnits units, PlanService plans, IssuedDocuments documents, JdbcClient jdbc) {
        this.units = units;
        this.plans = plans;
        this.documents = documents;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 320;
    }

    @Override
    public void contribute() {
        Optional<OrgUnitView> commune = units.findAreaByCode("18844");
        Optional<Long> people = commune.flatMap(c -> body(c, OrgUnitKind.PEOPLES_COMMITTEE));
        Optional<Long> party = commune.flatMap(c -> body(c, OrgUnitKind.PARTY_COMMITTEE));
        Optional<Long> front = commune.flatMap(c -> body(c, OrgUnitKind.FATHERLAND_FRONT));
        if (people.isEmpty() || party.isEmpty() || front.isEmpty()) {
            log.info("Demo commune bodies not found: no demo work plan");
            return;
        }
        long ubnd = people.get();
        WorkPlan plan = plans.create(ubnd, 2026, null);
        PlanSections s = plan.sections();
        plans.revise(plan.id(), plan.version(), new PlanSections(s.title(), s.basis(), s.purpose(), s.requirements(),
                s.organisation(), s.recipients(), s.signerTitle(), "Trần Văn Hải"));
        List<PlanTask> template = plans.find(plan.id()).tasks();
        // The template's tasks, assigned: outreach with the Front, reception monthly, the rest by the committee.
        revise(plan.id(), template.get(0), ubnd, List.of(front.get()), FrameKind.YEAR_ROUND, null, null, null);
        long dialogue = plans.addTask(plan.id(), new TaskData(
                "Tổ chức hội nghị đối thoại trực tiếp giữa Chủ tịch UBND xã với nhân dân",
                "Tổ chức ít nhất 01 hội nghị đối thoại định kỳ trong 6 tháng đầu năm theo quy định của tỉnh.", ubnd,
                List.of(party.get(), front.get()), FrameKind.RANGE, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30),
                null));
        long inspection = plans.addTask(plan.id(), new TaskData("Kiểm tra việc thực hiện Quy định số 11-QĐi/TW",
                "Kiểm tra việc tiếp công dân định kỳ và trả lời kiến nghị của công dân tại Ủy ban nhân dân xã.",
                party.get(), List.of(ubnd), FrameKind.QUARTER, null, null, 1));
        long equipment = plans.addTask(plan.id(), new TaskData(
                "Đầu tư trang thiết bị truy cập Hệ thống Cơ sở dữ liệu quốc gia về khiếu nại, tố cáo",
                null, ubnd, List.of(), FrameKind.RANGE, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 30), null));
        long backlog = plans.addTask(plan.id(), new TaskData(
                "Rà soát, giải quyết dứt điểm các vụ việc khiếu nại, tố cáo tồn đọng, kéo dài",
                null, ubnd, List.of(party.get()), FrameKind.QUARTER, null, null, 3));
        plans.issue(plan.id(), plans.find(plan.id()).version(), LocalDate.of(2026, 1, 12), "Trần Văn Hải");

        List<PlanTask> tasks = plans.find(plan.id()).tasks();
        PlanTask outreach = tasks.get(0);
        PlanTask reception = tasks.get(1);
        PlanTask resolving = tasks.get(4);
        PlanTask reports = tasks.get(5);
        step(outreach, t -> plans.start(t.id(), t.version()));
        step(outreach, t -> plans.note(t.id(), t.version(),
                "Đã tổ chức 02 buổi tuyên truyền tại thôn Trung Sơn và thôn Tân Phong."));
        step(reception, t -> plans.start(t.id(), t.version()));
        scheduleOf(ubnd, commune.get().id()).ifPresent(id -> plans.link(reception.id(), PlanLinkKind.RECEPTION_SCHEDULE,
                id, "Lịch tiếp công dân định kỳ của Chủ tịch UBND xã"));
        step(resolving, t -> plans.start(t.id(), t.version()));
        step(reports, t -> plans.start(t.id(), t.version()));
        IssuedDocumentView report = documents.issue(new IssueCommand(ubnd, "BC",
                "Báo cáo công tác tiếp công dân, giải quyết khiếu nại, tố cáo 6 tháng đầu năm 2026",
                LocalDate.of(2026, 6, 15), "Trần Văn Hải", Set.of()));
        plans.link(reports.id(), PlanLinkKind.ISSUED_DOCUMENT, report.id(), null);
        PlanTask checked = plans.task(inspection);
        plans.complete(checked.id(), checked.version(),
                "Đã kiểm tra từ ngày 16/3 đến ngày 20/3/2026; thông báo kết luận ngày 31/3/2026.",
                LocalDate.of(2026, 3, 31));
        jdbc.sql("select id from inspection where title like ? order by id limit 1")
                .param("Kiểm tra việc thực hiện Quy định số 11-QĐi/TW năm 2026%").query(Long.class).optional()
                .ifPresent(id -> plans.link(inspection, PlanLinkKind.INSPECTION, id, null));
        PlanTask cancelled = plans.task(equipment);
        plans.cancel(cancelled.id(), cancelled.version(),
                "Chưa được bố trí kinh phí năm 2026; chuyển sang kế hoạch năm 2027.");
        PlanTask started = plans.task(backlog);
        plans.start(started.id(), started.version());
        log.debug("Demo plan {} with tasks {} (dialogue, overdue) and {}", plan.id(), dialogue, backlog);
    }

    private void revise(long planId, PlanTask task, long lead, List<Long> coordinators, FrameKind frame,
            LocalDate from, LocalDate to, Integer quarter) {
        plans.reviseTask(planId, task.id(), task.version(), new TaskData(task.title(), task.content(), lead,
                coordinators, frame, from, to, quarter));
    }

    /** Runs a step on the task as it is now (its version moves with every step). */
    private void step(PlanTask task, java.util.function.Consumer<PlanTask> action) {
        action.accept(plans.task(task.id()));
    }

    private Optional<Long> scheduleOf(long body, long area) {
        return jdbc.sql("select id from reception_schedule where unit_id in (?, ?) order by id limit 1")
                .params(body, area).query(Long.class).optional();
    }

    private Optional<Long> body(OrgUnitView area, OrgUnitKind kind) {
        return units.children(area.id()).stream().filter(c -> c.kind() == kind && c.isOpen()).map(OrgUnitView::id)
                .findFirst();
    }
}
