package org.tiepdan.platform;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.tiepdan.TiepdanApplication;
import org.tiepdan.org.OrgUnitKind;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.support.HttpSession;

/**
 * A realistic mix at a fixed arrival rate against one node (issue #17's load figure): reads, searches,
 * the work queue, intakes and a report. Reads come from logged-in sessions of four demo roles (session cookies,
 * as a browser uses); intakes from a machine client with a personal access token ({@code Authorization: Bearer},
 * issue 22), or with HTTP Basic as before tokens existed when {@code -Dload.basic=true}.
 *
 * <p>Open model: request {@code i} is due at {@code start + i / rate}; its latency is measured from that due
 * time, not from when a thread was free to send it, so a stall is counted against every request it delays
 * (no coordinated omission). Not a test: run it by hand, see bench/README.md.
 *
 * <pre>mvn -q -Pbench test-compile exec:java -Dbench.main=org.tiepdan.platform.LoadBench -Dload.rate=100 -Dload.seconds=600</pre>
 */
public final class LoadBench {

    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    private LoadBench() {
    }

    public static void main(String[] args) throws Exception {
        int rate = Integer.getInteger("load.rate", 100);
        int seconds = Integer.getInteger("load.seconds", 600);
        int warmupSeconds = Integer.getInteger("load.warmup", 30);
        System.setProperty("tiepdan.data-dir", "target/bench-data");
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
            Mix mix = new Mix(port, commune, ubnd);
            System.out.printf("warm-up: %d s at %d req/s%n", warmupSeconds, rate);
            run(mix, rate, warmupSeconds, false);
            System.out.printf("measured: %d s at %d req/s%n", seconds, rate);
            run(mix, rate, seconds, true);
        }
    }

    private static void run(Mix mix, int rate, int seconds, boolean print) throws Exception {
        int total = rate * seconds;
        long[] latencyMicros = new long[total];
        String[] kindOf = new String[total];
        LongAdder errors = new LongAdder();
        Map<String, AtomicInteger> errorsByKind = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(64);
        long start = System.nanoTime();
        long interval = 1_000_000_000L / rate;
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            int n = i;
            pool.execute(() -> {
                Mix.Call call = mix.pick();
                kindOf[n] = call.kind();
                boolean ok;
                try {
                    ok = call.send();
                } catch (Exception e) {
                    ok = false;
                }
                latencyMicros[n] = (System.nanoTime() - due) / 1000;
                if (!ok) {
                    errors.increment();
                    errorsByKind.computeIfAbsent(call.kind(), k -> new AtomicInteger()).incrementAndGet();
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(5, TimeUnit.MINUTES);
        double elapsed = (System.nanoTime() - start) / 1e9;
        if (!print) {
            return;
        }
        System.out.printf("requests=%d in %.1f s (%.1f req/s achieved), errors=%d %s%n", total, elapsed, total / elapsed,
                errors.sum(), errorsByKind);
        System.out.println("kind                       count    p50 ms    p95 ms    p99 ms    max ms");
        Map<String, List<Long>> byKind = new TreeMap<>();
        for (int i = 0; i < total; i++) {
            byKind.computeIfAbsent(kindOf[i], k -> new ArrayList<>()).add(latencyMicros[i]);
        }
        byKind.put("ALL", Arrays.stream(latencyMicros).boxed().toList());
        byKind.forEach((kind, values) -> {
            long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("%-24s %7d %9.1f %9.1f %9.1f %9.1f%n", kind, sorted.length, pct(sorted, 50), pct(sorted, 95),
                    pct(sorted, 99), sorted[sorted.length - 1] / 1000.0);
        });
    }

    private static double pct(long[] sorted, double p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1000.0;
    }

    /** The request mix; weights add up to 100. */
    private static final class Mix {

        record Call(String kind, Sender sender) {
            boolean send() throws Exception {
                return sender.send();
            }
        }

        @FunctionalInterface
        interface Sender {
            boolean send() throws Exception;
        }

        /** Intakes come from a machine client (a token, or HTTP Basic; no CSRF token), the rest from browser sessions. */
        private static final String BASIC = "Basic " + java.util.Base64.getEncoder()
                .encodeToString("xuly:Demo@2026".getBytes(StandardCharsets.UTF_8));
        private final String machine;
        private static final String[] WORDS = {"đất", "dat dai", "đường", "nước", "chính sách", "bồi thường", "Nguyễn",
            "Trần", "thôn", "khiếu nại"};

        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        private final int port;
        private final long commune;
        private final long ubnd;
        private final String handler;
        private final String desk;
        private final String head;
        private final String reporter;
        private final List<Long> petitionIds = new ArrayList<>();
        private final AtomicInteger seq = new AtomicInteger();
        private final List<Call> table = new ArrayList<>();

        Mix(int port, long commune, long ubnd) throws Exception {
            this.port = port;
            this.commune = commune;
            this.ubnd = ubnd;
            handler = HttpSession.loggedIn(port, "xuly", "Demo@2026").sessionCookie();
            desk = HttpSession.loggedIn(port, "tiepdan", "Demo@2026").sessionCookie();
            head = HttpSession.loggedIn(port, "lanhdao", "Demo@2026").sessionCookie();
            reporter = HttpSession.loggedIn(port, "baocao", "Demo@2026").sessionCookie();
            machine = Boolean.getBoolean("load.basic") ? BASIC
                    : "Bearer " + org.tiepdan.support.ApiTokens.create(port, "xuly", "Demo@2026");
            System.out.println("intakes authenticate with " + machine.substring(0, machine.indexOf(' ')));
            HttpResponse<String> list = get(handler, "/api/v1/petitions?page=0");
            Matcher m = ID.matcher(list.body());
            while (m.find()) {
                petitionIds.add(Long.parseLong(m.group(1)));
            }
            weight(35 - Integer.getInteger("load.intake", 5), new Call("petition list", () -> ok(get(pickSession(), "/api/v1/petitions?page=" + rnd(3)))));
            weight(10, new Call("petition list filtered", () -> ok(get(handler,
                    "/api/v1/petitions?unitId=" + ubnd + "&overdue=true&page=0"))));
            weight(20, new Call("petition by id", () -> ok(get(handler, "/api/v1/petitions/" + somePetition()))));
            weight(15, new Call("search", () -> ok(get(handler, "/api/v1/petitions?q="
                    + URLEncoder.encode(WORDS[rnd(WORDS.length)], StandardCharsets.UTF_8)))));
            weight(10, new Call("me", () -> ok(get(pickSession(), "/api/v1/me"))));
            weight(8, new Call("work queue", () -> ok(get(handler, "/api/v1/petitions/work"))));
            weight(Integer.getInteger("load.intake", 5), new Call("intake", this::intake));
            weight(2, new Call("report appendix-2", () -> ok(get(reporter, "/api/v1/reports/appendix-2?unit=" + this.commune
                    + "&preset=kl215-year&year=2025"))));
        }

        private void weight(int times, Call call) {
            for (int i = 0; i < times; i++) {
                table.add(call);
            }
        }

        Call pick() {
            return table.get(rnd(table.size()));
        }

        private String pickSession() {
            return switch (rnd(3)) {
                case 0 -> handler;
                case 1 -> desk;
                default -> head;
            };
        }

        private long somePetition() {
            synchronized (petitionIds) {
                return petitionIds.get(rnd(petitionIds.size()));
            }
        }

        private boolean intake() throws Exception {
            int n = seq.incrementAndGet();
            String body = """
                    {"unitId": %d, "channel": "POST", "receivedOn": "%s",
                     "content": "Đề nghị xem xét việc cấp giấy chứng nhận quyền sử dụng đất thửa số %d, thôn Tân Hòa",
                     "petitioners": [{"fullName": "Nguyễn Văn Tải %d", "address": "Thôn Tân Hòa, xã Kỳ Thượng"}]}"""
                    .formatted(ubnd, LocalDate.of(2026, 3, 2), n, n);
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/petitions"))
                    .header("Authorization", machine).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 201) {
                Matcher m = ID.matcher(r.body());
                if (m.find()) {
                    synchronized (petitionIds) {
                        petitionIds.add(Long.parseLong(m.group(1)));
                    }
                }
                return true;
            }
            System.err.println("intake " + r.statusCode() + " " + r.body());
            return false;
        }

        private HttpResponse<String> get(String session, String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Cookie", "SESSION=" + session).header("Accept", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        private static boolean ok(HttpResponse<String> r) {
            if (r.statusCode() != 200) {
                System.err.println(r.uri() + " " + r.statusCode() + " " + r.body());
            }
            return r.statusCode() == 200;
        }

        private static int rnd(int bound) {
            return ThreadLocalRandom.current().nextInt(bound);
        }
    }
}
