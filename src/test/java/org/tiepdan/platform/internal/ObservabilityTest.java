package org.tiepdan.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.tiepdan.FullStackTest;
import org.tiepdan.account.Accounts;
import org.tiepdan.account.Role;
import org.tiepdan.org.OrgUnits;

/**
 * Issue 17: metrics in Prometheus format behind authentication (an installation-wide ADMIN),
 * {@code /actuator/health} public, and every request's reference id in its response header, in
 * the MDC of every log line it writes, and in the console pattern.
 */
@FullStackTest
class ObservabilityTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    OrgUnits units;

    @Test
    void prometheusNeedsAnInstallationAdminAndHealthStaysPublic() throws Exception {
        assertThat(mvc.perform(get("/actuator/health")).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/actuator/prometheus")).andReturn().getResponse().getStatus()).isEqualTo(401);

        String unitAdmin = "qtdv" + UUID.randomUUID().toString().substring(0, 8);
        long unit = units.findAreaByCode("42").orElseThrow().id();
        accounts.createUser(unitAdmin, "Quản Trị Đơn Vị", "Quan-tri-2026", Role.ADMIN, unit);
        assertThat(mvc.perform(get("/actuator/prometheus").with(httpBasic(unitAdmin, "Quan-tri-2026")))
                .andReturn().getResponse().getStatus()).as("an ADMIN of one province only").isEqualTo(403);

        MockHttpServletResponse metrics = mvc.perform(get("/actuator/prometheus")
                .with(httpBasic("admin", "Demo@2026"))).andReturn().getResponse();
        assertThat(metrics.getStatus()).isEqualTo(200);
        assertThat(metrics.getContentAsString(StandardCharsets.UTF_8)).contains("jvm_memory_used_bytes")
                .contains("hikaricp_connections");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyLogLineOfARequestCarriesItsId() throws Exception {
        // Spring's own DEBUG lines (dispatcher, handler mapping, security) stand for any line of the request.
        Logger dispatcher = (Logger) LoggerFactory.getLogger("org.springframework");
        Level before = dispatcher.getLevel();
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        dispatcher.addAppender(lines);
        dispatcher.setLevel(Level.DEBUG);
        MockHttpServletResponse response;
        try {
            response = mvc.perform(get("/public")).andReturn().getResponse();
        } finally {
            dispatcher.setLevel(before);
            dispatcher.detachAppender(lines);
        }
        String id = response.getHeader("X-Request-Id");
        assertThat(id).matches("[0-9A-F]{8}");
        String thread = Thread.currentThread().getName();
        List<ILoggingEvent> events = lines.list.stream().filter(e -> e.getThreadName().equals(thread)).toList();
        assertThat(events).isNotEmpty();
        assertThat(events).allSatisfy(e -> assertThat(e.getMDCPropertyMap()).containsEntry("requestId", id));

        // The console pattern (logging.pattern.level in application.yaml) prints it.
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        var console = (OutputStreamAppender<ILoggingEvent>) context.getLogger(Logger.ROOT_LOGGER_NAME)
                .getAppender("CONSOLE");
        String line = ((PatternLayoutEncoder) console.getEncoder()).getLayout().doLayout(events.get(0));
        assertThat(line).contains("[" + id + "]");
        assertThat(mvc.perform(get("/public")).andReturn().getResponse().getHeader("X-Request-Id"))
                .as("a new id per request").isNotEqualTo(id);
    }

    /** The id a user reads on the error page or problem is the request's: header and log line alike. */
    @Test
    void theErrorPageAndProblemShowTheRequestId() throws Exception {
        Logger handlers = (Logger) LoggerFactory.getLogger("org.tiepdan.platform.internal");
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        handlers.addAppender(lines);
        MockHttpServletResponse problem;
        MockHttpServletResponse page;
        try {
            problem = mvc.perform(get("/api/v1/test-probe/boom").with(user("xem").roles("VIEWER"))).andReturn()
                    .getResponse();
            page = mvc.perform(get("/test-probe/boom").with(user("xem").roles("VIEWER"))).andReturn().getResponse();
        } finally {
            handlers.detachAppender(lines);
        }
        String apiId = problem.getHeader("X-Request-Id");
        assertThat(problem.getStatus()).isEqualTo(500);
        assertThat(problem.getContentAsString(StandardCharsets.UTF_8)).contains("\"reference\":\"" + apiId + "\"");
        String pageId = page.getHeader("X-Request-Id");
        assertThat(page.getStatus()).isEqualTo(500);
        assertThat(page.getContentAsString(StandardCharsets.UTF_8)).contains(pageId);
        assertThat(lines.list).filteredOn(e -> e.getFormattedMessage().startsWith("Unexpected error"))
                .extracting(e -> e.getMDCPropertyMap().get("requestId")).contains(apiId, pageId);
    }

    @Test
    void theErrorReferenceIsTheRequestId() {
        MDC.put(ErrorReference.MDC_KEY, "0A1B2C3D");
        try {
            assertThat(ErrorReference.current()).isEqualTo("0A1B2C3D");
        } finally {
            MDC.remove(ErrorReference.MDC_KEY);
        }
        assertThat(ErrorReference.current()).matches("[0-9A-F]{8}");
    }
}
