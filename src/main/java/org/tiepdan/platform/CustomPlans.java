package org.tiepdan.platform;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Plans the statements of the current transaction for their own values ({@code plan_cache_mode =
 * force_custom_plan} until the transaction ends).
 *
 * <p>Why: the JDBC driver prepares a statement on the server from its fifth run, and PostgreSQL then may plan it
 * once for any values (its generic plan). For statements whose best plan depends on the values, a scope of ten
 * thousand units or a word that matches half the petitions, the generic plan was several times slower: the
 * province's petition list (page 500) took 16 s instead of 0.3 s, and a province's report figures over ten
 * years 3.2 s instead of 1.1 s once they had run a few times (bench/README.md). Planning each run costs a
 * fraction of a millisecond, nothing beside such statements, so only the transactions that run them ask for it;
 * the many small statements of the rest of the application keep their cached plans.
 */
public final class CustomPlans {

    private CustomPlans() {
    }

    /** For the rest of the current transaction (a {@code SET LOCAL}: outside a transaction it does nothing). */
    public static void forThisTransaction(JdbcClient jdbc) {
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
    }
}
