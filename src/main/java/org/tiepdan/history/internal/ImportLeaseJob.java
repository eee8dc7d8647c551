package org.tiepdan.history.internal;

import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leases of running imports (issue 17: an import whose node died stayed "validating" or
 * "importing" forever). Every node renews the leases of the jobs it runs; one node at a time
 * (ShedLock) fails the jobs whose lease ran out, so that the screen says what happened and the
 * file can be sent again. Failing rather than resuming: an import writes in one transaction, so a
 * dead node left nothing half-written, and a fresh upload is checked against the records entered since.
 */
@Component
class ImportLeaseJob {

    private static final Logger log = LoggerFactory.getLogger(ImportLeaseJob.class);

    private final ImportJobs jobs;

    ImportLeaseJob(ImportJobs jobs) {
        this.jobs = jobs;
    }

    /** Not locked: each node renews its own jobs. */
    @Scheduled(fixedDelayString = "${tiepdan.imports.heartbeat:PT15S}", initialDelayString = "${tiepdan.imports.heartbeat:PT15S}")
    @Transactional
    public void heartbeat() {
        jobs.renewLeases();
    }

    @Scheduled(fixedDelayString = "${tiepdan.imports.sweep:PT1M}", initialDelayString = "${tiepdan.imports.sweep:PT1M}")
    @SchedulerLock(name = "history-import-leases", lockAtMostFor = "PT5M", lockAtLeastFor = "PT1S")
    public void sweep() {
        expire();
    }

    /** Fails every running job whose lease ran out; returns them as "id@node". */
    @Transactional
    List<String> expire() {
        List<String> failed = jobs.failExpired();
        if (!failed.isEmpty()) {
            log.warn("History imports left by a stopped node marked failed (lease expired): {}", failed);
        }
        return failed;
    }
}
