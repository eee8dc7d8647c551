package org.tiepdan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.ReflectionTestUtils;
import org.tiepdan.TiepdanApplication;
import org.tiepdan.support.HttpSession;
import org.tiepdan.support.PostgresServer;

/**
 * The scale-out tier (issue 17): two nodes of the application on one PostgreSQL server, started
 * together on an empty database, as production runs them behind a load balancer. CI ({@code .ci/run})
 * starts Debian's PostgreSQL server and passes it in {@code TIEPDAN_IT_DATASOURCE_URL}; locally the
 * tier starts a throw-away cluster from {@code /usr/lib/postgresql/<version>/bin}, or is skipped
 * when there is none (never in CI, where the variable {@code CI} is set).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScaleOutTest {

    private static final String ADMIN_PASSWORD = "Quan-tri-2026!";
    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    static PostgresServer server;
    static String url;
    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;

    @BeforeAll
    static void startTwoNodesTogether() throws Exception {
        var missing = PostgresServer.unavailable();
        if (missing.isPresent()) {
            if (System.getenv("CI") != null) {
                fail("The scale-out tier must run in CI: " + missing.get());
            }
            assumeTrue(false, "Scale-out tier skipped: " + missing.get());
        }
        server = PostgresServer.open();
        url = server.createDatabase();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier together = new CyclicBarrier(2);
            Future<ConfigurableApplicationContext> first = pool.submit(() -> {
                together.await();
                return node("a");
            });
            Future<ConfigurableApplicationContext> second = pool.submit(() -> {
                together.await();
                return node("b");
            });
            a = first.get(5, TimeUnit.MINUTES);
            b = second.get(5, TimeUnit.MINUTES);
        } finally {
            pool.shutdown();
        }
    }

    private static ConfigurableApplicationContext node(String name) {
        return new SpringApplicationBuilder(TiepdanApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + url, "--spring.datasource.username=" + server.username(),
                "--spring.datasource.password=" + server.password(), "--spring.datasource.hikari.maximum-pool-size=4",
                "--tiepdan.embedded-db.enabled=false", "--tiepdan.admin-password=" + ADMIN_PASSWORD,
                "--tiepdan.identity.keys=tier:" + KEY, "--tiepdan.data-dir=target/scale-out/" + name,
                "--tiepdan.imports.lease=PT3S", "--tiepdan.imports.heartbeat=PT1S", "--tiepdan.imports.sweep=PT2S",
                "--tiepdan.portal.tracking-lookups.count=4", "--spring.main.banner-mode=off",
                // the tier signs in as the first administrator with a password only (TwoFactorSignInTest covers
                // the second factor): enforcement off, as in the demo and the shared test context
                "--tiepdan.security.mfa-required-roles=");
    }

    @AfterAll
    static void stop() throws Exception {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {a, b}) {
            if (node != null && node.isActive()) {
                node.close();
            }
        }
        if (server != null) {
            server.close();
        }
    }

    private static int port(ConfigurableApplicationContext node) {
        return node.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    private static JdbcClient jdbc() {
        return a.getBean(JdbcClient.class);
    }

    @Test
    @Order(1)
    void flywayMigratedOnceAlthoughBothStartedTogether() throws Exception {
        var resolver = new PathMatchingResourcePatternResolver();
        long files = resolver.getResources("classpath*:db/migration/V*.sql").length
                + java.util.Arrays.stream(resolver.getResources("classpath*:db/migration/V*.class"))
                        .filter(r -> !r.getFilename().contains("$")).count();
        List<Map<String, Object>> twice = jdbc().sql("""
                select version, count(*) n from flyway_schema_history where version is not null
                group by version having count(*) <> 1""").query().listOfRows();
        assertThat(twice).as("one history row per version").isEmpty();
        assertThat(jdbc().sql("select count(*) from flyway_schema_history where version is not null and success")
                .query(Long.class).single()).isEqualTo(files);
        assertThat(jdbc().sql("select count(*) from user_account where username = 'admin'").query(Integer.class)
                .single()).as("the first administrator, once").isEqualTo(1);
    }

    @Test
    @Order(2)
    void aSessionBegunOnOneNodeContinuesOnTheOther() {
        HttpSession browser = HttpSession.loggedIn(port(a), "admin", ADMIN_PASSWORD);
        HttpResponse<String> me = browser.get(port(b), "/api/v1/me", "application/json");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"admin\"");
    }

    @Test
    @Order(3)
    void aScheduledJobTriggeredOnBothNodesRunsOnce() throws Exception {
        Logger logger = (Logger) LoggerFactory.getLogger("org.tiepdan.petition.internal.ReminderJob");
        ListAppender<ILoggingEvent> runs = new ListAppender<>();
        runs.start();
        logger.addAppender(runs);
        try {
            CyclicBarrier together = new CyclicBarrier(2);
            List<Thread> threads = new ArrayList<>();
            for (ConfigurableApplicationContext node : List.of(a, b)) {
                Object job = node.getBean("reminderJob");
                Method daily = job.getClass().getMethod("daily");
                daily.setAccessible(true);
                Thread t = new Thread(() -> {
                    try {
                        together.await();
                        daily.invoke(job);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                t.start();
                threads.add(t);
            }
            for (Thread t : threads) {
                t.join();
            }
            // Later, on the other node (a clock a little behind): the lock is held at least 5 minutes.
            Object job = b.getBean("reminderJob");
            Method daily = job.getClass().getMethod("daily");
            daily.setAccessible(true);
            daily.invoke(job);
            assertThat(runs.list.stream().filter(e -> e.getFormattedMessage().startsWith("Petition reminders"))
                    .count()).as("executions of the daily job").isEqualTo(1);
        } finally {
            logger.detachAppender(runs);
        }
    }

    @Test
    @Order(4)
    void portalRateLimitsHoldAcrossNodes() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            int port = port(i % 2 == 0 ? a : b);
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/open311/v2/requests/987654321.json")).build(),
                    HttpResponse.BodyHandlers.ofString());
            statuses.add(r.statusCode());
        }
        // Limit 4 per address: per node in memory, each node would have let 3 of these 6 through.
        assertThat(statuses).containsExactly(404, 404, 404, 404, 429, 429);
    }

    @Test
    @Order(5)
    void anImportWhoseNodeDiesIsFailedAfterItsLease() throws Exception {
        String nodeOfB = ReflectionTestUtils.invokeMethod(b.getBean("importJobs"), "node");
        long unit = jdbc().sql("select min(id) from org_unit").query(Long.class).single();
        long id = jdbc().sql("""
                insert into history_import (unit_id, source, file_name, sha256, status, total_rows, node, lease_until)
                values (?, 'XLSX', 'lich-su.xlsx', 'x', 'IMPORTING', 10, ?, now() + interval '3 seconds')
                returning id""").params(unit, nodeOfB).query(Long.class).single();
        Thread.sleep(5000);
        assertThat(status(id)).as("node b is alive and renews its lease").isEqualTo("IMPORTING/");

        b.close();
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!status(id).startsWith("FAILED") && System.nanoTime() < until) {
            Thread.sleep(500);
        }
        assertThat(status(id)).as("failed by node a's sweep").isEqualTo("FAILED/node-lost");
    }

    private static String status(long id) {
        return jdbc().sql("select status || '/' || coalesce(failure, '') from history_import where id = ?").param(id)
                .query(String.class).single();
    }
}
