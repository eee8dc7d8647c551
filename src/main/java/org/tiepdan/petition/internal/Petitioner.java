package org.tiepdan.petition.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.tiepdan.platform.DomainException;
import org.tiepdan.platform.IdDocument;
import org.tiepdan.platform.IdDocumentKind;

/**
 * A person behind a petition. Identity data live in their own table ({@code petitioner}) so the
 * denouncer-identity module can move them into encrypted storage; they are never logged and never
 * put in audit summaries ({@link #toString()} reveals nothing). The identity document is a kind plus
 * its number (LAW.md, "Identity documents"); the kind is null on rows written before it was kept, on
 * sealed rows (the kind is sealed with the number) and where no number is given.
 */
@Embeddable
class Petitioner {

    @Column(name = "full_name")
    private String fullName;
    @Column(name = "id_number")
    private String idNumber;
    @Enumerated(EnumType.STRING)
    @Column(name = "id_kind")
    private IdDocumentKind idKind;
    private String address;
    private String phone;
    private String email;
    private boolean representative;
    /**
     * Typed now (an intake, an import row), not read from a stored petition: only then is the
     * identity document checked. A stored person handed on (transfer, split, second round) keeps
     * what was accepted when it was registered, so records older than a rule keep working.
     */
    @jakarta.persistence.Transient
    private boolean typed;

    protected Petitioner() {
    }

    Petitioner(String fullName, String idNumber, String address, String phone, String email, boolean representative) {
        this(fullName, null, idNumber, address, phone, email, representative);
    }

    /** {@code idKind} as given (null: follows from the number's form once {@link #checkIdDocument} runs). */
    Petitioner(String fullName, IdDocumentKind idKind, String idNumber, String address, String phone, String email,
            boolean representative) {
        this.typed = true;
        this.fullName = Texts.clean(fullName);
        this.idKind = idKind;
        this.idNumber = Texts.clean(idNumber);
        this.address = Texts.clean(address);
        this.phone = Texts.clean(phone);
        this.email = Texts.clean(email);
        this.representative = representative;
    }

    /** A sealed person's row: the pseudonym only. */
    static Petitioner pseudonym(String pseudonym, boolean representative) {
        Petitioner p = new Petitioner();
        p.fullName = pseudonym;
        p.representative = representative;
        return p;
    }

    /**
     * Checks the identity document on a live intake: the number follows its kind's rule, the kind
     * given or, when not, the one its form tells ({@link IdDocument}); then keeps both in canonical
     * form. A kind without a number is refused (the officer meant to type one). INVALID
     * {@code petition-id-number-invalid} on {@code field} otherwise (the history import checks the
     * same way: its rows are kept as the old books hold them, but a number must still be one). A
     * person read from a stored petition is not checked again ({@link #typed}).
     */
    void checkIdDocument(String field) {
        if (!typed) {
            return;
        }
        if (IdDocument.normalise(idNumber) == null) {
            if (idKind != null) {
                throw DomainException.invalid("petition-id-kind-without-number", field);
            }
            idNumber = null;
            return;
        }
        IdDocument d = IdDocument.parse(idKind, idNumber, "petition-id-number-invalid", field);
        idNumber = d.number();
        idKind = d.kind();
    }

    /** Typed now, not read from a stored petition: only then are the intake rules applied ({@link SenderPolicy}). */
    boolean typed() {
        return typed;
    }

    /** The identity as the identity module seals it; the kind travels in the sealed details. */
    org.tiepdan.identity.Person toPerson() {
        java.util.Map<String, String> details = new java.util.HashMap<>();
        if (representative) {
            details.put("representative", "true");
        }
        if (idKind != null) {
            details.put("idKind", idKind.name());
        }
        return new org.tiepdan.identity.Person(org.tiepdan.identity.PersonRole.DENOUNCER, fullName, idNumber, address,
                phone, email, null, details);
    }

    static Petitioner of(org.tiepdan.identity.Person p) {
        return new Petitioner(p.fullName(), IdDocumentKind.named(p.detail("idKind")).orElse(null), p.idNumber(),
                p.address(), p.phone(), p.email(), "true".equals(p.detail("representative")));
    }

    String fullName() {
        return fullName;
    }

    String idNumber() {
        return idNumber;
    }

    IdDocumentKind idKind() {
        return idKind;
    }

    String address() {
        return address;
    }

    String phone() {
        return phone;
    }

    String email() {
        return email;
    }

    boolean representative() {
        return representative;
    }

    @Override
    public String toString() {
        return "Petitioner[***]";
    }
}
