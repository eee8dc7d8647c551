package org.tiepdan.petition.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A person behind a petition. Identity data live in their own table ({@code petitioner}) so the
 * denouncer-identity module can move them into encrypted storage; they are never logged and never
 * put in audit summaries ({@link #toString()} reveals nothing).
 */
@Embeddable
class Petitioner {

    @Column(name = "full_name")
    private String fullName;
    @Column(name = "id_number")
    private String idNumber;
    private String address;
    private String phone;
    private String email;
    private boolean representative;

    protected Petitioner() {
    }

    Petitioner(String fullName, String idNumber, String address, String phone, String email, boolean representative) {
        this.fullName = Texts.clean(fullName);
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

    /** The identity as the identity module seals it. */
    org.tiepdan.identity.Person toPerson() {
        return new org.tiepdan.identity.Person(org.tiepdan.identity.PersonRole.DENOUNCER, fullName, idNumber, address,
                phone, email, null, representative ? java.util.Map.of("representative", "true") : java.util.Map.of());
    }

    static Petitioner of(org.tiepdan.identity.Person p) {
        return new Petitioner(p.fullName(), p.idNumber(), p.address(), p.phone(), p.email(),
                "true".equals(p.detail("representative")));
    }

    String fullName() {
        return fullName;
    }

    String idNumber() {
        return idNumber;
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
