package org.tiepdan.platform;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

/** The one date convention users see: dd/MM/yyyy in Asia/Ho_Chi_Minh. */
public final class Dates {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Strict: 30/02/2019 is rejected, not rolled over to March. */
    public static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    public static final DateTimeFormatter DISPLAY_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm")
            .withResolverStyle(ResolverStyle.STRICT).withZone(ZONE);

    private Dates() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /**
     * The one reading of a typed date, wherever it is typed (every form's date fields through the
     * web formatter, the screens that read a date by hand): dd/MM/yyyy, strictly (31/02/2026 is
     * refused, never rolled over), or ISO yyyy-MM-dd as {@code <input type="date">} and query
     * strings send it; surrounding spaces ignored.
     *
     * @throws java.time.format.DateTimeParseException when the text is no such date
     */
    public static LocalDate parse(String text) {
        String t = text.strip();
        try {
            return LocalDate.parse(t, DISPLAY);
        } catch (java.time.format.DateTimeParseException e) {
            return LocalDate.parse(t);
        }
    }

    public static String format(LocalDate date) {
        return date == null ? "" : DISPLAY.format(date);
    }
}
