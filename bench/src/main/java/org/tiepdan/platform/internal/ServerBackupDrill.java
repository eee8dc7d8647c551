package org.tiepdan.platform.internal;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.stream.Stream;

import org.springframework.util.FileSystemUtils;

/**
 * Logical backup and restore drill on a PostgreSQL server, the production topology (issue 17,
 * docs/reliability.md). Not a test: run it by hand, see bench/README.md.
 *
 * <p>The embedded server of the default installation is PostgreSQL 17 and this machine's client
 * tools are Debian 12's PostgreSQL 15, which refuse to dump it ({@link BackupDrill} therefore
 * makes a cold copy). On a server the tools and the server are of one version, so this drill
 * makes the backup an operator makes: it starts a throw-away cluster of Debian's PostgreSQL (as
 * {@code .ci/run} does), runs installation A on it (demo data and 30 new petitions, the last a
 * denunciation sealed under A's identity key), takes {@code pg_dump --format=custom} while A is
 * serving, and copies the identity key file apart. Then A and its database are dropped, the dump
 * is restored with {@code pg_restore --no-owner} into a new database by the application's own
 * (non-superuser) role, and installation B, a fresh folder holding only the key file, is started
 * on it. B must serve every petition with the same JSON, show the sealed record the same way,
 * hold the same rows and continue the registration numbers without reusing one.
 */
public final class ServerBackupDrill {

    private static final String ROLE = "tiepdan";
    private static final String ROLE_PASSWORD = "drill-" + Long.toHexString(System.nanoTime());

    private ServerBackupDrill() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("drill.data-dir", "target/server-backup-drill")).toAbsolutePath();
        Path bin = Path.of(System.getProperty("backup.pgbin", newestDebianPostgres()));
        FileSystemUtils.deleteRecursively(root);
        Files.createDirectories(root);
        Cluster cluster = Cluster.start(root.resolve("cluster"), bin);
        try {
            run(root, cluster);
        } finally {
            cluster.stop();
        }
    }

    private static void run(Path root, Cluster cluster) throws Exception {
        Path a = root.resolve("installation-a");
        Path b = root.resolve("installation-b");
        Path backup = root.resolve("backup");
        Files.createDirectories(backup.resolve("database"));
        Files.createDirectories(backup.resolve("keys"));
        int port = DrillApp.freePort();
        cluster.superuserSql("CREATE ROLE " + ROLE + " LOGIN PASSWORD '" + ROLE_PASSWORD + "'");
        cluster.superuserSql("CREATE DATABASE tiepdan_a OWNER " + ROLE);

        long started = System.nanoTime();
        Process app = BackupDrill.require(DrillApp.start(a, port, cluster.environment("tiepdan_a")), "A");
        System.out.printf("A started with the demo data on the server in %d s%n", (System.nanoTime() - started) / 1_000_000_000L);
        long unit;
        try (Connection c = cluster.connect("tiepdan_a")) {
            unit = BackupDrill.unitId(c);
        }
        Map<Long, String> petitions = new LinkedHashMap<>();
        for (int n = 1; n <= 30; n++) {
            HttpResponse<String> created = BackupDrill.post(port, "/api/v1/petitions", BackupDrill.body(unit, n, n == 30));
            if (created.statusCode() != 201) {
                throw new IllegalStateException("intake " + n + ": " + created.statusCode() + " " + created.body());
            }
            Matcher id = BackupDrill.ID.matcher(created.body());
            id.find();
            petitions.put(Long.parseLong(id.group(1)), null);
        }
        for (Long id : petitions.keySet()) {
            petitions.put(id, BackupDrill.get(port, "/api/v1/petitions/" + id).body());
        }
        long denunciation = petitions.keySet().stream().reduce((x, y) -> y).orElseThrow();
        String sealedA = BackupDrill.get(port, "/api/v1/identity/subjects/PETITION/" + denunciation).body();
        List<Long> figuresA;
        try (Connection c = cluster.connect("tiepdan_a")) {
            figuresA = BackupDrill.figures(c);
        }

        // The backup, taken while A serves (pg_dump reads one consistent snapshot), by the application's role.
        Path dump = backup.resolve("database/tiepdan.dump");
        String dumpVersion = cluster.tool("pg_dump", "--version").strip();
        cluster.tool("pg_dump", "--format=custom", "--file=" + dump, cluster.url("tiepdan_a"));
        BackupDrill.copy(a.resolve("identity-keys"), backup.resolve("keys"));
        DrillApp.stop(app);
        cluster.superuserSql("DROP DATABASE tiepdan_a");
        FileSystemUtils.deleteRecursively(a); // the original installation is gone

        // The restore: a new database owned by the application's role, a fresh folder with only the key.
        cluster.superuserSql("CREATE DATABASE tiepdan_b OWNER " + ROLE);
        cluster.tool("pg_restore", "--no-owner", "--exit-on-error", "--dbname=" + cluster.url("tiepdan_b"), dump.toString());
        Files.createDirectories(b);
        BackupDrill.copy(backup.resolve("keys/identity-keys"), b);
        app = BackupDrill.require(DrillApp.start(b, port, cluster.environment("tiepdan_b")), "B");
        int same = 0;
        for (Map.Entry<Long, String> p : petitions.entrySet()) {
            String served = BackupDrill.get(port, "/api/v1/petitions/" + p.getKey()).body();
            if (served.equals(p.getValue())) {
                same++;
            } else {
                System.out.println("  DIFFERENT petition " + p.getKey() + ":\n    A " + p.getValue() + "\n    B " + served);
            }
        }
        String sealedB = BackupDrill.get(port, "/api/v1/identity/subjects/PETITION/" + denunciation).body();
        List<Long> figuresB;
        try (Connection c = cluster.connect("tiepdan_b")) {
            figuresB = BackupDrill.figures(c);
        }
        HttpResponse<String> next = BackupDrill.post(port, "/api/v1/petitions", BackupDrill.body(unit, 31, false));
        Matcher number = BackupDrill.NUMBER.matcher(next.body());
        String nextNumber = number.find() ? number.group(1) : "none (" + next.statusCode() + ")";
        boolean reused = petitions.values().stream().anyMatch(json -> json.contains("\"registrationNumber\":\"" + nextNumber + "\""));
        boolean keyMissing = Files.readString(DrillApp.log(b)).contains("which is not configured");
        DrillApp.stop(app);

        System.out.printf("""
                ==== server backup drill ====
                server and tools:                %s, %s
                backup made:                     pg_dump --format=custom while A served: %d kB; identity key file apart
                restored:                        pg_restore --no-owner --exit-on-error by the application's role into a new database
                petitions served the same by B:  %d of %d (JSON of GET /api/v1/petitions/{id} compared byte for byte)
                sealed record view A = B:        %s
                row counts A:                    %s
                row counts B:                    %s (%s)
                restored identity key opens:     %s
                next registration number in B:   %s (reused: %s)
                """, cluster.serverVersion, dumpVersion, Files.size(dump) / 1024, same, petitions.size(),
                sealedA.equals(sealedB), figuresA, figuresB, figuresA.equals(figuresB) ? "equal" : "DIFFERENT",
                keyMissing ? "NO (a key is missing)" : "yes", nextNumber, reused);
    }

    private static String newestDebianPostgres() throws IOException {
        Path lib = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(lib)) {
            throw new IllegalStateException("No PostgreSQL server under /usr/lib/postgresql: apt-get install postgresql, or pass -Dbackup.pgbin");
        }
        try (Stream<Path> versions = Files.list(lib)) {
            return versions.map(v -> v.resolve("bin")).filter(v -> Files.isExecutable(v.resolve("pg_dump")))
                    .max(Comparator.comparing(v -> Integer.parseInt(v.getParent().getFileName().toString())))
                    .orElseThrow().toString();
        }
    }

    /** A throw-away cluster in a folder of the drill, run as the {@code postgres} user when we are root. */
    private static final class Cluster {
        private final Path dir;
        private final Path bin;
        private final int port;
        private final String superPassword = "super-" + Long.toHexString(System.nanoTime());
        private final boolean root = "root".equals(System.getProperty("user.name"));
        private String serverVersion = "?";

        private Cluster(Path dir, Path bin, int port) {
            this.dir = dir;
            this.bin = bin;
            this.port = port;
        }

        static Cluster start(Path dir, Path bin) throws Exception {
            Cluster c = new Cluster(dir, bin, DrillApp.freePort());
            Files.createDirectories(dir);
            Path pwfile = dir.resolve("pwfile");
            Files.writeString(pwfile, c.superPassword);
            if (c.root) {
                exec(List.of("chown", "-R", "postgres", dir.toString()), Map.of());
            }
            c.asPostgres(List.of(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", "postgres",
                    "-A", "scram-sha-256", "--pwfile=" + pwfile, "-E", "UTF8", "--no-locale"));
            Files.delete(pwfile);
            c.asPostgres(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l",
                    dir.resolve("server.log").toString(), "-w", "-o",
                    "-p " + c.port + " -k " + dir + " -c listen_addresses=127.0.0.1", "start"));
            try (Connection s = DriverManager.getConnection(c.jdbc("postgres"), "postgres", c.superPassword);
                 var st = s.createStatement(); var rs = st.executeQuery("show server_version")) {
                rs.next();
                c.serverVersion = "PostgreSQL " + rs.getString(1);
            }
            return c;
        }

        void stop() throws Exception {
            asPostgres(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "fast", "-w", "stop"));
        }

        String jdbc(String database) {
            return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
        }

        String url(String database) {
            return "postgresql://" + ROLE + "@127.0.0.1:" + port + "/" + database;
        }

        Map<String, String> environment(String database) {
            return Map.of("SPRING_DATASOURCE_URL", jdbc(database), "SPRING_DATASOURCE_USERNAME", ROLE,
                    "SPRING_DATASOURCE_PASSWORD", ROLE_PASSWORD);
        }

        Connection connect(String database) throws SQLException {
            return DriverManager.getConnection(jdbc(database), ROLE, ROLE_PASSWORD);
        }

        void superuserSql(String sql) throws SQLException {
            try (Connection s = DriverManager.getConnection(jdbc("postgres"), "postgres", superPassword);
                 var st = s.createStatement()) {
                st.execute(sql);
            }
        }

        /** A client tool of the server's version, connecting as the application's role. */
        String tool(String name, String... arguments) throws Exception {
            List<String> command = new ArrayList<>();
            command.add(bin.resolve(name).toString());
            command.addAll(List.of(arguments));
            return exec(command, Map.of("PGPASSWORD", ROLE_PASSWORD));
        }

        private void asPostgres(List<String> command) throws Exception {
            List<String> full = new ArrayList<>();
            if (root) {
                full.addAll(List.of("runuser", "-u", "postgres", "--"));
            }
            full.addAll(command);
            exec(full, Map.of());
        }

        private static String exec(List<String> command, Map<String, String> environment) throws Exception {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().putAll(environment);
            Process p = builder.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
            }
            return out;
        }
    }
}
