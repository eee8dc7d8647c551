package org.tiepdan.platform;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A citizen's e-mail address or phone number, as typed: recognised, put in one canonical form (so
 * that "0912 345 678", "+84 912 345 678" and "84912345678" are the same number, and e-mail case does
 * not matter) and masked for logs. The one place that decides when two contacts are the same: the
 * lost-code lookup, the sealed contacts' keyed hashes and the notification channels all use it.
 */
public final class Contacts {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 .\\-()]{8,20}$");

    private Contacts() {
    }

    /** An e-mail address in canonical form (trimmed, lower case), or empty when it is not one. */
    public static Optional<String> email(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String t = typed.strip().toLowerCase(Locale.ROOT);
        return t.length() <= 254 && EMAIL.matcher(t).matches() ? Optional.of(t) : Optional.empty();
    }

    /**
     * A Vietnamese phone number in national form (digits, leading 0: "0912345678"), or empty when it
     * is not one. The country code 84 (with or without +) becomes the leading 0.
     */
    public static Optional<String> phone(String typed) {
        if (typed == null || !PHONE.matcher(typed.strip()).matches()) {
            return Optional.empty();
        }
        String d = typed.replaceAll("[^0-9]", "");
        if (d.startsWith("84") && d.length() >= 10) {
            d = "0" + d.substring(2);
        }
        return d.length() >= 9 && d.length() <= 12 ? Optional.of(d) : Optional.empty();
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
