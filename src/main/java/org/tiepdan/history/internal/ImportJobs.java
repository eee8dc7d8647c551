package org.tiepdan.history.internal;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.tiepdan.platform.DomainException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The import jobs and their staged rows ({@code history_import}, {@code history_import_row}).
 *
 * <p>A running job (VALIDATING, IMPORTING) names the node that runs it and holds a lease on it
 * ({@code node}, {@code lease_until}, in database time so that nodes' clocks do not matter): the
 * node renews the leases of its jobs while it lives ({@link ImportLeaseJob}); a job whose lease ran
 * out was left by a node that died, and the sweep marks it failed with {@link #NODE_LOST}. Nothing
 * of it was written: an import writes in one transaction, which died with the node.
 */
@Component
class ImportJobs {

    enum Status { VALIDATING, PREVIEW, IMPORTING, IMPORTED, FAILED }

    record Job(long id, long unitId, String source, String fileName, String sha256, Status status, int totalRows,
            int progress, int errors, int warnings, int toCreate, int skipped, int created, String counts,
            String failure, String createdBy, Instant createdAt, String confirmedBy, Instant finishedAt, long version) {

        /** Percentage of the current phase, for the progress bar. */
        public int percent() {
            if (!running()) {
                return 100;
            }
            int total = status == Status.IMPORTING ? Math.max(1, toCreate) : Math.max(1, totalRows);
            return Math.min(100, progress * 100 / total);
        }

        public boolean running() {
            return status == Status.VALIDATING || status == Status.IMPORTING;
        }
    }

    /** A staged row with what the last validation said. */
    record Row(long id, RecordType type, int row, Map<String, String> fields, String key, RowOutcome outcome,
            List<Finding> findings, boolean corrected, boolean excluded, long version) {
    }

    private static final TypeReference<Map<String, String>> FIELDS = new TypeReference<>() {
    };
    private static final TypeReference<List<Finding>> FINDINGS = new TypeReference<>() {
    };

    /** The failure of a job whose node stopped while running it (the screen explains it). */
    static final String NODE_LOST = "node-lost";

    private final JdbcClient jdbc;
    private final ObjectMapper json = JsonMapper.builder().build();
    private final String node;
    private final Duration lease;

    ImportJobs(JdbcClient jdbc, @Value("${tiepdan.imports.lease:PT2M}") Duration lease) {
        this.jdbc = jdbc;
        this.lease = lease;
        this.node = nodeName();
    }

    /** This node in the job rows: host, process and a per-start suffix (two contexts in one JVM differ). */
    private static String nodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "localhost";
        }
        String name = host + "/" + ManagementFactory.getRuntimeMXBean().getPid() + "/"
                + UUID.randomUUID().toString().substring(0, 8);
        return name.length() > 100 ? name.substring(name.length() - 100) : name;
    }

    String node() {
        return node;
    }

    /** Seconds of the lease, for SQL ({@code now() + make_interval(secs => ?)}). */
    private double leaseSeconds() {
        return lease.toMillis() / 1000.0;
    }

    /** Renews the leases of the jobs this node runs; returns how many. */
    int renewLeases() {
        return jdbc.sql("""
                update history_import set lease_until = now() + make_interval(secs => ?)
                where node = ? and status in ('VALIDATING', 'IMPORTING')""").params(leaseSeconds(), node).update();
    }

    /** Fails the running jobs whose lease ran out (their node died); returns "id@node" of each. */
    List<String> failExpired() {
        return jdbc.sql("""
                update history_import set status = 'FAILED', failure = ?, finished_at = now(), version = version + 1
                where status in ('VALIDATING', 'IMPORTING') and (lease_until is null or lease_until < now())
                returning id, node""").param(NODE_LOST)
                .query((rs, i) -> rs.getLong("id") + "@" + rs.getString("node")).list();
    }

    long create(long unitId, String source, String fileName, String sha256, Bundle bundle, String user) {
        long id = jdbc.sql("""
                insert into history_import (unit_id, source, file_name, sha256, total_rows, created_by, node, lease_until)
                values (?, ?, ?, ?, ?, ?, ?, now() + make_interval(secs => ?)) returning id""")
                .params(unitId, source, fileName, sha256, bundle.records().size(), user, node, leaseSeconds())
                .query(Long.class).single();
        for (Rec r : bundle.records()) {
            jdbc.sql("insert into history_import_row (import_id, record_type, row_no, fields) values (?, ?, ?, ?)")
                    .params(id, r.type().name(), r.row(), json.writeValueAsString(r.fields())).update();
        }
        return id;
    }

    Job job(long id) {
        return jdbc.sql("select * from history_import where id = ?").param(id).query((rs, i) -> new Job(
                rs.getLong("id"), rs.getLong("unit_id"), rs.getString("source"), rs.getString("file_name"),
                rs.getString("sha256"), Status.valueOf(rs.getString("status")), rs.getInt("total_rows"),
                rs.getInt("progress"), rs.getInt("errors"), rs.getInt("warnings"), rs.getInt("to_create"),
                rs.getInt("skipped"), rs.getInt("created"), rs.getString("counts"), rs.getString("failure"),
                rs.getString("created_by"), instant(rs.getObject("created_at", OffsetDateTime.class)),
                rs.getString("confirmed_by"), instant(rs.getObject("finished_at", OffsetDateTime.class)),
                rs.getLong("version"))).optional()
                .orElseThrow(() -> DomainException.notFound("history-import-not-found"));
    }

    List<Job> recent(int limit) {
        List<Long> ids = jdbc.sql("select id from history_import order by created_at desc, id desc limit ?")
                .param(limit).query(Long.class).list();
        List<Job> jobs = new ArrayList<>();
        ids.forEach(id -> jobs.add(job(id)));
        return jobs;
    }

    List<Row> rows(long importId) {
        return jdbc.sql("select * from history_import_row where import_id = ? order by id").param(importId)
                .query((rs, i) -> new Row(rs.getLong("id"), RecordType.valueOf(rs.getString("record_type")),
                        rs.getInt("row_no"), json.readValue(rs.getString("fields"), FIELDS), rs.getString("record_key"),
                        rs.getString("outcome") == null ? null : RowOutcome.valueOf(rs.getString("outcome")),
                        rs.getString("findings") == null ? List.of() : json.readValue(rs.getString("findings"), FINDINGS),
                        rs.getBoolean("corrected"), rs.getBoolean("excluded"), rs.getLong("version")))
                .list();
    }

    Bundle bundle(List<Row> rows) {
        return new Bundle(rows.stream().map(r -> new Rec(r.type(), r.row(), r.fields())).toList());
    }

    /** Stores what a validation said about every row, and the job's counts. */
    void storeValidation(long importId, Validation v) {
        Map<String, Long> ids = new LinkedHashMap<>();
        for (Row r : rows(importId)) {
            ids.put(r.type() + ":" + r.row(), r.id());
        }
        for (Checked c : v.rows()) {
            Long id = ids.get(c.type() + ":" + c.row());
            jdbc.sql("update history_import_row set record_key = ?, outcome = ?, findings = ? where id = ?")
                    .params(c.key, c.outcome.name(), json.writeValueAsString(c.findings), id).update();
        }
        jdbc.sql("""
                update history_import set status = 'PREVIEW', errors = ?, warnings = ?, to_create = ?, skipped = ?,
                  progress = total_rows, version = version + 1 where id = ?""")
                .params((int) v.blockingErrors(), (int) v.findings(Finding.WARNING),
                        (int) v.count(RowOutcome.NEW),
                        v.rows().size() - (int) v.count(RowOutcome.NEW) - (int) v.count(RowOutcome.REJECTED), importId)
                .update();
    }

    void correct(long importId, long rowId, long version, Map<String, String> fields) {
        int n = jdbc.sql("""
                update history_import_row set fields = ?, corrected = true, version = version + 1
                where id = ? and import_id = ? and version = ?""")
                .params(json.writeValueAsString(fields), rowId, importId, version).update();
        if (n == 0) {
            throw new ObjectOptimisticLockingFailureException("history_import_row", rowId);
        }
    }

    void exclude(long importId, long rowId, boolean excluded) {
        jdbc.sql("update history_import_row set excluded = ?, version = version + 1 where id = ? and import_id = ?")
                .params(excluded, rowId, importId).update();
    }

    void status(long importId, Status status) {
        jdbc.sql("""
                update history_import set status = ?, progress = 0, node = ?, lease_until = now() + make_interval(secs => ?),
                  version = version + 1 where id = ?""")
                .params(status.name(), node, leaseSeconds(), importId).update();
    }

    /** Moves the job from one status to another; false when it is not in the expected one (someone else did). */
    boolean move(long importId, Status from, Status to, String user) {
        return jdbc.sql("""
                update history_import set status = ?, progress = 0, confirmed_by = coalesce(?, confirmed_by),
                  node = ?, lease_until = now() + make_interval(secs => ?), version = version + 1
                where id = ? and status = ?""")
                .params(to.name(), user, node, leaseSeconds(), importId, from.name()).update() == 1;
    }

    void progress(long importId, int done) {
        jdbc.sql("update history_import set progress = ? where id = ?").params(done, importId).update();
    }

    void imported(long importId, int created, String counts) {
        jdbc.sql("""
                update history_import set status = 'IMPORTED', created = ?, counts = ?, progress = to_create,
                  finished_at = now(), version = version + 1 where id = ?""")
                .params(created, counts, importId).update();
    }

    /**
     * Once imported, the staged petitions lose the petitioner's name, CCCD and address: the
     * petition module holds them (apart, for the denouncer-identity rules); the job keeps no copy.
     */
    void forgetIdentities(long importId) {
        for (Row r : rows(importId)) {
            if (r.type() == RecordType.PETITION) {
                Map<String, String> kept = new LinkedHashMap<>(r.fields());
                kept.keySet().removeAll(List.of("petitioner", "idNumber", "address"));
                jdbc.sql("update history_import_row set fields = ? where id = ?")
                        .params(json.writeValueAsString(kept), r.id()).update();
            }
        }
    }

    void failed(long importId, String failure) {
        jdbc.sql("update history_import set status = 'FAILED', failure = ?, finished_at = now(), version = version + 1 "
                + "where id = ?").params(failure, importId).update();
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
