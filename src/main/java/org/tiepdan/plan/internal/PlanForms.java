package org.tiepdan.plan.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import lombok.Getter;
import lombok.Setter;
import org.tiepdan.plan.PlanLinkKind;

/** The forms of the plan screens: JavaBeans for Spring's binding, their plain accessors written by Lombok. */
final class PlanForms {

    private PlanForms() {
    }

    @Getter
    @Setter
    public static class NewPlanForm {
        private Long unitId;
        private Integer year;
        private String title;
    }

    @Getter
    @Setter
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
    }

    @Getter
    @Setter
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
    }

    /** Progress of a task (start, note, complete, cancel) and its links, on one page. */
    @Getter
    @Setter
    public static class ProgressForm {
        private Long version;
        private String result;
        private LocalDate doneOn;
        private PlanLinkKind kind;
        private Long refId;
        private String label;
    }

    @Getter
    @Setter
    public static class IssueForm {
        private Long version;
        private LocalDate issuedOn;
        private String signerName;
    }

    static long version(Long v) {
        return v == null ? -1 : v;
    }
}
