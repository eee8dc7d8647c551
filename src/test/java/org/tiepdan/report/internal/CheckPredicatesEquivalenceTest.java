package org.tiepdan.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tiepdan.FullStackTest;
import org.tiepdan.org.AdminTier;
import org.tiepdan.org.NewOrgUnit;
import org.tiepdan.org.OrgUnitKind;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.platform.FigureSource;

/**
 * Issue 22: the cross-checks "date impossible" of cases and of sessions look up a record's unit only
 * when that unit was born after the window's start or closed before its end (a set hashed once),
 * instead of once per record. The predicates as they were are kept here and compared with the
 * sources' on random units with short lives, random records and random windows: the same records.
 */
@FullStackTest
class CheckPredicatesEquivalenceTest {

    private static final long SEED = Long.getLong("checks.seed", System.nanoTime());

    /** Petition {@code check.dates} as it was, on {@code petition_case c}. */
    private static final String OLD_CASE_DATES = "c.settled_on < c.received_on or c.direction_issued_on < c.received_on "
            + "or c.reopened_on < c.settled_on or (c.reopened_on is not null and c.settled_on is null) "
            + "or (c.outcome is not null and c.settled_on is null) or c.received_on > current_date "
            + "or exists (select 1 from org_unit u where u.id = c.unit_id "
            + "and (c.received_on < u.valid_from or c.received_on > u.valid_to))";

    /** Reception {@code check.dates} as it was, with the subtree's sessions as they are defined. */
    private static final String OLD_SESSION_DATES = """
            with subtree_session as materialized (
              select s.id, s.unit_id, s.kind, s.session_date
              from reception_session s
              where s.session_date between :from and :to
                and s.id in (select x.id from reception_session x where x.unit_id in (select unnest(:units))
                               and x.session_date between :from and :to
                             union select hu.session_id from reception_session_host hu
                               where hu.capacity = 'HEAD' and hu.host_unit_id in (select unnest(:units))))
            select s.id from subtree_session s where true and (s.session_date > current_date or exists (select 1 from
              reception_visit x where x.session_id = s.id and x.visit_date <> s.session_date) or exists (select 1
              from org_unit u where u.id = s.unit_id and (s.session_date < u.valid_from or s.session_date > u.valid_to)))
            order by s.id""";

    @Autowired
    FigureRegistry registry;
    @Autowired
    OrgUnits units;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theDateChecksFindTheRecordsTheyFoundBefore() {
        Random random = new Random(SEED);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        LocalDate old = LocalDate.of(2000, 1, 1);
        long province = units.create(new NewOrgUnit("Tỉnh Kiểm Tra " + tag, OrgUnitKind.ADMINISTRATIVE_AREA,
                AdminTier.PROVINCE, null, null, old)).id();
        List<Long> holders = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            // Lives: always, born in 2020, closed in 2021, born in 2019 and closed in 2021.
            LocalDate born = i == 1 ? LocalDate.of(2020, 3, 1) : i == 3 ? LocalDate.of(2019, 7, 1) : old;
            long commune = units.create(new NewOrgUnit("Xã Kiểm Tra " + i + " " + tag, OrgUnitKind.ADMINISTRATIVE_AREA,
                    AdminTier.COMMUNE, province, null, born)).id();
            long committee = units.create(new NewOrgUnit("UBND xã Kiểm Tra " + i + " " + tag,
                    OrgUnitKind.PEOPLES_COMMITTEE, null, commune, null, born)).id();
            if (i >= 2) {
                jdbc.sql("update org_unit set valid_to = date '2021-06-30' where id in (?, ?)").params(commune, committee)
                        .update();
            }
            holders.add(commune);
            holders.add(committee);
        }
        for (int i = 0; i < 150; i++) {
            long unit = holders.get(random.nextInt(holders.size()));
            LocalDate received = LocalDate.of(2018, 1, 1).plusDays(random.nextInt(6 * 365));
            boolean settled = random.nextBoolean();
            jdbc.sql("""
                    insert into petition_case (unit_id, title, kind, competence, complex, mass, degradation_related, incited,
                      received_on, outcome, settled_on, settled_on_time, reopened_on)
                    values (?, 'Vụ việc', 'COMPLAINT', 'RESOLVE', false, false, false, false, ?, ?, ?, ?, ?)""")
                    .params(unit, received, settled ? "DECIDED" : null,
                            settled ? received.plusDays(random.nextInt(60) - 5) : null, settled ? true : null,
                            settled && random.nextInt(8) == 0 ? received.plusDays(100) : null)
                    .update();
            LocalDate day = LocalDate.of(2018, 1, 1).plusDays(random.nextInt(6 * 365));
            long session = jdbc.sql("insert into reception_session (unit_id, kind, session_date, place) values (?, ?, ?, "
                    + "'Phòng tiếp dân') returning id").params(unit, random.nextBoolean() ? "PERIODIC" : "REGULAR", day)
                    .query(Long.class).single();
            jdbc.sql("""
                    insert into reception_visit (session_id, unit_id, visit_date, citizen_name, delegation, headcount, content,
                      field_code, complex, mass, outcome)
                    values (?, ?, ?, 'Công dân', false, 1, 'Nội dung', 'LAND', false, false, 'ANSWERED')""")
                    .params(session, unit, random.nextInt(10) == 0 ? day.plusDays(1) : day).update();
        }
        int found = 0;
        for (int i = 0; i < 30; i++) {
            long unit = random.nextInt(3) == 0 ? province : holders.get(random.nextInt(holders.size()));
            LocalDate from = LocalDate.of(2017, 6, 1).plusDays(random.nextInt(6 * 365));
            LocalDate to = from.plusDays(random.nextInt(3 * 365));
            FigureSource.Query q = registry.query(unit, new ReportWindow(from, to), null);
            String as = "seed " + SEED + ", unit " + unit + " " + from + ".." + to;
            List<Long> cases = jdbc.sql("select c.id from petition_case c where c.unit_id in (select unnest(:units)) "
                    + "and c.received_on between :from and :to and (" + OLD_CASE_DATES + ") order by c.id")
                    .param("units", q.units().toArray(Long[]::new)).param("from", from).param("to", to)
                    .query(Long.class).list();
            assertThat(registry.rows(FigureRegistry.PETITION, "check.dates", q)).extracting(Ref::id).as(as)
                    .containsExactlyElementsOf(cases);
            List<Long> sessions = jdbc.sql(OLD_SESSION_DATES).param("units", q.units().toArray(Long[]::new))
                    .param("from", from).param("to", to).query(Long.class).list();
            assertThat(registry.rows(FigureRegistry.RECEPTION, "check.dates", q)).extracting(Ref::id).as(as + " sessions")
                    .containsExactlyElementsOf(sessions);
            found += cases.size() + sessions.size();
        }
        assertThat(found).as("seed " + SEED + ": the windows met impossible dates").isPositive();
    }
}
