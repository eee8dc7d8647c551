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

import lombok.Getter;
import lombok.Setter;
import org.springframework.validation.BindingResult;
import org.tiepdan.dialogue.DialogueKind;

/** The forms of the dialogue screens: JavaBeans for Spring's binding, their plain accessors written by Lombok. */
final class DialogueForms {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private DialogueForms() {
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

    @Getter
    @Setter
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
    }

    @Getter
    @Setter
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
    }

    @Getter
    @Setter
    public static class SpotAnswerForm {
        private String answer;
        private String answeredBy;
    }

    @Getter
    @Setter
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
    }

    /** A dated step with its signer: issuing a document, closing. */
    @Getter
    @Setter
    public static class DatedForm {
        private LocalDate on;
        private String signer;
    }

    @Getter
    @Setter
    public static class RouteRow {
        private Long opinionId;
        private Long assigneeUnitId;
        private String instruction;
    }

    @Getter
    @Setter
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
    }

    @Getter
    @Setter
    public static class AnswerForm {
        private LocalDate on;
        private String documentNumber;
        private String answer;
    }

    @Getter
    @Setter
    public static class EscalationForm {
        private LocalDate on;
        private String higherBody;
        private String reason;
        private String signer;
    }

    @Getter
    @Setter
    public static class CancelForm {
        private String reason;
    }
}
