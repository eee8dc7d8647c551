package org.tiepdan.platform;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
 *
 * <p>It is also the one place that decides when two contacts are the same ({@link #email},
 * {@link #phone}: "0912 345 678", "+84 912 345 678" and "84912345678" are one number, e-mail case
 * does not matter) and how a contact is masked for logs ({@link #mask}): the lost-code lookup, the
 * sealed contacts' keyed hashes and the notification channels use them.
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
    /** An e-mail address in canonical form (trimmed, lower case), or empty when it is not one ({@link #isEmail}). */
    public static Optional<String> email(String typed) {
        return isEmail(typed) ? Optional.of(typed.strip().toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /**
     * A phone number in national form (digits, leading 0: "0912345678"), or empty when it is not one
     * ({@link #isPhone}). The country code 84 (with or without +) becomes the leading 0.
     */
    public static Optional<String> phone(String typed) {
        if (!isPhone(typed)) {
            return Optional.empty();
        }
        String d = typed.replaceAll("[^0-9]", "");
        if (d.startsWith("84") && d.length() >= 10) {
            d = "0" + d.substring(2);
        }
        return Optional.of(d);
    }

    /** The canonical forms a stored phone number may have been written in ({@code 0912…}, {@code 84912…}). */
    public static List<String> phoneSpellings(String canonical) {
        return canonical.startsWith("0") ? List.of(canonical, "84" + canonical.substring(1)) : List.of(canonical);
    }

    /** "lan.nguyen@example.vn" → "l***@e***.vn"; "0912345678" → "09******78": tells two apart, not enough to write to. */
    public static String mask(String contact) {
        if (contact == null || contact.isBlank()) {
            return "";
        }
        int at = contact.indexOf('@');
        if (at < 0) {
            String d = contact.replaceAll("[^0-9]", "");
            return d.length() < 6 ? "***" : d.substring(0, 2) + "*".repeat(d.length() - 4) + d.substring(d.length() - 2);
        }
        if (at == 0) {
            return "***";
        }
        String domain = contact.substring(at + 1);
        int dot = domain.lastIndexOf('.');
        String head = dot > 0 ? domain.substring(0, dot) : domain;
        String tld = dot > 0 ? domain.substring(dot) : "";
        return contact.charAt(0) + "***@" + (head.isEmpty() ? "" : head.charAt(0)) + "***" + tld;
    }
}
