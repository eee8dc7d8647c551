package org.tiepdan.history.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.document.DocumentHistory;
import org.tiepdan.dialogue.DialogueHistory;
import org.tiepdan.oversight.OversightHistory;
import org.tiepdan.petition.PetitionHistory;
import org.tiepdan.reception.ReceptionHistory;
import org.tiepdan.reception.ReceptionVisits;

/**
 * Writes the rows a validation found NEW through the owning modules' history writers, parents
 * first, and stores every created record's key. Runs in the caller's one transaction: any failure
 * leaves nothing behind.
 */
@Component
class HistoryWriter {

    private final HistoryRecords records;
    private final ReceptionHistory reception;
    private final ReceptionVisits visits;
    private final PetitionHistory petitions;
    private final OversightHistory oversight;
    private final DocumentHistory documents;
    private final ObjectProvider<DialogueHistory> dialogues;

    HistoryWriter(HistoryRecords records, ReceptionHistory reception, ReceptionVisits visits,
            PetitionHistory petitions, OversightHistory oversight, DocumentHistory documents,
            ObjectProvider<DialogueHistory> dialogues) {
        this.records = records;
        this.reception = reception;
        this.visits = visits;
        this.petitions = petitions;
        this.oversight = oversight;
        this.documents = documents;
        this.dialogues = dialogues;
    }

    /** Returns the number of records created per type. */
    @Transactional
    Map<RecordType, Integer> write(long importId, long unitId, String sha256, Validation v, Consumer<Integer> progress) {
        Write w = new Write(importId, unitId, v, progress);
        for (Checked c : fresh(v, RecordType.SESSION)) {
            w.created(c, reception.recordSession((ReceptionHistory.HistoricalSession) c.command, importId));
        }
        // Earlier visits first, so that a later visit can name the first one of its matter.
        List<Checked> newVisits = new ArrayList<>(fresh(v, RecordType.VISIT));
        newVisits.sort(Comparator.comparing((Checked c) -> ((ReceptionHistory.HistoricalVisit) c.command).date(),
                Comparator.nullsFirst(Comparator.naturalOrder())).thenComparingInt(Checked::row));
        for (Checked c : newVisits) {
            long session = w.id(RecordType.SESSION, c.rec.get("session"));
            Long matter = w.optionalId(RecordType.VISIT, c.rec.get("sameMatterAs"));
            w.created(c, reception.recordVisit(session, (ReceptionHistory.HistoricalVisit) c.command, matter, importId));
        }
        for (Checked c : fresh(v, RecordType.PETITION)) {
            PetitionHistory.HistoricalPetition p = (PetitionHistory.HistoricalPetition) c.command;
            Long visit = w.optionalId(RecordType.VISIT, c.rec.get("visit"));
            PetitionHistory.Recorded recorded = petitions.record(withVisit(p, visit), importId);
            if (visit != null) {
                visits.linkPetition(visit, recorded.petitionId(), recorded.registrationNumber());
            }
            w.created(c, recorded.petitionId());
        }
        DialogueHistory dialogueWriter = dialogues.getIfAvailable();
        if (dialogueWriter != null) {
            for (Checked c : fresh(v, RecordType.DIALOGUE)) {
                long id = dialogueWriter.record((DialogueHistory.HistoricalDialogue) c.command, importId);
                w.created(c, id);
                // Opinions and assignments are written with their dialogue; their keys point to it.
                for (Checked o : fresh(v, RecordType.OPINION)) {
                    if (c.key.equals(o.rec.get("dialogue"))) {
                        w.created(o, id);
                        for (Checked a : fresh(v, RecordType.ASSIGNMENT)) {
                            if (o.key.equals(a.rec.get("opinion"))) {
                                w.created(a, id);
                            }
                        }
                    }
                }
            }
        }
        for (Checked c : fresh(v, RecordType.INSPECTION)) {
            List<Checked> parts = fresh(v, RecordType.VIOLATION).stream()
                    .filter(x -> c.key.equals(x.rec.get("inspection"))).toList();
            long id = oversight.recordInspection((OversightHistory.HistoricalInspection) c.command,
                    parts.stream().map(x -> (OversightHistory.HistoricalViolation) x.command).toList(), importId);
            w.created(c, id);
            parts.forEach(x -> w.created(x, id));
        }
        for (Checked c : fresh(v, RecordType.OUTREACH)) {
            w.created(c, oversight.recordOutreach((OversightHistory.HistoricalOutreach) c.command, importId));
        }
        Map<Long, List<Checked>> byUnit = new LinkedHashMap<>();
        for (Checked c : fresh(v, RecordType.DOCUMENT)) {
            byUnit.computeIfAbsent(((DocumentRowChecks.UnitRow) c.command).unitId(), k -> new ArrayList<>()).add(c);
        }
        byUnit.forEach((unit, rows) -> {
            List<Long> ids = documents.record(unit, rows.stream().map(c -> ((DocumentRowChecks.UnitRow) c.command).row())
                    .toList(), importId, sha256);
            if (ids.size() != rows.size()) {
                throw new IllegalStateException("documents written " + ids.size() + " of " + rows.size());
            }
            for (int i = 0; i < rows.size(); i++) {
                w.created(rows.get(i), ids.get(i));
            }
        });
        return w.counts;
    }

    private static List<Checked> fresh(Validation v, RecordType type) {
        return v.of(type).stream().filter(c -> c.outcome == RowOutcome.NEW).toList();
    }

    private static PetitionHistory.HistoricalPetition withVisit(PetitionHistory.HistoricalPetition p, Long visit) {
        return new PetitionHistory.HistoricalPetition(p.unitId(), p.channel(), p.receivedOn(), p.senderBody(),
                p.dispatchNumber(), p.dispatchDate(), visit, p.content(), p.petitionerName(), p.petitionerIdNumber(),
                p.petitionerAddress(), p.headcount(), p.kind(), p.field(), p.competence(), p.complex(), p.prolonged(),
                p.degradationRelated(), p.incited(), p.decision(), p.decidedOn(), p.decisionDocument(), p.reason(),
                p.otherBody(), p.directionDueOn(), p.resolvedOn(), p.resolutionDocument(), p.result(), p.cameBackOn(),
                p.petitionerIdKind(), p.newMatter(), p.destinationCategory());
    }

    /** The records of one write, by type and key (created now, imported before, or entered in the system). */
    private final class Write {
        final long importId;
        final long unitId;
        final Consumer<Integer> progress;
        final Map<RecordType, Map<String, Long>> ids = new EnumMap<>(RecordType.class);
        final Map<RecordType, Integer> counts = new EnumMap<>(RecordType.class);
        int done;

        Write(long importId, long unitId, Validation v, Consumer<Integer> progress) {
            this.importId = importId;
            this.unitId = unitId;
            this.progress = progress;
            for (RecordType type : RecordType.values()) {
                Map<String, Long> known = new LinkedHashMap<>(records.keys(unitId, type));
                v.of(type).stream().filter(c -> c.existingId != null).forEach(c -> known.put(c.key, c.existingId));
                ids.put(type, known);
            }
        }

        long id(RecordType type, String key) {
            Long id = ids.get(type).get(key);
            if (id == null) {
                throw new IllegalStateException(type + " " + key + " not written before its use");
            }
            return id;
        }

        /** An optional link: null when there is none or its row is not written (the check warned). */
        Long optionalId(RecordType type, String key) {
            return key == null ? null : ids.get(type).get(key);
        }

        void created(Checked c, long recordId) {
            records.store(unitId, c.type(), c.key, importId, recordId);
            ids.get(c.type()).put(c.key, recordId);
            counts.merge(c.type(), 1, Integer::sum);
            if (++done % 10 == 0) {
                progress.accept(done);
            }
        }
    }
}
