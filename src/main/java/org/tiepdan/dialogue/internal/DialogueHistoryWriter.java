package org.tiepdan.dialogue.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.calendar.DeadlineRules;
import org.tiepdan.calendar.DeadlineVariant;
import org.tiepdan.dialogue.DialogueHistory;
import org.tiepdan.dialogue.DialogueKind;
import org.tiepdan.org.HoldingBody;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.DomainException;

/**
 * {@link DialogueHistory}: a past dialogue written in its final state, straight into the dialogue
 * module's tables (the aggregate's methods date everything "today" and number documents, which a
 * record of 2022 must not do). The checks repeat those of manual entry ({@link Dialogue#hold},
 * {@link Dialogue#conclude}, {@link DialogueOpinion}, {@link Assignment#answer}) so that a dry run
 * writes nothing. Nothing is issued in the issued-documents register: the conclusion notice and the
 * answers are kept by their numbers only. The dialogue and its assignments carry the import's id,
 * which keeps them out of the reminder job and the overdue alerts.
 */
@Component
class DialogueHistoryWriter implements DialogueHistory {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final JdbcClient jdbc;
    private final OrgUnits units;
    private final DeadlineRules deadlines;
    private final MessageSource messages;
    private final Clock clock;

    DialogueHistoryWriter(JdbcClient jdbc, OrgUnits units, DeadlineRules deadlines, MessageSource messages,
            Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.deadlines = deadlines;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public void check(HistoricalDialogue d) {
        LocalDate today = Dates.today(clock);
        if (d.unitId() <= 0) {
            throw DomainException.invalid("dialogue-unit-required", "unit");
        }
        HoldingBody.require(units.get(d.unitId()), "unit");
        kind(d.kind());
        if (d.heldOn() == null) {
            throw DomainException.invalid("dialogue-date-required", "heldOn");
        }
        if (d.heldOn().isAfter(today)) {
            throw DomainException.invalid("dialogue-held-future", "heldOn", Dates.format(today));
        }
        if (Texts.clean(d.place()) == null) {
            throw DomainException.invalid("dialogue-place-required", "place");
        }
        if (Texts.clean(d.chair()) == null) {
            throw DomainException.invalid("dialogue-chair-required", "chair");
        }
        if (d.participants() != null && d.participants() < 1) {
            throw DomainException.invalid("dialogue-citizens-required", "participants");
        }
        if (Texts.clean(d.conclusionNumber()) != null && d.conclusionOn() == null) {
            throw DomainException.invalid("dialogue-date-required", "conclusionOn");
        }
        if (d.conclusionNumber() != null && d.conclusionNumber().strip().length() > 64) {
            throw DomainException.invalid("dialogue-answer-number-too-long", "conclusionNumber");
        }
        if (d.conclusionOn() != null) {
            if (d.conclusionOn().isAfter(today)) {
                throw DomainException.invalid("dialogue-date-future", "conclusionOn", Dates.format(today));
            }
            if (d.conclusionOn().isBefore(d.heldOn())) {
                throw DomainException.invalid("dialogue-conclusion-before-dialogue", "conclusionOn",
                        Dates.format(d.heldOn()));
            }
        }
        LocalDate assignedOn = assignedOn(d);
        int seq = 0;
        for (Opinion o : opinions(d)) {
            seq++;
            if (Texts.clean(o.citizenName()) == null && Texts.clean(o.hamlet()) == null) {
                throw DomainException.invalid("dialogue-opinion-citizen-required", "citizenName");
            }
            if (Texts.clean(o.content()) == null) {
                throw DomainException.invalid("dialogue-opinion-content-required", "content");
            }
            List<Assignment> tasks = tasks(o);
            if (tasks.size() > 1) {
                throw DomainException.invalid("dialogue-history-one-assignment", "assignments", seq);
            }
            if (o.answeredAtDialogue() && (!tasks.isEmpty() || Texts.clean(o.escalatedTo()) != null)) {
                throw DomainException.conflict("dialogue-opinion-already-answered", seq);
            }
            for (Assignment a : tasks) {
                if (a.assigneeUnitId() <= 0) {
                    throw DomainException.invalid("dialogue-opinion-unassigned", "assignee", seq);
                }
                units.get(a.assigneeUnitId());
                if (a.dueOn() != null && a.dueOn().isBefore(d.heldOn())) {
                    throw DomainException.invalid("dialogue-history-due-before-dialogue", "dueOn",
                            Dates.format(d.heldOn()));
                }
                if (a.answeredOn() != null) {
                    if (a.answeredOn().isAfter(today)) {
                        throw DomainException.invalid("dialogue-date-future", "answeredOn", Dates.format(today));
                    }
                    if (a.answeredOn().isBefore(assignedOn)) {
                        throw DomainException.invalid("dialogue-history-answer-before-assignment", "answeredOn",
                                Dates.format(assignedOn));
                    }
                }
                if (a.answerDocument() != null && a.answerDocument().strip().length() > 64) {
                    throw DomainException.invalid("dialogue-answer-number-too-long", "answerDocument");
                }
            }
        }
    }

    @Override
    public Optional<Long> existing(HistoricalDialogue d) {
        if (d.heldOn() == null || d.unitId() <= 0) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select id from dialogue where unit_id = ? and held_on = ? and state <> 'CANCELLED'
                order by id limit 1""").params(d.unitId(), d.heldOn()).query(Long.class).optional();
    }

    @Override
    @Transactional
    public long record(HistoricalDialogue d, long importId) {
        check(d);
        DialogueKind kind = kind(d.kind());
        LocalDate assignedOn = assignedOn(d);
        boolean concluded = d.conclusionOn() != null;
        // Only a concluded dialogue keeps its conclusion's due date (to say whether it was on time): a
        // past dialogue the books give no conclusion for must not show as a conclusion overdue today.
        Optional<Due> conclusionDue = concluded ? deadline(DialogueService.CONCLUSION_RULE, d.heldOn(), d.unitId())
                : Optional.empty();
        List<Opinion> opinions = opinions(d);
        boolean settled = concluded && opinions.stream().allMatch(o -> o.answeredAtDialogue()
                || Texts.clean(o.escalatedTo()) != null
                || (!tasks(o).isEmpty() && tasks(o).get(0).answeredOn() != null));
        LocalDate closedOn = !settled ? null : Stream.concat(Stream.of(d.conclusionOn()),
                opinions.stream().flatMap(o -> tasks(o).stream()).map(Assignment::answeredOn).filter(Objects::nonNull))
                .max(Comparator.naturalOrder()).orElse(d.conclusionOn());
        String state = !concluded ? "HELD" : settled ? "CLOSED" : "CONCLUDED";
        String topic = Texts.clean(d.topic()) != null ? Texts.clean(d.topic())
                : message("dialogue.history.topic", Dates.format(d.heldOn()));
        String number = Texts.clean(d.conclusionNumber());

        long id = jdbc.sql("""
                insert into dialogue (unit_id, kind, topic, held_on, place, chair_name, citizens_count, state,
                    conclusion_due, conclusion_due_explanation, conclusion_issued_on, conclusion_number,
                    closed_on, created_by, import_id)
                values (:unit, :kind, :topic, :held, :place, :chair, :citizens, :state, :due, :explanation,
                    :issued, :number, :closed, :by, :import)
                returning id""")
                .param("unit", d.unitId()).param("kind", kind.name()).param("topic", topic)
                .param("held", d.heldOn()).param("place", Texts.clean(d.place())).param("chair", Texts.clean(d.chair()))
                .param("citizens", d.participants()).param("state", state)
                .param("due", conclusionDue.map(Due::date).orElse(null))
                .param("explanation", conclusionDue.map(Due::explanation).orElse(null))
                .param("issued", d.conclusionOn()).param("number", number).param("closed", closedOn)
                .param("by", message("dialogue.history.recorded-by")).param("import", importId)
                .query(Long.class).single();
        jdbc.sql("insert into dialogue_host (dialogue_id, position, host_unit_id, person_name) values (?, 0, ?, ?)")
                .params(id, d.unitId(), Texts.clean(d.chair())).update();

        Optional<Due> answerDue = concluded ? deadline(DialogueService.ANSWER_RULE, d.conclusionOn(), d.unitId())
                : Optional.empty();
        int seq = 0;
        for (Opinion o : opinions) {
            seq++;
            String name = Texts.clean(o.citizenName());
            String answer = o.answeredAtDialogue() ? message("dialogue.history.answered-at-dialogue") : null;
            long opinionId = jdbc.sql("""
                    insert into dialogue_opinion (dialogue_id, seq, stage, source, citizen_name, hamlet, field,
                        content, raised_on, answered_on_spot, answer, recorded_by)
                    values (:dialogue, :seq, 'AT', :source, :name, :hamlet, :field, :content, :raised, :spot,
                        :answer, :by)
                    returning id""")
                    .param("dialogue", id).param("seq", seq)
                    .param("source", name != null ? OpinionSource.CITIZEN.name() : OpinionSource.HAMLET.name())
                    .param("name", name).param("hamlet", Texts.clean(o.hamlet()))
                    .param("field", OpinionField.OTHER.name()).param("content", Texts.clean(o.content()))
                    .param("raised", d.heldOn()).param("spot", o.answeredAtDialogue()).param("answer", answer)
                    .param("by", message("dialogue.history.recorded-by")).query(Long.class).single();
            String escalatedTo = Texts.clean(o.escalatedTo());
            List<Assignment> tasks = tasks(o);
            if (tasks.isEmpty() && escalatedTo == null) {
                continue;
            }
            // A point sent up with no unit named stays with the body that held the dialogue.
            Assignment a = tasks.isEmpty() ? new Assignment(d.unitId(), null, null, null, null) : tasks.get(0);
            Due due = a.dueOn() != null
                    ? new Due(a.dueOn(), message("dialogue.history.due-from-records", Dates.format(a.dueOn())))
                    : answerDue.orElseGet(() -> new Due(a.answeredOn() != null ? a.answeredOn() : assignedOn,
                            message("dialogue.history.due-unknown")));
            String assignmentState;
            LocalDate answeredOn = null;
            LocalDate escalatedOn = null;
            if (escalatedTo != null) {
                assignmentState = AssignmentState.ESCALATED.name();
                escalatedOn = a.answeredOn() != null ? a.answeredOn() : assignedOn;
            } else if (a.answeredOn() != null) {
                assignmentState = AssignmentState.ANSWERED.name();
                answeredOn = a.answeredOn();
            } else {
                assignmentState = AssignmentState.OPEN.name();
            }
            jdbc.sql("""
                    insert into dialogue_assignment (dialogue_id, opinion_id, assignee_unit_id, instruction,
                        assigned_on, due, due_explanation, state, answered_on, answer_number, answer,
                        escalated_on, escalated_to, escalation_reason, escalation_number, import_id)
                    values (:dialogue, :opinion, :assignee, :instruction, :assigned, :due, :explanation, :state,
                        :answered, :number, :answer, :escalated, :to, :reason, :escalationNumber, :import)""")
                    .param("dialogue", id).param("opinion", opinionId).param("assignee", a.assigneeUnitId())
                    .param("instruction", Texts.clean(a.task())).param("assigned", assignedOn)
                    .param("due", due.date()).param("explanation", due.explanation()).param("state", assignmentState)
                    .param("answered", answeredOn)
                    .param("number", answeredOn == null ? null : Texts.clean(a.answerDocument()))
                    .param("answer", answeredOn == null ? null : message("dialogue.history.answered-in-writing"))
                    .param("escalated", escalatedOn).param("to", escalatedTo)
                    .param("reason", escalatedOn == null ? null : message("dialogue.history.escalated"))
                    .param("escalationNumber", escalatedOn == null ? null : Texts.clean(a.answerDocument()))
                    .param("import", importId).update();
        }
        return id;
    }

    /** The day open points were given out: the conclusion notice's, or the dialogue's when the books have none. */
    private static LocalDate assignedOn(HistoricalDialogue d) {
        return d.conclusionOn() != null ? d.conclusionOn() : d.heldOn();
    }

    private static DialogueKind kind(String kind) {
        if (kind == null) {
            throw DomainException.invalid("dialogue-kind-required", "kind");
        }
        try {
            return DialogueKind.valueOf(kind.strip());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("dialogue-kind-required", "kind");
        }
    }

    private static List<Opinion> opinions(HistoricalDialogue d) {
        return d.opinions() == null ? List.of() : d.opinions().stream().filter(Objects::nonNull).toList();
    }

    private static List<Assignment> tasks(Opinion o) {
        return o.assignments() == null ? List.of() : new ArrayList<>(o.assignments().stream()
                .filter(Objects::nonNull).toList());
    }

    /** The time limit as manual entry computes it, when its rule was in force on the starting day. */
    private Optional<Due> deadline(String rule, LocalDate start, long unitId) {
        // Asked first: a refused lookup would mark the caller's transaction rollback-only.
        if (deadlines.inForce(start).stream().noneMatch(r -> r.code().equals(rule))) {
            return Optional.empty();
        }
        return Optional.of(Due.of(deadlines.compute(rule, DeadlineVariant.NORMAL, start, unitId)));
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, VI);
    }
}
