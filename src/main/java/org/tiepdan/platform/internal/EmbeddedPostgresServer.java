package org.tiepdan.platform.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded PostgreSQL of an evaluation or small single-node installation, started from the
 * zonky binaries with the data in {@code <data-dir>/postgres}.
 *
 * <p>Three things differ from the library's defaults, each because the library is made for
 * throw-away test databases and this one holds the records of an installation:
 * <ul>
 *   <li><b>Durable.</b> The library starts {@code postgres -F} (fsync off) with
 *   {@code synchronous_commit=off}: an acknowledged petition could vanish with a crash and its
 *   registration number be issued again. Unless {@link Settings#durable()} is false (tests only),
 *   the server gets {@code -c fsync=on -c synchronous_commit=on -c full_page_writes=on}; a
 *   {@code -c} option given after {@code -F} on the command line wins, which
 *   {@code EmbeddedPostgresServerTest} checks with {@code SHOW}.</li>
 *   <li><b>A password.</b> The library's cluster trusts every local connection, so any local user
 *   was a database superuser. A random password is generated once into
 *   {@code <data-dir>/postgres-password} (mode 600, outside the cluster folder so that a cluster
 *   copy alone does not carry it), the cluster is initialised with scram-sha-256 and that password
 *   ({@code initdb --auth --pwfile}), and the library's own readiness check logs in with it. A
 *   folder initialised by an earlier version with trust is switched on its next start.</li>
 *   <li><b>Orphans.</b> When the JVM is killed ({@code kill -9}) no shutdown hook runs and the postmaster keeps running on the folder, so the next start failed. It is
 *   found through {@code postmaster.pid} and stopped before starting.</li>
 * </ul>
 * The application uses one server per JVM ({@link #start}); tests start several application
 * contexts (two "nodes" among them) that share it.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

    static final String USER = "postgres";
    static final String DATABASE = "tiepdan";
    static final String PASSWORD_FILE = "postgres-password";
    static final String CLUSTER_FOLDER = "postgres";
    /** The client authentication of a cluster made by this class (or switched from trust). */
    static final String HBA = """
            # Written by tiepdan (EmbeddedPostgresServer): password (scram-sha-256) for every connection.
            # TYPE  DATABASE     USER  ADDRESS       METHOD
            local   all          all                 scram-sha-256
            host    all          all   127.0.0.1/32  scram-sha-256
            host    all          all   ::1/128       scram-sha-256
            local   replication  all                 scram-sha-256
            host    replication  all   127.0.0.1/32  scram-sha-256
            host    replication  all   ::1/128       scram-sha-256
            """;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(60);
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static EmbeddedPostgresServer instance;

    /**
     * How long a start may take before it counts as failed (the library's default is 10 s, which a two-core
     * machine starting two servers at once has exceeded: a test JVM lost its 439 full-stack tests to it). Not
     * retried on another port: the library keeps the folder's lock after a failed start, so a second start in
     * the same JVM cannot take it.
     */
    static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

    /**
     * @param dataDir  tiepdan's data folder; the cluster is its {@code postgres} sub-folder
     * @param clean    delete the cluster first (test runs)
     * @param port     0 for a free port
     * @param durable  fsync and synchronous commit on; only tests may turn it off, for speed
     */
    record Settings(Path dataDir, boolean clean, int port, boolean durable) {

        Path clusterDir() {
            return dataDir.resolve(CLUSTER_FOLDER);
        }

        Path passwordFile() {
            return dataDir.resolve(PASSWORD_FILE);
        }
    }

    private final EmbeddedPostgres postgres;
    private final String password;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, String password) {
        this.postgres = postgres;
        this.password = password;
    }

    /**
     * The server of this JVM, started on the first call; later calls get the same one. It stops at
     * the JVM's exit <em>after</em> the application contexts have closed (a Spring Boot shutdown
     * handler), not in the library's own shutdown hook beside them: that one ran at the same time as
     * the contexts' closing, so whatever still used the database then (a request finishing during the
     * graceful shutdown, the event publication registry listing its unfinished publications) found it
     * gone and waited the pool's 30 s connection timeout, and the exit with it.
     */
    static synchronized EmbeddedPostgresServer start(Settings settings) {
        if (instance == null) {
            instance = open(settings, false);
            SpringApplication.getShutdownHandlers().add(instance::close);
        }
        return instance;
    }

    /** A new server on the folder of {@code settings}; the caller closes it (or the JVM exit does). */
    static EmbeddedPostgresServer open(Settings settings) {
        return open(settings, true);
    }

    /** {@code libraryHook}: whether the library's JVM shutdown hook stops it (else the caller arranges it). */
    private static EmbeddedPostgresServer open(Settings settings, boolean libraryHook) {
        Path cluster = settings.clusterDir();
        try {
            Files.createDirectories(settings.dataDir());
            // Before deleting or starting: an orphan would keep the folder (and a deleted folder's
            // files) in use and make the start fail.
            stopOrphan(cluster);
            if (settings.clean()) {
                // A run that was killed leaves its folder behind, and initdb refuses a non-empty one.
                FileSystemUtils.deleteRecursively(cluster);
            }
            Files.createDirectories(cluster);
            String password = readOrCreatePassword(settings.passwordFile());
            log.info("Starting embedded PostgreSQL with data in {} ({})", cluster,
                    settings.durable() ? "durable: fsync and synchronous commit on" : "NOT durable: tests only");
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setRegisterShutdownHook(libraryHook)
                    .setDataDirectory(cluster)
                    .setCleanDataDirectory(settings.clean())
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("timezone", "Asia/Ho_Chi_Minh")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C.UTF-8")
                    // The library passes these "locale" options to initdb as --key=value after its own
                    // "-A trust", and initdb keeps the last --auth: the cluster never trusts anyone.
                    .setLocaleConfig("auth", "scram-sha-256")
                    .setLocaleConfig("pwfile", settings.passwordFile().toString())
                    // Used by the library's readiness check (and getPostgresDatabase()).
                    .setConnectConfig("password", password);
            if (settings.durable()) {
                builder.setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
            }
            if (settings.port() > 0) {
                builder.setPort(settings.port());
            }
            builder.setPGStartupWait(STARTUP_WAIT);
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(builder.start(), password);
            server.requirePassword(cluster);
            server.createDatabaseIfMissing();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + cluster, e);
        }
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl(USER, DATABASE);
    }

    String password() {
        return password;
    }

    int port() {
        return postgres.getPort();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- password

    /**
     * The password kept in the data folder, made on the first start: 32 random bytes, base64url
     * (no quoting issue anywhere). Created with mode 600 from the start (never readable by others,
     * not even for a moment), and put back to 600 if someone widened it.
     */
    static String readOrCreatePassword(Path file) throws IOException {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
        if (Files.exists(file)) {
            if (posix && !Files.getPosixFilePermissions(file).equals(ownerOnly)) {
                log.warn("{} was readable by others; set back to mode 600", file);
                Files.setPosixFilePermissions(file, ownerOnly);
            }
            String existing = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (!existing.isEmpty()) {
                return existing;
            }
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Path temporary = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(temporary);
        if (posix) {
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(ownerOnly));
        } else {
            Files.createFile(temporary);
        }
        Files.writeString(temporary, password + "\n", StandardCharsets.UTF_8);
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
        log.info("Generated the embedded PostgreSQL password in {} (mode 600)", file);
        return password;
    }

    /**
     * Makes sure a connection without the password is refused. A cluster initialised by an older
     * version (trust) gets the password (hashed by the driver, never sent or logged in clear) and
     * the scram-only {@link #HBA}, then the configuration is reloaded. Checked at every start, so
     * a start interrupted half-way is completed by the next one.
     */
    private void requirePassword(Path cluster) throws IOException {
        if (!acceptsWithoutPassword()) {
            return;
        }
        log.warn("The embedded PostgreSQL in {} trusts local connections; switching it to password authentication", cluster);
        try (Connection c = postgres.getPostgresDatabase().getConnection();
             Statement s = c.createStatement()) {
            c.unwrap(PGConnection.class).alterUserPassword(USER, password.toCharArray(), "scram-sha-256");
            Files.writeString(cluster.resolve("pg_hba.conf"), HBA, StandardCharsets.UTF_8);
            s.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set the password of the embedded PostgreSQL", e);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (acceptsWithoutPassword()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The embedded PostgreSQL in " + cluster
                        + " still accepts connections without a password after switching to scram-sha-256");
            }
            sleep(100);
        }
        log.info("The embedded PostgreSQL in {} now requires the password in {}", cluster, PASSWORD_FILE);
    }

    private boolean acceptsWithoutPassword() {
        Properties noPassword = new Properties();
        noPassword.setProperty("user", USER);
        try (Connection ignored = DriverManager.getConnection(postgres.getJdbcUrl(USER, "postgres"), noPassword)) {
            return true;
        } catch (SQLException refused) {
            return false;
        }
    }

    // ---------------------------------------------------------------- orphans

    /**
     * Stops a postmaster left running on {@code cluster} by a JVM that was killed. Only a live
     * process that is a {@code postgres} started on this very folder is stopped (a pid in a stale
     * file may belong to anything by now: PostgreSQL handles a dead pid itself). It gets SIGINT,
     * PostgreSQL's "fast" shutdown (what {@code pg_ctl stop -m fast} sends): open transactions
     * are rolled back, committed ones are already on disk, nothing is lost.
     */
    static void stopOrphan(Path cluster) {
        Optional<ProcessHandle> orphan = orphanPostmaster(cluster);
        if (orphan.isEmpty()) {
            return;
        }
        ProcessHandle process = orphan.get();
        log.warn("An embedded PostgreSQL (pid {}) is still running on {}, left by a process that was killed; stopping it",
                process.pid(), cluster);
        try {
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid()))
                    .redirectErrorStream(true).start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                process.destroy(); // SIGTERM: "smart" shutdown, the clients of a dead JVM are gone anyway
            }
            process.onExit().get(ORPHAN_STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (IOException e) {
            process.destroy();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping the orphan PostgreSQL " + process.pid(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The PostgreSQL left running on " + cluster + " (pid " + process.pid()
                    + ") did not stop within " + ORPHAN_STOP_WAIT.toSeconds() + " s; stop it and start again", e);
        }
        // The postmaster removes its pid file on exit; wait for that too before starting.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (Files.exists(cluster.resolve("postmaster.pid")) && System.nanoTime() < deadline) {
            sleep(50);
        }
        log.info("Stopped the orphan PostgreSQL (pid {})", process.pid());
    }

    /** The live postmaster named by {@code cluster/postmaster.pid}, if it runs on that folder. */
    static Optional<ProcessHandle> orphanPostmaster(Path cluster) {
        Path pidFile = cluster.resolve("postmaster.pid");
        List<String> lines;
        try {
            lines = Files.exists(pidFile) ? Files.readAllLines(pidFile, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            return Optional.empty();
        }
        if (lines.size() < 2) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).strip());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (pid == ProcessHandle.current().pid() || !sameFolder(Path.of(lines.get(1).strip()), cluster)) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(p -> isPostgresOn(p, cluster));
    }

    private static boolean isPostgresOn(ProcessHandle process, Path cluster) {
        ProcessHandle.Info info = process.info();
        boolean postgres = info.command().map(c -> c.endsWith("/postgres") || c.endsWith("\\postgres.exe")).orElse(false);
        if (!postgres) {
            return false;
        }
        String[] arguments = info.arguments().orElse(new String[0]);
        for (int i = 0; i + 1 < arguments.length; i++) {
            if ("-D".equals(arguments[i]) && sameFolder(Path.of(arguments[i + 1]), cluster)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameFolder(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
