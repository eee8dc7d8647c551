package org.tiepdan.dialogue.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.validation.BindingResult;
import org.tiepdan.dialogue.DialogueKind;
import org.tiepdan.platform.DomainException;

/** The forms of the dialogue screens, and how a broken rule lands beside its field. */
final class DialogueForms {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private DialogueForms() {
    }

    static void reject(BindingResult binding, DomainException e) {
        org.tiepdan.platform.FormErrors.reject(binding, e);
    }

    static List<String> lines(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** "7:30" or "07:30"; blank is no time; anything else a field error. */
    static LocalTime time(String text, String field, BindingResult binding) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(text.strip(), TIME);
        } catch (DateTimeParseException e) {
            binding.rejectValue(field, "error.dialogue-time-invalid", "error.dialogue-time-invalid");
            return null;
        }
    }

    public static class PlanForm {
        private Long unitId;
        private String hostName;
        private Long jointUnitId;
        private String jointHostName;
        private DialogueKind kind = DialogueKind.PERIODIC;
        private String topic;
        private LocalDate heldOn;
        private String startTime;
        private String place;
        private String hamlets;
        private String chairName;
        private String secretaryName;
        private long version;

        static PlanForm of(Dialogue d) {
            PlanForm f = new PlanForm();
            f.unitId = d.unitId();
            f.hostName = d.hosts().get(0).personName();
            if (d.hosts().size() > 1) {
                f.jointUnitId = d.hosts().get(1).unitId();
                f.jointHostName = d.hosts().get(1).personName();
            }
            f.kind = d.kind();
            f.topic = d.topic();
            f.heldOn = d.heldOn();
            f.startTime = d.startTime() == null ? null : d.startTime().format(TIME);
            f.place = d.place();
            f.hamlets = String.join("\n", d.hamlets());
            f.chairName = d.chairName();
            f.secretaryName = d.secretaryName();
            f.version = d.version();
            return f;
        }

        Dialogue.Plan toPlan(LocalTime time) {
            List<DialogueHost> hosts = new ArrayList<>();
            if (unitId != null) {
                hosts.add(new DialogueHost(unitId, hostName));
            }
            if (jointUnitId != null) {
                hosts.add(new DialogueHost(jointUnitId, jointHostName));
            }
            return new Dialogue.Plan(kind, topic, heldOn, time, place, hosts, lines(hamlets), chairName, secretaryName);
        }

        public Long getUnitId() {
            return unitId;
        }

        public void setUnitId(Long unitId) {
            this.unitId = unitId;
        }

        public String getHostName() {
            return hostName;
        }

        public void setHostName(String hostName) {
            this.hostName = hostName;
        }

        public Long getJointUnitId() {
            return jointUnitId;
        }

        public void setJointUnitId(Long jointUnitId) {
            this.jointUnitId = jointUnitId;
        }

        public String getJointHostName() {
            return jointHostName;
        }

        public void setJointHostName(String jointHostName) {
            this.jointHostName = jointHostName;
        }

        public DialogueKind getKind() {
            return kind;
        }

        public void setKind(DialogueKind kind) {
            this.kind = kind;
        }

        public String getTopic() {
            return topic;
        }

        public void setTopic(String topic) {
            this.topic = topic;
        }

        public LocalDate getHeldOn() {
            return heldOn;
        }

        public void setHeldOn(LocalDate heldOn) {
            this.heldOn = heldOn;
        }

        public String getStartTime() {
            return startTime;
        }

        public void setStartTime(String startTime) {
            this.startTime = startTime;
        }

        public String getPlace() {
            return place;
        }

        public void setPlace(String place) {
            this.place = place;
        }

        public String getHamlets() {
            return hamlets;
        }

        public void setHamlets(String hamlets) {
            this.hamlets = hamlets;
        }

        public String getChairName() {
            return chairName;
        }

        public void setChairName(String chairName) {
            this.chairName = chairName;
        }

        public String getSecretaryName() {
            return secretaryName;
        }

        public void setSecretaryName(String secretaryName) {
            this.secretaryName = secretaryName;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }
    }

    public static class OpinionForm {
        private OpinionStage stage = OpinionStage.BEFORE;
        private OpinionSource source = OpinionSource.CITIZEN;
        private String citizenName;
        private String hamlet;
        private OpinionField field = OpinionField.LAND;
        private String content;
        private LocalDate raisedOn;
        private boolean answeredOnSpot;
        private String answer;
        private String answeredBy;

        DialogueOpinion.NewOpinion toOpinion() {
            return new DialogueOpinion.NewOpinion(stage, source, citizenName, hamlet, field, content, raisedOn,
                    answeredOnSpot, answer, answeredBy);
        }

        public OpinionStage getStage() {
            return stage;
        }

        public void setStage(OpinionStage stage) {
            this.stage = stage;
        }

        public OpinionSource getSource() {
            return source;
        }

        public void setSource(OpinionSource source) {
            this.source = source;
        }

        public String getCitizenName() {
            return citizenName;
        }

        public void setCitizenName(String citizenName) {
            this.citizenName = citizenName;
        }

        public String getHamlet() {
            return hamlet;
        }

        public void setHamlet(String hamlet) {
            this.hamlet = hamlet;
        }

        public OpinionField getField() {
            return field;
        }

        public void setField(OpinionField field) {
            this.field = field;
        }

        public String getContent() {
            return content;
        }

        public void setContent(String content) {
            this.content = content;
        }

        public LocalDate getRaisedOn() {
            return raisedOn;
        }

        public void setRaisedOn(LocalDate raisedOn) {
            this.raisedOn = raisedOn;
        }

        public boolean isAnsweredOnSpot() {
            return answeredOnSpot;
        }

        public void setAnsweredOnSpot(boolean answeredOnSpot) {
            this.answeredOnSpot = answeredOnSpot;
        }

        public String getAnswer() {
            return answer;
        }

        public void setAnswer(String answer) {
            this.answer = answer;
        }

        public String getAnsweredBy() {
            return answeredBy;
        }

        public void setAnsweredBy(String answeredBy) {
            this.answeredBy = answeredBy;
        }
    }

    public static class SpotAnswerForm {
        private String answer;
        private String answeredBy;

        public String getAnswer() {
            return answer;
        }

        public void setAnswer(String answer) {
            this.answer = answer;
        }

        public String getAnsweredBy() {
            return answeredBy;
        }

        public void setAnsweredBy(String answeredBy) {
            this.answeredBy = answeredBy;
        }
    }

    public static class HoldForm {
        private LocalDate heldOn;
        private String place;
        private String chairName;
        private String secretaryName;
        private Integer officialsCount;
        private Integer citizensCount;

        Dialogue.Holding toHolding() {
            return new Dialogue.Holding(heldOn, place, chairName, secretaryName, officialsCount, citizensCount);
        }

        public LocalDate getHeldOn() {
            return heldOn;
        }

        public void setHeldOn(LocalDate heldOn) {
            this.heldOn = heldOn;
        }

        public String getPlace() {
            return place;
        }

        public void setPlace(String place) {
            this.place = place;
        }

        public String getChairName() {
            return chairName;
        }

        public void setChairName(String chairName) {
            this.chairName = chairName;
        }

        public String getSecretaryName() {
            return secretaryName;
        }

        public void setSecretaryName(String secretaryName) {
            this.secretaryName = secretaryName;
        }

        public Integer getOfficialsCount() {
            return officialsCount;
        }

        public void setOfficialsCount(Integer officialsCount) {
            this.officialsCount = officialsCount;
        }

        public Integer getCitizensCount() {
            return citizensCount;
        }

        public void setCitizensCount(Integer citizensCount) {
            this.citizensCount = citizensCount;
        }
    }

    /** A dated step with its signer: issuing a document, closing. */
    public static class DatedForm {
        private LocalDate on;
        private String signer;

        public LocalDate getOn() {
            return on;
        }

        public void setOn(LocalDate on) {
            this.on = on;
        }

        public String getSigner() {
            return signer;
        }

        public void setSigner(String signer) {
            this.signer = signer;
        }
    }

    public static class RouteRow {
        private Long opinionId;
        private Long assigneeUnitId;
        private String instruction;

        public Long getOpinionId() {
            return opinionId;
        }

        public void setOpinionId(Long opinionId) {
            this.opinionId = opinionId;
        }

        public Long getAssigneeUnitId() {
            return assigneeUnitId;
        }

        public void setAssigneeUnitId(Long assigneeUnitId) {
            this.assigneeUnitId = assigneeUnitId;
        }

        public String getInstruction() {
            return instruction;
        }

        public void setInstruction(String instruction) {
            this.instruction = instruction;
        }
    }

    public static class ConclusionForm {
        private LocalDate on;
        private String text;
        private String signer;
        private List<RouteRow> routes = new ArrayList<>();

        Dialogue.ConclusionNotice toNotice() {
            Map<Long, Dialogue.Route> map = new LinkedHashMap<>();
            for (RouteRow r : routes) {
                if (r.getOpinionId() != null) {
                    map.put(r.getOpinionId(), new Dialogue.Route(r.getAssigneeUnitId(), r.getInstruction()));
                }
            }
            return new Dialogue.ConclusionNotice(on, text, signer, map);
        }

        public LocalDate getOn() {
            return on;
        }

        public void setOn(LocalDate on) {
            this.on = on;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public String getSigner() {
            return signer;
        }

        public void setSigner(String signer) {
            this.signer = signer;
        }

        public List<RouteRow> getRoutes() {
            return routes;
        }

        public void setRoutes(List<RouteRow> routes) {
            this.routes = routes;
        }
    }

    public static class AnswerForm {
        private LocalDate on;
        private String documentNumber;
        private String answer;

        public LocalDate getOn() {
            return on;
        }

        public void setOn(LocalDate on) {
            this.on = on;
        }

        public String getDocumentNumber() {
            return documentNumber;
        }

        public void setDocumentNumber(String documentNumber) {
            this.documentNumber = documentNumber;
        }

        public String getAnswer() {
            return answer;
        }

        public void setAnswer(String answer) {
            this.answer = answer;
        }
    }

    public static class EscalationForm {
        private LocalDate on;
        private String higherBody;
        private String reason;
        private String signer;

        public LocalDate getOn() {
            return on;
        }

        public void setOn(LocalDate on) {
            this.on = on;
        }

        public String getHigherBody() {
            return higherBody;
        }

        public void setHigherBody(String higherBody) {
            this.higherBody = higherBody;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        public String getSigner() {
            return signer;
        }

        public void setSigner(String signer) {
            this.signer = signer;
        }
    }

    public static class CancelForm {
        private String reason;

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }
}
