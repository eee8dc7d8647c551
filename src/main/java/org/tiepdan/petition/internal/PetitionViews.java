package org.tiepdan.petition.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.tiepdan.calendar.DeadlineVariant;
import org.tiepdan.petition.Channel;
import org.tiepdan.petition.Competence;
import org.tiepdan.petition.PetitionKind;

/** What the API and the screens show of a petition and a case; the JSON field names are the contract. */
final class PetitionViews {

    private PetitionViews() {
    }

    /** {@code idKind}: the kind of {@code idNumber} (null on rows from before kinds were kept, and on sealed rows). */
    record PetitionerView(String fullName, org.tiepdan.platform.IdDocumentKind idKind, String idNumber, String address,
            String phone, String email, boolean representative) {
        static PetitionerView of(Petitioner p) {
            return new PetitionerView(p.fullName(), p.idKind(), p.idNumber(), p.address(), p.phone(), p.email(),
                    p.representative());
        }
    }

    /** The last step, which the head viewing the page may undo today. */
    record UndoableStep(Action action, String actor, LocalDate actedOn) {
        static UndoableStep of(PetitionEvent e) {
            return new UndoableStep(e.action(), e.actor(), e.actedOn());
        }
    }

    record Flags(boolean complex, boolean prolonged, boolean mass, boolean degradationRelated, boolean incited,
            boolean remoteArea, boolean especiallyComplex) {
    }

    record VersionView(int number, String change, LocalDate on, LocalDate due, String explanation, String reason) {
    }

    record DeadlineView(String ruleCode, DeadlineVariant variant, LocalDate start, LocalDate due, boolean active,
            LocalDate metOn, boolean late, String explanation, List<VersionView> history) {
        static DeadlineView of(PetitionDeadline d) {
            return new DeadlineView(d.ruleCode(), d.variant(), d.startOn(), d.due(), d.active(), d.metOn(),
                    d.metLate(), d.explanation(), d.versions().stream().map(v -> new VersionView(v.number(),
                            v.change().name(), v.onDate(), v.due(), v.explanation(), v.reason())).toList());
        }
    }

    record EventView(long id, Action action, PetitionState fromState, PetitionState toState, LocalDate on,
            String actor, String documentNumber, LocalDate documentDate, String note, boolean notice) {
        static EventView of(PetitionEvent e) {
            return new EventView(e.id(), e.action(), e.fromState(), e.toState(), e.actedOn(), e.actor(),
                    e.documentNumber(), e.documentDate(), e.note(), e.notice());
        }
    }

    record PetitionView(long id, long unitId, String unitName, long caseId, String registrationNumber,
            String trackingCode, Channel channel, LocalDate receivedOn, String senderBody, String dispatchNumber,
            LocalDate dispatchDate, Long receptionVisitId, String content, boolean anonymous, boolean copy,
            boolean forwarded, int headcount, List<PetitionerView> petitioners, PetitionKind kind,
            String field, Boolean eligible, Reason ineligibilityReason, Competence competence, Flags flags,
            String workflow, PetitionState state, int round, Outcome outcome, Reason reason, String handler,
            Long targetUnitId, String externalBody, String directedBody, LocalDate directionExpectedOn,
            LocalDate directionAnsweredOn, int extensions, LocalDate settledOn, Boolean settledOnTime,
            boolean overdue, LocalDate nextDue, String nextDueExplanation, List<DeadlineView> deadlines,
            List<EventView> events, Set<Action> allowedActions, Long splitFromId, Long transferredFromId,
            long version, boolean identitySealed, Long firstRoundId, Boolean newMatter,
            DestinationCategory destinationCategory) {

        static PetitionView of(Petition p, String unitName, Set<Action> allowed) {
            var next = p.nextDeadline();
            return new PetitionView(p.id(), p.unitId(), unitName, p.caseId(), p.registrationNumber(),
                    p.trackingCode(), p.channel(), p.receivedOn(), p.senderBody(), p.dispatchNumber(),
                    p.dispatchDate(), p.receptionVisitId(), p.content(), p.anonymous(), p.copyMarker(), p.forwarded(),
                    p.headcount(), p.petitioners().stream().map(PetitionerView::of).toList(), p.kind(), p.field(),
                    p.eligible(), p.ineligibilityReason(), p.competence(),
                    new Flags(p.complex(), p.prolonged(), p.mass(), p.degradationRelated(), p.incited(),
                            p.remoteArea(), p.especiallyComplex()),
                    p.workflow().name(), p.state(), p.round(), p.outcome(), p.reason(), p.handler(), p.targetUnitId(),
                    p.externalBody(), p.directedBody(), p.directionExpectedOn(), p.directionAnsweredOn(),
                    p.extensions(), p.settledOn(), p.settledOnTime(), p.overdue(),
                    next.map(PetitionDeadline::due).orElse(null), next.map(PetitionDeadline::explanation).orElse(null),
                    p.deadlines().stream().map(DeadlineView::of).toList(),
                    p.events().stream().map(EventView::of).toList(), allowed, p.splitFromId(), p.transferredFromId(),
                    p.version(), p.identitySealed(), p.firstRoundId(), p.newMatter(), p.destinationCategory());
        }
    }

    record CaseView(long id, long unitId, String unitName, String title, PetitionKind kind, String field,
            Competence competence, Flags flags, LocalDate receivedOn, String outcome, LocalDate directionIssuedOn,
            LocalDate settledOn, Boolean settledOnTime, LocalDate reopenedOn, List<Long> petitionIds) {

        static CaseView of(PetitionCase c, String unitName, List<Long> petitionIds) {
            return new CaseView(c.id(), c.unitId(), unitName, c.title(), c.kind(), c.field(), c.competence(),
                    new Flags(c.complex(), c.prolonged(), c.mass(), c.degradationRelated(), c.incited(), false,
                            false),
                    c.receivedOn(), c.outcome(), c.directionIssuedOn(), c.settledOn(), c.settledOnTime(),
                    c.reopenedOn(), petitionIds);
        }
    }
}
