package org.tiepdan.history.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

/** The JSON answer about an import: its job, counts, and every finding (the dry run's report). */
@Component
class ImportReports {

    record Report(long id, long unit, String status, String source, String fileName, String sha256, int rows,
            int progress, int percent, int toCreate, int skipped, int errors, int warnings, int created,
            Map<String, Integer> toCreateByType, String records, String failure, String createdBy,
            Instant createdAt, boolean dialoguesAvailable, List<Finding> findings) {
    }

    private final HistoryImportService imports;

    ImportReports(HistoryImportService imports) {
        this.imports = imports;
    }

    Report report(long id, boolean withFindings) {
        ImportJobs.Job job = imports.job(id);
        List<ImportJobs.Row> rows = job.running() ? List.of() : imports.rows(id);
        Map<String, Integer> byType = new TreeMap<>();
        rows.stream().filter(r -> r.outcome() == RowOutcome.NEW)
                .forEach(r -> byType.merge(r.type().jsonName(), 1, Integer::sum));
        List<Finding> findings = withFindings ? rows.stream().flatMap(r -> r.findings().stream()).toList() : List.of();
        return new Report(job.id(), job.unitId(), job.status().name(), job.source(), job.fileName(), job.sha256(),
                job.totalRows(), job.progress(), job.percent(), job.toCreate(), job.skipped(), job.errors(),
                job.warnings(), job.created(), byType, job.counts(), job.failure(), job.createdBy(), job.createdAt(),
                imports.dialoguesAvailable(), findings);
    }
}
