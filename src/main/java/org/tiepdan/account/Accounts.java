package org.tiepdan.account;

/** What other modules (the demo data, setup screens) may do with accounts. Every call is audited. */
public interface Accounts {

    /** Creates an account, optionally with a first role; returns its id. */
    long createUser(String username, String fullName, String password, Role role, Long unitId);

    void grant(long userId, Role role, Long unitId);

    long countUsers();
}
