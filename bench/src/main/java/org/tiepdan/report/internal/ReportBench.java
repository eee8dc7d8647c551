package org.tiepdan.report.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tiepdan.TiepdanApplication;

/**
 * Phụ lục 2 on a province of 3,321 communes with ten years of records (about 1 M cases and
 * petitions, 200 k visits, 100 k sessions, 100 k documents), generated with set-based SQL
 * (generate_series), against one hand-written SQL aggregate over the same tables in the same run.
 * Not a test: run it by hand (bench/README.md).
 */
public final class ReportBench {

    private static final int COMMUNES = 3321;
    private static final int ROUNDS = 5;

    private ReportBench() {
    }

    public static void main(String[] args) {
        System.setProperty("tiepdan.data-dir", "target/bench-data");
        System.setProperty("tiepdan.embedded-db.clean-on-start", "true");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(TiepdanApplication.class)
                .profiles("demo").properties("server.port=0", "logging.level.root=WARN").run()) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            long t0 = System.nanoTime();
            long province = generate(jdbc);
            System.out.printf("generated in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            for (String table : List.of("org_unit", "reception_session", "reception_session_host", "reception_visit",
                    "petition_case", "petition", "issued_document")) {
                System.out.println(table + ": " + jdbc.sql("select count(*) from " + table).query(Long.class).single());
            }
            jdbc.sql("analyze").update();
            long commune = jdbc.sql("select min(id) from org_unit where parent_id = ? and kind = 'ADMINISTRATIVE_AREA'")
                    .param(province).query(Long.class).single();
            ReportEngine engine = app.getBean(ReportEngine.class);
            ReportWindow tenYears = new ReportWindow(LocalDate.of(2016, 1, 1), LocalDate.of(2025, 12, 31));
            ReportWindow oneYear = new ReportWindow(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
            for (long unit : new long[] {province, commune}) {
                for (ReportWindow w : List.of(tenYears, oneYear)) {
                    String name = (unit == province ? "province" : "commune") + " " + w.from() + "–" + w.to();
                    double hand = median(() -> handWritten(jdbc, unit, w));
                    double cells = median(() -> engine.evaluate("appendix-2", unit, w, null, false));
                    double full = median(() -> engine.evaluate("appendix-2", unit, w, null, true));
                    System.out.printf("%-36s hand-written %7.0f ms | cells %7.0f ms (%.2fx) | with cross-checks %7.0f ms%n",
                            name, hand, cells, cells / hand, full);
                }
            }
            Evaluated check = engine.evaluate("appendix-2", province, tenYears, null, false);
            System.out.println("province, ten years: " + check.columns() + " 1.periodic="
                    + check.row("1.periodic").values() + " 7.settled=" + check.row("7.settled").values());
            System.out.println("hand-written:        " + handWritten(jdbc, province, tenYears));
        }
    }

    /** Median of ROUNDS runs after two warm-up runs, in milliseconds. */
    private static double median(Supplier<?> run) {
        run.get();
        run.get();
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            long t = System.nanoTime();
            run.get();
            times.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(times);
        return times.get(ROUNDS / 2);
    }

    /** The 16 figures of Phụ lục 2 by tier, written by hand in one statement. */
    static List<Map<String, Object>> handWritten(JdbcClient jdbc, long unit, ReportWindow w) {
        return jdbc.sql("""
                with recursive down(id) as (
                  select id from org_unit where id = :unit
                  union select u.id from org_unit u join down on u.parent_id = down.id or u.successor_id = down.id),
                units as (select u.id, u.tier from org_unit u join down on down.id = u.id),
                s as (
                  select s.id, s.unit_id, s.kind from reception_session s
                  where s.session_date between :from and :to
                    and (s.unit_id in (select id from units) or exists (select 1 from reception_session_host h
                         where h.session_id = s.id and h.capacity = 'HEAD' and h.host_unit_id in (select id from units)))
                    and exists (select 1 from reception_session_host h where h.session_id = s.id and h.capacity = 'HEAD'))
                select 'sessions' as part, u.tier, count(*) filter (where s.kind = 'PERIODIC') as a,
                       count(*) filter (where s.kind = 'AD_HOC') as b, 0 as c, 0 as d, 0 as e, 0 as f, 0 as g, 0 as h, 0 as i
                  from s join org_unit u on u.id = s.unit_id group by u.tier
                union all
                select 'visits', u.tier, coalesce(sum(v.headcount) filter (where s.kind = 'PERIODIC' and v.outcome <> 'REFUSED'), 0),
                       coalesce(sum(v.headcount) filter (where s.kind = 'AD_HOC' and v.outcome <> 'REFUSED'), 0),
                       count(*) filter (where v.delegation and v.outcome <> 'REFUSED' and s.kind in ('PERIODIC', 'AD_HOC')),
                       count(distinct coalesce(v.matter_of_visit_id, v.id)) filter (where v.complex or v.prolonged),
                       0, 0, 0, 0, 0
                  from s join reception_visit v on v.session_id = s.id join org_unit u on u.id = v.unit_id group by u.tier
                union all
                select 'cases', u.tier,
                       count(*) filter (where c.degradation_related and (c.settled_on <= :to or c.direction_issued_on <= :to)),
                       count(*) filter (where c.competence = 'RESOLVE' and c.settled_on <= :to and (c.reopened_on is null or c.reopened_on > :to)),
                       count(*) filter (where c.competence = 'RESOLVE' and c.settled_on <= :to and c.reopened_on <= :to),
                       count(*) filter (where c.competence = 'RESOLVE' and (c.settled_on is null or c.settled_on > :to)),
                       count(*) filter (where c.competence = 'DIRECT' and c.direction_issued_on <= :to),
                       count(*) filter (where c.competence = 'DIRECT' and c.direction_issued_on <= :to and (c.mass or c.complex or c.prolonged)),
                       count(*) filter (where c.competence = 'DIRECT' and c.direction_issued_on <= :to and c.incited),
                       count(*) filter (where c.competence = 'NONE' and c.outcome in ('GUIDED', 'TRANSFERRED') and c.settled_on <= :to),
                       count(*) filter (where c.degradation_related and not coalesce(c.settled_on <= :to or c.direction_issued_on <= :to, false))
                  from petition_case c join units u on u.id = c.unit_id
                  where c.received_on between :from and :to group by u.tier""")
                .param("unit", unit).param("from", w.from()).param("to", w.to())
                .query().listOfRows();
    }

    /** A province, its communes with a Party committee and a People's Committee each, and ten years of records. */
    static long generate(JdbcClient jdbc) {
        long province = jdbc.sql("insert into org_unit (kind, tier, name, valid_from) values ('ADMINISTRATIVE_AREA', "
                + "'PROVINCE', 'Tỉnh Hiệu Năng', date '2000-01-01') returning id").query(Long.class).single();
        jdbc.sql("insert into org_unit (kind, tier, name, parent_id, valid_from) values ('PARTY_COMMITTEE', 'PROVINCE', "
                + "'Tỉnh ủy Hiệu Năng', ?, date '2000-01-01')").param(province).update();
        jdbc.sql("""
                insert into org_unit (kind, tier, name, parent_id, valid_from)
                select 'ADMINISTRATIVE_AREA', 'COMMUNE', 'Xã Hiệu Năng ' || g, ?, date '2000-01-01'
                from generate_series(1, ?) g""").params(province, COMMUNES).update();
        jdbc.sql("""
                insert into org_unit (kind, tier, name, parent_id, valid_from)
                select k.kind, 'COMMUNE', k.prefix || a.name, a.id, date '2000-01-01'
                from org_unit a cross join (values ('PARTY_COMMITTEE', 'Đảng ủy '), ('PEOPLES_COMMITTEE', 'UBND ')) k(kind, prefix)
                where a.parent_id = ? and a.kind = 'ADMINISTRATIVE_AREA'""").param(province).update();
        // 30 sessions a commune over ten years (100 k), hosted by the head of its Party committee.
        jdbc.sql("""
                insert into reception_session (unit_id, kind, session_date, place)
                select a.id, case when g % 10 < 7 then 'PERIODIC' when g % 10 = 7 then 'AD_HOC' else 'REGULAR' end,
                       date '2016-01-01' + ((g * 121 + a.id) % 3650)::int, 'Phòng tiếp dân'
                from org_unit a cross join generate_series(1, 30) g
                where a.parent_id = ? and a.kind = 'ADMINISTRATIVE_AREA'""").param(province).update();
        jdbc.sql("""
                insert into reception_session_host (session_id, position, host_unit_id, host_role, capacity, person_name)
                select s.id, 0, case when s.kind = 'REGULAR' then null else p.id end,
                       case when s.kind = 'REGULAR' then null else 'PARTY_SECRETARY' end,
                       case when s.kind = 'REGULAR' then 'STAFF' else 'HEAD' end, 'Người chủ trì'
                from reception_session s join org_unit a on a.id = s.unit_id
                join org_unit p on p.parent_id = a.id and p.kind = 'PARTY_COMMITTEE'
                where a.parent_id = ? on conflict do nothing""").param(province).update();
        // Two visits a session (200 k): 3 % refused, 2 % delegations, 5 % complex.
        jdbc.sql("""
                insert into reception_visit (session_id, unit_id, visit_date, citizen_name, delegation, headcount, content,
                  field_code, complex, mass, outcome, refusal_ground)
                select s.id, s.unit_id, s.session_date, 'Công dân ' || g, (s.id + g) % 50 = 0,
                       case when (s.id + g) % 50 = 0 then 6 else 1 end, 'Nội dung', 'LAND', (s.id + g) % 20 = 0,
                       (s.id + g) % 50 = 0, case when (s.id + g) % 33 = 0 then 'REFUSED' else 'ANSWERED' end,
                       case when (s.id + g) % 33 = 0 then 'OTHER_LEGAL' end
                from reception_session s join org_unit a on a.id = s.unit_id cross join generate_series(1, 2) g
                where a.parent_id = ?""").param(province).update();
        // 1 M cases (one petition each) held by the People's Committees (90 %) and Party committees (10 %).
        jdbc.sql("""
                insert into petition_case (unit_id, title, kind, competence, complex, mass, degradation_related, incited,
                  received_on, outcome, direction_issued_on, settled_on, settled_on_time, reopened_on)
                select case when g % 10 = 0 then b.party[1 + g % cardinality(b.party)]
                            else b.ubnd[1 + g % cardinality(b.ubnd)] end, 'Vụ việc',
                       (array['COMPLAINT','DENUNCIATION','RECOMMENDATION','FEEDBACK'])[1 + g % 4],
                       (array['RESOLVE','RESOLVE','RESOLVE','DIRECT','NONE'])[1 + g % 5], g % 17 = 0, g % 23 = 0,
                       g % 29 = 0, g % 31 = 0, d.received,
                       case when g % 5 = 4 then 'GUIDED' when g % 7 <> 0 and g % 5 < 3 then 'DECIDED' end,
                       case when g % 5 = 3 and g % 2 = 0 then d.received + 20 end,
                       case when g % 5 = 4 or (g % 7 <> 0 and g % 5 < 3) then d.received + 25 end,
                       case when g % 5 = 4 or (g % 7 <> 0 and g % 5 < 3) then g % 9 <> 0 end,
                       case when g % 5 < 3 and g % 7 <> 0 and g % 13 = 0 then d.received + 90 end
                from generate_series(1, 1000000) g
                cross join lateral (select date '2016-01-01' + (g % 3650) as received) d
                cross join (select array_agg(o.id order by o.id) filter (where o.kind = 'PEOPLES_COMMITTEE') as ubnd,
                                   array_agg(o.id order by o.id) filter (where o.kind = 'PARTY_COMMITTEE') as party
                            from org_unit o join org_unit a on a.id = o.parent_id where a.parent_id = ?) b""")
                .param(province).update();
        jdbc.sql("drop index if exists petition_content_trgm_ix").update();
        jdbc.sql("drop index if exists petition_content_knn_ix").update();
        jdbc.sql("""
                insert into petition (unit_id, case_id, registration_year, registration_seq, registration_number,
                  tracking_code, channel, received_on, content, kind, competence, state)
                select c.unit_id, c.id, extract(year from c.received_on)::int, c.id::int, c.id || '',
                       'B' || c.id, 'POST', c.received_on, 'Đơn', c.kind, c.competence, 'CLASSIFIED'
                from petition_case c join org_unit u on u.id = c.unit_id join org_unit a on a.id = u.parent_id
                where a.parent_id = ?""").param(province).update();
        jdbc.sql("create index petition_content_trgm_ix on petition using gin (content_folded gin_trgm_ops)").update();
        // as V185 creates it (the duplicate search's KNN index)
        jdbc.sql("""
                create index petition_content_knn_ix on petition using gist (content_folded gist_trgm_ops (siglen = 256))
                where array_length(show_trgm(content_folded), 1) <= 2000""").update();
        // 30 documents a commune (100 k) on the topic.
        jdbc.sql("""
                insert into issued_document (unit_id, issuer_kind, issuer_name, type_code, number_symbol, number_key, seq,
                  period_key, summary, issued_on, source)
                select p.id, 'PARTY_COMMITTEE', 'Đảng ủy', 'TB', g || '-TB/ĐU', g || '-TB/ĐU', g, 'B' || g,
                       'Thông báo', date '2016-01-01' + (g * 97 % 3650), 'MANUAL'
                from org_unit p join org_unit a on a.id = p.parent_id cross join generate_series(1, 30) g
                where a.parent_id = ? and p.kind = 'PARTY_COMMITTEE'""").param(province).update();
        return province;
    }
}
