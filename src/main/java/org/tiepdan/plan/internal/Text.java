package org.tiepdan.plan.internal;

import org.tiepdan.platform.DomainException;

/** Trimming of typed text: blank becomes null, runs of spaces become one (lines are kept). */
final class Text {

    private Text() {
    }

    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip().replaceAll("[ \\t]+", " ").replaceAll("\\r\\n?", "\n");
        return t.isEmpty() ? null : t;
    }

    static String required(String s, String code, String field) {
        String t = clean(s);
        if (t == null) {
            throw DomainException.invalid(code, field);
        }
        return t;
    }

    /**
     * The text, or a {@code plan-text-too-long} rejection on its field: the columns are bounded and
     * a longer value must come back as the form with the error beside the field, not as a refused
     * write (issue 19).
     */
    static String atMost(String s, int max, String field) {
        if (s != null && s.length() > max) {
            throw DomainException.invalid("plan-text-too-long", field, max);
        }
        return s;
    }
}
