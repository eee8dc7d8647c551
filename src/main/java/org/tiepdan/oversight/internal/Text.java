package org.tiepdan.oversight.internal;

/** Trimming of typed text: blank becomes null, runs of spaces become one. */
final class Text {

    private Text() {
    }

    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip().replaceAll("[ \\t]+", " ");
        return t.isEmpty() ? null : t;
    }

    static String required(String s, String code, String field) {
        String t = clean(s);
        if (t == null) {
            throw org.tiepdan.platform.DomainException.invalid(code, field);
        }
        return t;
    }
}
