package org.tiepdan.dialogue.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.dialogue.DialogueKind;
import org.tiepdan.org.OrgUnits;

/**
 * What screens and the JSON API show of a dialogue, built inside a read transaction (the session
 * is closed by the time a template renders). The staff view carries citizens' names; the public
 * follow-up ({@link FollowUp}) never does.
 */
@Component
class DialogueViews {

    /** How a point stands in the follow-up. Labels: {@code dialogue.point.*}. */
    public enum PointStatus {
        ANSWERED_ON_SPOT, PETITION, NOT_ASSIGNED, OPEN, OVERDUE, ANSWERED, ANSWERED_LATE, ESCALATED;

        public boolean done() {
            return this == ANSWERED_ON_SPOT || this == PETITION || this == ANSWERED || this == ANSWERED_LATE
                    || this == ESCALATED;
        }
    }

    record HostView(long unitId, String unitName, String personName) {
    }

    record ConclusionView(LocalDate due, String dueExplanation, LocalDate issuedOn, String number, String text,
            Boolean onTime, boolean overdue) {
    }

    record DocumentView(DocumentKind kind, long documentId, String number, LocalDate issuedOn, String signer) {
    }

    record OpinionView(long id, int seq, OpinionStage stage, OpinionSource source, String citizenName, String hamlet,
            OpinionField field, String content, LocalDate raisedOn, boolean answeredOnSpot, String answer,
            String answeredBy, Long petitionId, String petitionNumber, Long assignmentId, PointStatus status) {
    }

    record AssignmentView(long id, long opinionId, int opinionSeq, String opinionContent, long assigneeUnitId,
            String assigneeUnitName, String instruction, LocalDate assignedOn, LocalDate due, String dueExplanation,
            AssignmentState state, PointStatus status, boolean overdue, LocalDate answeredOn, String answerNumber,
            String answer, Boolean onTime, LocalDate escalatedOn, String escalatedTo, String escalationReason,
            Long escalationDocumentId, String escalationNumber) {
    }

    /** Points done (answered on the spot, petition, answered, escalated) out of all points. */
    record Progress(int total, int done) {
        public int percent() {
            return total == 0 ? 0 : (int) Math.floor(100.0 * done / total);
        }
    }

    record DialogueView(long id, long unitId, String unitName, DialogueKind kind, String topic, LocalDate heldOn,
            LocalTime startTime, String place, List<HostView> hosts, boolean joint, List<String> hamlets,
            String chairName, String secretaryName, Integer officialsCount, Integer citizensCount,
            DialogueState state, ConclusionView conclusion, LocalDate closedOn, LocalDate cancelledOn,
            String cancelReason, List<DocumentView> documents, List<OpinionView> opinions,
            List<AssignmentView> assignments, Set<DialogueAction> allowedActions, Progress progress, long version) {

        public boolean allows(String action) {
            return allowedActions.contains(DialogueAction.valueOf(action));
        }

        public List<OpinionView> openOpinions() {
            return opinions.stream().filter(o -> o.status() == PointStatus.NOT_ASSIGNED).toList();
        }

        /** The documents that can be issued by themselves now, in the order of the cycle. */
        public List<DocumentKind> issuable() {
            return java.util.Arrays.stream(DocumentKind.values())
                    .filter(k -> k.standalone() && allowedActions.contains(DialogueAction.issuing(k))).toList();
        }

        public DocumentView document(String kind) {
            return documents.stream().filter(d -> d.kind().name().equals(kind)).findFirst().orElse(null);
        }
    }

    private final DialogueService service;
    private final OrgUnits units;

    DialogueViews(DialogueService service, OrgUnits units) {
        this.service = service;
        this.units = units;
    }

    @Transactional(readOnly = true)
    public DialogueView view(long id) {
        return of(service.get(id), service.today());
    }

    DialogueView of(Dialogue d, LocalDate today) {
        List<AssignmentView> assignments = new ArrayList<>();
        for (Assignment a : d.assignments()) {
            assignments.add(new AssignmentView(a.id(), a.opinion().id(), a.opinion().seq(), a.opinion().content(),
                    a.assigneeUnitId(), units.get(a.assigneeUnitId()).name(), a.instruction(), a.assignedOn(), a.due(),
                    a.dueExplanation(), a.state(), status(a, today), a.overdue(today), a.answeredOn(),
                    a.answerNumber(), a.answer(), a.answeredOnTime(), a.escalatedOn(), a.escalatedTo(),
                    a.escalationReason(), a.escalationDocumentId(), a.escalationNumber()));
        }
        List<OpinionView> opinions = new ArrayList<>();
        for (DialogueOpinion o : d.opinions()) {
            Assignment a = d.assignmentFor(o).orElse(null);
            opinions.add(new OpinionView(o.id(), o.seq(), o.stage(), o.source(), o.citizenName(), o.hamlet(), o.field(),
                    o.content(), o.raisedOn(), o.answeredOnSpot(), o.answer(), o.answeredBy(), o.petitionId(),
                    o.petitionNumber(), a == null ? null : a.id(), status(o, a, today)));
        }
        Conclusion c = d.conclusion();
        ConclusionView conclusion = c == null ? null : new ConclusionView(c.due(), c.dueExplanation(), c.issuedOn(),
                c.number(), c.text(), c.onTime(), c.overdue(today));
        return new DialogueView(d.id(), d.unitId(), units.get(d.unitId()).name(), d.kind(), d.topic(), d.heldOn(),
                d.startTime(), d.place(),
                d.hosts().stream().map(h -> new HostView(h.unitId(), units.get(h.unitId()).name(), h.personName()))
                        .toList(),
                d.joint(), d.hamlets(), d.chairName(), d.secretaryName(), d.officialsCount(), d.citizensCount(),
                d.state(), conclusion, d.closedOn(), d.cancelledOn(), d.cancelReason(),
                d.documents().stream().map(x -> new DocumentView(x.kind(), x.documentId(), x.number(), x.issuedOn(),
                        x.signer())).toList(),
                opinions, assignments, new TreeSet<>(d.allowedActions()), progress(opinions), d.version());
    }

    static Progress progress(List<OpinionView> opinions) {
        return new Progress(opinions.size(), (int) opinions.stream().filter(o -> o.status().done()).count());
    }

    static PointStatus status(DialogueOpinion o, Assignment a, LocalDate today) {
        if (o.answeredOnSpot()) {
            return PointStatus.ANSWERED_ON_SPOT;
        }
        if (o.petitionId() != null) {
            return PointStatus.PETITION;
        }
        return a == null ? PointStatus.NOT_ASSIGNED : status(a, today);
    }

    static PointStatus status(Assignment a, LocalDate today) {
        return switch (a.state()) {
            case ANSWERED -> Boolean.TRUE.equals(a.answeredOnTime()) ? PointStatus.ANSWERED : PointStatus.ANSWERED_LATE;
            case ESCALATED -> PointStatus.ESCALATED;
            case OPEN -> a.overdue(today) ? PointStatus.OVERDUE : PointStatus.OPEN;
        };
    }
}
