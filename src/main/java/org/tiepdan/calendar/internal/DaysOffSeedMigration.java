package org.tiepdan.calendar.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.flywaydb.core.api.migration.Context;
import org.tiepdan.calendar.DayKind;

/**
 * Flyway V11: loads the shipped official schedules ({@code classpath:calendar/vn-days-off.csv}, a
 * copy of {@code shared/data/vn-days-off.csv}) into {@code calendar_day}. Rows marked
 * {@code unsure} load unconfirmed, for the administrator to confirm. A year with at least one
 * HOLIDAY row counts as announced (a {@code calendar_year} row, confirmed only when all its rows
 * are); a lone row in another year (31/12/2018) is kept as an exception to the computed year.
 * Called by the Flyway class {@code db.migration.V11__calendar_days_seed}, so that every context
 * that runs Flyway (test slices included) sees the same migrations.
 */
public final class DaysOffSeedMigration {

    static final String RESOURCE = "calendar/vn-days-off.csv";
    static final String SOURCE = "vn-days-off.csv";

    private DaysOffSeedMigration() {
    }

    public static void migrate(Context context) throws SQLException {
        List<DaysOffCsv.Row> rows = shippedRows();
        Connection connection = context.getConnection();
        try (PreparedStatement day = connection.prepareStatement("""
                insert into calendar_day (day, kind, name, source, confirmed, note, updated_by)
                values (?, ?, ?, ?, ?, ?, 'flyway') on conflict (day) do nothing""")) {
            for (DaysOffCsv.Row r : rows) {
                day.setDate(1, Date.valueOf(r.date()));
                day.setString(2, r.kind().name());
                day.setString(3, r.name());
                day.setString(4, r.source());
                day.setBoolean(5, r.confirmed());
                day.setString(6, r.note());
                day.addBatch();
            }
            day.executeBatch();
        }
        insertYears(connection, rows);
    }

    private static void insertYears(Connection connection, List<DaysOffCsv.Row> rows) throws SQLException {
        Map<Integer, List<DaysOffCsv.Row>> byYear = rows.stream()
                .collect(Collectors.groupingBy(r -> r.date().getYear(), TreeMap::new, Collectors.toList()));
        try (PreparedStatement year = connection.prepareStatement("""
                insert into calendar_year (year, confirmed, source, updated_by)
                values (?, ?, ?, 'flyway') on conflict (year) do nothing""")) {
            for (var e : byYear.entrySet()) {
                if (e.getValue().stream().noneMatch(r -> r.kind() == DayKind.HOLIDAY)) {
                    continue;
                }
                year.setInt(1, e.getKey());
                year.setBoolean(2, e.getValue().stream().allMatch(DaysOffCsv.Row::confirmed));
                year.setString(3, SOURCE);
                year.addBatch();
            }
            year.executeBatch();
        }
    }

    static List<DaysOffCsv.Row> shippedRows() {
        try (InputStream in = DaysOffSeedMigration.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            return DaysOffCsv.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
