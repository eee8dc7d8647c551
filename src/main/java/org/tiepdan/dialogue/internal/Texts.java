package org.tiepdan.dialogue.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/** Text as people type it: NFC (so that "ỳ" typed two ways compares equal), trimmed, blank is null. */
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

    /** Cleaned, blank ones dropped, duplicates dropped, order kept. */
    static List<String> cleanList(List<String> values) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        if (values != null) {
            for (String v : values) {
                String c = clean(v);
                if (c != null) {
                    out.add(c);
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** A message argument resolved by the message source (a state or action label). */
    static DefaultMessageSourceResolvable label(String code) {
        return new DefaultMessageSourceResolvable(new String[] {code}, code);
    }
}
