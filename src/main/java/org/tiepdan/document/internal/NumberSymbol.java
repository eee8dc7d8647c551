package org.tiepdan.document.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number-symbol (số hiệu) in one of its official forms: Party "48-TB/ĐU", "11-QĐi/TW"; State
 * "12/TB-UBND", "25/2019/QĐ-UBND", or a công văn "125/UBND-TTr" (no type in it).
 *
 * @param normalized  the form to store and show: whitespace removed, digits as written
 * @param key         identity for uniqueness: number without leading zeros, symbol upper-cased
 * @param seq         the running number
 * @param typeCode    the document type it names (canonical code when known)
 * @param partyStyle  written the Party way (number-TYPE/ISSUER)
 * @param straySpaces the input had spaces inside it
 * @param knownType   the type is in the catalogue
 */
record NumberSymbol(String normalized, String key, int seq, String typeCode, boolean partyStyle,
        boolean straySpaces, boolean knownType) {

    private static final Pattern PARTY = Pattern.compile("^(\\d{1,6})-(\\p{L}+)/([\\p{L}\\d.\\-]+)$");
    private static final Pattern STATE = Pattern.compile("^(\\d{1,6})/(?:(\\d{4})/)?(\\p{L}+)(?:-([\\p{L}\\d.\\-]+))?$");

    /** Parses; empty when the text is not a number-symbol in any known form. */
    static Optional<NumberSymbol> parse(String raw, Map<String, String> typesByUpperCode) {
        if (raw == null) {
            return Optional.empty();
        }
        String trimmed = Text.nfc(raw).strip();
        String compact = trimmed.replaceAll("\\s+", "");
        if (compact.isEmpty()) {
            return Optional.empty();
        }
        boolean stray = !compact.equals(trimmed);
        Matcher party = PARTY.matcher(compact);
        if (party.matches()) {
            String type = party.group(2);
            String canonical = typesByUpperCode.get(type.toUpperCase(Locale.ROOT));
            return Optional.of(build(compact, party.group(1), canonical != null ? canonical : type, true, stray,
                    canonical != null));
        }
        Matcher state = STATE.matcher(compact);
        if (state.matches()) {
            String middle = state.group(3);
            String canonical = typesByUpperCode.get(middle.toUpperCase(Locale.ROOT));
            if (canonical == null && state.group(2) == null && middle.equals(middle.toUpperCase(Locale.ROOT))
                    && (state.group(4) == null || middle.length() >= 4)) {
                // "125/UBND-TTr": issuer-department, the form of a công văn.
                canonical = typesByUpperCode.getOrDefault("CV", "CV");
                return Optional.of(build(compact, state.group(1), canonical, false, stray, true));
            }
            return Optional.of(build(compact, state.group(1), canonical != null ? canonical : middle, false, stray,
                    canonical != null));
        }
        return Optional.empty();
    }

    private static NumberSymbol build(String compact, String digits, String type, boolean party, boolean stray,
            boolean known) {
        int seq = Integer.parseInt(digits);
        String rest = compact.substring(digits.length());
        String key = seq + rest.toUpperCase(Locale.ROOT);
        return new NumberSymbol(compact, key, seq, type, party, stray, known);
    }
}
