package org.tiepdan.petition.internal;

import java.time.Clock;
import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.calendar.WorkingCalendar;
import org.tiepdan.platform.Dates;

/**
 * Every morning (one node, ShedLock): an in-app reminder for each active deadline due within
 * {@link #DAYS_AHEAD} working days, an overdue reminder for each one past, and the overdue mark on
 * petitions. Idempotent: a reminder is written once per petition, rule and due date.
 */
@Component
class ReminderJob {

    static final int DAYS_AHEAD = 2;
    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    private final JdbcClient jdbc;
    private final WorkingCalendar calendar;
    private final Clock clock;

    ReminderJob(JdbcClient jdbc, WorkingCalendar calendar, Clock clock) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Scheduled(cron = "${tiepdan.petitions.reminder-cron:0 30 6 * * *}", zone = "Asia/Ho_Chi_Minh")
    @SchedulerLock(name = "petition-reminders", lockAtMostFor = "PT20M")
    public void daily() {
        int[] counts = run(Dates.today(clock));
        log.info("Petition reminders: {} upcoming, {} overdue, {} petitions marked overdue", counts[0], counts[1],
                counts[2]);
    }

    /** Returns {upcoming, overdue reminders written, petitions whose overdue mark changed}. */
    @Transactional
    int[] run(LocalDate today) {
        LocalDate horizon = calendar.addWorkingDays(today, DAYS_AHEAD);
        int upcoming = jdbc.sql("""
                insert into petition_reminder (petition_id, unit_id, kind, rule_code, due)
                select p.id, p.unit_id, 'UPCOMING', d.rule_code, d.due
                from petition_deadline d join petition p on p.id = d.petition_id
                where d.active and d.due between :today and :horizon
                on conflict do nothing""").param("today", today).param("horizon", horizon).update();
        int overdue = jdbc.sql("""
                insert into petition_reminder (petition_id, unit_id, kind, rule_code, due)
                select p.id, p.unit_id, 'OVERDUE', d.rule_code, d.due
                from petition_deadline d join petition p on p.id = d.petition_id
                where d.active and d.due < :today
                on conflict do nothing""").param("today", today).update();
        int marked = jdbc.sql("""
                update petition p set overdue = x.late from (
                  select q.id, (exists (select 1 from petition_deadline d where d.petition_id = q.id and d.active
                                        and d.due < :today)
                               or (q.state = 'DIRECTED' and q.direction_expected_on < :today)) late
                  from petition q) x
                where x.id = p.id and p.overdue <> x.late""").param("today", today).update();
        return new int[] {upcoming, overdue, marked};
    }
}
