package org.tiepdan.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tiepdan.FullStackTest;
import org.tiepdan.account.Accounts;
import org.tiepdan.document.IssuedDocuments;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.oversight.Inspections;
import org.tiepdan.report.ReportFixture;

/**
 * The records version (V188) and the findings kept until the records change (issue 22, docs/reports.md
 * "The findings cache"): every table of records is watched, a committed write changes the version and
 * a rolled-back one does not, a transaction with writes of its own neither reads nor keeps findings, and
 * the findings of an unchanged database are the ones computed before; and every computation of a report is
 * planned for its own values.
 */
@FullStackTest
class FindingsCacheTest {

    /** The tables that hold nothing a report reads: the deny-list of V188, with the reason there. */
    static final Set<String> NOT_RECORDS = Set.of("record_change", "flyway_schema_history", "spring_session",
            "spring_session_attributes", "audit_entry", "shedlock", "event_publication", "portal_rate_limit",
            "login_failure", "portal_challenge_used", "api_token", "account_recovery_code", "national_db_record");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    OrgUnits units;
    @Autowired
    Inspections inspections;
    @Autowired
    IssuedDocuments documents;
    @Autowired
    Accounts accounts;
    @Autowired
    ReportEngine engine;
    @Autowired
    RecordsVersion version;
    @Autowired
    CrossChecks checks;
    @Autowired
    PlatformTransactionManager transactions;

    ReportFixture f;
    final ReportWindow year = new ReportWindow(ReportFixture.FROM, ReportFixture.TO);

    @BeforeEach
    void fixture() {
        f = ReportFixture.get(jdbc, units, inspections, documents, accounts);
    }

    @Test
    void everyTableOfTheSchemaIsWatchedOrDeclaredNotToHoldRecords() {
        List<String> tables = jdbc.sql("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = current_schema() and c.relkind in ('r', 'p') order by 1""")
                .query(String.class).list();
        List<String> unwatched = new ArrayList<>();
        for (String table : tables) {
            List<String> triggers = jdbc.sql("""
                    select t.tgname from pg_trigger t join pg_class c on c.oid = t.tgrelid
                    join pg_namespace n on n.oid = c.relnamespace
                    where n.nspname = current_schema() and c.relname = ? and not t.tgisinternal""")
                    .param(table).query(String.class).list();
            boolean watched = triggers.containsAll(List.of("record_changed", "record_changed_truncate"));
            if (watched == NOT_RECORDS.contains(table)) {
                unwatched.add(table + (watched ? " (deny-listed but triggered)" : ""));
            }
        }
        assertThat(unwatched).as("tables neither watched by record_changed() nor in V188's deny-list").isEmpty();
        assertThat(tables).contains("petition", "reception_session", "issued_document", "org_unit");
    }

    @Test
    void aCommittedWriteChangesTheVersionAndARolledBackOneDoesNot() {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        // A job of the application may commit a write meanwhile (an import's lease renewed every 15 s):
        // each step is tried again a few times and must show its exact change once.
        assertThat(change(() -> tx.executeWithoutResult(s -> {
            touch(f.commune);
            s.setRollbackOnly();
        }))).as("a rolled-back write").isEqualTo(0);
        // Many rows written in one transaction: one bump, at its commit.
        assertThat(change(() -> tx.executeWithoutResult(s -> {
            touch(f.commune);
            touch(f.province);
            touch(f.commune);
        }))).as("a committed transaction of three writes").isEqualTo(1);
    }

    /** How much the version moved over the step: the least of three tries. */
    private long change(Runnable step) {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long before = version.now().orElseThrow();
            step.run();
            least = Math.min(least, version.now().orElseThrow() - before);
        }
        return least;
    }

    @Test
    void aTransactionWithWritesOfItsOwnHasNoVersion() {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        OptionalLong inside = tx.execute(s -> {
            touch(f.commune);
            return version.now();
        });
        assertThat(inside).isEmpty();
        // Reading alone does not count as writing.
        OptionalLong reading = tx.execute(s -> version.now());
        assertThat(reading).isPresent();
    }

    @Test
    void theFindingsAreKeptUntilTheRecordsChange() {
        List<Finding> first = engine.findings("appendix-2", f.commune, year, null);
        assertThat(first).extracting(Finding::code).contains("SESSION_WITHOUT_HOST", "DOCUMENT_DATE_IMPOSSIBLE");

        // Unchanged records: the very findings computed before, for the page's call as for the API and the files.
        assertThat(engine.findings("appendix-2", f.commune, year, null)).isSameAs(first);
        assertThat(engine.evaluate("appendix-2", f.commune, year, null).findings()).isSameAs(first);
        // Another window or unit is another entry.
        assertThat(engine.findings("appendix-2", f.commune, new ReportWindow(year.from(), year.to().minusDays(1)),
                null)).isNotSameAs(first);
        assertThat(engine.findings("appendix-2", f.province, year, null)).isNotSameAs(first);

        // A write to a table that holds no records (a sign-in failure) keeps them.
        jdbc.sql("insert into login_failure (address, failed_at) values ('192.0.2.88', now() - interval '1 year')")
                .update();
        jdbc.sql("delete from login_failure where address = '192.0.2.88'").update();
        assertThat(engine.findings("appendix-2", f.commune, year, null)).isSameAs(first);

        // Any committed write of records computes them again: the same here, since nothing they read changed.
        touch(f.commune);
        List<Finding> again = engine.findings("appendix-2", f.commune, year, null);
        assertThat(again).isNotSameAs(first).isEqualTo(first);
        assertThat(engine.findings("appendix-2", f.commune, year, null)).isSameAs(again);
        // What was kept at an older version is gone, not waiting to be evicted.
        assertThat(checks.kept()).isEqualTo(1);
    }

    @Test
    void aChangedRecordIsInTheNextFindings() {
        List<Finding> before = engine.findings("appendix-2", f.commune, year, null);
        long session = f.s1Periodic;
        String sessionPath = "/reception/sessions/" + session;
        assertThat(before).filteredOn(x -> x.code().equals("SESSION_WITHOUT_HOST"))
                .flatExtracting(Finding::records).doesNotContain(sessionPath);
        String hosts = jdbc.sql("select json_agg(h)::text from reception_session_host h where session_id = ?")
                .param(session).query(String.class).single();
        assertThat(hosts).as("the fixture's periodic session has a host").isNotNull();
        // Its hosts taken away (and put back): it is a session without a host in the very next call.
        try {
            jdbc.sql("delete from reception_session_host where session_id = ?").param(session).update();
            assertThat(engine.findings("appendix-2", f.commune, year, null))
                    .filteredOn(x -> x.code().equals("SESSION_WITHOUT_HOST"))
                    .flatExtracting(Finding::records).contains(sessionPath);
        } finally {
            jdbc.sql("""
                    insert into reception_session_host
                    select * from json_populate_recordset(null::reception_session_host, cast(? as json))""")
                    .param(hosts).update();
        }
        assertThat(engine.findings("appendix-2", f.commune, year, null)).isEqualTo(before);
    }

    /**
     * Beside the cache, the other half of the reports' speed at province scale: every computation plans its
     * statements for their own values ({@code platform.CustomPlans}); PostgreSQL's generic plan of the figures'
     * prepared statements made a province's figures 3× slower once they had run a few times (bench/README.md).
     * The setting lasts to the end of the transaction the computation ran in, and no longer.
     */
    @Test
    void everyComputationOfAReportIsPlannedForItsOwnValues() {
        List<Consumer<ReportEngine>> computations = List.of(
                e -> e.evaluate("appendix-2", f.commune, year, null, false),
                e -> e.evaluate("periodic", f.province, year, null),
                e -> e.findings("appendix-2", f.commune, year, null),
                e -> e.evaluateWithUnits("appendix-2", f.province, year, null, List.of("1.periodic")),
                e -> e.records("appendix-2", "1.periodic", "TOTAL", f.commune, year, null));
        TransactionTemplate tx = new TransactionTemplate(transactions);
        for (Consumer<ReportEngine> computation : computations) {
            String during = tx.execute(s -> {
                assertThat(planCacheMode()).isEqualTo("auto");
                computation.accept(engine);
                return planCacheMode();
            });
            assertThat(during).isEqualTo("force_custom_plan");
        }
        // A SET LOCAL: the pool's connections keep PostgreSQL's choice for everything else.
        String after = tx.execute(s -> planCacheMode());
        assertThat(after).isEqualTo("auto");
    }

    private String planCacheMode() {
        return jdbc.sql("show plan_cache_mode").query(String.class).single();
    }
    /** A committed write of a record that changes nothing a report reads. */
    private void touch(long unit) {
        jdbc.sql("update org_unit set name = name where id = ?").param(unit).update();
    }
}
