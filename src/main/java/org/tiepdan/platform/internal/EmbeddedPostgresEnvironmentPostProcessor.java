package org.tiepdan.platform.internal;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
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
        Path dataDir = Path.of(environment.getProperty("tiepdan.data-dir", "./data")).toAbsolutePath().normalize();
        boolean clean = environment.getProperty("tiepdan.embedded-db.clean-on-start", Boolean.class, false);
        int port = environment.getProperty("tiepdan.embedded-db.port", Integer.class, 0);
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir.resolve("postgres"), clean, port);
        environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, Map.of(
                "spring.datasource.url", server.jdbcUrl(),
                "spring.datasource.username", EmbeddedPostgresServer.USER,
                "spring.datasource.password", "",
                "tiepdan.embedded-db.active", "true")));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
