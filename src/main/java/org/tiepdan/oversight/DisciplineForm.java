package org.tiepdan.oversight;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The forms of discipline, as lists and not free text, so that the outline (Đề cương II.2.3, "nêu rõ
 * hình thức xử lý") can count them: the Party's (Quy định 69-QĐ/TW: khiển trách, cảnh cáo, cách chức,
 * khai trừ) and the State's for cadres and civil servants (Luật Cán bộ, công chức: khiển trách, cảnh
 * cáo, hạ bậc lương, giáng chức, cách chức, buộc thôi việc). Labels: {@code oversight.discipline.<NAME>}.
 */
public enum DisciplineForm {
    PARTY_REPRIMAND(true, "khien trach"), PARTY_WARNING(true, "canh cao"), PARTY_DISMISSAL(true, "cach chuc"),
    PARTY_EXPULSION(true, "khai tru"),
    STATE_REPRIMAND(false, "khien trach"), STATE_WARNING(false, "canh cao"),
    STATE_SALARY_DOWNGRADE(false, "ha bac luong"), STATE_DEMOTION(false, "giang chuc"),
    STATE_DISMISSAL(false, "cach chuc"), STATE_FORCED_RESIGNATION(false, "buoc thoi viec");

    private final boolean party;
    private final String folded;

    DisciplineForm(boolean party, String folded) {
        this.party = party;
        this.folded = folded;
    }

    public boolean party() {
        return party;
    }

    /** The Party's forms, then the State's, in the order of the lists. */
    public static List<DisciplineForm> party(boolean party) {
        List<DisciplineForm> out = new ArrayList<>();
        for (DisciplineForm f : values()) {
            if (f.party == party) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * The form a text names: its code ({@code PARTY_WARNING}), or its Vietnamese name as the history
     * import and older records write it ("Khiển trách", "cảnh cáo"), optionally with its list
     * ("Đảng: khiển trách", "khiển trách (chính quyền)"). A name both lists carry without its list is
     * the Party's: Phụ lục 3 is the Party's inspection of the heads of Party committees. Empty when the
     * text names no form.
     */
    public static Optional<DisciplineForm> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        for (DisciplineForm f : values()) {
            if (f.name().equalsIgnoreCase(text.strip())) {
                return Optional.of(f);
            }
        }
        String t = fold(text).replaceAll("[():,;\\-–]", " ").replaceAll("\\s+", " ").strip();
        Boolean list = null;
        for (String partyWord : List.of("ky luat dang", "dang")) {
            if (t.startsWith(partyWord + " ") || t.endsWith(" " + partyWord)) {
                list = true;
                t = strip(t, partyWord);
                break;
            }
        }
        if (list == null) {
            for (String stateWord : List.of("chinh quyen", "nha nuoc", "hanh chinh", "cong chuc", "can bo")) {
                if (t.startsWith(stateWord + " ") || t.endsWith(" " + stateWord)) {
                    list = false;
                    t = strip(t, stateWord);
                    break;
                }
            }
        }
        for (DisciplineForm f : values()) {
            if (f.folded.equals(t) && (list == null ? f.party || party(true).stream().noneMatch(p -> p.folded.equals(
                    f.folded)) : f.party == list)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    private static String strip(String t, String word) {
        String s = t.startsWith(word + " ") ? t.substring(word.length()) : t.substring(0, t.length() - word.length());
        return s.strip();
    }

    private static String fold(String s) {
        String n = Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
