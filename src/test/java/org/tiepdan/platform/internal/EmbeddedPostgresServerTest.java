package org.tiepdan.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/**
 * The embedded PostgreSQL as an installation gets it (issues 16 and 17): durable, password-only,
 * and startable at the first try after the JVM was killed. Each test has its own folder and server
 * (not the one the full-stack tests share, which the test run relaxes for speed).
 */
class EmbeddedPostgresServerTest {

    @TempDir
    Path dataDir;

    @Test
    void theDefaultServerIsDurableAndRequiresItsGeneratedPassword() throws Exception {
        // The settings exactly as the application reads them, from an environment that says nothing.
        MockEnvironment environment = new MockEnvironment().withProperty("tiepdan.data-dir", dataDir.toString());
        EmbeddedPostgresServer.Settings settings = EmbeddedPostgresEnvironmentPostProcessor.settings(environment);
        assertThat(settings.durable()).isTrue();

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.open(settings)) {
            try (Connection c = connect(server, server.password())) {
                assertThat(show(c, "fsync")).isEqualTo("on");
                assertThat(show(c, "synchronous_commit")).isEqualTo("on");
                assertThat(show(c, "full_page_writes")).isEqualTo("on");
                assertThat(show(c, "password_encryption")).isEqualTo("scram-sha-256");
            }
            assertThatThrownBy(() -> connect(server, null)).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> connect(server, "")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> connect(server, server.password() + "x")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("password authentication failed");
            assertThat(Files.readString(dataDir.resolve("postgres/pg_hba.conf"))).doesNotContainPattern("(?m)^[^#]*\\btrust\\b");
        }
        Path passwordFile = dataDir.resolve(EmbeddedPostgresServer.PASSWORD_FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");
        assertThat(Files.readString(passwordFile).strip()).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void aFolderInitialisedWithTrustIsSwitchedToThePasswordOnItsNextStart() throws Exception {
        // What earlier versions made: the library's defaults, trust for every local connection.
        Path cluster = dataDir.resolve(EmbeddedPostgresServer.CLUSTER_FOLDER);
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(cluster).setCleanDataDirectory(false).start();
             Connection c = old.getPostgresDatabase().getConnection();
             Statement s = c.createStatement()) {
            // The defects as the library's defaults make them: no fsync, and no password needed.
            try (ResultSet rs = s.executeQuery("show fsync")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("off");
            }
            DriverManager.getConnection("jdbc:postgresql://localhost:" + old.getPort() + "/postgres?user=postgres").close();
            s.execute("create table kept(v text)");
            s.execute("insert into kept values ('from the trust era')");
        }

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.open(
                new EmbeddedPostgresServer.Settings(dataDir, false, 0, true))) {
            assertThatThrownBy(() -> connect(server, null)).isInstanceOf(SQLException.class);
            try (Connection c = DriverManager.getConnection(
                    "jdbc:postgresql://localhost:" + server.port() + "/postgres", "postgres", server.password());
                 ResultSet rs = c.createStatement().executeQuery("select v from kept")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("from the trust era");
            }
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                dataDir.resolve(EmbeddedPostgresServer.PASSWORD_FILE)))).isEqualTo("rw-------");
    }

    @Test
    void theFirstStartAfterTheJvmWasKilledWorks() throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, EmbeddedPostgresOrphanChild.class.getName(), dataDir.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.PIPE)
                .start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("READY")) {
                // the child's log
            }
            assertThat(line).as("the child started its server").startsWith("READY");
        }
        child.destroyForcibly(); // SIGKILL: no shutdown hook runs
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        Path cluster = dataDir.resolve(EmbeddedPostgresServer.CLUSTER_FOLDER);
        // The defect's precondition: the postmaster outlives the JVM that started it.
        ProcessHandle orphan = EmbeddedPostgresServer.orphanPostmaster(cluster).orElseThrow();
        assertThat(orphan.isAlive()).isTrue();

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.open(
                new EmbeddedPostgresServer.Settings(dataDir, false, 0, false));
             Connection c = connect(server, server.password())) {
            assertThat(show(c, "data_directory")).isEqualTo(cluster.toRealPath().toString());
            assertThat(orphan.isAlive()).isFalse();
        }
    }

    private static Connection connect(EmbeddedPostgresServer server, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", EmbeddedPostgresServer.USER);
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(server.jdbcUrl().replaceFirst("\\?.*$", ""), properties);
    }

    private static String show(Connection c, String setting) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("show " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }

}
