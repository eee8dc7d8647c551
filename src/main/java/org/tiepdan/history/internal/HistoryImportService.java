package org.tiepdan.history.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.tiepdan.audit.AuditAction;
import org.tiepdan.audit.AuditLog;
import org.tiepdan.platform.DomainException;

/**
 * An import's life: the file is read and staged, every row checked (the dry run and its preview),
 * rows corrected or left out and checked again, then on confirmation everything is written in one
 * transaction and audited with the file's SHA-256. Big files are checked and written in the
 * background while the job row shows the progress.
 */
@Service
class HistoryImportService {

    static final String ENTITY = "HistoryImport";
    private static final Logger log = LoggerFactory.getLogger(HistoryImportService.class);

    private final ImportJobs jobs;
    private final Workbooks workbooks;
    private final BundleJson bundles;
    private final HistoryValidator validator;
    private final HistoryWriter writer;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final TransactionTemplate separate;
    private final TaskExecutor executor;
    private final int backgroundRows;

    HistoryImportService(ImportJobs jobs, Workbooks workbooks, BundleJson bundles, HistoryValidator validator,
            HistoryWriter writer, AuditLog audit, PlatformTransactionManager transactions,
            HistoryExecutor executor, @Value("${tiepdan.imports.background-rows:500}") int backgroundRows) {
        this.jobs = jobs;
        this.workbooks = workbooks;
        this.bundles = bundles;
        this.validator = validator;
        this.writer = writer;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.executor = executor.executor();
        this.backgroundRows = backgroundRows;
    }

    // --- staging and checking ----------------------------------------------------------------------

    /** Reads a filled template and stages it; nothing is checked yet. */
    long stageWorkbook(long unitId, String fileName, byte[] content) {
        return stage(unitId, "XLSX", fileName == null ? "history.xlsx" : fileName, content, workbooks.read(content));
    }

    /** Reads a JSON bundle (refused whole when it breaks the schema) and stages it. */
    long stageJson(long unitId, String fileName, byte[] content) {
        return stage(unitId, "JSON", fileName == null ? "bundle.json" : fileName, content, bundles.read(content));
    }

    private long stage(long unitId, String source, String fileName, byte[] content, Bundle bundle) {
        if (bundle.records().isEmpty()) {
            throw DomainException.invalid("history-file-empty", "file");
        }
        return tx.execute(s -> jobs.create(unitId, source, fileName, sha256(content), bundle, currentUser()));
    }

    boolean large(long importId) {
        return jobs.job(importId).totalRows() > backgroundRows;
    }

    /** The dry run: checks every row and stores the findings; the job is then in PREVIEW. */
    Validation validate(long importId, boolean reportProgress) {
        Consumer<Integer> progress = reportProgress ? done -> separate.executeWithoutResult(s -> jobs.progress(importId, done))
                : done -> {
                };
        // The owning modules' checks run in transactions of their own: a refusal marks only its own
        // transaction rollback-only, not the one that stores the findings.
        Validation v = check(importId, progress);
        tx.executeWithoutResult(s -> jobs.storeValidation(importId, v));
        return v;
    }

    void validateInBackground(long importId) {
        background(importId, () -> validate(importId, true));
    }

    private Validation check(long importId, Consumer<Integer> progress) {
        ImportJobs.Job job = jobs.job(importId);
        List<ImportJobs.Row> rows = jobs.rows(importId);
        Set<String> excluded = rows.stream().filter(ImportJobs.Row::excluded).map(r -> r.type() + ":" + r.row())
                .collect(Collectors.toSet());
        return validator.validate(job.unitId(), jobs.bundle(rows), excluded, progress);
    }

    /** A person corrected a row in the preview: the whole file is checked again (rows depend on each other). */
    void correct(long importId, long rowId, long version, Map<String, String> fields) {
        requirePreview(importId);
        Map<String, String> cleaned = new LinkedHashMap<>();
        ImportJobs.Row row = row(importId, rowId);
        for (FieldDef def : row.type().fields()) {
            String value = fields.get(def.name());
            if (value != null && Fold.clean(value) != null) {
                cleaned.put(def.name(), def.kind() == FieldKind.DATE ? Canonical.date(Fold.clean(value))
                        : value.strip().replace("\r", ""));
            }
        }
        tx.executeWithoutResult(s -> jobs.correct(importId, rowId, version, cleaned));
        validate(importId, false);
    }

    void exclude(long importId, long rowId, boolean excluded) {
        requirePreview(importId);
        row(importId, rowId);
        tx.executeWithoutResult(s -> jobs.exclude(importId, rowId, excluded));
        validate(importId, false);
    }

    // --- the import -----------------------------------------------------------------------------------

    /**
     * Writes everything in one transaction after checking once more (records may have been entered
     * meanwhile). With errors the job goes back to its preview with the new findings; on any other
     * failure it is FAILED and nothing was written.
     */
    void execute(long importId, boolean reportProgress) {
        if (!tx.execute(s -> jobs.move(importId, ImportJobs.Status.PREVIEW, ImportJobs.Status.IMPORTING, currentUser()))) {
            throw DomainException.conflict("history-import-not-ready");
        }
        Consumer<Integer> progress = reportProgress ? done -> separate.executeWithoutResult(s -> jobs.progress(importId, done))
                : done -> {
                };
        try {
            tx.executeWithoutResult(s -> write(importId, progress));
        } catch (DomainException e) {
            if ("history-import-has-errors".equals(e.code())) {
                Validation again = check(importId, done -> {
                });
                tx.executeWithoutResult(s -> jobs.storeValidation(importId, again));
            } else {
                tx.executeWithoutResult(s -> jobs.failed(importId, e.code()));
            }
            throw e;
        } catch (RuntimeException e) {
            log.error("History import {} failed", importId, e);
            tx.executeWithoutResult(s -> jobs.failed(importId, "unexpected"));
            throw e;
        }
    }

    void executeInBackground(long importId) {
        background(importId, () -> execute(importId, true));
    }

    private void write(long importId, Consumer<Integer> progress) {
        ImportJobs.Job job = jobs.job(importId);
        Validation v = check(importId, done -> {
        });
        if (!v.importable()) {
            throw DomainException.conflict("history-import-has-errors");
        }
        Map<RecordType, Integer> counts = writer.write(importId, job.unitId(), job.sha256(), v, progress);
        int created = counts.values().stream().mapToInt(Integer::intValue).sum();
        String summary = counts.entrySet().stream().map(e -> e.getKey().jsonName() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
        List<ImportJobs.Row> rows = jobs.rows(importId);
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("file", job.fileName());
        changes.put("source", job.source());
        changes.put("sha256", job.sha256());
        changes.put("rows", rows.size());
        changes.put("created", created);
        changes.put("records", summary);
        changes.put("corrected", rows.stream().filter(ImportJobs.Row::corrected).count());
        changes.put("excluded", rows.stream().filter(ImportJobs.Row::excluded).count());
        audit.record(AuditAction.IMPORT, ENTITY, importId, job.unitId(), changes);
        jobs.storeValidation(importId, v);
        jobs.forgetIdentities(importId);
        jobs.imported(importId, created, summary);
    }

    /**
     * Checks and writes a bundle at once in the caller's transaction (demo data): the same path as
     * a confirmed import, without the preview.
     */
    long importNow(long unitId, String fileName, byte[] content, Bundle bundle) {
        long id = jobs.create(unitId, "JSON", fileName, sha256(content), bundle, currentUser());
        Validation v = check(id, done -> {
        });
        jobs.storeValidation(id, v);
        if (!jobs.move(id, ImportJobs.Status.PREVIEW, ImportJobs.Status.IMPORTING, currentUser())) {
            throw DomainException.conflict("history-import-not-ready");
        }
        write(id, done -> {
        });
        return id;
    }

    // --- reading ----------------------------------------------------------------------------------------

    ImportJobs.Job job(long importId) {
        return jobs.job(importId);
    }

    List<ImportJobs.Row> rows(long importId) {
        return jobs.rows(importId);
    }

    List<ImportJobs.Job> recent(int limit) {
        return jobs.recent(limit);
    }

    boolean dialoguesAvailable() {
        return validator.dialoguesAvailable();
    }

    private ImportJobs.Row row(long importId, long rowId) {
        return jobs.rows(importId).stream().filter(r -> r.id() == rowId).findFirst()
                .orElseThrow(() -> DomainException.notFound("history-row-not-found"));
    }

    private void requirePreview(long importId) {
        if (jobs.job(importId).status() != ImportJobs.Status.PREVIEW) {
            throw DomainException.conflict("history-import-not-ready");
        }
    }

    private void background(long importId, Runnable work) {
        executor.execute(new DelegatingSecurityContextRunnable(() -> {
            try {
                work.run();
            } catch (DomainException e) {
                log.info("History import {}: {}", importId, e.code());
            } catch (RuntimeException e) {
                log.error("History import {} failed in the background", importId, e);
                tx.executeWithoutResult(s -> jobs.failed(importId, "unexpected"));
            }
        }, SecurityContextHolder.getContext()));
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String currentUser() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? null : auth.getName();
    }
}
