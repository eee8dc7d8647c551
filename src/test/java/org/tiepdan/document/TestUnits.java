package org.tiepdan.document;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Units for tests, with unique names (the test database is shared and never empty). */
public final class TestUnits {

    private TestUnits() {
    }

    public static long create(JdbcClient jdbc, String kind, String tier, String name, Long parentId) {
        return jdbc.sql("insert into org_unit (kind, tier, name, parent_id, valid_from) values (?, ?, ?, ?, date '2000-01-01') "
                + "returning id").params(kind, tier, name + " " + System.nanoTime(), parentId)
                .query(Long.class).single();
    }
}
