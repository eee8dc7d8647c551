package org.tiepdan.platform.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends again what an after-commit listener left undone (issue 23): Spring Modulith's event
 * publication registry stores each event with its transactional listeners in the transaction that
 * published it ({@code event_publication}); the listener's success deletes the row. What stays is
 * either FAILED (the listener threw: the mail server or the SMS gateway refused) or was left
 * PUBLISHED, PROCESSING or RESUBMITTED by a node that stopped between the commit and the end of the
 * sending. This job, on one node at a time (ShedLock), first marks the latter failed once they are
 * older than {@code tiepdan.events.stale-after} (no live node takes that long to send one message),
 * then hands every failed publication to its listener again; each is claimed by a conditional update
 * before it is sent, so a publication goes out once per attempt. A publication older than
 * {@code tiepdan.events.give-up-after} is not tried again: it is deleted with a warning naming its
 * event (ids only), so that old failures never fill the batch that newer ones need.
 *
 * <p>Why not the library's own switches: {@code republish-outstanding-events-on-restart} resubmits
 * at every start whatever is incomplete, including what another node is sending at that moment (a
 * second e-mail), and the built-in staleness monitor runs on every node without a lock. Doing both
 * steps here, under the lock, keeps one sender per publication; a restart is covered because the
 * job runs one interval after the start and every interval after.
 */
@Component
public class EventRedelivery {

    private static final Logger log = LoggerFactory.getLogger(EventRedelivery.class);
    /** Publications handed to their listeners in one pass. */
    static final int BATCH = 100;

    private final FailedEventPublications failed;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration staleAfter;
    private final Duration giveUpAfter;

    EventRedelivery(FailedEventPublications failed, JdbcClient jdbc, Clock clock,
            @Value("${tiepdan.events.stale-after:PT5M}") Duration staleAfter,
            @Value("${tiepdan.events.give-up-after:P3D}") Duration giveUpAfter) {
        this.failed = failed;
        this.jdbc = jdbc;
        this.clock = clock;
        this.staleAfter = staleAfter;
        this.giveUpAfter = giveUpAfter;
    }

    @Scheduled(fixedDelayString = "${tiepdan.events.resubmit-interval:PT1M}",
            initialDelayString = "${tiepdan.events.resubmit-interval:PT1M}")
    @SchedulerLock(name = "event-redelivery", lockAtMostFor = "PT30M")
    void scheduled() {
        redeliver();
    }

    /**
     * One pass: stale publications marked failed, old ones given up, the failed ones handed to their
     * listeners again (synchronously: when this returns, each was completed or failed again). Public
     * for the tests, which call it without the lock.
     */
    public void redeliver() {
        // The last attempt's start: the publication date, or the last resubmission's (both set on insert).
        int stale = jdbc.sql("""
                update event_publication set status = 'FAILED'
                 where completion_date is null and status in ('PUBLISHED', 'PROCESSING', 'RESUBMITTED')
                   and coalesce(last_resubmission_date, publication_date) < ?""")
                .param(java.sql.Timestamp.from(clock.instant().minus(staleAfter))).update();
        if (stale > 0) {
            log.info("{} event publications left unfinished by a stopped node, to be sent again", stale);
        }
        Instant giveUpBefore = clock.instant().minus(giveUpAfter);
        List<Map<String, Object>> givenUp = jdbc.sql("""
                delete from event_publication
                 where completion_date is null and status = 'FAILED' and publication_date < ?
                returning listener_id, serialized_event""")
                .param(java.sql.Timestamp.from(giveUpBefore)).query().listOfRows();
        for (Map<String, Object> g : givenUp) {
            // Events carry ids only (never an address nor a tracking code): safe to name here.
            log.warn("Gave up sending {} to {} after {}", g.get("serialized_event"), g.get("listener_id"), giveUpAfter);
        }
        failed.resubmit(ResubmissionOptions.defaults().withBatchSize(BATCH)
                .withFilter((EventPublication p) -> p.getPublicationDate().isAfter(giveUpBefore)));
    }
}
