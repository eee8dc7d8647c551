package org.tiepdan.platform.internal;

import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.stereotype.Component;

/**
 * The embedded PostgreSQL is stopped by its library's JVM shutdown hook, at the same time as Spring's
 * own hook closes the context. Whatever asks for a connection while the context closes (the event
 * publication registry lists its unfinished publications on the way out) would wait Hikari's 30 s
 * connection timeout for a server that is gone, and the JVM's exit with it (surefire then kills its
 * fork). With the embedded server, closing the context shortens that wait to a second. A server of
 * its own ({@code SPRING_DATASOURCE_URL}) outlives the application: nothing changes there.
 */
@Component
@ConditionalOnProperty(name = "tiepdan.embedded-db.active", havingValue = "true")
class EmbeddedShutdown implements ApplicationListener<ContextClosedEvent> {

    static final long CONNECTION_TIMEOUT_MILLIS = 1000;

    private final DataSource dataSource;

    EmbeddedShutdown(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        try {
            if (dataSource.isWrapperFor(HikariDataSource.class)) {
                dataSource.unwrap(HikariDataSource.class).getHikariConfigMXBean()
                        .setConnectionTimeout(CONNECTION_TIMEOUT_MILLIS);
            }
        } catch (SQLException e) {
            // Not a Hikari pool: nothing to shorten.
        }
    }
}
