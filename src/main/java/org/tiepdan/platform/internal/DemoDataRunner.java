package org.tiepdan.platform.internal;

import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tiepdan.platform.DemoDataContributor;

/**
 * Loads the demo data set once. The marker row is taken under a row lock, so two nodes starting
 * together on one database do not both load it.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "tiepdan.demo.enabled", havingValue = "true")
class DemoDataRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);
    private final List<DemoDataContributor> contributors;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    DemoDataRunner(List<DemoDataContributor> contributors, JdbcClient jdbc, TransactionTemplate tx) {
        this.contributors = contributors;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        tx.executeWithoutResult(status -> {
            int inserted = jdbc.sql("insert into app_setting (key, value) values ('demo.loaded', now()::text) "
                    + "on conflict (key) do nothing").update();
            if (inserted == 0) {
                return;
            }
            log.info("Loading the demo data set ({} contributors)", contributors.size());
            contributors.stream().sorted(Comparator.comparingInt(DemoDataContributor::order))
                    .forEach(DemoDataContributor::contribute);
        });
    }
}
