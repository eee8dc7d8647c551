package org.tiepdan.history.internal;

import static org.tiepdan.history.internal.Cells.bool;
import static org.tiepdan.history.internal.Cells.date;
import static org.tiepdan.history.internal.Cells.integer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.tiepdan.calendar.DeadlineRules;
import org.tiepdan.calendar.DeadlineVariant;
import org.tiepdan.dialogue.DialogueHistory;
import org.tiepdan.history.internal.ValidationRun.Ref;
import org.tiepdan.platform.Dates;

/**
 * The dialogues, opinions and assignments sheets: three sheets that make one record. Each row is
 * checked for its dates (none in the future, a conclusion and an answer not before what they
 * follow, lateness against the rule in force that day), then every dialogue is built with its
 * opinions and assignments and checked by the dialogue module's writer, when the installation has
 * one ({@link DialogueHistory}). Its own class because this assembly across sheets is the only one
 * of its kind; the state it reads and marks is the run's ({@link ValidationRun}).
 */
final class DialogueRowChecks {

    private final ObjectProvider<DialogueHistory> dialogues;
    private final DeadlineRules deadlines;
    private final Clock clock;

    DialogueRowChecks(ObjectProvider<DialogueHistory> dialogues, DeadlineRules deadlines, Clock clock) {
        this.dialogues = dialogues;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /** Whether dialogue rows can be imported (the dialogue module provides its writer). */
    boolean available() {
        return dialogues.getIfAvailable() != null;
    }

    void dialoguePart(ValidationRun run, Checked c) {
        Rec r = c.rec;
        LocalDate today = Dates.today(clock);
        switch (c.type()) {
            case DIALOGUE -> {
                LocalDate held = date(r, "heldOn");
                LocalDate conclusion = date(r, "conclusionOn");
                future(run, c, "heldOn", held, today);
                future(run, c, "conclusionOn", conclusion, today);
                if (held != null && conclusion != null) {
                    if (conclusion.isBefore(held)) {
                        run.add(c, "DIALOGUE_CONCLUSION_BEFORE", Finding.ERROR, "conclusionOn", List.of(),
                                Dates.format(conclusion), Dates.format(held));
                    } else {
                        late(run, c, "DIALOGUE_CONCLUSION", held, conclusion, "conclusionOn");
                    }
                }
                if (r.get("conclusionNumber") != null && conclusion == null) {
                    run.add(c, "MISSING_FIELD", Finding.ERROR, "conclusionOn", List.of(),
                            run.label(c.type(), c.type().field("conclusionOn").orElseThrow()));
                }
            }
            case OPINION -> run.ref(c, "dialogue").ifPresent(p -> followDialogue(run, c, p));
            case ASSIGNMENT -> run.ref(c, "opinion").ifPresent(p -> {
                if (!followDialogue(run, c, p) || p.row() == null) {
                    return;
                }
                Checked dialogue = run.byKey.get(RecordType.DIALOGUE).get(p.row().rec.get("dialogue"));
                LocalDate held = dialogue == null ? null : date(dialogue.rec, "heldOn");
                LocalDate conclusion = dialogue == null ? null : date(dialogue.rec, "conclusionOn");
                LocalDate due = date(r, "dueOn");
                LocalDate answered = date(r, "answeredOn");
                future(run, c, "answeredOn", answered, today);
                LocalDate start = conclusion != null ? conclusion : held;
                if (start != null && answered != null && answered.isBefore(start)) {
                    run.add(c, "ANSWER_BEFORE_CONCLUSION", Finding.ERROR, "answeredOn", List.of(),
                            Dates.format(answered), Dates.format(start));
                } else if (conclusion != null && answered != null) {
                    late(run, c, "DIALOGUE_ANSWER", conclusion, answered, "answeredOn");
                }
                if (held != null && due != null && due.isBefore(held)) {
                    run.add(c, "DUE_BEFORE_DIALOGUE", Finding.ERROR, "dueOn", List.of(), Dates.format(due),
                            Dates.format(held));
                }
            });
            default -> {
            }
        }
    }

    private boolean followDialogue(ValidationRun run, Checked c, Ref parent) {
        if (!run.followParent(c, parent)) {
            return false;
        }
        if (parent.row() == null || parent.row().outcome != RowOutcome.NEW) {
            run.skipWithParent(c, parent.row());
            return false;
        }
        return true;
    }

    /** Builds each dialogue with its opinions and assignments, then asks the dialogue module (when there is one). */
    void assemble(ValidationRun run) {
        DialogueHistory writer = dialogues.getIfAvailable();
        Map<String, List<Checked>> opinions = new LinkedHashMap<>();
        Map<String, List<Checked>> assignments = new LinkedHashMap<>();
        run.byKey.get(RecordType.OPINION).values().stream().filter(o -> o.outcome == RowOutcome.NEW)
                .forEach(o -> opinions.computeIfAbsent(o.rec.get("dialogue"), k -> new ArrayList<>()).add(o));
        run.byKey.get(RecordType.ASSIGNMENT).values().stream().filter(a -> a.outcome == RowOutcome.NEW)
                .forEach(a -> assignments.computeIfAbsent(a.rec.get("opinion"), k -> new ArrayList<>()).add(a));
        for (Checked d : run.byKey.get(RecordType.DIALOGUE).values()) {
            if (d.outcome != RowOutcome.NEW) {
                continue;
            }
            List<Checked> parts = new ArrayList<>(opinions.getOrDefault(d.key, List.of()));
            List<DialogueHistory.Opinion> built = new ArrayList<>();
            for (Checked o : opinions.getOrDefault(d.key, List.of())) {
                List<DialogueHistory.Assignment> tasks = new ArrayList<>();
                for (Checked a : assignments.getOrDefault(o.key, List.of())) {
                    parts.add(a);
                    Long assignee = run.unitOf(a.rec, "assignee");
                    tasks.add(new DialogueHistory.Assignment(assignee == null ? 0 : assignee, a.rec.get("task"),
                            date(a.rec, "dueOn"), date(a.rec, "answeredOn"), a.rec.get("answerDocument")));
                }
                built.add(new DialogueHistory.Opinion(o.rec.get("citizenName"), o.rec.get("hamlet"),
                        o.rec.get("content"), bool(o.rec, "answeredAtDialogue"), o.rec.get("escalatedTo"), tasks));
            }
            Rec r = d.rec;
            DialogueHistory.HistoricalDialogue dialogue = new DialogueHistory.HistoricalDialogue(run.unitOr0(r, "unit"),
                    r.get("kind"), date(r, "heldOn"), r.get("place"), r.get("chair"), r.get("topic"),
                    integer(r, "participants"), r.get("conclusionNumber"), date(r, "conclusionOn"), built);
            d.command = dialogue;
            boolean partsFail = parts.stream().anyMatch(Checked::hasError);
            if (writer == null) {
                run.add(d, "DIALOGUE_UNAVAILABLE", Finding.WARNING, null, List.of());
                if (!d.hasError() && !partsFail) {
                    d.outcome = RowOutcome.UNAVAILABLE;
                    parts.forEach(p -> p.outcome = RowOutcome.UNAVAILABLE);
                }
                continue;
            }
            if (d.hasError() || partsFail) {
                continue;
            }
            if (run.rule(d, () -> writer.check(dialogue))) {
                writer.existing(dialogue).ifPresent(id -> {
                    d.outcome = RowOutcome.ALREADY_PRESENT;
                    d.existingId = id;
                    run.add(d, "ALREADY_PRESENT.dialogue", Finding.INFO, null, List.of());
                    parts.forEach(p -> run.skipWithParent(p, d));
                });
            }
        }
    }

    private void late(ValidationRun run, Checked c, String rule, LocalDate start, LocalDate done, String field) {
        // No rule in force on that day: nothing to compare with (asked first: a refused lookup would
        // mark the caller's transaction rollback-only).
        if (deadlines.inForce(start).stream().noneMatch(r -> r.code().equals(rule))) {
            return;
        }
        LocalDate due = deadlines.compute(rule, DeadlineVariant.NORMAL, start, run.unitId).due();
        if (due != null && done.isAfter(due)) {
            run.add(c, "LATE." + rule, Finding.WARNING, field, List.of(), Dates.format(done), Dates.format(due));
        }
    }

    private void future(ValidationRun run, Checked c, String field, LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            run.add(c, "history-date-future", Finding.ERROR, field, List.of(), Dates.format(today));
        }
    }
}
