package org.tiepdan.petition.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.tiepdan.FullStackTest;

/**
 * Issue 22: the statements that count the reports' petition figures stay ones PostgreSQL can run on parallel
 * workers. A correlated subquery in one figure's predicate (the overdue rule's look-up of deadlines, before
 * {@link Overdue#petitionJoined}) makes the whole statement serial: a province's petitions took 1.4 s instead of
 * 0.8 s. With {@code debug_parallel_query} PostgreSQL puts a parallel plan on any statement that allows one, so
 * the count, the aggregate included, runs under a {@code Gather} node; a serial-only statement keeps its
 * aggregate above it. The cross-checks ({@code check.*}) are listed, never counted by a report's cells, and may
 * stay serial.
 */
@FullStackTest
class PetitionCountsParallelTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;

    @Test
    void theCountsOfEveryCellFigureRunOnParallelWorkers() {
        List<String> cases = PetitionFiguresService.PREDICATES.keySet().stream().filter(c -> !c.startsWith("check."))
                .toList();
        List<String> petitions = PetitionFiguresService.PETITION_PREDICATES.keySet().stream()
                .filter(c -> !c.startsWith("check.")).toList();
        assertThat(petitions).contains("overdue");
        for (UnaryOperator<String> group : List.<UnaryOperator<String>>of(a -> a + ".unit_id", a -> a + ".received_on")) {
            assertThat(topNode(PetitionFiguresService.countStatement(cases, true, group))).as("cases")
                    .startsWith("Gather");
            assertThat(topNode(PetitionFiguresService.countStatement(petitions, false, group))).as("petitions")
                    .startsWith("Gather");
        }
    }

    @Test
    void aCorrelatedLookUpIsWhatKeepsAStatementSerial() {
        // The guard above can fail: the overdue rule as the lists write it (one look-up per petition).
        String serial = "select p.unit_id, count(*) filter (where " + Overdue.petition("p", ":to") + ") from petition p "
                + "where " + PetitionFiguresService.held("p") + " group by 1";
        assertThat(topNode(serial)).doesNotStartWith("Gather");
    }

    /** The first line of the statement's plan with every parallel-safe statement given a parallel plan. */
    private String topNode(String sql) {
        return tx.execute(status -> {
            // PostgreSQL 16 renamed force_parallel_mode (a server of 15 may hold the tests' database).
            int version = jdbc.sql("select current_setting('server_version_num')::int").query(Integer.class).single();
            jdbc.sql("set local " + (version >= 160000 ? "debug_parallel_query" : "force_parallel_mode") + " = on")
                    .update();
            List<String> plan = jdbc.sql("explain " + sql).param("units", new Long[] {1L, 2L, 3L})
                    .param("from", LocalDate.of(2020, 1, 1)).param("to", LocalDate.of(2025, 12, 31))
                    .query(String.class).list();
            return plan.get(0).strip();
        });
    }
}
