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
