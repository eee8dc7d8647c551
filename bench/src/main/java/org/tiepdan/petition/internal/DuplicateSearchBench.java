package org.tiepdan.petition.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.tiepdan.TiepdanApplication;
import org.tiepdan.org.AdminTier;
import org.tiepdan.org.NewOrgUnit;
import org.tiepdan.org.OrgUnitKind;
import org.tiepdan.org.OrgUnits;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The duplicate search's candidate query at intake (issue 22), before and after V185, on the same data
 * in the same run: a commune receives 5 k, then 20 k, then 50 k near-copies of one text (the benchmarks'
 * pattern: "… thửa số N, thôn Tân Hòa"), generated with set-based SQL; at each size, {@code EXPLAIN
 * ANALYZE} (median of 5) of the query of the first version (every petition above the threshold, from the
 * GIN index, scored) and of {@link DuplicateFinder#candidatesSql} (the 20 most similar from the GiST
 * index), for a near-copy and for an ordinary text. Not a test: run it by hand, see bench/README.md.
 */
public final class DuplicateSearchBench {

    /** The candidate query of the first version (before V185), for comparison. */
    static final String BEFORE = """
            with candidate(id, same_id, same_name) as (
              select q.petition_id, true, false from petitioner m join petitioner q on q.id_number = m.id_number
              where m.petition_id = :id and m.id_number is not null
              union all
              select q.petition_id, false, true from petitioner m
                join petitioner q on q.name_key = m.name_key and q.address_key = m.address_key
              where m.petition_id = :id and m.name_key <> '' and m.address_key <> ''
              union all
              select c.id, false, false from petition c
              where c.content_folded % (select content_folded from petition where id = :id)
            )
            select id, same_id, same_name, sim from (
              select c.id, k.same_id, k.same_name, s.sim
              from (select id, bool_or(same_id) same_id, bool_or(same_name) same_name from candidate group by id) k
                join petition c on c.id = k.id
                join petition me on me.id = :id
                cross join lateral (select similarity(c.content_folded, me.content_folded) sim offset 0) s
              where c.id <> me.id and c.case_id <> me.case_id and c.unit_id = any(:units)
                and (c.identity_sealed = me.identity_sealed or s.sim >= :threshold)
            ) x
            where same_id or same_name or sim >= :threshold
            order by same_id desc, same_name desc, sim desc
            limit 20""";

    private DuplicateSearchBench() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("tiepdan.data-dir", "target/bench-dup-data");
        System.setProperty("tiepdan.embedded-db.clean-on-start", "true");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(TiepdanApplication.class)
                .profiles("demo").properties("server.port=0", "logging.level.root=WARN").run()) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            TransactionTemplate tx = app.getBean(TransactionTemplate.class);
            JsonMapper json = app.getBean(JsonMapper.class);
            OrgUnits units = app.getBean(OrgUnits.class);
            long province = units.findAreaByCode("42").orElseThrow().id();
            long commune = units.create(new NewOrgUnit("Xã Đo Trùng", OrgUnitKind.PEOPLES_COMMITTEE, AdminTier.COMMUNE,
                    province, null, LocalDate.of(2019, 1, 1))).id();
            long nearCopy = plant(jdbc, commune, 0, 1,
                    "'Đề nghị xem xét việc cấp giấy chứng nhận quyền sử dụng đất thửa số 777777, thôn Tân Hòa'");
            long ordinary = plant(jdbc, commune, 1, 1, "'Khiếu nại việc thu hồi đất trồng keo ở khe Đá Bạc không bồi"
                    + " thường thỏa đáng cho hộ gia đình'");
            int planted = 0;
            for (int size : new int[] {5_000, 20_000, 50_000}) {
                long t0 = System.nanoTime();
                plant(jdbc, commune, 2 + planted, size - planted,
                        "'Đề nghị xem xét việc cấp giấy chứng nhận quyền sử dụng đất thửa số ' || g || ', thôn Tân Hòa'");
                planted = size;
                jdbc.sql("analyze petition").update();
                System.out.printf("%,d near-copies in the commune (%,d ms to insert them)%n", size,
                        (System.nanoTime() - t0) / 1_000_000);
                for (long id : new long[] {nearCopy, ordinary}) {
                    for (boolean after : new boolean[] {false, true}) {
                        String sql = after ? DuplicateFinder.candidatesSql(true) : BEFORE;
                        List<Double> times = new ArrayList<>();
                        long scanned = 0;
                        for (int i = 0; i < 5; i++) {
                            JsonNode plan = tx.execute(s -> {
                                jdbc.sql("select set_config('pg_trgm.similarity_threshold', ?, true)")
                                        .param(String.valueOf(DuplicateFinder.SIMILARITY)).query(String.class).single();
                                long caseId = jdbc.sql("select case_id from petition where id = ?").param(id)
                                        .query(Long.class).single();
                                return json.readTree(jdbc.sql("explain (analyze, format json) " + sql).param("id", id)
                                        .param("case", caseId).param("threshold", DuplicateFinder.SIMILARITY)
                                        .param("units", new Long[] {commune}).query(String.class).single()).get(0);
                            });
                            times.add(plan.get("Execution Time").asDouble());
                            scanned = contentRows(plan.get("Plan"));
                        }
                        Collections.sort(times);
                        System.out.printf("  %-10s %-6s median %8.1f ms (min %.1f, max %.1f); content candidates scored: %,d%n",
                                id == nearCopy ? "near-copy" : "ordinary", after ? "after" : "before", times.get(2),
                                times.get(0), times.get(4), scanned);
                    }
                }
            }
        }
    }

    /** Inserts {@code count} cases with one petition each in the commune; returns the last petition's id. */
    private static long plant(JdbcClient jdbc, long unit, int from, int count, String content) {
        jdbc.sql("""
                insert into petition_case (unit_id, title, kind, competence, received_on)
                select ?, 'Đo ' || g, 'RECOMMENDATION', 'RESOLVE', date '2026-01-01' + (g % 300)
                from generate_series(?, ?) g""").params(unit, from + 1, from + count).update();
        jdbc.sql("""
                insert into petition (unit_id, case_id, registration_year, registration_seq, registration_number,
                  tracking_code, channel, received_on, content, kind, competence, state)
                select c.unit_id, c.id, 2026, g, g || '/2026', 'DB' || c.id, 'POST', c.received_on, %s,
                  'RECOMMENDATION', 'RESOLVE', 'CLASSIFIED'
                from petition_case c cross join lateral (select substring(c.title from 4)::int g) n
                where c.unit_id = ? and g between ? and ?""".formatted(content))
                .params(unit, from + 1, from + count).update();
        return jdbc.sql("select max(id) from petition where unit_id = ?").param(unit).query(Long.class).single();
    }

    /**
     * Content candidates handed to the scoring: the rows of the content branch ({@code petition c_1}: every
     * petition above the threshold before; after, the long texts' branch, which does not run for these
     * texts) plus the rows of {@code petition_similar_content} (after: at most 20).
     */
    private static long contentRows(JsonNode node) {
        long rows = 0;
        if ("c_1".equals(node.path("Alias").asString("")) && node.path("Node Type").asString("").contains("Scan")
                || "petition_similar_content".equals(node.path("Function Name").asString(""))) {
            rows = node.path("Actual Rows").asLong() * Math.max(1, node.path("Actual Loops").asLong());
        }
        for (JsonNode child : node.path("Plans")) {
            rows += contentRows(child);
        }
        return rows;
    }
}
