package org.tiepdan.history.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.tiepdan.document.DocumentHistory;

/**
 * The documents sheet, handed to the document register's own import validator
 * ({@link DocumentHistory#check}) one issuing unit at a time, in row order (its duplicate and
 * numbering rules compare rows of one register). Its own class so that each owning module's rules
 * read together, apart from the state of the run ({@link ValidationRun}).
 */
final class DocumentRowChecks {

    private final DocumentHistory documents;

    DocumentRowChecks(DocumentHistory documents) {
        this.documents = documents;
    }

    /** Each issuing unit's rows go through the register import's validator together, in row order. */
    void check(ValidationRun run) {
        Map<Long, List<Checked>> byUnit = new LinkedHashMap<>();
        for (Checked c : run.byKey.get(RecordType.DOCUMENT).values()) {
            if (c.outcome == RowOutcome.NEW && !c.hasError()) {
                byUnit.computeIfAbsent(run.unitOf(c.rec, "unit"), k -> new ArrayList<>()).add(c);
            }
        }
        byUnit.forEach((unit, rows) -> {
            List<DocumentHistory.Row> input = rows.stream().map(c -> new DocumentHistory.Row(c.row(),
                    c.rec.get("numberSymbol"), c.rec.get("issuer"), c.rec.get("summary"), c.rec.get("issuedOn"),
                    c.rec.get("topic"))).toList();
            Map<Integer, Checked> byRow = rows.stream().collect(Collectors.toMap(Checked::row, c -> c));
            for (DocumentHistory.Checked checked : documents.check(unit, input)) {
                Checked c = byRow.get(checked.row());
                c.command = new UnitRow(unit, input.stream().filter(i -> i.row() == checked.row()).findFirst()
                        .orElseThrow());
                checked.findings().forEach(f -> c.findings.add(new Finding(c.type().jsonName(), c.row(), f.code(),
                        f.severity(), f.message(), f.related(), null)));
                switch (checked.outcome()) {
                    case "ALREADY_PRESENT" -> c.outcome = RowOutcome.ALREADY_PRESENT;
                    case "REJECTED" -> c.outcome = RowOutcome.REJECTED;
                    default -> {
                    }
                }
            }
        });
    }

    /** A document row with its issuing unit. */
    record UnitRow(long unitId, DocumentHistory.Row row) {
    }
}
