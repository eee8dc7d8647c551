package org.tiepdan.oversight.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.validation.BindingResult;
import org.tiepdan.oversight.AbuseMeasure;
import org.tiepdan.oversight.InspectionKind;
import org.tiepdan.oversight.InspectionMode;
import org.tiepdan.oversight.OutreachKind;
import org.tiepdan.oversight.HeadRole;
import org.tiepdan.oversight.ViolationSeverity;
import org.tiepdan.platform.DomainException;

/** The forms of the oversight screens, and how a broken rule lands beside its field. */
final class OversightForms {

    /** Blank head rows offered on a form, so that heads are typed without script. */
    static final int BLANK_HEAD_ROWS = 2;

    private OversightForms() {
    }

    static void reject(BindingResult binding, DomainException e) {
        org.tiepdan.platform.FormErrors.reject(binding, e);
    }

    public static class HeadRow {
        private Long id;
        private String fullName;
        private String title;
        private Long unitId;

        public Long getId() { return id; }
        public void setId(Long id) { this.id = id; }
        public String getFullName() { return fullName; }
        public void setFullName(String fullName) { this.fullName = fullName; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public Long getUnitId() { return unitId; }
        public void setUnitId(Long unitId) { this.unitId = unitId; }

        InspectionDetails.HeadRow row() {
            return new InspectionDetails.HeadRow(id, fullName, title, unitId);
        }
    }

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

        public Long getUnitId() { return unitId; }
        public void setUnitId(Long unitId) { this.unitId = unitId; }
        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
        public InspectionKind getKind() { return kind; }
        public void setKind(InspectionKind kind) { this.kind = kind; }
        public InspectionMode getMode() { return mode; }
        public void setMode(InspectionMode mode) { this.mode = mode; }
        public String getTopic() { return topic; }
        public void setTopic(String topic) { this.topic = topic; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public LocalDate getStartedOn() { return startedOn; }
        public void setStartedOn(LocalDate startedOn) { this.startedOn = startedOn; }
        public LocalDate getEndedOn() { return endedOn; }
        public void setEndedOn(LocalDate endedOn) { this.endedOn = endedOn; }
        public List<Long> getBodies() { return bodies; }
        public void setBodies(List<Long> bodies) { this.bodies = bodies; }
        public List<HeadRow> getHeads() { return heads; }
        public void setHeads(List<HeadRow> heads) { this.heads = heads; }
        public Long getDecisionDocumentId() { return decisionDocumentId; }
        public void setDecisionDocumentId(Long decisionDocumentId) { this.decisionDocumentId = decisionDocumentId; }
        public Long getConclusionDocumentId() { return conclusionDocumentId; }
        public void setConclusionDocumentId(Long conclusionDocumentId) { this.conclusionDocumentId = conclusionDocumentId; }
        public String getFindings() { return findings; }
        public void setFindings(String findings) { this.findings = findings; }

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

    public static class ViolationForm {
        private Long version;
        private Long headId;
        private HeadRole headRole;
        private String description;
        private ViolationSeverity severity = ViolationSeverity.NOT_TO_DISCIPLINE;
        private String disciplineForm;
        private Long disciplineDocumentId;
        private LocalDate disciplinedOn;

        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
        public Long getHeadId() { return headId; }
        public void setHeadId(Long headId) { this.headId = headId; }
        public HeadRole getHeadRole() { return headRole; }
        public void setHeadRole(HeadRole headRole) { this.headRole = headRole; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public ViolationSeverity getSeverity() { return severity; }
        public void setSeverity(ViolationSeverity severity) { this.severity = severity; }
        public String getDisciplineForm() { return disciplineForm; }
        public void setDisciplineForm(String disciplineForm) { this.disciplineForm = disciplineForm; }
        public Long getDisciplineDocumentId() { return disciplineDocumentId; }
        public void setDisciplineDocumentId(Long disciplineDocumentId) { this.disciplineDocumentId = disciplineDocumentId; }
        public LocalDate getDisciplinedOn() { return disciplinedOn; }
        public void setDisciplinedOn(LocalDate disciplinedOn) { this.disciplinedOn = disciplinedOn; }

        Violation.Data data() {
            return new Violation.Data(headId, headRole, description, severity, disciplineForm, disciplineDocumentId,
                    disciplinedOn);
        }
    }

    public static class RecommendationForm {
        private Long assigneeUnitId;
        private String content;
        private Recommendation.DueBasis basis = Recommendation.DueBasis.CONCLUSION;
        private String ruleCode;
        private LocalDate dueOn;

        public Long getAssigneeUnitId() { return assigneeUnitId; }
        public void setAssigneeUnitId(Long assigneeUnitId) { this.assigneeUnitId = assigneeUnitId; }
        public String getContent() { return content; }
        public void setContent(String content) { this.content = content; }
        public Recommendation.DueBasis getBasis() { return basis; }
        public void setBasis(Recommendation.DueBasis basis) { this.basis = basis; }
        public String getRuleCode() { return ruleCode; }
        public void setRuleCode(String ruleCode) { this.ruleCode = ruleCode; }
        public LocalDate getDueOn() { return dueOn; }
        public void setDueOn(LocalDate dueOn) { this.dueOn = dueOn; }

        RecommendationService.Data data() {
            return new RecommendationService.Data(assigneeUnitId, content, basis, ruleCode, dueOn);
        }
    }

    public static class CompletionForm {
        private Long version;
        private String result;
        private Long resultDocumentId;
        private LocalDate doneOn;
        private String reason;

        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
        public String getResult() { return result; }
        public void setResult(String result) { this.result = result; }
        public Long getResultDocumentId() { return resultDocumentId; }
        public void setResultDocumentId(Long resultDocumentId) { this.resultDocumentId = resultDocumentId; }
        public LocalDate getDoneOn() { return doneOn; }
        public void setDoneOn(LocalDate doneOn) { this.doneOn = doneOn; }
        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
    }

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

        public Long getUnitId() { return unitId; }
        public void setUnitId(Long unitId) { this.unitId = unitId; }
        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
        public OutreachKind getKind() { return kind; }
        public void setKind(OutreachKind kind) { this.kind = kind; }
        public LocalDate getHeldOn() { return heldOn; }
        public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getTopic() { return topic; }
        public void setTopic(String topic) { this.topic = topic; }
        public Integer getParticipants() { return participants; }
        public void setParticipants(Integer participants) { this.participants = participants; }
        public Integer getMaterials() { return materials; }
        public void setMaterials(Integer materials) { this.materials = materials; }
        public List<Long> getDocumentIds() { return documentIds; }
        public void setDocumentIds(List<Long> documentIds) { this.documentIds = documentIds; }

        OutreachEvent.Data data() {
            return new OutreachEvent.Data(kind, heldOn, title, topic, participants, materials, documentIds);
        }
    }

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

        public Long getUnitId() { return unitId; }
        public void setUnitId(Long unitId) { this.unitId = unitId; }
        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
        public String getPersonName() { return personName; }
        public void setPersonName(String personName) { this.personName = personName; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public AbuseMeasure getMeasureKind() { return measureKind; }
        public void setMeasureKind(AbuseMeasure measureKind) { this.measureKind = measureKind; }
        public String getMeasure() { return measure; }
        public void setMeasure(String measure) { this.measure = measure; }
        public Long getDecisionDocumentId() { return decisionDocumentId; }
        public void setDecisionDocumentId(Long decisionDocumentId) { this.decisionDocumentId = decisionDocumentId; }
        public String getDecisionRef() { return decisionRef; }
        public void setDecisionRef(String decisionRef) { this.decisionRef = decisionRef; }
        public LocalDate getDecidedOn() { return decidedOn; }
        public void setDecidedOn(LocalDate decidedOn) { this.decidedOn = decidedOn; }

        PetitionAbuse.Data data() {
            return new PetitionAbuse.Data(personName, description, measureKind, measure, decisionDocumentId,
                    decisionRef, decidedOn);
        }
    }
}
