package org.tiepdan.platform.internal;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Points the application at an embedded PostgreSQL 17 when no {@code spring.datasource.url} is
 * configured, so that a fresh checkout runs with one command. Production sets the URL and this
 * does nothing. Runs after config data so that application.yaml and environment variables count.
 */
public class EmbeddedPostgresEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY_SOURCE = "tiepdanEmbeddedPostgres";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))
                || !environment.getProperty("tiepdan.embedded-db.enabled", Boolean.class, true)
                || environment.getPropertySources().contains(PROPERTY_SOURCE)) {
            return;
        }
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(settings(environment));
        environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, Map.of(
                "spring.datasource.url", server.jdbcUrl(),
                "spring.datasource.username", EmbeddedPostgresServer.USER,
                // Generated on the first start and kept in <data-dir>/postgres-password (mode 600).
                "spring.datasource.password", server.password(),
                "tiepdan.embedded-db.active", "true")));
    }

    /**
     * The embedded server's settings from the environment. {@code tiepdan.embedded-db.durable}
     * defaults to true and is not in application.yaml on purpose: only the test run sets it
     * (pom.xml, surefire), so no installation can be made non-durable by a stray variable in a
     * profile.
     */
    static EmbeddedPostgresServer.Settings settings(Environment environment) {
        return new EmbeddedPostgresServer.Settings(
                Path.of(environment.getProperty("tiepdan.data-dir", "./data")).toAbsolutePath().normalize(),
                environment.getProperty("tiepdan.embedded-db.clean-on-start", Boolean.class, false),
                environment.getProperty("tiepdan.embedded-db.port", Integer.class, 0),
                environment.getProperty("tiepdan.embedded-db.durable", Boolean.class, true));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
