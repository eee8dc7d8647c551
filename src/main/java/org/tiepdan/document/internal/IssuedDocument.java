package org.tiepdan.document.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.tiepdan.document.IssuedDocumentView;
import org.tiepdan.document.IssuerKind;

/** One document of the register: its number in its period, issuer, trích yếu and date. */
@Entity
@Table(name = "issued_document")
public class IssuedDocument {

    enum Source { ISSUED, MANUAL, IMPORT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long unitId;
    @Enumerated(EnumType.STRING)
    private IssuerKind issuerKind;
    private String issuerName;
    private String typeCode;
    private String numberSymbol;
    private String numberKey;
    private int seq;
    private String periodKey;
    private String summary;
    private LocalDate issuedOn;
    private String signer;
    @Enumerated(EnumType.STRING)
    private Source source;
    private String importSha256;
    private Instant createdAt;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "issued_document_topic", joinColumns = @JoinColumn(name = "document_id"))
    @Column(name = "topic")
    private Set<String> topics = new LinkedHashSet<>();

    protected IssuedDocument() {
    }

    IssuedDocument(long unitId, IssuerKind issuerKind, String issuerName, String typeCode, NumberSymbol number,
            String periodKey, String summary, LocalDate issuedOn, String signer, Set<String> topics, Source source,
            String importSha256) {
        this.unitId = unitId;
        this.issuerKind = issuerKind;
        this.issuerName = issuerName;
        this.typeCode = typeCode;
        this.numberSymbol = number.normalized();
        this.numberKey = number.key();
        this.seq = number.seq();
        this.periodKey = periodKey;
        this.summary = summary;
        this.issuedOn = issuedOn;
        this.signer = signer;
        this.topics.addAll(topics);
        this.source = source;
        this.importSha256 = importSha256;
        this.createdAt = Instant.now();
    }

    IssuedDocumentView view(boolean hasFile) {
        return new IssuedDocumentView(id, unitId, numberSymbol, typeCode, issuerKind, issuerName, summary, issuedOn,
                signer, Set.copyOf(topics), hasFile);
    }

    public Long getId() {
        return id;
    }

    public Long getUnitId() {
        return unitId;
    }

    public IssuerKind getIssuerKind() {
        return issuerKind;
    }

    public String getIssuerName() {
        return issuerName;
    }

    public String getTypeCode() {
        return typeCode;
    }

    public String getNumberSymbol() {
        return numberSymbol;
    }

    /** The sequence number inside its numbering period and type. */
    int seq() {
        return seq;
    }

    public String getPeriodKey() {
        return periodKey;
    }

    public String getSummary() {
        return summary;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public String getSigner() {
        return signer;
    }

    public Set<String> getTopics() {
        return topics;
    }

    public long getVersion() {
        return version;
    }

    Source getSource() {
        return source;
    }
}
