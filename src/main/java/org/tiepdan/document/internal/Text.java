package org.tiepdan.document.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text helpers for Vietnamese input: NFC, blank handling, diacritic-free folding for matching. */
final class Text {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Text() {
    }

    static String nfc(String s) {
        return s == null ? null : Normalizer.normalize(s.replace('\u00a0', ' '), Normalizer.Form.NFC);
    }

    /** NFC, trimmed, inner runs of whitespace collapsed; null for blank. */
    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = SPACES.matcher(nfc(s)).replaceAll(" ").strip();
        return t.isEmpty() ? null : t;
    }

    static boolean blank(String s) {
        return clean(s) == null;
    }

    /** Lower case without diacritics, đ as d: "Đảng ủy" becomes "dang uy". */
    static String fold(String s) {
        if (s == null) {
            return "";
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        d = MARKS.matcher(d).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(d.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
