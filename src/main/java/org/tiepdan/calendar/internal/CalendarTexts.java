package org.tiepdan.calendar.internal;

import java.text.MessageFormat;

/**
 * Names of computed days, as {@link MessageFormat} patterns from messages_vi.properties
 * ({@code calendar.computed.*}), so the engine itself holds no user-visible text.
 */
public record CalendarTexts(String compensatory, String adjacent, String computedSource) {

    String compensatory(String holidayName) {
        return MessageFormat.format(compensatory, holidayName);
    }

    String adjacent(String holidayName) {
        return MessageFormat.format(adjacent, holidayName);
    }

    String computedSource(String legalBasis) {
        return MessageFormat.format(computedSource, legalBasis);
    }
}
