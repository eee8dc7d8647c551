package org.tiepdan.platform;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of identity document a citizen shows (LAW.md, "Identity documents": Luật 136/2025 names
 * "số căn cước, giấy chứng nhận căn cước hoặc số định danh hoặc số hộ chiếu", and old 9-digit CMND
 * numbers are still met). Each kind has its own rule for the number; {@link IdDocument} applies it.
 */
public enum IdDocumentKind {

    /**
     * Căn cước công dân / căn cước: 12 digits, digits 1–3 the province code of registration of birth
     * as issued (Thông tư 07/2016/TT-BCA, 63 codes between 001 and 096), digit 4 gender and century,
     * digits 5–6 the year of birth, then 6 random digits.
     */
    CCCD,
    /** Chứng minh nhân dân (the old identity card): 9 digits. */
    CMND,
    /**
     * Hộ chiếu. LAW.md gives no format for the number, so none is invented: 6 to 9 letters or digits
     * (ICAO 9303 allows at most 9 characters in the document number field).
     */
    PASSPORT,
    /**
     * Số định danh cá nhân: the same 12-digit structure as a CCCD number, which is the holder's
     * personal identification number (Thông tư 07/2016/TT-BCA).
     */
    PERSONAL_ID;

    /** Province codes as issued: 63 codes between 001 and 096 (not every number in the range is one). */
    public static final Set<String> PROVINCE_CODES = Set.of(
            "001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019", "020", "022", "024",
            "025", "026", "027", "030", "031", "033", "034", "035", "036", "037", "038", "040", "042", "044", "045",
            "046", "048", "049", "051", "052", "054", "056", "058", "060", "062", "064", "066", "067", "068", "070",
            "072", "074", "075", "077", "079", "080", "082", "083", "084", "086", "087", "089", "091", "092", "093",
            "094", "095", "096");

    /** True when a canonical number ({@link IdDocument#normalise}) follows this kind's rule. */
    public boolean accepts(String number) {
        if (number == null) {
            return false;
        }
        return switch (this) {
            case CCCD, PERSONAL_ID -> digits(number, 12) && PROVINCE_CODES.contains(number.substring(0, 3));
            case CMND -> digits(number, 9);
            case PASSPORT -> number.length() >= 6 && number.length() <= 9 && alphanumeric(number);
        };
    }

    /**
     * The kind named in a request, a form or an import cell: the constant ({@code CCCD},
     * {@code personal_id}) or a Vietnamese label people write in books ("căn cước", "CMND", "hộ
     * chiếu", "định danh"). Blank gives empty; anything else is not a kind (the caller refuses it).
     */
    public static Optional<IdDocumentKind> named(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (IdDocumentKind k : values()) {
            if (k.name().equals(t)) {
                return Optional.of(k);
            }
        }
        String folded = java.text.Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT).replace('đ', 'd'),
                java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replaceAll("\\s+", " ");
        return switch (folded) {
            case "can cuoc", "can cuoc cong dan", "the can cuoc", "the can cuoc cong dan" -> Optional.of(CCCD);
            case "chung minh nhan dan", "chung minh thu" -> Optional.of(CMND);
            case "ho chieu" -> Optional.of(PASSPORT);
            case "dinh danh", "so dinh danh", "so dinh danh ca nhan", "ma dinh danh" -> Optional.of(PERSONAL_ID);
            default -> Optional.empty();
        };
    }

    static boolean digits(String s, int length) {
        if (s.length() != length) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    static boolean alphanumeric(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))) {
                return false;
            }
        }
        return true;
    }
}
