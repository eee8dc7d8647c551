package org.tiepdan.document.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.audit.AuditAction;
import org.tiepdan.audit.AuditLog;
import org.tiepdan.document.DocumentEntry;
import org.tiepdan.document.IssueCommand;
import org.tiepdan.document.IssuedDocumentView;
import org.tiepdan.document.IssuedDocuments;
import org.tiepdan.document.IssuerKind;
import org.tiepdan.platform.DomainException;

@Service
class DocumentService implements IssuedDocuments {

    static final String ENTITY = "IssuedDocument";

    private final IssuedDocumentRepository documents;
    private final NumberingPolicy numbering;
    private final DocumentRules rules;
    private final DocumentTypes types;
    private final DocumentFiles files;
    private final AuditLog audit;

    DocumentService(IssuedDocumentRepository documents, NumberingPolicy numbering, DocumentRules rules,
            DocumentTypes types, DocumentFiles files, AuditLog audit) {
        this.documents = documents;
        this.numbering = numbering;
        this.rules = rules;
        this.types = types;
        this.files = files;
        this.audit = audit;
    }

    @Override
    @Transactional
    public IssuedDocumentView issue(IssueCommand command) {
        if (!types.names().containsKey(command.typeCode())) {
            throw DomainException.invalid("document-type-required", "typeCode");
        }
        if (command.summary() == null || command.summary().isBlank()) {
            throw DomainException.invalid("document-summary-required", "summary");
        }
        if (command.summary().length() > DocumentRules.MAX_SUMMARY) {
            throw DomainException.invalid("document-summary-too-long", "summary", DocumentRules.MAX_SUMMARY);
        }
        if (command.issuedOn() == null) {
            throw DomainException.invalid("document-date-required", "issuedOn");
        }
        numbering.requireBody(command.unitId(), "unitId");
        NumberingPolicy.Settings settings = numbering.settings(command.unitId());
        IssuerKind kind = settings.unit().issuerKind();
        String period = numbering.periodKey(settings, kind, command.issuedOn());
        int seq = numbering.nextNumber(command.unitId(), period, command.typeCode());
        String text = NumberingPolicy.format(settings, kind, seq, command.typeCode());
        NumberSymbol number = NumberSymbol.parse(text, types.byUpperCode()).orElseThrow();
        IssuedDocument saved = documents.saveAndFlush(new IssuedDocument(command.unitId(), kind,
                settings.unit().name(), command.typeCode(), number, period, Text.clean(command.summary()),
                command.issuedOn(), Text.clean(command.signer()), command.topics(), IssuedDocument.Source.ISSUED,
                null));
        auditCreate(saved);
        return saved.view(false);
    }

    @Override
    @Transactional
    public IssuedDocumentView register(DocumentEntry entry) {
        List<DocumentRules.Problem> problems = rules.check(entry);
        if (!problems.isEmpty()) {
            DocumentRules.Problem first = problems.get(0);
            throw DomainException.invalid(first.code(), first.field(), first.args());
        }
        return save(entry).view(false);
    }

    /** Records an entry that passed the rules. */
    IssuedDocument save(DocumentEntry entry) {
        NumberingPolicy.Settings settings = numbering.settings(entry.unitId());
        IssuerKind kind = entry.issuerKind() != null ? entry.issuerKind() : settings.unit().issuerKind();
        LocalDate date = DocumentRules.parseDate(entry.issuedOn()).orElseThrow();
        NumberSymbol number = NumberSymbol.parse(entry.numberSymbol(), types.byUpperCode()).orElseThrow();
        String issuer = Text.clean(entry.issuerName()) != null ? Text.clean(entry.issuerName()) : settings.unit().name();
        IssuedDocument saved = documents.saveAndFlush(new IssuedDocument(entry.unitId(), kind, issuer,
                Text.clean(entry.typeCode()), number, numbering.periodKey(settings, kind, date),
                Text.clean(entry.summary()), date, Text.clean(entry.signer()), entry.topics(),
                IssuedDocument.Source.MANUAL, null));
        auditCreate(saved);
        return saved;
    }

    @Transactional
    void attachFile(long documentId, String fileName, String contentType, byte[] content) {
        IssuedDocument document = documents.findById(documentId)
                .orElseThrow(() -> DomainException.notFound("document-not-found"));
        files.store(documentId, fileName, contentType == null ? "application/octet-stream" : contentType, content);
        audit.record(AuditAction.UPDATE, ENTITY, documentId, document.getUnitId(),
                Map.of("file", fileName, "sha256", Checksums.sha256(content)));
    }

    private void auditCreate(IssuedDocument saved) {
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("number", saved.getNumberSymbol());
        changes.put("type", saved.getTypeCode());
        changes.put("issuedOn", saved.getIssuedOn());
        changes.put("source", saved.getSource());
        audit.record(AuditAction.CREATE, ENTITY, saved.getId(), saved.getUnitId(), changes);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<IssuedDocumentView> find(long id) {
        return documents.findById(id).map(d -> d.view(files.exists(id)));
    }

    @Override
    @Transactional(readOnly = true)
    public List<IssuedDocumentView> list(Collection<Long> unitIds, LocalDate from, LocalDate to, String topic) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return documents.window(unitIds, from, to).stream()
                .filter(d -> topic == null || d.getTopics().contains(topic))
                .map(d -> d.view(false))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> leadershipTypes() {
        return types.leadership();
    }

    @Override
    @Transactional(readOnly = true)
    public List<IssuedDocumentView> numbersReused(Collection<Long> unitIds, LocalDate from, LocalDate to,
            String topic) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        java.util.Map<String, List<IssuedDocument>> byNumber = new java.util.LinkedHashMap<>();
        documents.window(unitIds, from, to).stream().filter(d -> topic == null || d.getTopics().contains(topic))
                .forEach(d -> byNumber.computeIfAbsent(d.getUnitId() + "|" + d.getPeriodKey() + "|" + d.getTypeCode()
                        + "|" + d.seq(), k -> new java.util.ArrayList<>()).add(d));
        return byNumber.values().stream().filter(l -> l.size() > 1).flatMap(List::stream).map(d -> d.view(false))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public String blankNumber(long unitId, String typeCode) {
        NumberingPolicy.Settings settings = numbering.settings(unitId);
        return NumberingPolicy.blank(settings, settings.unit().issuerKind(), typeCode);
    }

    Set<String> typeCodes() {
        return types.names().keySet();
    }
}
