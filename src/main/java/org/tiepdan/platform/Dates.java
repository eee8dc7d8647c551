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

    public static String format(LocalDate date) {
        return date == null ? "" : DISPLAY.format(date);
    }
}
