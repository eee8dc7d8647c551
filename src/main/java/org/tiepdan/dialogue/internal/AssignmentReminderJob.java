package org.tiepdan.dialogue.internal;

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
 * Every morning (one node, ShedLock), as the petitions' reminders do: a reminder for each open
 * assignment due within {@link DialogueQueries#DAYS_AHEAD} working days, and one for each past its
 * due date. Idempotent: written once per assignment, kind and due date. Overdue itself is computed
 * from the due date wherever it is shown, never stored.
 */
@Component
class AssignmentReminderJob {

    private static final Logger log = LoggerFactory.getLogger(AssignmentReminderJob.class);

    private final JdbcClient jdbc;
    private final WorkingCalendar calendar;
    private final Clock clock;

    AssignmentReminderJob(JdbcClient jdbc, WorkingCalendar calendar, Clock clock) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Scheduled(cron = "${tiepdan.dialogues.reminder-cron:0 35 6 * * *}", zone = "Asia/Ho_Chi_Minh")
    @SchedulerLock(name = "dialogue-reminders", lockAtMostFor = "PT20M", lockAtLeastFor = "PT5M")
    public void daily() {
        int[] counts = run(Dates.today(clock));
        log.info("Dialogue assignment reminders: {} upcoming, {} overdue", counts[0], counts[1]);
    }

    /** Returns {upcoming, overdue} reminders written. */
    @Transactional
    int[] run(LocalDate today) {
        LocalDate horizon = calendar.addWorkingDays(today, DialogueQueries.DAYS_AHEAD);
        int upcoming = jdbc.sql("""
                insert into dialogue_reminder (assignment_id, dialogue_id, unit_id, kind, due)
                select a.id, a.dialogue_id, a.assignee_unit_id, 'UPCOMING', a.due from dialogue_assignment a
                where a.state = 'OPEN' and a.due between :today and :horizon
                  and not exists (select 1 from dialogue d where d.id = a.dialogue_id and d.import_id is not null)
                on conflict do nothing""").param("today", today).param("horizon", horizon).update();
        int overdue = jdbc.sql("""
                insert into dialogue_reminder (assignment_id, dialogue_id, unit_id, kind, due)
                select a.id, a.dialogue_id, a.assignee_unit_id, 'OVERDUE', a.due from dialogue_assignment a
                where a.state = 'OPEN' and a.due < :today
                  and not exists (select 1 from dialogue d where d.id = a.dialogue_id and d.import_id is not null)
                on conflict do nothing""").param("today", today).update();
        return new int[] {upcoming, overdue};
    }
}
