package org.tiepdan.oversight.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import lombok.Getter;
import lombok.Setter;
import org.tiepdan.oversight.AbuseMeasure;
import org.tiepdan.oversight.InspectionKind;
import org.tiepdan.oversight.InspectionMode;
import org.tiepdan.oversight.OutreachKind;
import org.tiepdan.oversight.HeadRole;
import org.tiepdan.oversight.ViolationSeverity;

/** The forms of the oversight screens: JavaBeans for Spring's binding, their plain accessors written by Lombok. */
final class OversightForms {

    /** Blank head rows offered on a form, so that heads are typed without script. */
    static final int BLANK_HEAD_ROWS = 2;

    private OversightForms() {
    }

    @Getter
    @Setter
    public static class HeadRow {
        private Long id;
        private String fullName;
        private String title;
        private Long unitId;

        InspectionDetails.HeadRow row() {
            return new InspectionDetails.HeadRow(id, fullName, title, unitId);
        }
    }

    @Getter
    @Setter
    public static class InspectionForm {
        private Long unitId;
        private Long version;
        private InspectionKind kind = InspectionKind.CHECK;
        private InspectionMode mode = InspectionMode.PLANNED;
        private String topic;
        private String title;
        private LocalDate startedOn;
        private LocalDate endedOn;
        private List<Long> bodies = new ArrayList<>();
        private List<HeadRow> heads = new ArrayList<>();
        private Long decisionDocumentId;
        private Long conclusionDocumentId;
        private String findings;

        InspectionDetails details() {
            return new InspectionDetails(kind, mode, topic, title, startedOn, endedOn, bodies, decisionDocumentId,
                    conclusionDocumentId, findings);
        }

        List<InspectionDetails.HeadRow> headRows() {
            return heads == null ? List.of() : heads.stream().map(HeadRow::row).toList();
        }

        /** Pads the head rows with blank ones for typing more. */
        void padHeads() {
            if (heads == null) {
                heads = new ArrayList<>();
            }
            long blanks = heads.stream().filter(h -> h.row().isBlank()).count();
            for (long i = blanks; i < BLANK_HEAD_ROWS; i++) {
                heads.add(new HeadRow());
            }
        }
    }

    @Getter
    @Setter
    public static class ViolationForm {
        private Long version;
        private Long headId;
        private HeadRole headRole;
        private String description;
        private ViolationSeverity severity = ViolationSeverity.NOT_TO_DISCIPLINE;
        private String disciplineForm;
        private Long disciplineDocumentId;
        private LocalDate disciplinedOn;

        Violation.Data data() {
            return new Violation.Data(headId, headRole, description, severity, disciplineForm, disciplineDocumentId,
                    disciplinedOn);
        }
    }

    @Getter
    @Setter
    public static class RecommendationForm {
        private Long assigneeUnitId;
        private String content;
        private Recommendation.DueBasis basis = Recommendation.DueBasis.CONCLUSION;
        private String ruleCode;
        private LocalDate dueOn;

        RecommendationService.Data data() {
            return new RecommendationService.Data(assigneeUnitId, content, basis, ruleCode, dueOn);
        }
    }

    @Getter
    @Setter
    public static class CompletionForm {
        private Long version;
        private String result;
        private Long resultDocumentId;
        private LocalDate doneOn;
        private String reason;
    }

    @Getter
    @Setter
    public static class OutreachForm {
        private Long unitId;
        private Long version;
        private OutreachKind kind = OutreachKind.CONFERENCE;
        private LocalDate heldOn;
        private String title;
        private String topic;
        private Integer participants = 0;
        private Integer materials = 0;
        private List<Long> documentIds = new ArrayList<>();

        OutreachEvent.Data data() {
            return new OutreachEvent.Data(kind, heldOn, title, topic, participants, materials, documentIds);
        }
    }

    @Getter
    @Setter
    public static class AbuseForm {
        private Long unitId;
        private Long version;
        private String personName;
        private String description;
        private AbuseMeasure measureKind = AbuseMeasure.REMINDER;
        private String measure;
        private Long decisionDocumentId;
        private String decisionRef;
        private LocalDate decidedOn;

        PetitionAbuse.Data data() {
            return new PetitionAbuse.Data(personName, description, measureKind, measure, decisionDocumentId,
                    decisionRef, decidedOn);
        }
    }
}
