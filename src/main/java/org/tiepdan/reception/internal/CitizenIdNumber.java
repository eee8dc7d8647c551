package org.tiepdan.reception.internal;

import java.util.Set;

/**
 * The Vietnamese citizen identity card number (CCCD, 12 digits): digits 1–3 the province code of
 * registration of birth as issued (Thông tư 07/2016/TT-BCA, 63 codes between 001 and 096), digit 4
 * gender and century (0–9), digits 5–6 the year of birth, then 6 random digits.
 */
final class CitizenIdNumber {

    /** Province codes as issued: 63 codes between 001 and 096 (not every number in the range is one). */
    static final Set<String> PROVINCE_CODES = Set.of(
            "001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019", "020", "022", "024",
            "025", "026", "027", "030", "031", "033", "034", "035", "036", "037", "038", "040", "042", "044", "045",
            "046", "048", "049", "051", "052", "054", "056", "058", "060", "062", "064", "066", "067", "068", "070",
            "072", "074", "075", "077", "079", "080", "082", "083", "084", "086", "087", "089", "091", "092", "093",
            "094", "095", "096");

    private CitizenIdNumber() {
    }

    /** Spaces and dots people type between groups are ignored; null or blank gives null. */
    static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        String cleaned = raw.replaceAll("[\\s.]", "");
        return cleaned.isEmpty() ? null : cleaned;
    }

    /** True for exactly 12 ASCII digits starting with an issued province code. */
    static boolean isValid(String number) {
        if (number == null || number.length() != 12) {
            return false;
        }
        for (int i = 0; i < 12; i++) {
            char c = number.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return PROVINCE_CODES.contains(number.substring(0, 3));
    }
}
