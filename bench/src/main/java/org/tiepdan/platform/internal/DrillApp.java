package org.tiepdan.platform.internal;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The application as a separate JVM on its own data folder, for the drills of bench/ (crash,
 * backup): a JVM that can be killed with SIGKILL like a real one, with the durable defaults of an
 * installation (none of the test run's relaxations).
 */
final class DrillApp {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /** Why the last {@link #start} returned null: the JVM exited (a real failure) or it was too slow. */
    static volatile String lastFailure = "";

    private DrillApp() {
    }

    /**
     * Starts the application (demo profile) and waits until {@code /actuator/health} answers 200.
     * Returns null when the JVM exits or does not become healthy within ten minutes (a first start
     * loads the demo data, which takes minutes on a loaded machine).
     */
    static Process start(Path dataDir, int port) throws IOException, InterruptedException {
        return start(dataDir, port, java.util.Map.of());
    }

    /**
     * As {@link #start(Path, int)}, with environment variables for the application JVM, e.g.
     * {@code SPRING_DATASOURCE_URL} to run it on a PostgreSQL server instead of the embedded one.
     */
    static Process start(Path dataDir, int port, java.util.Map<String, String> environment) throws IOException, InterruptedException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-cp", classPath(), "org.tiepdan.TiepdanApplication",
                "--spring.profiles.active=demo", "--server.port=" + port, "--tiepdan.data-dir=" + dataDir,
                "--logging.level.root=WARN");
        Files.createDirectories(dataDir);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log(dataDir).toFile()));
        builder.environment().putAll(environment);
        Process app = builder.start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (System.nanoTime() < deadline && app.isAlive()) {
            try {
                HttpResponse<Void> health = HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/actuator/health")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return app;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        lastFailure = app.isAlive() ? "no answer within 10 min (killed; nothing in the log means slow, not broken)"
                : "the JVM exited with code " + app.exitValue();
        app.toHandle().destroyForcibly();
        app.waitFor();
        EmbeddedPostgresServer.stopOrphan(dataDir.resolve("postgres")); // leave nothing running
        return null;
    }

    /** Stops the application as a service manager would (SIGTERM): Spring closes, PostgreSQL is stopped. */
    static void stop(Process app) throws InterruptedException {
        app.destroy();
        if (!app.waitFor(90, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The application did not stop within 90 s");
        }
    }

    static Path log(Path dataDir) {
        return dataDir.resolveSibling(dataDir.getFileName() + ".log");
    }

    /** The running embedded PostgreSQL of {@code dataDir}: port from its pid file, the generated password. */
    static Connection database(Path dataDir) throws SQLException {
        try {
            List<String> pid = Files.readAllLines(dataDir.resolve("postgres/postmaster.pid"));
            String password = Files.readString(dataDir.resolve(EmbeddedPostgresServer.PASSWORD_FILE)).strip();
            return DriverManager.getConnection("jdbc:postgresql://localhost:" + pid.get(3).strip() + "/tiepdan",
                    "postgres", password);
        } catch (IOException e) {
            throw new SQLException(e);
        }
    }

    /** The classpath of the exec:java run (project classes, test classes, dependencies). */
    static String classPath() {
        Set<String> entries = new LinkedHashSet<>();
        for (ClassLoader l = Thread.currentThread().getContextClassLoader(); l != null; l = l.getParent()) {
            if (l instanceof URLClassLoader urls) {
                for (URL url : urls.getURLs()) {
                    try {
                        entries.add(Path.of(url.toURI()).toString());
                    } catch (Exception e) {
                        entries.add(url.getPath());
                    }
                }
            }
        }
        return entries.isEmpty() ? System.getProperty("java.class.path") : String.join(File.pathSeparator, entries);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
