package org.tiepdan.history.internal;

import java.text.Normalizer;
import java.util.Locale;

/** Texts compared the way people read them: no diacritics, đ as d, lower case, single spaces. */
final class Fold {

    private Fold() {
    }

    static String fold(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    /** NFC, stripped; blank gives null. */
    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = Normalizer.normalize(s, Normalizer.Form.NFC).strip();
        return t.isEmpty() ? null : t;
    }
}
