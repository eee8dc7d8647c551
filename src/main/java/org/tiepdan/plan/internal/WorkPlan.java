package org.tiepdan.plan.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.tiepdan.plan.PlanLinkKind;
import org.tiepdan.platform.DomainException;

/**
 * A unit's work plan for a year (kế hoạch công tác), made from the template of seed 002. While
 * DRAFT its text and tasks change; issuing gives it a number of the register and freezes them.
 * Progress on tasks is recorded only on an issued plan: a draft commits nobody.
 */
@Entity
@Table(name = "work_plan")
public class WorkPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long unitId;
    @Column(name = "plan_year")
    private int year;
    private String title;
    private String basis;
    private String purpose;
    private String requirements;
    private String organisation;
    private String recipients;
    private String signerTitle;
    private String signerName;
    @Enumerated(EnumType.STRING)
    private PlanState state = PlanState.DRAFT;
    private Long documentId;
    private String numberSymbol;
    private LocalDate issuedOn;
    @Version
    private long version;

    // Eager: a plan is a few dozen tasks, always shown and checked together.
    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<PlanTask> tasks = new ArrayList<>();

    protected WorkPlan() {
    }

    WorkPlan(long unitId, int year, PlanSections sections) {
        if (year < 2000 || year > 2100) {
            throw DomainException.invalid("plan-year-invalid", "year");
        }
        this.unitId = unitId;
        this.year = year;
        write(sections);
    }

    /** Replaces the plan's text; only a draft. */
    void revise(PlanSections sections) {
        requireDraft();
        write(sections);
    }

    private void write(PlanSections s) {
        String cleanTitle = Text.atMost(Text.required(s.title(), "plan-title-required", "title"), 500, "title");
        String cleanPurpose = Text.required(s.purpose(), "plan-purpose-required", "purpose");
        String cleanRequirements = Text.required(s.requirements(), "plan-requirements-required", "requirements");
        String cleanOrganisation = Text.required(s.organisation(), "plan-organisation-required", "organisation");
        this.title = cleanTitle;
        this.basis = Text.clean(s.basis());
        this.purpose = cleanPurpose;
        this.requirements = cleanRequirements;
        this.organisation = cleanOrganisation;
        this.recipients = Text.clean(s.recipients());
        this.signerTitle = Text.atMost(Text.clean(s.signerTitle()), 255, "signerTitle");
        this.signerName = Text.atMost(Text.clean(s.signerName()), 255, "signerName");
    }

    PlanTask addTask(TaskData data) {
        requireDraft();
        int next = tasks.stream().mapToInt(PlanTask::position).max().orElse(0) + 1;
        PlanTask task = new PlanTask(this, next, data);
        tasks.add(task);
        return task;
    }

    void reviseTask(long taskId, TaskData data) {
        requireDraft();
        task(taskId).revise(data, year);
    }

    void removeTask(long taskId) {
        requireDraft();
        tasks.remove(task(taskId));
        int position = 1;
        for (PlanTask t : tasks.stream().sorted(Comparator.comparingInt(PlanTask::position)).toList()) {
            t.moveTo(position++);
        }
    }

    /**
     * DRAFT → ISSUED under the register's number. A plan for a year is issued in that year or
     * late in the one before; it needs at least one task and a signer.
     */
    void issue(long registerDocumentId, String number, LocalDate on) {
        checkIssuable(on);
        this.documentId = registerDocumentId;
        this.numberSymbol = number;
        this.issuedOn = on;
        this.state = PlanState.ISSUED;
    }

    /** Checks what {@link #issue} will check, before a number is taken from the register. */
    void checkIssuable(LocalDate on) {
        requireDraft();
        if (tasks.isEmpty()) {
            throw DomainException.invalid("plan-no-tasks", "tasks");
        }
        if (on == null) {
            throw DomainException.invalid("plan-issue-date-required", "issuedOn");
        }
        if (on.getYear() < year - 1 || on.getYear() > year) {
            throw DomainException.invalid("plan-issue-date-year", "issuedOn", String.valueOf(year));
        }
        if (signerName == null) {
            throw DomainException.invalid("plan-signer-required", "signerName");
        }
    }

    void startTask(long taskId) {
        progressOf(taskId).start();
    }

    void noteTask(long taskId, String note) {
        progressOf(taskId).noteProgress(note);
    }

    void completeTask(long taskId, String result, LocalDate on, LocalDate today) {
        progressOf(taskId).complete(result, on, today);
    }

    void cancelTask(long taskId, String reason) {
        progressOf(taskId).cancel(reason);
    }

    boolean link(long taskId, PlanLinkKind kind, long refId, String label) {
        return task(taskId).link(kind, refId, label);
    }

    boolean unlink(long taskId, PlanLinkKind kind, long refId) {
        return task(taskId).unlink(kind, refId);
    }

    /** Tasks of an issued plan still open after their time frame, on {@code today}. */
    List<PlanTask> overdueTasks(LocalDate today) {
        return state == PlanState.ISSUED ? tasks.stream().filter(t -> t.isOverdue(today)).toList() : List.of();
    }

    PlanTask task(long taskId) {
        return tasks.stream().filter(t -> t.id() != null && t.id() == taskId).findFirst()
                .orElseThrow(() -> DomainException.notFound("plan-task-not-found"));
    }

    private PlanTask progressOf(long taskId) {
        if (state != PlanState.ISSUED) {
            throw DomainException.conflict("plan-not-issued");
        }
        return task(taskId);
    }

    private void requireDraft() {
        if (state != PlanState.DRAFT) {
            throw DomainException.conflict("plan-issued-readonly");
        }
    }

    public Long id() {
        return id;
    }

    public long unitId() {
        return unitId;
    }

    public int year() {
        return year;
    }

    public String title() {
        return title;
    }

    public PlanSections sections() {
        return new PlanSections(title, basis, purpose, requirements, organisation, recipients, signerTitle,
                signerName);
    }

    public PlanState state() {
        return state;
    }

    public Long documentId() {
        return documentId;
    }

    public String numberSymbol() {
        return numberSymbol;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public List<PlanTask> tasks() {
        return List.copyOf(tasks);
    }

    public long version() {
        return version;
    }
}
