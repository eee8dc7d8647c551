package org.tiepdan.dialogue.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A document of the dialogue as numbered in the issued-documents register. */
@Embeddable
class DocumentRef {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DocumentKind kind;

    @Column(name = "issued_document_id", nullable = false)
    private Long documentId;

    @Column(name = "number_symbol", nullable = false)
    private String number;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    private String signer;

    protected DocumentRef() {
    }

    DocumentRef(DocumentKind kind, long documentId, String number, LocalDate issuedOn, String signer) {
        this.kind = kind;
        this.documentId = documentId;
        this.number = number;
        this.issuedOn = issuedOn;
        this.signer = signer;
    }

    public DocumentKind kind() {
        return kind;
    }

    public long documentId() {
        return documentId;
    }

    public String number() {
        return number;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public String signer() {
        return signer;
    }
}
