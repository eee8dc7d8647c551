package org.tiepdan.calendar.internal;

/** A year whose schedule was entered as data (table {@code calendar_year}). */
public record DeclaredYear(int year, boolean confirmed, String source, String note) {
}
