package org.tiepdan.petition.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tiepdan.calendar.WorkingCalendar;
import org.tiepdan.platform.Dates;

/**
 * Every morning (one node, ShedLock): an in-app reminder for each active deadline due within
 * {@link #DAYS_AHEAD} working days, an overdue reminder for each one past, and the overdue mark on
 * petitions. Idempotent: a reminder is written once per petition, rule and due date. The lock is
 * held at least 5 minutes so that a node whose clock is a little late does not run it again once
 * the first node has finished.
 *
 * <p>The overdue mark is a change of the petition aggregate, so it goes through
 * {@link Petition#markOverdue} and is saved with the aggregate's {@code @Version}, one petition per
 * short transaction: an officer's edit that was loaded before the job ran is then refused as a stale
 * edit (409) instead of silently writing the old mark back, and an edit committed while the job runs
 * makes the job reload that petition and mark it again rather than overwrite the edit. A plain SQL
 * {@code UPDATE} did neither (issue 17).
 */
@Component
class ReminderJob {

    static final int DAYS_AHEAD = 2;
    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    /** Attempts per petition when officers keep editing it while the job runs. */
    private static final int ATTEMPTS = 5;

    private final JdbcClient jdbc;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final PetitionRepository petitions;
    private final TransactionTemplate tx;

    ReminderJob(JdbcClient jdbc, WorkingCalendar calendar, Clock clock, PetitionRepository petitions,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.clock = clock;
        this.petitions = petitions;
        this.tx = new TransactionTemplate(transactions);
    }

    @Scheduled(cron = "${tiepdan.petitions.reminder-cron:0 30 6 * * *}", zone = "Asia/Ho_Chi_Minh")
    @SchedulerLock(name = "petition-reminders", lockAtMostFor = "PT20M", lockAtLeastFor = "PT5M")
    public void daily() {
        int[] counts = run(Dates.today(clock));
        log.info("Petition reminders: {} upcoming, {} overdue, {} petitions marked overdue", counts[0], counts[1],
                counts[2]);
    }

    /** Returns {upcoming, overdue reminders written, petitions whose overdue mark changed}. */
    int[] run(LocalDate today) {
        LocalDate horizon = calendar.addWorkingDays(today, DAYS_AHEAD);
        int[] reminders = tx.execute(s -> new int[] {jdbc.sql("""
                insert into petition_reminder (petition_id, unit_id, kind, rule_code, due)
                select p.id, p.unit_id, 'UPCOMING', d.rule_code, d.due
                from petition_deadline d join petition p on p.id = d.petition_id
                where d.active and d.due between :today and :horizon
                on conflict do nothing""").param("today", today).param("horizon", horizon).update(),
                jdbc.sql("""
                insert into petition_reminder (petition_id, unit_id, kind, rule_code, due)
                select p.id, p.unit_id, 'OVERDUE', d.rule_code, d.due
                from petition_deadline d join petition p on p.id = d.petition_id
                where d.active""" + " and " + Overdue.deadlineMissed("d", ":today") + " on conflict do nothing")
                .param("today", today).update()});
        // Only the candidates are read here; the decision is the aggregate's, taken on a fresh load.
        List<Long> candidates = jdbc.sql("""
                select q.id from petition q
                where""" + " q.overdue <> " + Overdue.petition("q", ":today") + " order by q.id")
                .param("today", today).query(Long.class).list();
        int marked = 0;
        for (long id : candidates) {
            try {
                if (mark(id, today)) {
                    marked++;
                }
            } catch (RuntimeException e) {
                // One petition that cannot be loaded must not keep every other one unmarked.
                log.error("Petition {} could not be marked overdue", id, e);
            }
        }
        return new int[] {reminders[0], reminders[1], marked};
    }

    /** Marks one petition in its own transaction, reloading it when a concurrent edit wins the race. */
    private boolean mark(long id, LocalDate today) {
        for (int attempt = 1;; attempt++) {
            try {
                return Boolean.TRUE.equals(tx.execute(s -> {
                    Petition p = petitions.findById(id).orElse(null);
                    if (p == null) {
                        return false;
                    }
                    boolean before = p.overdue();
                    p.markOverdue(today);
                    return before != p.overdue();
                }));
            } catch (OptimisticLockingFailureException e) {
                if (attempt >= ATTEMPTS) {
                    log.warn("Petition {} kept changing while being marked overdue; left for the next run", id);
                    return false;
                }
            }
        }
    }
}
