package org.tiepdan.plan.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.tiepdan.plan.PlanLinkKind;
import org.tiepdan.platform.DomainException;

/**
 * A task (nhiệm vụ) of a work plan: what, who leads (chủ trì), who helps (phối hợp), when, and how
 * far it got. Its progress is a state machine: NOT_STARTED → IN_PROGRESS → DONE, and either open
 * state → DONE or CANCELLED; DONE and CANCELLED are final. Overdue is computed, never stored.
 */
@Entity
@Table(name = "plan_task")
public class PlanTask {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private WorkPlan plan;
    private int position;
    private String title;
    private String content;
    private Long leadUnitId;
    @Embedded
    private TimeFrame timeFrame;
    @Enumerated(EnumType.STRING)
    private TaskStatus status = TaskStatus.NOT_STARTED;
    private String result;
    private LocalDate doneOn;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_task_coordinator", joinColumns = @JoinColumn(name = "task_id"))
    @Column(name = "unit_id")
    private Set<Long> coordinatorIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_task_link", joinColumns = @JoinColumn(name = "task_id"))
    private Set<TaskLink> links = new LinkedHashSet<>();

    protected PlanTask() {
    }

    PlanTask(WorkPlan plan, int position, TaskData data) {
        this.plan = plan;
        this.position = position;
        revise(data, plan.year());
    }

    void revise(TaskData d, int year) {
        String cleanTitle = Text.atMost(Text.required(d.title(), "plan-task-title-required", "title"), 500, "title");
        if (d.leadUnitId() == null) {
            throw DomainException.invalid("plan-task-lead-required", "leadUnitId");
        }
        TimeFrame frame = TimeFrame.of(d.frameKind(), d.startsOn(), d.endsOn(), d.quarter(), year);
        this.title = cleanTitle;
        this.content = Text.clean(d.content());
        this.leadUnitId = d.leadUnitId();
        this.timeFrame = frame;
        this.coordinatorIds.clear();
        if (d.coordinatorIds() != null) {
            d.coordinatorIds().stream().filter(u -> u != null && !u.equals(d.leadUnitId())).forEach(coordinatorIds::add);
        }
    }

    /** NOT_STARTED → IN_PROGRESS. */
    void start() {
        if (status != TaskStatus.NOT_STARTED) {
            throw DomainException.conflict("plan-task-transition-invalid");
        }
        status = TaskStatus.IN_PROGRESS;
    }

    /** Notes how far an ongoing task got ("đã tổ chức 10/12 buổi"), without finishing it. */
    void noteProgress(String note) {
        if (status != TaskStatus.IN_PROGRESS) {
            throw DomainException.conflict("plan-task-transition-invalid");
        }
        result = Text.required(note, "plan-task-result-required", "result");
    }

    /** An open task → DONE, with its result, on a day neither in the future nor before the plan year. */
    void complete(String resultText, LocalDate on, LocalDate today) {
        if (!status.isOpen()) {
            throw DomainException.conflict("plan-task-transition-invalid");
        }
        String clean = Text.required(resultText, "plan-task-result-required", "result");
        if (on == null) {
            throw DomainException.invalid("plan-task-done-date-required", "doneOn");
        }
        if (on.isAfter(today)) {
            throw DomainException.invalid("plan-task-done-future", "doneOn");
        }
        if (on.getYear() < plan.year() - 1) {
            throw DomainException.invalid("plan-task-outside-year", "doneOn", String.valueOf(plan.year()));
        }
        result = clean;
        doneOn = on;
        status = TaskStatus.DONE;
    }

    /** An open task → CANCELLED, with the reason (kept as its result). */
    void cancel(String reason) {
        if (!status.isOpen()) {
            throw DomainException.conflict("plan-task-transition-invalid");
        }
        result = Text.required(reason, "plan-task-cancel-reason-required", "result");
        status = TaskStatus.CANCELLED;
    }

    /** Still open after the last day of its time frame. */
    boolean isOverdue(LocalDate today) {
        return status.isOpen() && today.isAfter(due());
    }

    LocalDate due() {
        return timeFrame.end(plan.year());
    }

    boolean link(PlanLinkKind kind, long refId, String label) {
        if (links.stream().anyMatch(l -> l.same(kind, refId))) {
            return false;
        }
        links.add(new TaskLink(kind, refId, Text.required(label, "plan-link-label-required", "label")));
        return true;
    }

    boolean unlink(PlanLinkKind kind, long refId) {
        return links.removeIf(l -> l.same(kind, refId));
    }

    void moveTo(int newPosition) {
        this.position = newPosition;
    }

    public Long id() {
        return id;
    }

    WorkPlan plan() {
        return plan;
    }

    public int position() {
        return position;
    }

    public String title() {
        return title;
    }

    public String content() {
        return content;
    }

    public Long leadUnitId() {
        return leadUnitId;
    }

    public Set<Long> coordinatorIds() {
        return Set.copyOf(coordinatorIds);
    }

    public TimeFrame timeFrame() {
        return timeFrame;
    }

    public TaskStatus status() {
        return status;
    }

    public String result() {
        return result;
    }

    public LocalDate doneOn() {
        return doneOn;
    }

    public List<TaskLink> links() {
        return new ArrayList<>(links);
    }

    public long version() {
        return version;
    }
}
