package org.tiepdan.petition.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.tiepdan.FullStackTest;
import org.tiepdan.account.Role;
import org.tiepdan.account.RoleGrantView;
import org.tiepdan.account.TiepdanUser;
import org.tiepdan.org.AdminTier;
import org.tiepdan.org.NewOrgUnit;
import org.tiepdan.org.OrgUnitKind;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.OrgUnits;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The duplicate search at intake stays bounded when many earlier petitions are near-copies of the new
 * one (issue 22: the benchmarks' intakes send one text with another parcel number): the content
 * candidates come from the GiST trigram index in distance order with a LIMIT, yet the proposals are
 * still the true duplicates (the identity match first, then the most similar, as a recount by brute
 * force says). Plus the threshold itself on both sides, and texts too long for the GiST index.
 */
@FullStackTest
class DuplicateSearchBoundTest {

    /** Near-copies planted before the probe: several times the proposal limit. */
    static final int COPIES = 80;

    @Autowired
    MockMvc mvc;
    @Autowired
    OrgUnits units;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    final String suffix = UUID.randomUUID().toString().substring(0, 6);
    OrgUnitView commune;
    Authentication handler;

    @BeforeEach
    void setUp() {
        long province = units.findAreaByCode("42").orElseThrow().id();
        commune = units.create(new NewOrgUnit("Xã Nhiều Bản Sao " + suffix, OrgUnitKind.PEOPLES_COMMITTEE,
                AdminTier.COMMUNE, province, null, LocalDate.of(2019, 1, 1)));
        TiepdanUser user = new TiepdanUser(94L, "dsb-xuly-" + suffix, "dsb", List.of(new RoleGrantView(Role.HANDLER,
                commune.id())), "x", true, true);
        handler = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    long intake(String name, String cccd, String content) throws Exception {
        Map<String, Object> petitioner = new HashMap<>(Map.of("fullName", name, "address", "thôn " + name));
        if (cccd != null) {
            petitioner.put("idNumber", cccd);
        }
        MockHttpServletResponse r = mvc.perform(post("/api/v1/petitions").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("unitId", commune.id(), "channel", "POST", "receivedOn",
                        "2026-03-02", "content", content, "petitioners", List.of(petitioner))))
                .with(authentication(handler)).with(csrf())).andReturn().getResponse();
        assertThat(r.getStatus()).as(r.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
        return json.readTree(r.getContentAsString(StandardCharsets.UTF_8)).get("id").asLong();
    }

    JsonNode proposals(long petition) throws Exception {
        MockHttpServletResponse r = mvc.perform(get("/api/v1/petitions/" + petition + "/duplicates")
                .with(authentication(handler))).andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(200);
        return json.readTree(r.getContentAsString(StandardCharsets.UTF_8));
    }

    String parcel(int n) {
        return "Đề nghị xem xét việc cấp giấy chứng nhận quyền sử dụng đất thửa số " + n + ", thôn Tân Hòa " + suffix;
    }

    String cccd() {
        return "04219" + String.format("%07d", (UUID.randomUUID().getLeastSignificantBits() & 0x7fffffffL) % 10_000_000);
    }

    @Test
    void manyNearCopiesStillProposeTheTrueDuplicatesFromALimitedIndexScan() throws Exception {
        for (int i = 0; i < COPIES; i++) {
            intake("Người Gửi " + i, null, parcel(1000 + i));
        }
        String cccd = cccd();
        long sameCccd = intake("Phan Thị Khác", cccd, "Phản ánh tiếng ồn của xưởng cưa gỗ ban đêm " + suffix);
        long copy1 = intake("Người Chép Một", null, parcel(77));
        long copy2 = intake("Người Chép Hai", null, parcel(77));
        long probe = intake("Phan Văn Trùng", cccd, parcel(77));

        JsonNode list = proposals(probe);
        assertThat(list).hasSize(DuplicateFinder.PROPOSALS);
        // the identity match first, though its content is unrelated
        assertThat(list.get(0).get("candidateId").asLong()).isEqualTo(sameCccd);
        assertThat(list.get(0).get("reasons").toString()).isEqualTo("[\"SAME_ID_NUMBER\"]");
        // the exact copies next, among COPIES near-copies that all pass the threshold
        assertThat(List.of(list.get(1).get("candidateId").asLong(), list.get(2).get("candidateId").asLong()))
                .containsExactlyInAnyOrder(copy1, copy2);
        assertThat(list.get(1).get("similarity").asDouble()).isEqualTo(1.0);
        // the content proposals are the most similar of all the commune's petitions, by a brute-force recount
        List<Double> shown = new ArrayList<>();
        for (JsonNode p : list) {
            if (p.get("reasons").toString().equals("[\"SIMILAR_CONTENT\"]")) {
                shown.add(round(p.get("similarity").asDouble()));
            }
        }
        List<Double> recount = jdbc.sql("""
                select similarity(c.content_folded, me.content_folded) from petition c join petition me on me.id = ?
                where c.unit_id = ? and c.id <> me.id and c.case_id <> me.case_id
                  and similarity(c.content_folded, me.content_folded) >= ?
                order by 1 desc""").params(probe, commune.id(), DuplicateFinder.SIMILARITY)
                .query(Double.class).list();
        assertThat(recount).hasSize(COPIES + 2);
        assertThat(shown).hasSize(DuplicateFinder.PROPOSALS - 1)
                .isEqualTo(recount.subList(0, DuplicateFinder.PROPOSALS - 1).stream().map(this::round).toList());

        // the plan: the content candidates are read by petition_similar_content (V186), whose query reads the
        // GiST index in distance order and stops at the LIMIT instead of returning every near-copy above the
        // threshold; planned here as the function plans it (its settings, a generic plan)
        long caseId = jdbc.sql("select case_id from petition where id = ?").param(probe).query(Long.class).single();
        JsonNode[] plans = transactions.execute(tx -> {
            jdbc.sql("select set_config('pg_trgm.similarity_threshold', ?, true)")
                    .param(String.valueOf(DuplicateFinder.SIMILARITY)).query(String.class).single();
            jdbc.sql("analyze petition").update();
            JsonNode outer = json.readTree(jdbc.sql("explain (analyze, format json) " + DuplicateFinder.candidatesSql(true))
                    .param("id", probe).param("case", caseId).param("threshold", DuplicateFinder.SIMILARITY)
                    .param("units", new Long[] {commune.id()}).query(String.class).single()).get(0).get("Plan");
            String body = jdbc.sql("select prosrc from pg_proc where proname = 'petition_similar_content'")
                    .query(String.class).single();
            for (String setting : jdbc.sql("select unnest(proconfig) from pg_proc where proname = 'petition_similar_content'")
                    .query(String.class).list()) {
                String[] kv = setting.split("=", 2);
                jdbc.sql("select set_config(?, ?, true)").params(kv[0], kv[1]).query(String.class).single();
            }
            jdbc.sql("select set_config('plan_cache_mode', 'force_generic_plan', true)").query(String.class).single();
            jdbc.sql("prepare dup_knn_probe(bigint, bigint, bigint[], integer) as " + body).update();
            try {
                JsonNode inner = json.readTree(jdbc.sql("explain (analyze, format json) execute dup_knn_probe(%d, %d, array[%d]::bigint[], %d)"
                        .formatted(probe, caseId, commune.id(), DuplicateFinder.PROPOSALS)).query(String.class).single())
                        .get(0).get("Plan");
                return new JsonNode[] {outer, inner};
            } finally {
                jdbc.sql("deallocate dup_knn_probe").update();
            }
        });
        assertThat(find(plans[0], null, "Function Name", "petition_similar_content")).as(plans[0].toString()).isNotNull();
        JsonNode knn = find(plans[1], null, "Index Name", "petition_content_knn_ix");
        assertThat(knn).as(plans[1].toString()).isNotNull();
        assertThat(knn.get("Node Type").asString()).isEqualTo("Index Scan");
        assertThat(knn.get("Order By").asString()).contains("<->");
        assertThat(knn.get("Parent").asString()).isEqualTo("Limit");
        assertThat(knn.get("Actual Rows").asLong()).isLessThanOrEqualTo(DuplicateFinder.PROPOSALS);
        // the long texts' scan does not run for a short petition
        JsonNode rest = find(plans[0], null, "Index Name", "petition_content_long_trgm_ix");
        if (rest != null) {
            assertThat(rest.path("Actual Loops").asLong()).as(plans[0].toString()).isZero();
        }
    }

    double round(double d) {
        return Math.round(d * 10_000) / 10_000.0;
    }

    /** The plan node whose {@code key} is {@code value}, with its parent's type recorded as "Parent". */
    JsonNode find(JsonNode node, String parent, String key, String value) {
        if (value.equals(node.path(key).asString(""))) {
            var copy = (tools.jackson.databind.node.ObjectNode) node.deepCopy();
            copy.put("Parent", parent);
            return copy;
        }
        for (JsonNode child : node.path("Plans")) {
            JsonNode found = find(child, node.get("Node Type").asString(), key, value);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    @Test
    void contentIsProposedFromTheThresholdUpAndNotBelowIt() throws Exception {
        String text = "Phản ánh việc xây dựng công trình lấn chiếm hành lang an toàn giao thông đường liên thôn "
                + "đoạn qua khu dân cư số " + suffix;
        String[] words = text.split(" ");
        String above = null;
        String below = null;
        double simAbove = 1;
        double simBelow = 0;
        // the text's first k words, then other words: similarity grows with k
        for (int k = 1; k < words.length; k++) {
            String variant = String.join(" ", java.util.Arrays.copyOf(words, k))
                    + " đề nghị chính quyền kiểm tra xử lý dứt điểm";
            double sim = jdbc.sql("select similarity(fold_vi(?), fold_vi(?))").params(variant, text)
                    .query(Double.class).single();
            if (sim >= DuplicateFinder.SIMILARITY && sim < simAbove) {
                above = variant;
                simAbove = sim;
            }
            if (sim < DuplicateFinder.SIMILARITY && sim > simBelow) {
                below = variant;
                simBelow = sim;
            }
        }
        assertThat(simAbove).as("a variant just above the threshold").isBetween(DuplicateFinder.SIMILARITY, 0.55);
        assertThat(simBelow).as("a variant just below the threshold").isBetween(0.35, DuplicateFinder.SIMILARITY);
        long proposed = intake("Người Trên Ngưỡng", null, above);
        long notProposed = intake("Người Dưới Ngưỡng", null, below);
        long probe = intake("Người Mới", null, text);

        JsonNode list = proposals(probe);
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("candidateId").asLong()).isEqualTo(proposed);
        assertThat(list.get(0).get("reasons").toString()).isEqualTo("[\"SIMILAR_CONTENT\"]");
        assertThat(list.toString()).doesNotContain("\"candidateId\":" + notProposed);
    }

    @Test
    void aUserOfEveryUnitGetsTheSameProposals() throws Exception {
        // a grant without a unit: the search is not limited to units (the function's null scope)
        TiepdanUser user = new TiepdanUser(95L, "dsb-all-" + suffix, "dsb", List.of(new RoleGrantView(Role.HANDLER,
                null)), "x", true, true);
        Authentication everywhere = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        long first = intake("Người Gửi Trước", null, parcel(5));
        Authentication local = handler;
        handler = everywhere;
        try {
            long second = intake("Người Gửi Sau", null, parcel(5));
            JsonNode list = proposals(second);
            // the exact copy first, then the most similar of every unit (other runs' near-copies included),
            // as a brute-force recount over the whole table says
            assertThat(list.get(0).get("candidateId").asLong()).isEqualTo(first);
            assertThat(list.get(0).get("similarity").asDouble()).isEqualTo(1.0);
            List<Double> shown = new ArrayList<>();
            for (JsonNode p : list) {
                assertThat(p.get("reasons").toString()).isEqualTo("[\"SIMILAR_CONTENT\"]");
                shown.add(round(p.get("similarity").asDouble()));
            }
            List<Double> recount = jdbc.sql("""
                    select similarity(c.content_folded, me.content_folded) from petition c join petition me on me.id = ?
                    where c.id <> me.id and c.case_id <> me.case_id
                      and similarity(c.content_folded, me.content_folded) >= ?
                    order by 1 desc limit ?""").params(second, DuplicateFinder.SIMILARITY, DuplicateFinder.PROPOSALS)
                    .query(Double.class).list();
            assertThat(shown).isEqualTo(recount.stream().map(this::round).toList());
        } finally {
            handler = local;
        }
    }

    @Test
    void textsTooLongForTheGistIndexAreTakenInAndStillFound() throws Exception {
        // codes that share few trigrams: more distinct trigrams than a GiST index row can hold
        StringBuilder codes = new StringBuilder("Danh sách mã hồ sơ kèm theo " + suffix + ":");
        for (int i = 0; i < 150; i++) {
            codes.append(' ').append(UUID.nameUUIDFromBytes((suffix + i).getBytes(StandardCharsets.UTF_8))
                    .toString().replace("-", ""));
        }
        String text = codes.toString();
        assertThat(jdbc.sql("select array_length(show_trgm(fold_vi(?)), 1)").param(text).query(Integer.class).single())
                .isGreaterThan(2700);
        long first = intake("Người Dài Một", null, text);
        long second = intake("Người Dài Hai", null, text + " bổ sung");
        JsonNode list = proposals(second);
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("candidateId").asLong()).isEqualTo(first);
        assertThat(list.get(0).get("reasons").toString()).isEqualTo("[\"SIMILAR_CONTENT\"]");
    }
}
