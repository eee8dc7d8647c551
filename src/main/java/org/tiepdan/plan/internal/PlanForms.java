package org.tiepdan.plan.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.validation.BindingResult;
import org.tiepdan.plan.PlanLinkKind;
import org.tiepdan.platform.DomainException;

/** The forms of the plan screens, and how a broken rule lands beside its field. */
final class PlanForms {

    private PlanForms() {
    }

    static void reject(BindingResult binding, DomainException e) {
        org.tiepdan.platform.FormErrors.reject(binding, e);
    }

    public static class NewPlanForm {
        private Long unitId;
        private Integer year;
        private String title;

        public Long getUnitId() { return unitId; }
        public void setUnitId(Long unitId) { this.unitId = unitId; }
        public Integer getYear() { return year; }
        public void setYear(Integer year) { this.year = year; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
    }

    public static class SectionsForm {
        private Long version;
        private String title;
        private String basis;
        private String purpose;
        private String requirements;
        private String organisation;
        private String recipients;
        private String signerTitle;
        private String signerName;

        static SectionsForm of(PlanSections s, long version) {
            SectionsForm f = new SectionsForm();
            f.version = version;
            f.title = s.title();
            f.basis = s.basis();
            f.purpose = s.purpose();
            f.requirements = s.requirements();
            f.organisation = s.organisation();
            f.recipients = s.recipients();
            f.signerTitle = s.signerTitle();
            f.signerName = s.signerName();
            return f;
        }

        PlanSections sections() {
            return new PlanSections(title, basis, purpose, requirements, organisation, recipients, signerTitle,
                    signerName);
        }

        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getBasis() { return basis; }
        public void setBasis(String basis) { this.basis = basis; }
        public String getPurpose() { return purpose; }
        public void setPurpose(String purpose) { this.purpose = purpose; }
        public String getRequirements() { return requirements; }
        public void setRequirements(String requirements) { this.requirements = requirements; }
        public String getOrganisation() { return organisation; }
        public void setOrganisation(String organisation) { this.organisation = organisation; }
        public String getRecipients() { return recipients; }
        public void setRecipients(String recipients) { this.recipients = recipients; }
        public String getSignerTitle() { return signerTitle; }
        public void setSignerTitle(String signerTitle) { this.signerTitle = signerTitle; }
        public String getSignerName() { return signerName; }
        public void setSignerName(String signerName) { this.signerName = signerName; }
    }

    public static class TaskForm {
        private Long version;
        private String title;
        private String content;
        private Long leadUnitId;
        private List<Long> coordinatorIds = new ArrayList<>();
        private FrameKind frameKind = FrameKind.YEAR_ROUND;
        private LocalDate startsOn;
        private LocalDate endsOn;
        private Integer quarter;

        static TaskForm of(PlanTask t) {
            TaskForm f = new TaskForm();
            f.version = t.version();
            f.title = t.title();
            f.content = t.content();
            f.leadUnitId = t.leadUnitId();
            f.coordinatorIds = new ArrayList<>(t.coordinatorIds());
            f.frameKind = t.timeFrame().kind();
            f.startsOn = t.timeFrame().startsOn();
            f.endsOn = t.timeFrame().endsOn();
            f.quarter = t.timeFrame().quarter();
            return f;
        }

        TaskData data() {
            return new TaskData(title, content, leadUnitId, coordinatorIds, frameKind, startsOn, endsOn, quarter);
        }

        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getContent() { return content; }
        public void setContent(String content) { this.content = content; }
        public Long getLeadUnitId() { return leadUnitId; }
        public void setLeadUnitId(Long leadUnitId) { this.leadUnitId = leadUnitId; }
        public List<Long> getCoordinatorIds() { return coordinatorIds; }
        public void setCoordinatorIds(List<Long> coordinatorIds) { this.coordinatorIds = coordinatorIds; }
        public FrameKind getFrameKind() { return frameKind; }
        public void setFrameKind(FrameKind frameKind) { this.frameKind = frameKind; }
        public LocalDate getStartsOn() { return startsOn; }
        public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
        public LocalDate getEndsOn() { return endsOn; }
        public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
        public Integer getQuarter() { return quarter; }
        public void setQuarter(Integer quarter) { this.quarter = quarter; }
    }

    /** Progress of a task (start, note, complete, cancel) and its links, on one page. */
    public static class ProgressForm {
        private Long version;
        private String result;
        private LocalDate doneOn;
        private PlanLinkKind kind;
        private Long refId;
        private String label;

        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
        public String getResult() { return result; }
        public void setResult(String result) { this.result = result; }
        public LocalDate getDoneOn() { return doneOn; }
        public void setDoneOn(LocalDate doneOn) { this.doneOn = doneOn; }
        public PlanLinkKind getKind() { return kind; }
        public void setKind(PlanLinkKind kind) { this.kind = kind; }
        public Long getRefId() { return refId; }
        public void setRefId(Long refId) { this.refId = refId; }
        public String getLabel() { return label; }
        public void setLabel(String label) { this.label = label; }
    }

    public static class IssueForm {
        private Long version;
        private LocalDate issuedOn;
        private String signerName;

        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
        public LocalDate getIssuedOn() { return issuedOn; }
        public void setIssuedOn(LocalDate issuedOn) { this.issuedOn = issuedOn; }
        public String getSignerName() { return signerName; }
        public void setSignerName(String signerName) { this.signerName = signerName; }
    }

    static long version(Long v) {
        return v == null ? -1 : v;
    }
}
