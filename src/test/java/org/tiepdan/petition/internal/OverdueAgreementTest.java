package org.tiepdan.petition.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tiepdan.FullStackTest;
import org.tiepdan.org.AdminTier;
import org.tiepdan.org.NewOrgUnit;
import org.tiepdan.org.OrgUnitKind;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.OrgUnitHierarchy;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.petition.Channel;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.FigureSource;

/**
 * "Overdue" has one meaning (issue 19): the work queue, the petition list's filter, the morning job's
 * mark and the periodic report's figure count the same petitions, planted at every edge of the rule
 * ({@link Overdue}): due today, due yesterday, long past, ended on time, ended late, suspended,
 * withdrawn after the due date, directed with the answer late or due today, a published conclusion
 * past its minimum publication period.
 */
@FullStackTest
class OverdueAgreementTest {

    @Autowired
    OrgUnits units;
    @Autowired
    PetitionService service;
    @Autowired
    PetitionRepository petitions;
    @Autowired
    PetitionQueries queries;
    @Autowired
    ReminderJob reminders;
    @Autowired
    PetitionFiguresService figures;
    @Autowired
    OrgUnitHierarchy hierarchy;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    PlatformTransactionManager transactions;

    OrgUnitView body;
    LocalDate today;

    @Test
    void theQueueTheListTheJobAndTheReportCountTheSamePetitions() {
        today = Dates.today(clock);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        long province = units.findAreaByCode("42").orElseThrow().id();
        body = units.create(new NewOrgUnit("UBND xã Thử Quá Hạn " + suffix, OrgUnitKind.PEOPLES_COMMITTEE, null, province,
                null, LocalDate.of(2012, 1, 1)));

        Map<String, Long> planted = new LinkedHashMap<>();
        planted.put("due today", open(today));
        planted.put("due yesterday", open(today.minusDays(1)));
        planted.put("long past", open(today.minusDays(30)));
        planted.put("ended on time", ended("DECIDED", today.minusDays(3), today.minusDays(3)));
        planted.put("ended late", ended("DECIDED", today.minusDays(5), today.minusDays(2)));
        planted.put("withdrawn after its due date", ended("WITHDRAWN", today.minusDays(4), today.minusDays(1)));
        long suspended = open(today.minusDays(9));
        jdbc.sql("update petition_deadline set due = null where petition_id = ?").param(suspended).update();
        jdbc.sql("update petition set state = 'SUSPENDED' where id = ?").param(suspended).update();
        planted.put("suspended", suspended);
        planted.put("directed, answer late", directed(today.minusDays(1)));
        planted.put("directed, answer due today", directed(today));
        long published = ended("PUBLISHED", today.minusDays(20), today.minusDays(20));
        jdbc.sql("""
                update petition_deadline set rule_code = 'DENUNCIATION_PUBLISH', active = true, met_on = null,
                due = ? where petition_id = ?""").param(today.minusDays(3)).param(published).update();
        planted.put("published, minimum period over", published);

        Set<Long> expected = Set.of(planted.get("due yesterday"), planted.get("long past"),
                planted.get("directed, answer late"));

        Set<Long> queue = dashboard(body.id()).overdue().stream()
                .map(PetitionQueries.Row::id).collect(Collectors.toSet());
        PetitionQueries.Filter overdueOnly = new PetitionQueries.Filter(null, null, null, null, null, null, null, null,
                null, null, null, null, true, null);
        Set<Long> list = queries.search(overdueOnly, List.of(body.id()), null, 1).items().stream()
                .map(PetitionQueries.Row::id).collect(Collectors.toSet());
        Set<Long> report = figures.records("overdue", new FigureSource.Query(body.id(),
                hierarchy.subtreeWithPredecessors(body.id()), today.minusDays(60), today, null)).stream()
                .map(FigureSource.Counted::id).collect(Collectors.toSet());
        reminders.run(today);
        Set<Long> marked = Set.copyOf(jdbc.sql("select id from petition where unit_id = ? and overdue")
                .param(body.id()).query(Long.class).list());
        Set<Long> aggregate = new TransactionTemplate(transactions).execute(s -> planted.values().stream()
                .filter(id -> Overdue.on(petitions.findById(id).orElseThrow(), today)).collect(Collectors.toSet()));
        Set<Long> remindedOverdue = Set.copyOf(jdbc.sql("""
                select distinct r.petition_id from petition_reminder r join petition p on p.id = r.petition_id
                where p.unit_id = ? and r.kind = 'OVERDUE'""").param(body.id()).query(Long.class).list());

        assertThat(queue).as("work queue").isEqualTo(expected);
        assertThat(dashboard(body.id()).overdueCount()).as("work queue's count").isEqualTo(expected.size());
        assertThat(list).as("petition list filter").isEqualTo(expected);
        assertThat(report).as("periodic report's figure at the end of a window ending today").isEqualTo(expected);
        assertThat(marked).as("the morning job's mark").isEqualTo(expected);
        assertThat(aggregate).as("the aggregate's rule").isEqualTo(expected);
        // An overdue reminder names a missed step: the two whose step deadline passed (a late answer
        // of a directed body has no step deadline of its own).
        assertThat(remindedOverdue).containsExactlyInAnyOrder(planted.get("due yesterday"), planted.get("long past"));
        // Due today is not late yet; the queue shows it under "due today".
        assertThat(dashboard(body.id()).dueToday())
                .extracting(PetitionQueries.Row::id).contains(planted.get("due today"));
    }

    /**
     * Issue 22: the dashboard's counts count every open petition in scope, not the rows the queue lists (a
     * province has tens of thousands open; the queue lists 500). Here the queue keeps one row while the
     * counts still see every planted petition, and agree with a queue that holds them all.
     */
    @Test
    void theDashboardCountsEveryOpenPetitionNotOnlyTheQueuedRows() {
        today = Dates.today(clock);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        long province = units.findAreaByCode("42").orElseThrow().id();
        body = units.create(new NewOrgUnit("UBND xã Thử Bảng Việc " + suffix, OrgUnitKind.PEOPLES_COMMITTEE, null,
                province, null, LocalDate.of(2012, 1, 1)));
        for (int i = 0; i < 3; i++) {
            open(today.minusDays(2 + i));
        }
        open(today);
        open(today);
        long farAway = open(today.plusDays(40));

        PetitionQueries.Dashboard whole = dashboard(body.id());
        PetitionQueries.Dashboard capped = queries.dashboard(queries.queue(List.of(body.id()), null, 1),
                List.of(body.id()), null);

        assertThat(whole.overdue()).hasSize(3);
        assertThat(whole.dueToday()).hasSize(2);
        assertThat(capped.overdue()).hasSize(1);
        assertThat(capped.dueToday()).isEmpty();
        for (PetitionQueries.Dashboard d : List.of(whole, capped)) {
            assertThat(d.overdueCount()).isEqualTo(3);
            assertThat(d.dueTodayCount()).isEqualTo(2);
            assertThat(d.dueThisWeekCount()).isEqualTo(whole.dueThisWeek().size());
            assertThat(d.byKind().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(6);
            assertThat(d.byHandler().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(6);
            assertThat(d.overdueByUnit()).containsExactly(Map.entry(body.name(), 3L));
        }
        assertThat(whole.dueThisWeek()).extracting(PetitionQueries.Row::id).doesNotContain(farAway);
        // The handler's own view counts only what is assigned to them.
        assertThat(queries.dashboard(List.of(), List.of(body.id()), "nobody-" + suffix).overdueCount()).isZero();
    }

    private PetitionQueries.Dashboard dashboard(long unitId) {
        return queries.dashboard(queries.queue(List.of(unitId), null), List.of(unitId), null);
    }

    /** A petition received three weeks ago whose every step is open and due on {@code due}. */
    private long open(LocalDate due) {
        Petition p = service.register(new Intake(body.id(), Channel.POST, today.minusDays(21), null, null,
                null, null, "Đơn thử nghiệm quá hạn " + UUID.randomUUID(), false, false, false, 1,
                List.of(new Petitioner("Lê Văn Hạn", null, "thôn Bắc", null, null, false))), "xuly", body);
        jdbc.sql("update petition_deadline set due = ?, active = true, met_on = null where petition_id = ?")
                .param(due).param(p.id()).update();
        return p.id();
    }

    /** A petition ended ({@code state}) on {@code endedOn}, its steps due on {@code due} and met on the end day. */
    private long ended(String state, LocalDate due, LocalDate endedOn) {
        long id = open(due);
        jdbc.sql("update petition_deadline set active = false, met_on = ? where petition_id = ?").param(endedOn)
                .param(id).update();
        jdbc.sql("update petition set state = ?, settled_on = ?, settled_on_time = ? where id = ?").param(state)
                .param(endedOn).param(!endedOn.isAfter(due)).param(id).update();
        return id;
    }

    /** Directed to another body ten days ago, its answer expected on {@code expected} and not come. */
    private long directed(LocalDate expected) {
        long id = open(today.minusDays(10));
        jdbc.sql("update petition_deadline set active = false, met_on = ? where petition_id = ?")
                .param(today.minusDays(10)).param(id).update();
        jdbc.sql("update petition set state = 'DIRECTED', competence = 'DIRECT', direction_expected_on = ? where id = ?")
                .param(expected).param(id).update();
        return id;
    }
}
