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
}
