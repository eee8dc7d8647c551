package org.tiepdan.nationaldb.internal;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tiepdan.nationaldb.internal.NationalDbMapping.RecordType;
import org.tiepdan.org.OrgUnitHierarchy;

/**
 * Sends the queued records (table {@code national_db_record}, filled by triggers in the records'
 * own transactions) to the national database, on one node at a time (ShedLock). Unset
 * {@code TIEPDAN_NATIONAL_DB_URL}: nothing is sent, every record stays PENDING.
 *
 * <p>Each record is read, mapped and sent outside any transaction, then marked SENT only if it did
 * not change meanwhile ({@code changed_at} as read): a change made while it was on the wire stays
 * PENDING and goes again. A refusal marks it FAILED with the error and the next attempt after a
 * back-off doubling from one minute up to six hours. A record already SENT is never sent again
 * unless it changes, so a restart sends each pending record once.
 */
@Component
class NationalDbSender {

    private static final Logger log = LoggerFactory.getLogger(NationalDbSender.class);
    static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    static final Duration LAST_RETRY = Duration.ofHours(6);
    static final int BATCH = 200;

    /** A queued record due for sending. */
    record Due(RecordType type, long id, long unitId, Instant changedAt, int attempts) {
    }

    /** What a run did. */
    record Run(int sent, int failed, int skipped) {
    }

    private final JdbcClient jdbc;
    private final NationalDbMapping mapping;
    private final OrgUnitHierarchy hierarchy;
    private final String url;

    NationalDbSender(JdbcClient jdbc, NationalDbMapping mapping, OrgUnitHierarchy hierarchy,
            @Value("${tiepdan.national-db.url:}") String url) {
        this.jdbc = jdbc;
        this.mapping = mapping;
        this.hierarchy = hierarchy;
        this.url = url == null || url.isBlank() ? null : url.strip();
    }

    /** The configured endpoint, if any. */
    Optional<String> endpoint() {
        return Optional.ofNullable(url);
    }

    @Scheduled(fixedDelayString = "${tiepdan.national-db.interval:PT5M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "national-db-sender", lockAtMostFor = "PT30M", lockAtLeastFor = "PT10S")
    void scheduled() {
        if (url == null) {
            return;
        }
        Run run = send(new HttpNationalDbTransport(URI.create(url)), null);
        if (run.sent() + run.failed() > 0) {
            log.info("National database: {} records sent, {} failed", run.sent(), run.failed());
        }
    }

    /**
     * Sends the records due now (of the unit's subtree, or all with {@code unitId} null) through the
     * transport, at most {@link #BATCH}.
     */
    Run send(NationalDbTransport transport, Long unitId) {
        int sent = 0;
        int failed = 0;
        int skipped = 0;
        for (Due due : due(unitId)) {
            switch (sendOne(transport, due)) {
                case SENT -> sent++;
                case FAILED -> failed++;
                case SKIPPED -> skipped++;
            }
        }
        return new Run(sent, failed, skipped);
    }

    enum Outcome { SENT, FAILED, SKIPPED }

    /** Sends one queued record (the loop's body; the demo uses it for the imported history). */
    Outcome sendOne(NationalDbTransport transport, Due due) {
        Optional<Map<String, Object>> item = mapping.item(due.type(), due.id());
        if (item.isEmpty()) {
            // No longer in that data group (reclassified) or gone: nothing to send for it.
            jdbc.sql("delete from national_db_record where record_type = ? and record_id = ? and changed_at = ?")
                    .params(due.type().name(), due.id(), Timestamp.from(due.changedAt())).update();
            return Outcome.SKIPPED;
        }
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("schemaVersion", NationalDbMapping.SCHEMA_VERSION);
        envelope.put("type", due.type().name());
        envelope.put("id", due.id());
        envelope.put("dataGroup", due.type().dataGroup);
        envelope.put("record", item.get());
        try {
            transport.send(envelope);
            jdbc.sql("""
                    update national_db_record set status = 'SENT', sent_at = clock_timestamp(), error = null,
                           attempts = attempts + 1
                     where record_type = ? and record_id = ? and changed_at = ?""")
                    .params(due.type().name(), due.id(), Timestamp.from(due.changedAt())).update();
            return Outcome.SENT;
        } catch (NationalDbTransport.TransportException e) {
            Duration wait = backOff(due.attempts() + 1);
            jdbc.sql("""
                    update national_db_record set status = 'FAILED', error = ?, attempts = attempts + 1,
                           next_attempt_at = clock_timestamp() + ?::interval
                     where record_type = ? and record_id = ? and changed_at = ?""")
                    .params(abbreviate(e.getMessage()), wait.toSeconds() + " seconds", due.type().name(), due.id(),
                            Timestamp.from(due.changedAt())).update();
            return Outcome.FAILED;
        }
    }

    /** One minute after the first failure, doubling, at most six hours. */
    static Duration backOff(int attempts) {
        if (attempts <= 1) {
            return FIRST_RETRY;
        }
        Duration d = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 20));
        return d.compareTo(LAST_RETRY) > 0 ? LAST_RETRY : d;
    }

    List<Due> due(Long unitId) {
        String units = unitId == null ? "" : " and unit_id in (:units)";
        var spec = jdbc.sql("""
                select record_type, record_id, unit_id, changed_at, attempts from national_db_record
                 where status <> 'SENT' and next_attempt_at <= clock_timestamp()""" + units + """

                 order by changed_at, record_type, record_id limit :limit""").param("limit", BATCH);
        if (unitId != null) {
            spec = spec.param("units", hierarchy.subtreeWithPredecessors(unitId));
        }
        return spec.query((rs, i) -> new Due(RecordType.valueOf(rs.getString(1)), rs.getLong(2), rs.getLong(3),
                rs.getTimestamp(4).toInstant(), rs.getInt(5))).list();
    }

    private static String abbreviate(String s) {
        String text = s == null ? "error" : s;
        return text.length() <= 1000 ? text : text.substring(0, 999) + "…";
    }
}
