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
    private static final int REQUESTS = 600;
    private static final int CLIENTS = 4;
    /** Failed calls of every run so far (non-2xx or an exception). */
    private static int failures;

    private IntakeBench() {
    }

    public static void main(String[] args) throws Exception {
        // System properties, so that they win over application.yaml (never touch ./data).
        System.setProperty("tiepdan.data-dir", "target/bench-data");
        System.setProperty("tiepdan.embedded-db.clean-on-start", "true");
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
            run("warm-up health", health, WARMUP, 1);
            run("warm-up intake", intake, WARMUP, 1);
            run("warm-up token", meToken, WARMUP, 1);
            run("warm-up intake (token)", intakeToken, WARMUP, 1);
            for (int clients : new int[] {1, CLIENTS}) {
                double trivial = run("GET /actuator/health", health, REQUESTS, clients);
                double authenticated = run("GET /api/v1/me (Basic)", me, REQUESTS, clients);
                double petitions = run("POST /api/v1/petitions (Basic)", intake, REQUESTS, clients);
                int before = failures;
                double withToken = run("GET /api/v1/me (token)", meToken, REQUESTS, clients);
                double petitionsToken = run("POST /api/v1/petitions (token)", intakeToken, REQUESTS, clients);
                System.out.printf("clients=%d: intake (Basic) is %.1fx slower than the trivial endpoint, %.1fx slower than a"
                        + " trivial authenticated one%n", clients, trivial / petitions, authenticated / petitions);
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
