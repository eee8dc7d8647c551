package org.tiepdan.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server for the scale-out tier: the one CI started ({@code .ci/run} exports
 * {@code TIEPDAN_IT_DATASOURCE_URL}, {@code _USERNAME}, {@code _PASSWORD}), or else a throw-away
 * cluster of the Debian server binaries ({@code /usr/lib/postgresql/<version>/bin}) in a temporary
 * folder, run as the {@code postgres} user when the tests run as root (PostgreSQL refuses root).
 * Each tier gets a database of its own, created empty and dropped at the end.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String URL = "TIEPDAN_IT_DATASOURCE_URL";
    public static final String USERNAME = "TIEPDAN_IT_DATASOURCE_USERNAME";
    public static final String PASSWORD = "TIEPDAN_IT_DATASOURCE_PASSWORD";

    private final String adminUrl;
    private final String username;
    private final String password;
    private final Path localData;
    private final Path binaries;
    private final List<String> databases = new ArrayList<>();

    private PostgresServer(String adminUrl, String username, String password, Path localData, Path binaries) {
        this.adminUrl = adminUrl;
        this.username = username;
        this.password = password;
        this.localData = localData;
        this.binaries = binaries;
    }

    /** Why no server is available, or empty when {@link #open()} will give one. */
    public static Optional<String> unavailable() {
        if (System.getenv(URL) != null && !System.getenv(URL).isBlank()) {
            return Optional.empty();
        }
        return binaries().isPresent() ? Optional.empty()
                : Optional.of("no PostgreSQL server: set " + URL + " (and _USERNAME, _PASSWORD) or install Debian's "
                        + "'postgresql' package (/usr/lib/postgresql/<version>/bin); .ci/run does both");
    }

    public static PostgresServer open() throws IOException, InterruptedException {
        String url = System.getenv(URL);
        if (url != null && !url.isBlank()) {
            return new PostgresServer(url, System.getenv(USERNAME), System.getenv(PASSWORD), null, null);
        }
        Path bin = binaries().orElseThrow(() -> new IllegalStateException(unavailable().orElse("")));
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory("tiepdan-pg-");
        Path data = dir.resolve("data");
        if (root) {
            run(List.of("chown", "-R", "postgres", dir.toString()));
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        PostgresServer server = new PostgresServer("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres",
                "", data, bin);
        server.asPostgres(root, bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres", "-A",
                "trust", "-E", "UTF8", "--no-locale", "--no-sync");
        // A throw-away cluster: durability relaxed for speed, as tests may (never the app).
        server.asPostgres(root, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l",
                dir.resolve("server.log").toString(), "-w", "-t", "60", "-o",
                "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60",
                "start");
        return server;
    }

    /** A new empty database on the server; its JDBC URL. */
    public String createDatabase() throws SQLException {
        String name = "tiepdan_scaleout_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(adminUrl, username, password);
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        databases.add(name);
        return adminUrl.replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name);
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    public boolean local() {
        return localData != null;
    }

    @Override
    public void close() throws Exception {
        if (localData != null) {
            boolean root = "root".equals(System.getProperty("user.name"));
            asPostgres(root, binaries.resolve("pg_ctl").toString(), "-D", localData.toString(), "-m", "immediate",
                    "-w", "stop");
            try (Stream<Path> files = Files.walk(localData.getParent())) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
            return;
        }
        try (Connection c = DriverManager.getConnection(adminUrl, username, password);
                Statement s = c.createStatement()) {
            for (String name : databases) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        }
    }

    private static Optional<Path> binaries() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(b -> versionOf(b.getParent())));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static int versionOf(Path dir) {
        try {
            return Integer.parseInt(dir.getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private void asPostgres(boolean root, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>();
        if (root) {
            line.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        line.addAll(List.of(command));
        run(line);
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
    }
}
