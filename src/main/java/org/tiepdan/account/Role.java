package org.tiepdan.account;

/** Roles a user holds at a unit (and so at every unit under it). */
public enum Role {
    ADMIN, HEAD, RECEPTION_OFFICER, HANDLER, INSPECTOR, REPORTER, IDENTITY_CUSTODIAN, VIEWER;

    public String authority() {
        return "ROLE_" + name();
    }
}
