package org.tiepdan.platform.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.util.FileSystemUtils;

/**
 * Backup and restore drill of the embedded installation (issue 17, docs/reliability.md). Not a
 * test: run it by hand, see bench/README.md.
 *
 * <p>Installation A (demo data and 30 new petitions, one of them a denunciation whose identity is
 * sealed under A's identity key) is backed up, then deleted; the backup is restored into a fresh
 * folder B, which must serve every petition exactly as A did (same JSON), hold the same number of
 * rows, open its sealed records with the restored key, and continue the registration numbers
 * without reusing one.
 *
 * <p>The backup is the one this machine can make: the embedded server is PostgreSQL 17 and the
 * only client tools here are Debian 12's PostgreSQL 15, whose {@code pg_dump} refuses a newer
 * server. So the drill checks that, says so, and makes a cold copy instead (application stopped:
 * the cluster folder, the password file; the identity key file separately). On a PostgreSQL
 * server the procedure is {@code pg_dump}/{@code pg_restore} of the same major version
 * (docs/operations.md).
 */
public final class BackupDrill {

    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    static final Pattern NUMBER = Pattern.compile("\"registrationNumber\"\\s*:\\s*\"([^\"]+)\"");
    private static final String AUTH = "Basic " + Base64.getEncoder().encodeToString("xuly:Demo@2026".getBytes(StandardCharsets.UTF_8));
    private static final List<String> FIGURES = List.of(
            "select count(*) from petition", "select count(*) from petition_case", "select count(*) from petition_deadline",
            "select count(*) from audit_entry", "select count(*) from identity_sealed_person",
            "select coalesce(max(id), 0) from petition");

    private BackupDrill() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("drill.data-dir", "target/backup-drill")).toAbsolutePath();
        FileSystemUtils.deleteRecursively(root);
        Path a = root.resolve("installation-a");
        Path backup = root.resolve("backup");
        Path b = root.resolve("installation-b");
        int port = DrillApp.freePort();

        Process app = require(DrillApp.start(a, port), "A");
        long unit = unitId(a);
        Map<Long, String> petitions = new LinkedHashMap<>();
        for (int n = 1; n <= 30; n++) {
            HttpResponse<String> created = post(port, "/api/v1/petitions", body(unit, n, n == 30));
            if (created.statusCode() != 201) {
                throw new IllegalStateException("intake " + n + ": " + created.statusCode() + " " + created.body());
            }
            Matcher id = ID.matcher(created.body());
            id.find();
            petitions.put(Long.parseLong(id.group(1)), null);
        }
        for (Long id : petitions.keySet()) {
            petitions.put(id, get(port, "/api/v1/petitions/" + id).body());
        }
        long denunciation = petitions.keySet().stream().reduce((x, y) -> y).orElseThrow();
        String sealedA = get(port, "/api/v1/identity/subjects/PETITION/" + denunciation).body();
        List<Long> figuresA = figures(a);

        String pgDump = pgDumpCheck(a);
        DrillApp.stop(app);
        // The backup: database and its password together, the identity key apart (never in the same place).
        Files.createDirectories(backup.resolve("database"));
        Files.createDirectories(backup.resolve("keys"));
        copy(a.resolve("postgres"), backup.resolve("database/postgres"));
        copy(a.resolve(EmbeddedPostgresServer.PASSWORD_FILE), backup.resolve("database"));
        copy(a.resolve("identity-keys"), backup.resolve("keys"));
        FileSystemUtils.deleteRecursively(a); // the original installation is gone

        // The restore: a fresh folder, nothing of A but the backup.
        Files.createDirectories(b);
        copy(backup.resolve("database/postgres"), b.resolve("postgres"));
        copy(backup.resolve("database/" + EmbeddedPostgresServer.PASSWORD_FILE), b);
        copy(backup.resolve("keys/identity-keys"), b);
        app = require(DrillApp.start(b, port), "B");
        int same = 0;
        for (Map.Entry<Long, String> p : petitions.entrySet()) {
            String served = get(port, "/api/v1/petitions/" + p.getKey()).body();
            if (served.equals(p.getValue())) {
                same++;
            } else {
                System.out.println("  DIFFERENT petition " + p.getKey() + ":\n    A " + p.getValue() + "\n    B " + served);
            }
        }
        String sealedB = get(port, "/api/v1/identity/subjects/PETITION/" + denunciation).body();
        List<Long> figuresB = figures(b);
        HttpResponse<String> next = post(port, "/api/v1/petitions", body(unit, 31, false));
        Matcher number = NUMBER.matcher(next.body());
        String nextNumber = number.find() ? number.group(1) : "none (" + next.statusCode() + ")";
        boolean reused = petitions.values().stream().anyMatch(json -> json.contains("\"registrationNumber\":\"" + nextNumber + "\""));
        String log = Files.readString(DrillApp.log(b));
        boolean keyMissing = log.contains("which is not configured");
        DrillApp.stop(app);

        System.out.printf("""
                ==== backup drill ====
                pg_dump:                         %s
                backup made:                     cold copy (application stopped): cluster %s MB, password file; identity key file apart
                petitions served the same by B:  %d of %d (JSON of GET /api/v1/petitions/{id} compared byte for byte)
                sealed record view A = B:        %s
                row counts A:                    %s
                row counts B:                    %s (%s)
                restored identity key opens:     %s
                next registration number in B:   %s (reused: %s)
                """, pgDump, size(backup.resolve("database/postgres")) / (1024 * 1024), same, petitions.size(),
                sealedA.equals(sealedB), figuresA, figuresB, figuresA.equals(figuresB) ? "equal" : "DIFFERENT",
                keyMissing ? "NO (a key is missing)" : "yes", nextNumber, reused);
    }

    static Process require(Process app, String name) {
        if (app == null) {
            throw new IllegalStateException("Installation " + name + " did not start");
        }
        return app;
    }

    /** Whether this machine's pg_dump can dump the embedded server (it cannot when it is older). */
    private static String pgDumpCheck(Path dataDir) throws Exception {
        String server;
        try (Connection c = DrillApp.database(dataDir); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("show server_version")) {
            rs.next();
            server = rs.getString(1);
        }
        List<String> pid = Files.readAllLines(dataDir.resolve("postgres/postmaster.pid"));
        ProcessBuilder dump = new ProcessBuilder("pg_dump", "--format=custom", "--file=/dev/null",
                "--host=localhost", "--port=" + pid.get(3).strip(), "--username=postgres", "tiepdan")
                .redirectErrorStream(true);
        dump.environment().put("PGPASSWORD", Files.readString(dataDir.resolve(EmbeddedPostgresServer.PASSWORD_FILE)).strip());
        try {
            Process p = dump.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            int exit = p.waitFor();
            return exit == 0 ? "works against server " + server + " (a logical backup is possible here)"
                    : "cannot dump server " + server + ": " + out.replace('\n', ' ');
        } catch (IOException e) {
            return "not installed (" + e.getMessage() + ")";
        }
    }

    private static List<Long> figures(Path dataDir) throws SQLException {
        try (Connection c = DrillApp.database(dataDir)) {
            return figures(c);
        }
    }

    /** The row counts compared between the original and the restored installation. */
    static List<Long> figures(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            return FIGURES.stream().map(sql -> {
                try (ResultSet rs = s.executeQuery(sql)) {
                    rs.next();
                    return rs.getLong(1);
                } catch (SQLException e) {
                    throw new IllegalStateException(sql, e);
                }
            }).toList();
        }
    }

    private static long unitId(Path dataDir) throws SQLException {
        try (Connection c = DrillApp.database(dataDir)) {
            return unitId(c);
        }
    }

    /** The demo commune's People's Committee, the receiving body of the drill's intakes. */
    static long unitId(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                select u.id from org_unit u join org_unit a on u.parent_id = a.id
                where a.kind = 'ADMINISTRATIVE_AREA' and a.code = '18844' and u.kind = 'PEOPLES_COMMITTEE'""")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String body(long unit, int n, boolean denunciation) {
        return """
                {"unitId": %d, "channel": "POST", "receivedOn": "%s",%s
                 "content": "Diễn tập sao lưu: đề nghị xem xét việc cấp giấy chứng nhận quyền sử dụng đất thửa số %d",
                 "petitioners": [{"fullName": "Trần Thị Sao Lưu %d", "address": "Thôn Tân Hòa, xã Kỳ Thượng", "idNumber": "0420%08d"}]}"""
                .formatted(unit, LocalDate.of(2026, 3, 2), denunciation ? " \"declaredKind\": \"DENUNCIATION\"," : "", n, n, n);
    }

    static HttpResponse<String> post(int port, String path, String json) throws Exception {
        return DrillApp.HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", AUTH).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(int port, String path) throws Exception {
        return DrillApp.HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", AUTH).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** {@code cp -a}: keeps modes (PostgreSQL insists on 700 for its folder, the password file on 600). */
    static void copy(Path from, Path to) throws IOException, InterruptedException {
        Process cp = new ProcessBuilder("cp", "-a", from.toString(), to.toString()).inheritIO().start();
        if (cp.waitFor() != 0) {
            throw new IOException("cp -a " + from + " " + to + " failed");
        }
    }

    private static long size(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
