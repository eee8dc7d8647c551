package org.tiepdan.document.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.audit.AuditAction;
import org.tiepdan.audit.AuditLog;
import org.tiepdan.document.DocumentHistory;
import org.tiepdan.platform.DomainException;

/** {@link DocumentHistory} over the register import's {@link ImportValidator}. */
@Service
class DocumentHistoryWriter implements DocumentHistory {

    private final ImportValidator validator;
    private final NumberingPolicy numbering;
    private final IssuedDocumentRepository documents;
    private final JdbcClient jdbc;
    private final AuditLog audit;

    DocumentHistoryWriter(ImportValidator validator, NumberingPolicy numbering, IssuedDocumentRepository documents,
            JdbcClient jdbc, AuditLog audit) {
        this.validator = validator;
        this.numbering = numbering;
        this.documents = documents;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Checked> check(long unitId, List<Row> rows) {
        numbering.requireUnit(unitId);
        return validate(unitId, rows).rows().stream().map(r -> new Checked(r.ref(), r.outcome().name(),
                r.findings().stream().map(f -> new Finding(f.row(), f.code(), f.severity().name(), f.message(),
                        f.related())).toList())).toList();
    }

    @Override
    @Transactional
    public List<Long> record(long unitId, List<Row> rows, long importId, String sha256) {
        numbering.requireUnit(unitId);
        Map<Integer, String> topics = new LinkedHashMap<>();
        rows.forEach(r -> topics.put(r.row(), r.topic()));
        List<Long> ids = new ArrayList<>();
        for (ImportValidator.RowResult r : validate(unitId, rows).rows()) {
            if (r.outcome() == ImportValidator.Outcome.REJECTED) {
                throw DomainException.invalid("history-document-rejected", "row", r.ref());
            }
            if (r.outcome() != ImportValidator.Outcome.NEW) {
                continue;
            }
            ImportValidator.Candidate c = r.candidate();
            String topic = topics.get(r.ref());
            IssuedDocument saved = documents.saveAndFlush(new IssuedDocument(unitId, c.issuerKind(), c.issuerName(),
                    c.number().typeCode(), c.number(), c.periodKey(), c.summary(), c.date(), null,
                    topic == null || topic.isBlank() ? Set.of() : Set.of(topic.strip()), IssuedDocument.Source.IMPORT,
                    sha256));
            jdbc.sql("update issued_document set import_id = ? where id = ?").params(importId, saved.getId()).update();
            Map<String, Object> changes = new LinkedHashMap<>();
            changes.put("number", saved.getNumberSymbol());
            changes.put("issuedOn", saved.getIssuedOn());
            changes.put("source", IssuedDocument.Source.IMPORT);
            changes.put("import", importId);
            audit.record(AuditAction.CREATE, DocumentService.ENTITY, saved.getId(), unitId, changes);
            ids.add(saved.getId());
        }
        return ids;
    }

    /** Rows reach the validator without STT (the import's row numbers are the references) in row order. */
    private ImportValidator.Result validate(long unitId, List<Row> rows) {
        List<RegisterFile.RawRow> raw = rows.stream().map(r -> new RegisterFile.RawRow(null, r.row(), null,
                r.numberSymbol(), r.issuerName(), r.summary(), r.issuedOn(), null, false, 0)).toList();
        return validator.validate(unitId, raw);
    }
}
