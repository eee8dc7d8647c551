package org.tiepdan.petition.internal;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tiepdan.TiepdanApplication;
import org.tiepdan.account.Accounts;
import org.tiepdan.account.Role;
import org.tiepdan.support.HttpSession;
import org.tiepdan.support.ProvinceData;

/**
 * Issue 22's search and lists over a province of 1 M petitions (ProvinceData: 3,321 communes, ten years,
 * realistic Vietnamese content and names): the diacritic-insensitive search typed with and without
 * diacritics (common and rare words, names, a registration number) through the JSON API and the petition
 * list page, as the province's inspector (the whole subtree) and as a commune's handler; the province's
 * petition list (first page and a deep page, with its total) and its work queue, page and API. Latencies
 * are wall-clock times of real HTTP requests with a signed-in session, after one warm-up round; p50 and p95
 * over {@value #ROUNDS} rounds. Not a test: run it by hand (bench/README.md, "Search and lists benchmark"):
 *
 * <pre>mvn -q -Pbench test-compile exec:java -Dbench.main=org.tiepdan.petition.internal.SearchBench</pre>
 *
 * {@code -Dsearch.hold=true} keeps the application up at the end for {@code psql} on port 54329.
 */
public final class SearchBench {

    private static final int ROUNDS = 5;
    private static final String PASSWORD = "Hieunang@2026";
    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");
    private static final Pattern PAGE_TOTAL = Pattern.compile("Tổng số[^0-9]*([0-9.,]+)");

    /** The queries a user types: without and with diacritics, common and rare words, names, a number. */
    static final List<String> QUERIES = List.of(
            "đất", "dat", "thu hồi đất", "boi thuong", "ô nhiễm môi trường", "khai thac cat",
            "máy xúc", "nuoi chim yen", "flycam", "thửa đất số 777",
            "Nguyễn Văn Hùng", "tran thi thu", "Lương Xuân Diệp", "kieu cong khue", "Người tố cáo");

    private SearchBench() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("tiepdan.data-dir", "target/bench-search-data");
        // -Dsearch.reuse=true keeps the province of an earlier run (generating it takes 6–15 minutes).
        System.setProperty("tiepdan.embedded-db.clean-on-start", Boolean.toString(!Boolean.getBoolean("search.reuse")));
        System.setProperty("tiepdan.embedded-db.port", "54329");
        System.setProperty("server.port", "0"); // application.yaml's ${PORT:8080} wins over default properties
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(TiepdanApplication.class)
                .profiles("demo").properties("server.port=0", "logging.level.root=WARN").run()) {
            int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            Long province = jdbc.sql("select id from org_unit where name = ? order by id limit 1")
                    .param(ProvinceData.PROVINCE_NAME).query(Long.class).optional().orElse(null);
            if (province == null) {
                long t0 = System.nanoTime();
                province = ProvinceData.province(jdbc);
                ProvinceData.petitions(jdbc, province, 1_000_000);
                System.out.printf("generated in %.0f s%n", (System.nanoTime() - t0) / 1e9);
                long t1 = System.nanoTime();
                jdbc.sql("vacuum analyze").update();
                System.out.printf("vacuum analyze in %.0f s%n", (System.nanoTime() - t1) / 1e9);
            }
            for (String table : List.of("org_unit", "petition", "petitioner", "petition_deadline")) {
                System.out.printf("%s: %,d rows%n", table,
                        jdbc.sql("select count(*) from " + table).query(Long.class).single());
            }
            System.out.printf("open petitions in the province: %,d; sealed (denunciations): %,d%n",
                    jdbc.sql("select count(*) from petition where settled_on is null").query(Long.class).single(),
                    jdbc.sql("select count(*) from petition where identity_sealed").query(Long.class).single());
            long commune = jdbc.sql("select id from org_unit where parent_id = ? and name = 'Xã Hiệu Năng 1'")
                    .param(province).query(Long.class).single();
            Accounts accounts = app.getBean(Accounts.class);
            if (jdbc.sql("select count(*) from user_account where username = 'thanhtra.tinh'").query(Long.class)
                    .single() == 0) {
                accounts.createUser("thanhtra.tinh", "Thanh tra tỉnh", PASSWORD, Role.INSPECTOR, province);
                accounts.createUser("xuly.xa", "Cán bộ xử lý đơn xã", PASSWORD, Role.HANDLER, commune);
            }
            Map<String, HttpSession> users = new LinkedHashMap<>();
            users.put("province inspector", HttpSession.loggedIn(port, "thanhtra.tinh", PASSWORD));
            users.put("commune handler", HttpSession.loggedIn(port, "xuly.xa", PASSWORD));
            System.out.printf("load before: %s%n", uptime());
            // -Dsearch.users=commune (or province) times one of the two users.
            String only = System.getProperty("search.users", "");
            for (var user : users.entrySet()) {
                if (!only.isEmpty() && !user.getKey().contains(only)) {
                    continue;
                }
                HttpSession s = user.getValue();
                System.out.println("== " + user.getKey());
                List<Double> api = new ArrayList<>();
                List<Double> page = new ArrayList<>();
                // -Dsearch.part=lists times only the lists and the work queue (the searches take ~15 minutes).
                // -Dsearch.queries="tran thi thu,flycam" times only those of QUERIES.
                List<String> chosen = System.getProperty("search.queries") == null ? QUERIES
                        : QUERIES.stream().filter(List.of(System.getProperty("search.queries").split(","))::contains).toList();
                for (String q : "lists".equals(System.getProperty("search.part")) ? List.<String>of() : chosen) {
                    String query = "q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
                    Timed a = time(s, "application/json", port, "/api/v1/petitions?" + query);
                    Timed w = time(s, "text/html", port, "/petitions?" + query);
                    api.addAll(a.times);
                    page.addAll(w.times);
                    System.out.printf("  %-22s total %,9d | API p50 %6.0f ms max %6.0f | page p50 %6.0f ms max %6.0f%n",
                            q, a.total, a.p(50), a.p(100), w.p(50), w.p(100));
                }
                if (!api.isEmpty()) {
                    System.out.printf("  SEARCH %s: API p50 %.0f ms p95 %.0f ms | page p50 %.0f ms p95 %.0f ms (%d calls each)%n",
                            user.getKey(), p(api, 50), p(api, 95), p(page, 50), p(page, 95), api.size());
                }
                for (String path : List.of("/api/v1/petitions", "/petitions", "/api/v1/petitions?page=500",
                        "/petitions?page=500", "/api/v1/petitions/work", "/work")) {
                    Timed t = time(s, path.startsWith("/api") ? "application/json" : "text/html", port, path);
                    System.out.printf("  LIST %-28s total %,9d | p50 %6.0f ms p95 %6.0f ms max %6.0f%n", path, t.total,
                            t.p(50), t.p(95), t.p(100));
                }
            }
            System.out.printf("load after: %s%n", uptime());
            if (Boolean.getBoolean("search.hold")) {
                System.out.println("holding: psql -h localhost -p 54329 -U postgres tiepdan (password in "
                        + "target/bench-search-data/postgres-password); Ctrl-C to stop");
                Thread.sleep(Long.MAX_VALUE);
            }
        }
    }

    private record Timed(List<Double> times, long total) {

        double p(int percent) {
            return SearchBench.p(times, percent);
        }
    }

    /** One warm-up call, then {@value #ROUNDS} timed calls; every answer must be 200. */
    private static Timed time(HttpSession s, String accept, int port, String path) {
        long total = -1;
        List<Double> times = new ArrayList<>();
        for (int i = 0; i <= ROUNDS; i++) {
            long t = System.nanoTime();
            HttpResponse<String> r = s.get(port, path, accept);
            double ms = (System.nanoTime() - t) / 1e6;
            if (r.statusCode() != 200) {
                throw new IllegalStateException(path + ": " + r.statusCode());
            }
            if (i > 0) {
                times.add(ms);
            }
            Matcher m = (accept.contains("json") ? TOTAL : PAGE_TOTAL).matcher(r.body());
            if (m.find()) {
                total = Long.parseLong(m.group(1).replaceAll("[.,]", ""));
            }
        }
        return new Timed(times, total);
    }

    /** Nearest-rank percentile. */
    static double p(List<Double> values, int percent) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    private static String uptime() {
        try {
            return new String(new ProcessBuilder("uptime").start().getInputStream().readAllBytes(),
                    StandardCharsets.UTF_8).strip();
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
