package org.tiepdan.dialogue.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.dialogue.DialogueFollowUps;

/** {@link DialogueFollowUps}: the public follow-ups of a unit, and the home card's alerts. */
@Service
class DialogueFollowUpsService implements DialogueFollowUps {

    private static final int ALERT_ITEMS = 5;

    private final DialogueQueries queries;
    private final FollowUp followUp;
    private final DialogueService service;
    private final DialogueAccess access;

    DialogueFollowUpsService(DialogueQueries queries, FollowUp followUp, DialogueService service,
            DialogueAccess access) {
        this.queries = queries;
        this.followUp = followUp;
        this.service = service;
        this.access = access;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PublishedDialogue> publishedFor(long unitId) {
        LocalDate today = service.today();
        return queries.published(unitId).stream().map(id -> {
            FollowUp.FollowUpView v = followUp.build(service.get(id), true, today);
            return new PublishedDialogue(v.id(), v.kind(), v.topic(), v.heldOn(), v.place(), v.hostBodies(),
                    v.hamlets(), v.progress().total(), v.progress().done(), v.progress().percent(),
                    "/public/dialogues/" + v.id());
        }).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Alerts alertsForCurrentUser() {
        if (!access.readsSomewhere()) {
            return new Alerts(false, 0, 0, List.of());
        }
        LocalDate today = service.today();
        List<DialogueQueries.OpenAssignment> due = queries.openAssignments(access.visibleUnits(), today,
                queries.horizon(today));
        int overdue = (int) due.stream().filter(DialogueQueries.OpenAssignment::overdue).count();
        List<Alert> items = due.stream().limit(ALERT_ITEMS).map(a -> new Alert(a.id(), a.dialogueId(), a.topic(),
                a.assigneeUnit(), a.due(), a.overdue())).toList();
        return new Alerts(true, overdue, due.size() - overdue, items);
    }
}
