package org.tiepdan.document.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
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
    private final JdbcClient jdbc;

    DocumentService(IssuedDocumentRepository documents, NumberingPolicy numbering, DocumentRules rules,
            DocumentTypes types, DocumentFiles files, AuditLog audit, JdbcClient jdbc) {
        this.jdbc = jdbc;
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
        return jdbc.sql(REGISTER + " order by d.issued_on, d.seq, d.id").params(window(unitIds, from, to, topic))
                .query((rs, i) -> view(rs)).list();
    }

    /**
     * The register of the units in the window on the topic (null: any), with each document's topics, read
     * in one statement with the subtree joined as a set: a province's ten years (13 k units, 100 k documents)
     * took seconds as entities through {@code unit_id in (13 k parameters)}, and the reports' cross-checks
     * read it on every report (issue 22). The same rows and order as the entities' {@code window} query.
     */
    private static final String REGISTER = """
            select d.id, d.unit_id, d.number_symbol, d.type_code, d.issuer_kind, d.issuer_name, d.summary, d.issued_on,
                   d.signer, coalesce((select array_agg(t.topic) from issued_document_topic t where t.document_id = d.id),
                   '{}') as topics
            from issued_document d
            where d.unit_id in (select unnest(:units)) and d.issued_on between :from and :to
              and (cast(:topic as varchar) is null or exists (select 1 from issued_document_topic t
                   where t.document_id = d.id and t.topic = cast(:topic as varchar)))""";

    private static Map<String, Object> window(Collection<Long> unitIds, LocalDate from, LocalDate to, String topic) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("units", unitIds.toArray(Long[]::new));
        p.put("from", from);
        p.put("to", to);
        p.put("topic", topic);
        return p;
    }

    private static IssuedDocumentView view(java.sql.ResultSet rs) throws java.sql.SQLException {
        String[] topics = (String[]) rs.getArray("topics").getArray();
        return new IssuedDocumentView(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("number_symbol"),
                rs.getString("type_code"), IssuerKind.valueOf(rs.getString("issuer_kind")), rs.getString("issuer_name"),
                rs.getString("summary"), rs.getObject("issued_on", LocalDate.class), rs.getString("signer"),
                Set.of(topics), false);
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
        // Grouped in the database (a province's register is 100 k documents): each reused number's documents,
        // the numbers in the order their first document comes in the register, each number's in that order.
        return jdbc.sql("select * from (select r.*, count(*) over (partition by r.unit_id, r.period_key, r.type_code, r.seq)"
                        + " as uses, min(r.pos) over (partition by r.unit_id, r.period_key, r.type_code, r.seq) as first_pos"
                        + " from (" + REGISTER.replace("d.signer,", "d.signer, d.period_key, d.seq, row_number() over "
                                + "(order by d.issued_on, d.seq, d.id) as pos,")
                        + ") r) x where x.uses > 1 order by x.first_pos, x.pos")
                .params(window(unitIds, from, to, topic)).query((rs, i) -> view(rs)).list();
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
