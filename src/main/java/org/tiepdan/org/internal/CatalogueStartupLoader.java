package org.tiepdan.org.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the shipped catalogue on the first start (no territory yet), before the demo data (order
 * 20). An advisory lock inside the import keeps two nodes starting together from both loading it.
 */
@Component
@Order(5)
class CatalogueStartupLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CatalogueStartupLoader.class);
    private final CatalogueImporter importer;

    CatalogueStartupLoader(CatalogueImporter importer) {
        this.importer = importer;
    }

    @Override
    public void run(ApplicationArguments args) {
        long start = System.nanoTime();
        if (importer.importShippedIfEmpty()) {
            log.info("Loaded the administrative catalogue ({}) in {} ms", CatalogueImporter.SHIPPED,
                    (System.nanoTime() - start) / 1_000_000);
        }
    }
}
