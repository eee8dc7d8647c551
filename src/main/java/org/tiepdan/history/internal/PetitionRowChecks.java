package org.tiepdan.history.internal;

import static org.tiepdan.history.internal.Cells.bool;
import static org.tiepdan.history.internal.Cells.date;
import static org.tiepdan.history.internal.Cells.enumOf;
import static org.tiepdan.history.internal.Cells.integer;

import java.util.List;

import org.tiepdan.petition.Channel;
import org.tiepdan.petition.Competence;
import org.tiepdan.petition.PetitionHistory;
import org.tiepdan.petition.PetitionKind;
import org.tiepdan.platform.IdDocumentKind;

/**
 * The petitions sheet, checked by the petition module's replay of its workflow
 * ({@link PetitionHistory#check}), and found already present by its registration data. Its own
 * class so that each owning module's rules read together, apart from the state of the run
 * ({@link ValidationRun}).
 */
final class PetitionRowChecks {

    private final PetitionHistory petitions;

    PetitionRowChecks(PetitionHistory petitions) {
        this.petitions = petitions;
    }

    void petition(ValidationRun run, Checked c) {
        Rec r = c.rec;
        PetitionHistory.HistoricalPetition p = new PetitionHistory.HistoricalPetition(run.unitOr0(r, "unit"),
                enumOf(Channel.class, r.get("channel")), date(r, "receivedOn"), r.get("senderBody"),
                r.get("dispatchNumber"), date(r, "dispatchDate"), null, r.get("content"), r.get("petitioner"),
                r.get("idNumber"), r.get("address"), integer(r, "headcount") == null ? 1 : integer(r, "headcount"),
                enumOf(PetitionKind.class, r.get("kind")), r.get("field"),
                enumOf(Competence.class, r.get("competence")), bool(r, "complex"), bool(r, "prolonged"),
                bool(r, "degradation"), bool(r, "incited"), enumOf(PetitionHistory.Decision.class, r.get("decision")),
                date(r, "decidedOn"), r.get("decisionDocument"), r.get("reason"), r.get("otherBody"),
                date(r, "directionDueOn"), date(r, "resolvedOn"), r.get("resolutionDocument"), r.get("result"),
                date(r, "cameBackOn"), enumOf(IdDocumentKind.class, r.get("idKind")),
                r.get("newMatter") == null ? null : bool(r, "newMatter"), r.get("destinationCategory"));
        c.command = p;
        run.idDocument(c);
        run.ref(c, "visit");
        if (c.hasError()) {
            return;
        }
        if (run.rule(c, () -> petitions.check(p))) {
            petitions.existing(p).ifPresent(number -> {
                c.outcome = RowOutcome.ALREADY_PRESENT;
                run.add(c, "ALREADY_PRESENT.petition", Finding.INFO, null, List.of(), number);
            });
        }
    }
}
