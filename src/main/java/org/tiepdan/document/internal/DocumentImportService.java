package org.tiepdan.document.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.audit.AuditAction;
import org.tiepdan.audit.AuditLog;
import org.tiepdan.platform.DomainException;

/**
 * Imports a legacy register, directly (API, with dry run) or through a staged batch that people
 * correct row by row in the preview screen. Writing is all-or-nothing: one transaction; rows with
 * an ERROR finding are left out; a document already in the register (unit + number + date) is
 * not written again.
 */
@Service
public class DocumentImportService {

    /** The staged batch of the preview screen. */
    public record Batch(long id, long unitId, String fileName, String sha256, String status, Integer imported, long version) {
    }

    private final ImportValidator validator;
    private final IssuedDocumentRepository documents;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final NumberingPolicy numbering;

    DocumentImportService(ImportValidator validator, IssuedDocumentRepository documents, AuditLog audit,
            JdbcClient jdbc, NumberingPolicy numbering) {
        this.validator = validator;
        this.documents = documents;
        this.audit = audit;
        this.jdbc = jdbc;
        this.numbering = numbering;
    }

    @Transactional
    public ImportReport importFile(long unitId, String fileName, byte[] content, boolean dryRun, String topic) {
        numbering.requireUnit(unitId);
        List<RegisterFile.RawRow> raw = RegisterFile.read(fileName, content);
        ImportValidator.Result result = validator.validate(unitId, raw);
        if (dryRun) {
            return new ImportReport(result.dataRows(), 0, result.findings());
        }
        int imported = write(unitId, result.toImport(), Checksums.sha256(content), topic);
        recordImport(unitId, null, fileName, Checksums.sha256(content), result.dataRows(), imported, 0);
        return new ImportReport(result.dataRows(), imported, result.findings());
    }

    /** Writes the rows in the caller's transaction; any failure rolls every row back. */
    @Transactional
    public int write(long unitId, List<ImportValidator.RowResult> rows, String sha256, String topic) {
        Set<String> topics = topic == null || topic.isBlank() ? Set.of() : Set.of(topic.strip());
        for (ImportValidator.RowResult row : rows) {
            ImportValidator.Candidate c = row.candidate();
            documents.save(new IssuedDocument(unitId, c.issuerKind(), c.issuerName(), c.number().typeCode(), c.number(),
                    c.periodKey(), c.summary(), c.date(), null, topics, IssuedDocument.Source.IMPORT, sha256));
        }
        documents.flush();
        return rows.size();
    }

    private void recordImport(long unitId, Long batchId, String fileName, String sha256, int rows, int imported,
            int corrected) {
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("file", fileName);
        changes.put("sha256", sha256);
        changes.put("rows", rows);
        changes.put("imported", imported);
        if (batchId != null) {
            changes.put("batch", batchId);
            changes.put("corrected", corrected);
        }
        audit.record(AuditAction.IMPORT, DocumentService.ENTITY, batchId, unitId, changes);
    }

    // --- staged import (preview screen) ---

    @Transactional
    public long stage(long unitId, String fileName, byte[] content) {
        numbering.requireUnit(unitId);
        List<RegisterFile.RawRow> raw = RegisterFile.read(fileName, content);
        long batchId = jdbc.sql("insert into document_import_batch (unit_id, file_name, sha256, created_by) "
                + "values (?, ?, ?, ?) returning id")
                .params(unitId, fileName == null ? "register" : fileName, Checksums.sha256(content), currentUser())
                .query(Long.class).single();
        for (RegisterFile.RawRow r : raw) {
            jdbc.sql("insert into document_import_row (batch_id, line_no, stt, number_text, issuer_text, summary, "
                    + "date_text, group_hint) values (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(batchId, r.line(), r.stt(), r.number(), r.issuer(), r.summary(), r.date(), r.groupHint())
                    .update();
        }
        return batchId;
    }

    public Batch batch(long batchId) {
        return jdbc.sql("select id, unit_id, file_name, sha256, status, imported, version from document_import_batch "
                + "where id = ?").param(batchId)
                .query((rs, i) -> new Batch(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), (Integer) rs.getObject(6), rs.getLong(7)))
                .optional().orElseThrow(() -> DomainException.notFound("document-import-not-found"));
    }

    public List<RegisterFile.RawRow> rows(long batchId) {
        return jdbc.sql("select id, line_no, stt, number_text, issuer_text, summary, date_text, group_hint, corrected, version "
                + "from document_import_row where batch_id = ? order by line_no, id").param(batchId)
                .query((rs, i) -> new RegisterFile.RawRow(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getBoolean(9), rs.getLong(10)))
                .list();
    }

    @Transactional(readOnly = true)
    public ImportValidator.Result preview(long batchId) {
        Batch batch = batch(batchId);
        return validator.validate(batch.unitId(), rows(batchId));
    }

    /** Corrects one row of a staged batch (optimistic lock on the row's version). */
    @Transactional
    public void correct(long batchId, long rowId, long version, String stt, String number, String issuer,
            String summary, String date) {
        requirePreview(batch(batchId));
        int updated = jdbc.sql("""
                update document_import_row set stt = ?, number_text = ?, issuer_text = ?, summary = ?, date_text = ?,
                  corrected = true, version = version + 1
                where id = ? and batch_id = ? and version = ?""")
                .params(Text.clean(stt), number == null ? null : Text.nfc(number).strip(), Text.clean(issuer),
                        Text.clean(summary), Text.clean(date), rowId, batchId, version)
                .update();
        if (updated == 0) {
            throw new ObjectOptimisticLockingFailureException("document_import_row", rowId);
        }
    }

    @Transactional
    public ImportReport confirm(long batchId, String topic) {
        Batch batch = batch(batchId);
        requirePreview(batch);
        int locked = jdbc.sql("update document_import_batch set status = 'IMPORTED', version = version + 1 "
                + "where id = ? and status = 'PREVIEW' and version = ?").params(batchId, batch.version()).update();
        if (locked == 0) {
            throw new ObjectOptimisticLockingFailureException("document_import_batch", batchId);
        }
        List<RegisterFile.RawRow> raw = rows(batchId);
        ImportValidator.Result result = validator.validate(batch.unitId(), raw);
        int imported = write(batch.unitId(), result.toImport(), batch.sha256(), topic);
        jdbc.sql("update document_import_batch set imported = ? where id = ?").params(imported, batchId).update();
        int corrected = (int) raw.stream().filter(RegisterFile.RawRow::corrected).count();
        recordImport(batch.unitId(), batchId, batch.fileName(), batch.sha256(), result.dataRows(), imported, corrected);
        return new ImportReport(result.dataRows(), imported, new ArrayList<>(result.findings()));
    }

    private static void requirePreview(Batch batch) {
        if (!"PREVIEW".equals(batch.status())) {
            throw DomainException.conflict("document-import-done");
        }
    }

    private static String currentUser() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? null : auth.getName();
    }
}
