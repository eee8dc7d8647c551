package org.tiepdan.audit;

/** What happened. Labels for people are in messages_vi.properties under {@code audit.action.}. */
public enum AuditAction {
    CREATE, UPDATE, DELETE, STATE_CHANGE, CLOSE, MERGE, IMPORT, EXPORT,
    LOGIN, LOGIN_FAILED, LOGOUT, ACCOUNT_LOCKED, PASSWORD_CHANGE,
    PERMISSION_GRANT, PERMISSION_REVOKE, REVEAL
}
