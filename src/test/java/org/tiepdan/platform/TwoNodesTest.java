package org.tiepdan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.tiepdan.FullStackTest;
import org.tiepdan.TiepdanApplication;
import org.tiepdan.account.Accounts;
import org.tiepdan.account.Role;
import org.tiepdan.support.HttpSession;

/**
 * Two application nodes on one database: a login made on one is valid on the other, because
 * sessions live in PostgreSQL (Spring Session JDBC), not in a node's memory.
 */
@FullStackTest
class TwoNodesTest {

    @LocalServerPort
    int port;
    @Autowired
    Environment environment;
    @Autowired
    Accounts accounts;

    @Test
    void aLoginOnOneNodeIsValidOnTheOther() throws Exception {
        String username = "node" + System.nanoTime();
        accounts.createUser(username, "Vũ Thị Hai Nút", "MatKhau2026", Role.VIEWER, null);
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(TiepdanApplication.class)
                .profiles("demo")
                // Command-line arguments outrank application.yaml's server.port=${PORT:8080}: the second
                // node must not take a fixed port that a running demo or another build may hold.
                .run("--server.port=0", "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                        "--spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
                        "--spring.datasource.password=" + environment.getProperty("spring.datasource.password"),
                        "--spring.datasource.hikari.maximum-pool-size=2")) {
            int secondPort = second.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            HttpSession browser = HttpSession.loggedIn(port, username, "MatKhau2026");

            // The second node has never seen this user log in.
            HttpResponse<String> me = browser.get(secondPort, "/api/v1/me", "application/json");
            assertThat(me.statusCode()).isEqualTo(200);
            assertThat(me.body()).contains("\"username\":\"" + username + "\"");
        }
    }
}
