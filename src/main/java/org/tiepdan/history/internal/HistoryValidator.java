package org.tiepdan.history.internal;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.tiepdan.calendar.DeadlineRules;
import org.tiepdan.document.DocumentHistory;
import org.tiepdan.dialogue.DialogueHistory;
import org.tiepdan.oversight.OversightHistory;
import org.tiepdan.petition.PetitionHistory;
import org.tiepdan.reception.ReceptionHistory;

/**
 * Checks a bundle for one unit, row by row, with the rules of manual entry (each owning module's
 * history writer runs them) and the file's own rules: required fields, real dates, known units and
 * codes, unique keys, references that resolve, and what was imported or entered before. Writes nothing.
 *
 * <p>This class is the order of the checks; the state of one validation is a {@link ValidationRun},
 * and the rules of each owning module are its own class ({@link ReceptionRowChecks},
 * {@link PetitionRowChecks}, {@link OversightRowChecks}, {@link DialogueRowChecks},
 * {@link DocumentRowChecks}).
 */
@Component
class HistoryValidator {

    private final Vocabulary vocabulary;
    private final UnitDirectory directory;
    private final HistoryRecords records;
    private final ReceptionRowChecks reception;
    private final PetitionRowChecks petitions;
    private final OversightRowChecks oversight;
    private final DocumentRowChecks documents;
    private final DialogueRowChecks dialogues;

    HistoryValidator(Vocabulary vocabulary, UnitDirectory directory, HistoryRecords records,
            ReceptionHistory reception, PetitionHistory petitions, OversightHistory oversight,
            DocumentHistory documents, ObjectProvider<DialogueHistory> dialogues, DeadlineRules deadlines,
            Clock clock) {
        this.vocabulary = vocabulary;
        this.directory = directory;
        this.records = records;
        this.reception = new ReceptionRowChecks(reception);
        this.petitions = new PetitionRowChecks(petitions);
        this.oversight = new OversightRowChecks(oversight);
        this.documents = new DocumentRowChecks(documents);
        this.dialogues = new DialogueRowChecks(dialogues, deadlines, clock);
    }

    /** Whether dialogue rows can be imported (the dialogue module provides its writer). */
    boolean dialoguesAvailable() {
        return dialogues.available();
    }

    Validation validate(long unitId, Bundle bundle, Set<String> excluded, Consumer<Integer> progress) {
        ValidationRun run = new ValidationRun(unitId, directory.of(unitId), vocabulary, records);
        List<Checked> rows = bundle.records().stream().map(Checked::new).toList();
        rows.forEach(c -> {
            run.structure(c);
            if (excluded.contains(c.type().name() + ":" + c.row())) {
                c.outcome = RowOutcome.EXCLUDED;
            }
        });
        run.keys(rows);
        int done = 0;
        for (RecordType type : RecordType.values()) {
            for (Checked c : rows) {
                if (c.type() == type) {
                    domain(run, c);
                    if (++done % 25 == 0) {
                        progress.accept(done);
                    }
                }
            }
            if (type == RecordType.ASSIGNMENT) {
                dialogues.assemble(run);
            }
            if (type == RecordType.DOCUMENT) {
                documents.check(run);
            }
        }
        for (Checked c : rows) {
            if (c.outcome == RowOutcome.NEW && c.hasError()) {
                c.outcome = RowOutcome.REJECTED;
            }
        }
        run.optionalLinks(rows);
        progress.accept(rows.size());
        return new Validation(rows);
    }

    /** The owning module's rules for a row still to be written; a row they refuse is rejected. */
    private void domain(ValidationRun run, Checked c) {
        if (c.outcome != RowOutcome.NEW) {
            return;
        }
        switch (c.type()) {
            case SESSION -> reception.session(run, c);
            case VISIT -> reception.visit(run, c);
            case PETITION -> petitions.petition(run, c);
            case DIALOGUE, OPINION, ASSIGNMENT -> dialogues.dialoguePart(run, c);
            case INSPECTION -> oversight.inspection(run, c);
            case VIOLATION -> oversight.violation(run, c);
            case OUTREACH -> oversight.outreach(run, c);
            case DOCUMENT -> {
            }
        }
        if (c.outcome == RowOutcome.NEW && c.hasError()) {
            c.outcome = RowOutcome.REJECTED;
        }
    }
}
