package org.tiepdan.platform.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.util.FileSystemUtils;

/**
 * Crash drill of the embedded installation (issue 17, docs/reliability.md). Not a test: run it by
 * hand, see bench/README.md.
 *
 * <p>Starts the application as a separate JVM (the demo profile, durable defaults, its own data
 * folder {@code target/crash-drill}), streams petition intakes over HTTP from two clients and
 * records every acknowledged one (201: id and registration number), then kills the JVM with
 * SIGKILL at a random moment, in half of the cycles together with its PostgreSQL (the postmaster
 * and every backend, SIGKILL as well), and starts it again. After the last cycle it starts once
 * more and checks in the database: every acknowledged petition is there with its number, no
 * petition of the drill lacks its case, deadline or audit row, and no registration number was
 * given twice. A start that does not come up at the first try is counted as a failure.
 */
public final class CrashDrill {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern NUMBER = Pattern.compile("\"registrationNumber\"\\s*:\\s*\"([^\"]+)\"");
    private static final String MARKER = "Diễn tập sự cố";

    private final Path dataDir = Path.of(System.getProperty("drill.data-dir", "target/crash-drill")).toAbsolutePath();
    private final int cycles = Integer.getInteger("drill.cycles", 20);
    private final int clients = Integer.getInteger("drill.clients", 2);
    private final Random random = new Random(Long.getLong("drill.seed", System.nanoTime()));
    private final HttpClient http = DrillApp.HTTP;
    private final String auth = "Basic " + Base64.getEncoder().encodeToString("xuly:Demo@2026".getBytes(StandardCharsets.UTF_8));
    private final Map<Long, String> acknowledged = new ConcurrentHashMap<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private final AtomicInteger otherStatuses = new AtomicInteger();
    private final AtomicInteger transportErrors = new AtomicInteger();
    private int failedStarts;
    private long unitId;
    private int port;

    private CrashDrill() {
    }

    public static void main(String[] args) throws Exception {
        new CrashDrill().run();
    }

    private void run() throws Exception {
        long began = System.nanoTime();
        FileSystemUtils.deleteRecursively(dataDir);
        Files.createDirectories(dataDir);
        port = DrillApp.freePort();
        int jvmOnly = 0;
        int withDatabase = 0;
        Process app = startApp();
        unitId = queryUnitId();
        for (int cycle = 1; cycle <= cycles; cycle++) {
            AtomicBoolean stop = new AtomicBoolean();
            List<Thread> threads = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                Thread t = new Thread(() -> stream(stop));
                t.start();
                threads.add(t);
            }
            // The random moment counts from the first acknowledgement of the cycle: a freshly started
            // JVM answers its first requests slowly, and a kill before any answer would test nothing.
            int before = acknowledged.size();
            long firstDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (acknowledged.size() == before && System.nanoTime() < firstDeadline) {
                Thread.sleep(50);
            }
            Thread.sleep(random.nextInt(5000));
            boolean killDatabase = random.nextBoolean();
            Optional<ProcessHandle> postmaster = postmaster();
            app.toHandle().destroyForcibly();
            if (killDatabase) {
                postmaster.ifPresent(p -> {
                    p.descendants().forEach(ProcessHandle::destroyForcibly);
                    p.destroyForcibly();
                });
                withDatabase++;
            } else {
                jvmOnly++;
            }
            app.waitFor(30, TimeUnit.SECONDS);
            stop.set(true);
            for (Thread t : threads) {
                t.join();
            }
            System.out.printf("cycle %2d: killed the JVM%s; %d acknowledged so far, %d requests in flight or refused%n", cycle,
                    killDatabase ? " and its PostgreSQL" : " (PostgreSQL left running)", acknowledged.size(),
                    transportErrors.get());
            app = startApp();
        }
        Report report = check();
        DrillApp.stop(app);
        System.out.printf("""
                ==== crash drill: %d cycles (%d JVM only, %d JVM and PostgreSQL), %d client threads, %.0f s ====
                acknowledged (201):             %d
                acknowledged missing:           %d
                acknowledged with another no.:  %d
                petitions of the drill in DB:   %d (the rest were in flight when killed, never acknowledged)
                without case:                   %d
                without deadline:               %d
                without audit row:              %d
                registration numbers reused:    %d
                starts that failed (1st try):   %d
                other HTTP statuses:            %d, transport errors (in flight at the kill): %d
                """, cycles, jvmOnly, withDatabase, clients, (System.nanoTime() - began) / 1e9, acknowledged.size(),
                report.missing, report.renumbered, report.inDatabase, report.withoutCase, report.withoutDeadline,
                report.withoutAudit, report.reused, failedStarts, otherStatuses.get(), transportErrors.get());
    }

    private void stream(AtomicBoolean stop) {
        while (!stop.get()) {
            int n = sequence.incrementAndGet();
            String body = """
                    {"unitId": %d, "channel": "POST", "receivedOn": "%s",
                     "content": "%s: đề nghị xem xét việc cấp giấy chứng nhận quyền sử dụng đất thửa số %d",
                     "petitioners": [{"fullName": "Nguyễn Văn Diễn %d", "address": "Thôn Tân Hòa, xã Kỳ Thượng"}]}"""
                    .formatted(unitId, LocalDate.of(2026, 3, 2), MARKER, n, n);
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                                URI.create("http://localhost:" + port + "/api/v1/petitions"))
                        .timeout(Duration.ofSeconds(20))
                        .header("Authorization", auth).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 201) {
                    Matcher id = ID.matcher(response.body());
                    Matcher number = NUMBER.matcher(response.body());
                    if (!id.find() || !number.find()) {
                        throw new IllegalStateException("201 without id or number: " + response.body());
                    }
                    String previous = acknowledged.put(Long.parseLong(id.group(1)), number.group(1));
                    if (previous != null) {
                        throw new IllegalStateException("id acknowledged twice: " + id.group(1));
                    }
                } else {
                    otherStatuses.incrementAndGet();
                    System.out.println("  HTTP " + response.statusCode() + ": " + response.body());
                }
            } catch (IOException e) {
                transportErrors.incrementAndGet();
                sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private record Report(int missing, int renumbered, int inDatabase, int withoutCase, int withoutDeadline,
                          int withoutAudit, int reused) {
    }

    private Report check() throws SQLException {
        try (Connection c = database()) {
            int missing = 0;
            int renumbered = 0;
            try (PreparedStatement find = c.prepareStatement("select registration_number from petition where id = ?")) {
                for (Map.Entry<Long, String> ack : acknowledged.entrySet()) {
                    find.setLong(1, ack.getKey());
                    try (ResultSet rs = find.executeQuery()) {
                        if (!rs.next()) {
                            missing++;
                            System.out.println("  MISSING petition " + ack.getKey() + " " + ack.getValue());
                        } else if (!rs.getString(1).equals(ack.getValue())) {
                            renumbered++;
                            System.out.println("  RENUMBERED petition " + ack.getKey() + " " + ack.getValue() + " -> " + rs.getString(1));
                        }
                    }
                }
            }
            Set<String> numbers = new LinkedHashSet<>(acknowledged.values());
            int reusedAmongAcks = acknowledged.size() - numbers.size();
            String drill = " from petition p where p.content like '" + MARKER + "%'";
            return new Report(missing, renumbered,
                    count(c, "select count(*)" + drill),
                    count(c, "select count(*)" + drill + " and not exists (select 1 from petition_case k where k.id = p.case_id)"),
                    count(c, "select count(*)" + drill + " and not exists (select 1 from petition_deadline d where d.petition_id = p.id)"),
                    count(c, "select count(*)" + drill + " and not exists (select 1 from audit_entry a where a.entity_type = 'Petition'"
                            + " and a.entity_id = p.id::text and a.action = 'CREATE')"),
                    reusedAmongAcks + count(c, "select count(*) from (select 1 from petition group by unit_id, registration_number"
                            + " having count(*) > 1) x"));
        }
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private long queryUnitId() throws SQLException {
        try (Connection c = database(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                select u.id from org_unit u join org_unit a on u.parent_id = a.id
                where a.kind = 'ADMINISTRATIVE_AREA' and a.code = '18844' and u.kind = 'PEOPLES_COMMITTEE'""")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Connection database() throws SQLException {
        return DrillApp.database(dataDir);
    }

    private Optional<ProcessHandle> postmaster() {
        return EmbeddedPostgresServer.orphanPostmaster(dataDir.resolve("postgres"));
    }

    /** Starts the application; a start that does not come up is counted and retried (twice at most). */
    private Process startApp() throws Exception {
        for (int attempt = 1; attempt <= 3; attempt++) {
            Process app = DrillApp.start(dataDir, port);
            if (app != null) {
                return app;
            }
            failedStarts++;
            System.out.println("  start " + attempt + " FAILED: " + DrillApp.lastFailure + " (see " + DrillApp.log(dataDir) + ")");
        }
        throw new IllegalStateException("The application did not start three times in a row");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
