package org.tiepdan.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tiepdan.FullStackTest;
import org.tiepdan.account.Accounts;
import org.tiepdan.document.IssuedDocuments;
import org.tiepdan.org.AdminTier;
import org.tiepdan.org.NewOrgUnit;
import org.tiepdan.org.OrgUnitKind;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.oversight.Inspections;
import org.tiepdan.platform.FigureSource;
import org.tiepdan.report.ReportFixture;

/**
 * Issue 22: the fast path of the reports (each source's {@code totals}, counted in the database,
 * grouped by unit) against a recount from the records behind them ({@code records}, listed one by
 * one), on random units and random windows, over the demo data, the report fixture and random
 * records written here. Two independent computations: a count query whose predicate, join or window
 * drifted from the list's would make one of them differ on some unit and window. Then every cell of
 * every report against its drill-down, column by column.
 *
 * <p>Seeded: the seed is in every failure message; {@code -Drecount.seed=N} replays one.
 */
@FullStackTest
class FastPathRecountTest {

    private static final long SEED = Long.getLong("recount.seed", System.nanoTime());
    private static final int QUERIES = 16;
    private static final LocalDate EARLIEST = LocalDate.of(2017, 1, 1);
    private static final List<String> REPORTS = List.of(ReportDefinitions.APPENDIX_1, ReportDefinitions.APPENDIX_2,
            ReportDefinitions.APPENDIX_3, ReportDefinitions.PERIODIC);
    private static final List<String> COLUMNS = List.of("PROVINCE", "DISTRICT", "COMMUNE", UnitDirectory.TOTAL);

    private static List<Long> candidates;
    /** The random province's units (most of the random records): asked for half of the time. */
    private static List<Long> dense;
    /** The days records carry (received, settled, reopened, directed, held, issued): windows start or end on them. */
    private static List<LocalDate> days;
    private static List<LocalDate> denseDays;

    @Autowired
    List<FigureSource> sources;
    @Autowired
    FigureRegistry registry;
    @Autowired
    ReportEngine engine;
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

    @BeforeEach
    void data() {
        synchronized (FastPathRecountTest.class) {
            if (candidates == null) {
                ReportFixture.get(jdbc, units, inspections, documents, accounts);
                dense = randomRecords(new Random(SEED));
                // Every unit holding a record of a figure, and every unit above one (its reports hold it).
                candidates = jdbc.sql("""
                        with recursive holders(id) as (
                          select unit_id from petition_case union select unit_id from reception_session
                          union select unit_id from reception_visit union select unit_id from issued_document
                          union select host_unit_id from reception_session_host where host_unit_id is not null),
                        up(id) as (
                          select id from holders
                          union select x.id from org_unit u join up on up.id = u.id
                            cross join lateral (values (u.parent_id), (u.successor_id)) x(id) where x.id is not null)
                        select id from up order by id""").query(Long.class).list();
                days = jdbc.sql("""
                        select d from (select received_on d from petition_case union select settled_on from petition_case
                          union select reopened_on from petition_case union select direction_issued_on from petition_case
                          union select settled_on from petition union select session_date from reception_session
                          union select visit_date from reception_visit union select issued_on from issued_document) x
                        where d between date '2017-01-01' and date '2032-12-31' order by d""")
                        .query(LocalDate.class).list();
                denseDays = jdbc.sql("""
                        select d from (select received_on d, unit_id from petition_case union select settled_on, unit_id
                          from petition_case union select reopened_on, unit_id from petition_case
                          union select direction_issued_on, unit_id from petition_case union select settled_on, unit_id
                          from petition union select session_date, unit_id from reception_session
                          union select visit_date, unit_id from reception_visit) x
                        where d is not null and unit_id in (select unnest(:units)) order by d""")
                        .param("units", dense.toArray(Long[]::new)).query(LocalDate.class).list();
            }
        }
    }

    @Test
    void everySourceTotalsEqualTheRecountOfItsRecordsOnRandomUnitsAndWindows() {
        Random random = new Random(SEED + 1);
        long counted = 0;
        for (int i = 0; i < QUERIES; i++) {
            FigureSource.Query q = registry.query(unit(random), window(random), random.nextBoolean() ? null
                    : ReportDefinitions.QD11);
            for (FigureSource source : sources) {
                List<String> codes = source.codes(q);
                Map<String, Map<Long, Long>> totals = source.totals(codes, q);
                // Asked together (the cross-checks' one pass), each code's records as asked alone.
                Map<String, List<FigureSource.Counted>> together = source.records(codes, q);
                // The page's one pass: totals per unit of every code and per month of every other one.
                List<String> monthCodes = new ArrayList<>();
                for (int c = 0; c < codes.size(); c += 2) {
                    monthCodes.add(codes.get(c));
                }
                FigureSource.Totals both = source.totalsWithMonths(codes, monthCodes, q);
                for (String code : codes) {
                    Map<Long, Long> recount = new TreeMap<>();
                    for (FigureSource.Counted r : source.records(code, q)) {
                        recount.merge(r.unitId(), r.weight(), Long::sum);
                        counted += r.weight();
                    }
                    String as = "seed " + SEED + ", " + source.name() + " " + code + " of unit " + q.unitId() + " "
                            + q.from() + ".." + q.to() + " topic " + q.topic();
                    assertThat(nonZero(totals.get(code))).as(as).isEqualTo(nonZero(recount));
                    // The charts' count by month: the same records, grouped by the month of their dates.
                    Map<java.time.YearMonth, Long> monthly = new TreeMap<>();
                    source.records(code, q).stream().filter(r -> r.date() != null).forEach(
                            r -> monthly.merge(java.time.YearMonth.from(r.date()), r.weight(), Long::sum));
                    assertThat(nonZero(source.totalsByMonth(List.of(code), q).get(code))).as(as + " by month")
                            .isEqualTo(nonZero(monthly));
                    assertThat(nonZero(both.byUnit().get(code))).as(as + " with months").isEqualTo(nonZero(recount));
                    if (monthCodes.contains(code)) {
                        assertThat(nonZero(both.byMonth().get(code))).as(as + " by month, with units")
                                .isEqualTo(nonZero(monthly));
                    } else {
                        assertThat(both.byMonth()).as(as + " not asked by month").doesNotContainKey(code);
                    }
                    assertThat(together.get(code)).as(as + " together").isEqualTo(source.records(code, q));
                    // Asked alone, the same: a batched query must not let one code's filter leak into another's.
                    assertThat(nonZero(source.totals(List.of(code), q).get(code))).as(as + " alone")
                            .isEqualTo(nonZero(recount));
                }
            }
        }
        assertThat(counted).as("seed " + SEED + ": the random windows met records").isPositive();
    }

    @Test
    void everyReportCellEqualsTheWeightsOfItsDrillDownInEveryColumn() {
        Random random = new Random(SEED + 2);
        long nonZeroCells = 0;
        for (int i = 0; i < QUERIES / 2; i++) {
            long unit = unit(random);
            ReportWindow w = window(random);
            for (String report : REPORTS) {
                Evaluated r = engine.evaluate(report, unit, w, null, false);
                for (Evaluated.Row row : r.rows()) {
                    if (row.values() == null) {
                        continue;
                    }
                    for (String column : COLUMNS) {
                        String as = "seed " + SEED + ", " + report + " " + row.cell().code() + " " + column + " of unit "
                                + unit + " " + w.from() + ".." + w.to();
                        long value = row.values().getOrDefault(column, 0L);
                        List<Ref> drill = engine.records(report, row.cell().code(), column, unit, w, null);
                        assertThat(drill.stream().mapToLong(Ref::weight).sum()).as(as).isEqualTo(value);
                        assertThat(drill.stream().map(Ref::id).distinct().count()).as(as + ": listed once")
                                .isEqualTo(drill.size());
                        if (value != 0 && column.equals(UnitDirectory.TOTAL)) {
                            nonZeroCells++;
                        }
                    }
                }
            }
        }
        assertThat(nonZeroCells).as("seed " + SEED + ": the random reports had figures").isPositive();
    }

    private long unit(Random random) {
        List<Long> from = random.nextBoolean() ? dense : candidates;
        return from.get(random.nextInt(from.size()));
    }

    /**
     * From one day to six years, starting between 2017 and 2026 (the fixture's 2023 and the random
     * years inside); half of the time a bound is a day some record carries, so that a boundary
     * written {@code <} in one path and {@code <=} in the other shows.
     */
    private static ReportWindow window(Random random) {
        LocalDate from = random.nextBoolean() ? day(random) : EARLIEST.plusDays(random.nextInt(3650));
        LocalDate to = null;
        if (random.nextBoolean()) {
            LocalDate d = day(random);
            to = d.isBefore(from) ? null : d;
        }
        if (to == null) {
            int length = random.nextInt(4) == 0 ? random.nextInt(31) : random.nextInt(6 * 365);
            to = from.plusDays(length);
        }
        return new ReportWindow(from, to);
    }

    private static LocalDate day(Random random) {
        List<LocalDate> from = random.nextBoolean() ? denseDays : days;
        return from.get(random.nextInt(from.size()));
    }

    private static <K> Map<K, Long> nonZero(Map<K, Long> m) {
        Map<K, Long> out = new TreeMap<>();
        if (m != null) {
            m.forEach((k, v) -> {
                if (v != 0) {
                    out.put(k, v);
                }
            });
        }
        return out;
    }

    /**
     * A province of three communes (each with its Party committee and People's Committee; the third
     * merged into the first in 2022) with sessions hosted by a head, a deputy, the head of another
     * body or nobody; visits of every outcome, delegations, repeated matters; cases and petitions of
     * every competence and outcome with dates before and after any window's end.
     */
    private List<Long> randomRecords(Random random) {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        LocalDate old = LocalDate.of(2000, 1, 1);
        long province = units.create(new NewOrgUnit("Tỉnh Ngẫu Nhiên " + tag, OrgUnitKind.ADMINISTRATIVE_AREA,
                AdminTier.PROVINCE, null, null, old)).id();
        long provinceParty = units.create(new NewOrgUnit("Tỉnh ủy Ngẫu Nhiên " + tag, OrgUnitKind.PARTY_COMMITTEE, null,
                province, null, old)).id();
        List<long[]> communes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long commune = units.create(new NewOrgUnit("Xã Ngẫu Nhiên " + i + " " + tag, OrgUnitKind.ADMINISTRATIVE_AREA,
                    AdminTier.COMMUNE, province, null, old)).id();
            long party = units.create(new NewOrgUnit("Đảng ủy xã Ngẫu Nhiên " + i + " " + tag,
                    OrgUnitKind.PARTY_COMMITTEE, null, commune, null, old)).id();
            long committee = units.create(new NewOrgUnit("UBND xã Ngẫu Nhiên " + i + " " + tag,
                    OrgUnitKind.PEOPLES_COMMITTEE, null, commune, null, old)).id();
            communes.add(new long[] {commune, party, committee});
        }
        String[] kinds = {"PERIODIC", "AD_HOC", "REGULAR"};
        String[] outcomes = {"ANSWERED", "GUIDED", "PETITION_RECEIVED", "REFUSED"};
        List<Long> visits = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            long[] c = communes.get(random.nextInt(communes.size()));
            LocalDate day = date(random);
            long session = jdbc.sql("insert into reception_session (unit_id, kind, session_date, place) values (?, ?, ?, "
                    + "'Phòng tiếp dân') returning id").params(random.nextInt(8) == 0 ? province : c[0],
                            kinds[random.nextInt(3)], day).query(Long.class).single();
            int hosts = random.nextInt(3);
            for (int h = 0; h < hosts; h++) {
                long hostUnit = random.nextInt(4) == 0 ? provinceParty : c[1 + random.nextInt(2)];
                String capacity = new String[] {"HEAD", "DEPUTY", "STAFF"}[random.nextInt(3)];
                jdbc.sql("insert into reception_session_host (session_id, position, host_unit_id, host_role, capacity, "
                        + "person_name) values (?, ?, ?, 'PARTY_SECRETARY', ?, 'Người chủ trì')")
                        .params(session, h, hostUnit, capacity).update();
            }
            int n = random.nextInt(4);
            for (int v = 0; v < n; v++) {
                boolean delegation = random.nextInt(6) == 0;
                String outcome = outcomes[random.nextInt(4)];
                // A visit on another day than its session now and then (a planted check.dates).
                LocalDate visitDay = random.nextInt(15) == 0 ? day.plusDays(1) : day;
                Long matter = !visits.isEmpty() && random.nextInt(4) == 0 ? visits.get(random.nextInt(visits.size())) : null;
                visits.add(jdbc.sql("""
                        insert into reception_visit (session_id, unit_id, visit_date, citizen_name, delegation, headcount,
                          representatives, content, field_code, complex, prolonged, mass, degradation_related, outcome,
                          refusal_ground, matter_of_visit_id)
                        values (?, ?, ?, 'Công dân ngẫu nhiên', ?, ?, ?, 'Nội dung', 'LAND', ?, ?, ?, ?, ?, ?, ?)
                        returning id""")
                        .params(session, c[0], visitDay, delegation, delegation ? 5 + random.nextInt(10)
                                : 1 + random.nextInt(3), delegation ? "Đại diện" : null, random.nextInt(4) == 0,
                                random.nextInt(5) == 0, delegation, random.nextInt(5) == 0, outcome,
                                outcome.equals("REFUSED") ? "OTHER_LEGAL" : null, matter)
                        .query(Long.class).single());
            }
        }
        String[] competences = {"RESOLVE", "DIRECT", "NONE"};
        String[] caseOutcomes = {null, "DECIDED", "GUIDED", "TRANSFERRED", "WITHDRAWN", "CONCLUDED"};
        String[] petitionKinds = {"COMPLAINT", "DENUNCIATION", "RECOMMENDATION", "FEEDBACK", null};
        String[] petitionOutcomes = {null, "RIGHT", "PARTLY_RIGHT", "WRONG", "TRUE", "PARTLY_TRUE", "FALSE"};
        String[] channels = {"IN_PERSON", "POST", "ONLINE", "HOTLINE", "EMAIL"};
        for (int i = 0; i < 120; i++) {
            long[] c = communes.get(random.nextInt(communes.size()));
            long unit = random.nextInt(10) == 0 ? provinceParty : c[1 + random.nextInt(2)];
            LocalDate received = date(random);
            String competence = competences[random.nextInt(3)];
            LocalDate settled = random.nextBoolean() ? received.plusDays(random.nextInt(400)) : null;
            LocalDate reopened = settled != null && random.nextInt(5) == 0 ? settled.plusDays(random.nextInt(200)) : null;
            LocalDate directed = competence.equals("DIRECT") && random.nextBoolean()
                    ? received.plusDays(random.nextInt(300)) : null;
            String outcome = settled == null ? null : caseOutcomes[1 + random.nextInt(caseOutcomes.length - 1)];
            String kind = petitionKinds[random.nextInt(4)];
            long kase = jdbc.sql("""
                    insert into petition_case (unit_id, title, kind, competence, received_on, settled_on, settled_on_time,
                      reopened_on, outcome, direction_issued_on, degradation_related, mass, complex, prolonged, incited)
                    values (?, 'Vụ việc ngẫu nhiên', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(unit, kind, competence, received, settled, settled == null ? null : random.nextBoolean(),
                            reopened, outcome, directed, random.nextInt(4) == 0, random.nextInt(5) == 0,
                            random.nextInt(5) == 0, random.nextInt(6) == 0, random.nextInt(6) == 0)
                    .query(Long.class).single();
            String petitionOutcome = petitionOutcomes[random.nextInt(petitionOutcomes.length)];
            LocalDate petitionSettled = petitionOutcome == null ? null : received.plusDays(random.nextInt(300));
            // A direction answered late or never now and then: the other way to be overdue.
            LocalDate expected = random.nextInt(6) == 0 ? received.plusDays(random.nextInt(120)) : null;
            LocalDate answered = expected != null && random.nextBoolean() ? expected.plusDays(random.nextInt(90) - 30) : null;
            long petition = jdbc.sql("""
                    insert into petition (unit_id, case_id, registration_year, registration_seq, registration_number,
                      tracking_code, channel, received_on, content, kind, competence, state, outcome, settled_on,
                      settled_on_time, direction_expected_on, direction_answered_on)
                    values (?, ?, ?, ?, ?, ?, ?, ?, 'Nội dung đơn ngẫu nhiên', ?, ?, 'CLASSIFIED', ?, ?, ?, ?, ?)
                    returning id""")
                    .params(unit, kase, received.getYear(), 500000 + i, (500000 + i) + "/" + received.getYear(),
                            ("R" + tag + i + "XXXXXXXXXXXX").substring(0, 16), channels[random.nextInt(channels.length)],
                            received, random.nextInt(5) == 0 ? null : kind, random.nextInt(6) == 0 ? null : competence,
                            petitionOutcome, petitionSettled, petitionSettled == null ? null : Boolean.TRUE, expected,
                            answered)
                    .query(Long.class).single();
            // Deadlines of every kind the overdue rule and the missed-deadline check tell apart: met on time, met
            // late, still open, not started, suspended (no due date), the publication period, some extended.
            int steps = random.nextInt(4);
            for (int d = 0; d < steps; d++) {
                LocalDate start = received.plusDays(random.nextInt(60));
                LocalDate due = random.nextInt(8) == 0 ? null : start.plusDays(10 + random.nextInt(80));
                LocalDate met = random.nextInt(3) == 0 || due == null ? null : due.plusDays(random.nextInt(60) - 40);
                String rule = random.nextInt(8) == 0 ? "DENUNCIATION_PUBLISH" : "RULE_" + d;
                long deadline = jdbc.sql("insert into petition_deadline (petition_id, position, rule_code, variant, "
                        + "start_on, due, active, met_on, explanation) values (?, ?, ?, 'NORMAL', ?, ?, ?, ?, 'ngẫu nhiên') "
                        + "returning id").params(petition, d, rule, start, due, met == null && random.nextInt(4) != 0,
                                met).query(Long.class).single();
                if (random.nextInt(5) == 0) {
                    jdbc.sql("insert into petition_deadline_version (deadline_id, number, change, on_date, due, "
                            + "explanation) values (?, 1, 'EXTENDED', ?, ?, 'gia hạn ngẫu nhiên')")
                            .params(deadline, start.plusDays(5), due).update();
                }
            }
        }
        long merged = communes.get(2)[0];
        units.merge(List.of(merged), communes.get(0)[0], LocalDate.of(2022, 1, 1), "Nghị quyết sáp nhập (ngẫu nhiên)");
        List<Long> all = new ArrayList<>(List.of(province, provinceParty));
        communes.forEach(c -> all.addAll(List.of(c[0], c[1], c[2])));
        return all;
    }

    private static LocalDate date(Random random) {
        return LocalDate.of(2018, 1, 1).plusDays(random.nextInt(9 * 365));
    }
}
