package org.tiepdan.report.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.tiepdan.dialogue.DialogueFigures;

/** The dialogue rows of the reports, answered by the dialogue module's own figures. */
@Component
class DialogueFiguresSource implements DialogueSource {

    private final DialogueFigures figures;

    DialogueFiguresSource(DialogueFigures figures) {
        this.figures = figures;
    }

    @Override
    public List<Ref> rows(String code, long unitId, LocalDate from, LocalDate to) {
        return figures.figure(code, unitId, from, to).refs().stream()
                .map(r -> new Ref(type(r.type()), r.id(), r.unitId(), r.heldOn(), 1, "/dialogues/" + r.dialogueId()))
                .toList();
    }

    private static String type(DialogueFigures.RecordType type) {
        return switch (type) {
            case DIALOGUE -> "Dialogue";
            case OPINION -> "DialogueOpinion";
            case ASSIGNMENT -> "DialogueAssignment";
        };
    }
}
