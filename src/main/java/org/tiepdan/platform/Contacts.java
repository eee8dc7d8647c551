package org.tiepdan.platform;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one rule for a telephone number and an e-mail address, wherever one is typed: the front
 * desk's visit form, petition intake (screen and API), the public site and Open311. Before it each
 * entry point had its own pattern, and intake took "xyz" for a phone that the visit form refused.
 *
 * <p>A phone number is 8 to 15 digits, optionally after a "+", with the spaces, dots, hyphens and
 * brackets people type between groups (those are dropped on {@link #normalisePhone}). An e-mail
 * address is a local part of at most 64 characters, an "@", and a domain with a dot, at most 254
 * characters in all (RFC 5321's limits), with no spaces.
 */
public final class Contacts {

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{8,15}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
    /** Longest e-mail address (RFC 5321). */
    public static final int EMAIL_MAX = 254;

    private Contacts() {
    }

    /** The number without its separators; null when blank. Not checked: see {@link #isPhone}. */
    public static String normalisePhone(String raw) {
        if (raw == null) {
            return null;
        }
        String n = raw.strip().replaceAll("[\\s.()\\-]", "");
        return n.isEmpty() ? null : n;
    }

    /** Whether a non-blank typed number is a telephone number. */
    public static boolean isPhone(String raw) {
        String n = normalisePhone(raw);
        return n != null && PHONE.matcher(n).matches();
    }

    /** Whether a non-blank typed text is an e-mail address. */
    public static boolean isEmail(String raw) {
        if (raw == null) {
            return false;
        }
        String e = raw.strip();
        return e.length() <= EMAIL_MAX && EMAIL.matcher(e).matches();
    }

    /** The address as stored: trimmed, the domain in lower case; null when blank. */
    public static String normaliseEmail(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String e = raw.strip();
        int at = e.lastIndexOf('@');
        return at < 0 ? e : e.substring(0, at + 1) + e.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    /** Refuses a phone number that is given but is not one: INVALID {@code code} on {@code field}. */
    public static void checkPhone(String raw, String code, String field) {
        if (raw != null && !raw.isBlank() && !isPhone(raw)) {
            throw DomainException.invalid(code, field);
        }
    }

    /** Refuses an e-mail address that is given but is not one: INVALID {@code code} on {@code field}. */
    public static void checkEmail(String raw, String code, String field) {
        if (raw != null && !raw.isBlank() && !isEmail(raw)) {
            throw DomainException.invalid(code, field);
        }
    }
}
