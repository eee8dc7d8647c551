package org.tiepdan.report.internal;

import java.time.LocalDate;

/**
 * One record behind a figure, as its figure source gave it: its type (ReceptionSession,
 * PetitionCase, Inspection, ...), id, the unit that held it at the time, its date, what it adds to
 * the figure (1, or a headcount, a number of participants), and the path of its screen (null when
 * no screen shows it).
 */
public record Ref(String type, long id, long unitId, LocalDate date, long weight, String path) {
}
