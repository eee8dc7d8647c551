package org.tiepdan.history.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.tiepdan.platform.Dates;

/**
 * Turns what a reader found in a cell or a JSON property into the one text form both readers
 * share. A value that cannot be understood is kept as written, so the check can quote it.
 */
final class Canonical {

    private static final Pattern ISO = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");
    private static final Pattern LOOSE = Pattern.compile("^\\d{1,2}/\\d{1,2}/\\d{4}$");
    private static final DateTimeFormatter LOOSE_FORMAT = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final List<String> TRUE = List.of("true", "co", "x", "1", "yes", "dung");
    private static final List<String> FALSE = List.of("false", "khong", "0", "no", "sai");

    private Canonical() {
    }

    /** A text from a spreadsheet cell (dates already dd/MM/yyyy when the cell was a date). */
    static String fromSheet(FieldDef def, String text, Vocabulary vocabulary) {
        String t = Fold.clean(text);
        if (t == null) {
            return null;
        }
        return switch (def.kind()) {
            case ENUM -> vocabulary.code(def.list(), t).orElse(t);
            case BOOL -> bool(t);
            case DATE -> date(t);
            case INT -> t.matches("^-?\\d+\\.0+$") ? t.substring(0, t.indexOf('.')) : t;
            case LIST, UNITS -> list(Arrays.asList(t.split("[\\n;]")));
            default -> t;
        };
    }

    /** A JSON scalar as text (ISO dates become dd/MM/yyyy), or a JSON array's items. */
    static String fromJson(FieldDef def, String text, List<String> items) {
        if (items != null) {
            return list(items);
        }
        String t = Fold.clean(text);
        if (t == null) {
            return null;
        }
        return switch (def.kind()) {
            case BOOL -> bool(t);
            case DATE -> ISO.matcher(t).matches() ? iso(t) : t;
            default -> t;
        };
    }

    /** dd/MM/yyyy when the text is a real date written d/M/yyyy; else the text as written. */
    static String date(String t) {
        if (LOOSE.matcher(t).matches()) {
            try {
                return Dates.format(LocalDate.parse(t, LOOSE_FORMAT));
            } catch (DateTimeParseException e) {
                return t;
            }
        }
        return t;
    }

    private static String iso(String t) {
        try {
            return Dates.format(LocalDate.parse(t));
        } catch (DateTimeParseException e) {
            // 2019-02-30 stays visible as the day/month/year the sender meant.
            String[] p = t.split("-");
            return p[2] + "/" + p[1] + "/" + p[0];
        }
    }

    private static String bool(String t) {
        String f = Fold.fold(t);
        if (TRUE.contains(f)) {
            return "true";
        }
        if (FALSE.contains(f)) {
            return "false";
        }
        return t;
    }

    private static String list(List<String> items) {
        String joined = items.stream().map(Fold::clean).filter(Objects::nonNull).collect(Collectors.joining("\n"));
        return joined.isEmpty() ? null : joined;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
