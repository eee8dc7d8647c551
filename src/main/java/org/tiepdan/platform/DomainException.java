package org.tiepdan.platform;

import java.util.Arrays;

/**
 * A rule of the domain was broken. Carries a stable code (for API clients and tests) and a
 * message key with arguments (for people); the web layer turns it into a Vietnamese message or
 * an RFC 9457 problem, never a stack trace.
 */
public class DomainException extends RuntimeException {

    /** How the failure answers over HTTP. */
    public enum Kind { INVALID, NOT_FOUND, CONFLICT, FORBIDDEN }

    private final Kind kind;
    private final String code;
    private final String field;
    private final transient Object[] args;

    public DomainException(Kind kind, String code, String field, Object... args) {
        super(code);
        this.kind = kind;
        this.code = code;
        this.field = field;
        this.args = args == null ? new Object[0] : args.clone();
    }

    public static DomainException invalid(String code, String field, Object... args) {
        return new DomainException(Kind.INVALID, code, field, args);
    }

    public static DomainException notFound(String code, Object... args) {
        return new DomainException(Kind.NOT_FOUND, code, null, args);
    }

    public static DomainException conflict(String code, Object... args) {
        return new DomainException(Kind.CONFLICT, code, null, args);
    }

    public static DomainException forbidden(String code, Object... args) {
        return new DomainException(Kind.FORBIDDEN, code, null, args);
    }

    public Kind kind() {
        return kind;
    }

    /** Stable code, also the message key under {@code error.}. */
    public String code() {
        return code;
    }

    /** The form field the problem belongs to, or null when it concerns the whole request. */
    public String field() {
        return field;
    }

    public Object[] args() {
        return Arrays.copyOf(args, args.length);
    }

    public String messageKey() {
        return "error." + code;
    }
}
