package org.tiepdan.platform.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Migrates the schema, then attaches the records-version triggers (V188, {@code db/record_change_triggers.sql})
 * to every table that lacks them, so that a table added by any later migration is watched without a line in
 * it (docs/reports.md, "The findings cache"). A strategy and not a Flyway callback: Flyway runs callbacks on a
 * connection of their own beside the two it holds, which a node with a pool of two does not have (TwoNodesTest).
 */
@Component
class RecordChangeTriggers implements FlywayMigrationStrategy {

    static final String SCRIPT = "db/record_change_triggers.sql";

    @Override
    public void migrate(Flyway flyway) {
        flyway.migrate();
        new JdbcTemplate(flyway.getConfiguration().getDataSource()).execute(script());
    }

    private static String script() {
        try {
            return new ClassPathResource(SCRIPT).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
