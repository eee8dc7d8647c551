package org.tiepdan.history.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.tiepdan.platform.Dates;

/**
 * A row's cells as typed values: the file holds text only (dd/MM/yyyy dates, whole numbers,
 * {@code true}/{@code false}, codes of the vocabulary), and the file's own rules have already said
 * which cells are malformed ({@link ValidationRun#structure}). So these readers never refuse: a
 * malformed or empty cell reads as null (false for a flag), and the finding is the structure's.
 */
final class Cells {

    private Cells() {
    }

    static LocalDate parseDate(String text) {
        if (text == null || !text.matches("^\\d{2}/\\d{2}/\\d{4}$")) {
            return null;
        }
        try {
            return LocalDate.parse(text, Dates.DISPLAY);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static LocalDate date(Rec r, String field) {
        return parseDate(r.get(field));
    }

    static Integer integer(Rec r, String field) {
        String v = r.get(field);
        return v != null && v.matches("^\\d{1,6}$") ? Integer.valueOf(v) : null;
    }

    static boolean bool(Rec r, String field) {
        return "true".equals(r.get(field));
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String code) {
        try {
            return code == null ? null : Enum.valueOf(type, code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
