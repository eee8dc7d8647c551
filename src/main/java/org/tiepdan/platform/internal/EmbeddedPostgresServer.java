package org.tiepdan.platform.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL per JVM. Tests start several application contexts (two "nodes" among
 * them); all of them share this server, which is why it is a process-wide singleton. The
 * library's shutdown hook stops it cleanly (pg_ctl stop) when the JVM exits.
 */
final class EmbeddedPostgresServer {

    static final String USER = "postgres";
    static final String DATABASE = "tiepdan";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static EmbeddedPostgresServer instance;

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static synchronized EmbeddedPostgresServer start(Path dataDir, boolean clean, int port) {
        if (instance != null) {
            return instance;
        }
        try {
            if (clean) {
                // A run that was killed leaves its folder behind, and initdb refuses a non-empty one.
                org.springframework.util.FileSystemUtils.deleteRecursively(dataDir);
            }
            Files.createDirectories(dataDir);
            log.info("Starting embedded PostgreSQL with data in {}", dataDir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(clean)
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("timezone", "Asia/Ho_Chi_Minh")
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C.UTF-8");
            if (port > 0) {
                builder.setPort(port);
            }
            instance = new EmbeddedPostgresServer(builder.start());
            instance.createDatabaseIfMissing();
            return instance;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl(USER, DATABASE);
    }

    private void createDatabaseIfMissing() {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement create = c.createStatement()) {
                create.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + DATABASE, e);
        }
    }
}
