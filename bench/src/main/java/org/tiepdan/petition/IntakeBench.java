package org.tiepdan.petition;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.tiepdan.TiepdanApplication;
import org.tiepdan.org.OrgUnitKind;
import org.tiepdan.org.OrgUnits;

/**
 * Petition intake throughput over HTTP, against an unauthenticated and an authenticated trivial endpoint (JSON API, HTTP Basic, validation, numbering, duplicate
 * proposals, deadline, audit) in the same run, on a fresh embedded PostgreSQL with the demo data; then the same with a
 * personal access token (Bearer) and issue 22's targets at 4 clients: {@code GET /api/v1/me} with a token at least 0.5×
 * and {@code POST /api/v1/petitions} with a token at least 0.2× the throughput of {@code /actuator/health}, 0 errors.
 * Not a test: run it by hand, see bench/README.md.
 */
public final class IntakeBench {

    private static final int WARMUP = 100;
    /** Requests per row ({@code -Dintake.requests}). */
    private static final int REQUESTS = Integer.getInteger("intake.requests", 600);
    private static final int CLIENTS = 4;
    /** The HTTP Basic rows (BCrypt on every call, minutes on a busy machine); {@code -Dintake.basic=false} leaves them out. */
    private static final boolean BASIC = Boolean.parseBoolean(System.getProperty("intake.basic", "true"));
    /** Failed calls of every run so far (non-2xx or an exception). */
    private static int failures;

    private IntakeBench() {
    }

    public static void main(String[] args) throws Exception {
        // System properties, so that they win over application.yaml (never touch ./data).
        // -Dtiepdan.data-dir=... keeps another bench's data (ReportBench's province in target/bench-data).
        if (System.getProperty("tiepdan.data-dir") == null) {
            System.setProperty("tiepdan.data-dir", "target/bench-data");
        }
        System.setProperty("tiepdan.embedded-db.clean-on-start", "true");
        // A free port: application.yaml's ${PORT:8080} wins over default properties, and 8080 may be taken.
        System.setProperty("server.port", "0");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(TiepdanApplication.class)
                .profiles("demo")
                .properties("server.port=0", "logging.level.root=WARN")
                .run()) {
            int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            OrgUnits units = app.getBean(OrgUnits.class);
            long commune = units.findAreaByCode("18844").orElseThrow().id();
            long ubnd = units.children(commune).stream().filter(u -> u.kind() == OrgUnitKind.PEOPLES_COMMITTEE)
                    .findFirst().orElseThrow().id();
            HttpClient http = HttpClient.newHttpClient();
            String auth = "Basic " + Base64.getEncoder().encodeToString("xuly:Demo@2026".getBytes(StandardCharsets.UTF_8));
            String bearer = "Bearer " + org.tiepdan.support.ApiTokens.create(port, "xuly", "Demo@2026");
            AtomicInteger seq = new AtomicInteger();
            Call meToken = () -> http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me"))
                    .header("Authorization", bearer).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            Call intakeToken = () -> http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/api/v1/petitions")).header("Authorization", bearer).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body(ubnd, seq.incrementAndGet()))).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            Call health = () -> http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            Call me = () -> http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me"))
                    .header("Authorization", auth).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            Call intake = () -> http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/petitions"))
                    .header("Authorization", auth).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body(ubnd, seq.incrementAndGet()))).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            javax.sql.DataSource db = app.getBean(javax.sql.DataSource.class);
            run("warm-up health", health, WARMUP, 1);
            if (BASIC) {
                run("warm-up intake", intake, WARMUP, 1);
            }
            run("warm-up token", meToken, WARMUP, 1);
            run("warm-up intake (token)", intakeToken, WARMUP, 1);
            for (int clients : new int[] {1, CLIENTS}) {
                double trivial = run("GET /actuator/health", health, REQUESTS, clients);
                if (BASIC) {
                    double authenticated = run("GET /api/v1/me (Basic)", me, REQUESTS, clients);
                    double petitions = run("POST /api/v1/petitions (Basic)", intake, REQUESTS, clients);
                    System.out.printf("clients=%d: intake (Basic) is %.1fx slower than the trivial endpoint, %.1fx slower"
                            + " than a trivial authenticated one%n", clients, trivial / petitions, authenticated / petitions);
                }
                int before = failures;
                double withToken = run("GET /api/v1/me (token)", meToken, REQUESTS, clients);
                double petitionsToken;
                try (WaitSampler waits = new WaitSampler(db)) {
                    petitionsToken = run("POST /api/v1/petitions (token)", intakeToken, REQUESTS, clients);
                    waits.print();
                }
                if (clients == CLIENTS) {
                    System.out.printf("issue 22 targets, %d clients, same run: GET /api/v1/me with a token %.2fx health"
                            + " (target >= 0.5: %s); POST /api/v1/petitions with a token %.2fx health (target >= 0.2: %s);"
                            + " errors with a token: %d%n", clients, withToken / trivial,
                            withToken / trivial >= 0.5 ? "holds" : "missed", petitionsToken / trivial,
                            petitionsToken / trivial >= 0.2 ? "holds" : "missed", failures - before);
                }
            }
        }
    }

    private static String body(long unitId, int n) {
        return """
                {"unitId": %d, "channel": "POST", "receivedOn": "%s",
                 "content": "Đề nghị xem xét việc cấp giấy chứng nhận quyền sử dụng đất thửa số %d, thôn Tân Hòa",
                 "petitioners": [{"fullName": "Nguyễn Văn Thử %d", "address": "Thôn Tân Hòa, xã Kỳ Thượng"}]}"""
                .formatted(unitId, LocalDate.of(2026, 3, 2), n, n);
    }

    /**
     * What the application's database sessions are doing during a run, sampled every few milliseconds from
     * {@code pg_stat_activity} and {@code pg_locks} on a connection of its own: on average how many sessions wait for
     * a lock (and on which kind), wait for the WAL flush of a commit, hold the unit's {@code petition_register} row
     * (a granted lock on that table and not waiting for one: between the numbering and the end of the commit), or
     * run. By Little's law a mean of 1.0 for the register means one unit's intakes are serial on that row.
     */
    private static final class WaitSampler implements AutoCloseable {

        private static final String SAMPLE = """
                select a.wait_event_type, a.wait_event, a.state,
                       (select l.locktype from pg_locks l where l.pid = a.pid and not l.granted limit 1) as waiting_for,
                       exists (select 1 from pg_locks l where l.pid = a.pid and l.granted
                               and l.relation = 'petition_register'::regclass) as register
                  from pg_stat_activity a
                 where a.backend_type = 'client backend' and a.pid <> pg_backend_pid()
                   and a.datname = current_database() and a.state <> 'idle'""";

        private final java.sql.Connection connection;
        private final Thread thread;
        private volatile boolean running = true;
        private final java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
        private int samples;

        WaitSampler(javax.sql.DataSource db) throws Exception {
            connection = db.getConnection();
            connection.setAutoCommit(true);
            thread = new Thread(this::sample, "wait-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        private void sample() {
            try (java.sql.PreparedStatement ps = connection.prepareStatement(SAMPLE)) {
                while (running) {
                    java.util.Map<String, Integer> now = new java.util.HashMap<>();
                    try (java.sql.ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            String type = rs.getString(1);
                            String event = rs.getString(2);
                            String what;
                            if ("Lock".equals(type)) {
                                what = "lock wait (" + rs.getString(4) + ")";
                            } else if (event != null && event.toLowerCase(java.util.Locale.ROOT).startsWith("wal")) {
                                what = "WAL flush/write (" + event + ")";
                            } else if ("idle in transaction".equals(rs.getString(3))) {
                                what = "idle in transaction (application's turn)";
                            } else {
                                what = "running" + (type == null ? "" : " (" + type + ":" + event + ")");
                            }
                            now.merge(what, 1, Integer::sum);
                            if (rs.getBoolean(5) && !"Lock".equals(type)) {
                                now.merge("= holding the register row", 1, Integer::sum);
                            }
                        }
                    }
                    synchronized (counts) {
                        samples++;
                        now.forEach((k, v) -> counts.merge(k, v, Integer::sum));
                    }
                    Thread.sleep(5);
                }
            } catch (Exception e) {
                if (running) {
                    System.out.println("wait sampler stopped: " + e);
                }
            }
        }

        void print() {
            synchronized (counts) {
                System.out.printf("  database sessions, mean over %d samples:%n", samples);
                counts.forEach((k, v) -> System.out.printf("    %-60s %.2f%n", k, v / (double) Math.max(1, samples)));
            }
        }

        @Override
        public void close() throws Exception {
            running = false;
            thread.join(2000);
            connection.close();
        }
    }

    @FunctionalInterface
    private interface Call {
        int call() throws Exception;
    }

    /** Runs the calls on {@code clients} threads; prints and returns requests per second. */
    private static double run(String name, Call call, int requests, int clients) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger failures = new AtomicInteger();
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                for (int i = 0; i < requests / clients; i++) {
                    try {
                        int status = call.call();
                        if (status >= 300) {
                            failures.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = requests / seconds;
        System.out.printf("%-30s clients=%d requests=%d failures=%d time=%.2fs rate=%.0f req/s%n", name, clients, requests,
                failures.get(), seconds, rate);
        IntakeBench.failures += failures.get();
        return rate;
    }
}
