package org.tiepdan.petition.internal;

import java.text.Normalizer;

/** Input clean-up: trimmed, NFC (so "Hoà" typed decomposed folds like the precomposed one), blank → null. */
final class Texts {

    private Texts() {
    }

    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = Normalizer.normalize(s, Normalizer.Form.NFC).strip();
        return t.isEmpty() ? null : t;
    }
}
