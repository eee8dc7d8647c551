package org.tiepdan.petition.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.tiepdan.FullStackTest;
import org.tiepdan.account.Role;
import org.tiepdan.account.RoleGrantView;
import org.tiepdan.account.TiepdanUser;
import org.tiepdan.org.OrgUnitKind;
import org.tiepdan.org.NewOrgUnit;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.petition.PetitionKind;
import org.tiepdan.platform.Dates;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 22: the search, the work queue and the case search were reshaped for 1 M petitions (indexes
 * V187, the matches gathered from each index, the queue ordered before its rows are read). This test
 * keeps the first version's SQL as the reference and compares, on petitions planted through the API,
 * every answer of the new one with it: the same rows in the same order, the same total and pages, for
 * queries with and without diacritics, names, a registration number, wildcards, filters, scopes of one
 * and two bodies and of every unit, and pages past the first. And a denouncer's name finds nothing, by
 * either way, through the API as any role (the sealed identity is never in the searched columns). Every
 * answer is compared twice: the words looked up in the indexes first, and each petition of a small scope tested
 * (issue 22, {@link PetitionQueries#TEST_EACH_SCOPE_UP_TO}).
 */
@FullStackTest
class PetitionSearchEquivalenceTest {

    /**
     * Each comparison is made with the scope searched both ways: the words looked up in the indexes first (a
     * scope counted as large: 0) and each petition of a small scope tested ({@link
     * PetitionQueries#TEST_EACH_SCOPE_UP_TO}, what this test's scopes get in the application).
     */
    static final long[] SMALL_SCOPES = {0, PetitionQueries.TEST_EACH_SCOPE_UP_TO};

    @Autowired
    MockMvc mvc;
    @Autowired
    OrgUnits units;
    @Autowired
    PetitionQueries queries;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    Clock clock;

    @Test
    void theReshapedQueriesAnswerWhatTheFirstVersionAnswered() throws Exception {
        String suffix = UUID.randomUUID().toString().replaceAll("[^a-z]", "").substring(0, 5);
        String marker = "Zqx" + suffix;
        long province = units.findAreaByCode("42").orElseThrow().id();
        long body = units.create(new NewOrgUnit("UBND xã Thử Tìm " + suffix, OrgUnitKind.PEOPLES_COMMITTEE, null,
                province, null, LocalDate.of(2012, 1, 1))).id();
        long other = units.create(new NewOrgUnit("UBND xã Tìm Bên " + suffix, OrgUnitKind.PEOPLES_COMMITTEE, null,
                province, null, LocalDate.of(2012, 1, 1))).id();
        Authentication handler = as("tim-xuly", Role.HANDLER, body);
        Authentication otherHandler = as("tim-xuly2", Role.HANDLER, other);
        LocalDate today = Dates.today(clock);
        String[] families = {"Nguyễn", "Trần", "Lê", "Đặng", "Bùi"};
        for (int i = 0; i < 27; i++) {
            long unit = i % 4 == 3 ? other : body;
            String content = (i % 2 == 0 ? "Phản ánh đường làng " : "Khiếu nại việc thu hồi đất ở ") + marker
                    + " thôn Tân Hòa, thửa số " + (100 + i) + (i % 5 == 0 ? " (50% diện tích_bị lấn)" : "");
            intake(unit == body ? handler : otherHandler, unit, today.minusDays(i % 6), content,
                    families[i % 5] + " Thị Ngọc " + marker + (i % 3), null);
        }
        String denouncer = "Đỗ Văn Bí Mật " + marker;
        long sealed = intake(handler, body, today.minusDays(2), "Tố cáo cán bộ địa chính " + marker
                + " nhận tiền làm sổ đỏ", denouncer, PetitionKind.DENUNCIATION);
        String number = jdbc.sql("select registration_number from petition where unit_id = ? order by id limit 1")
                .param(body).query(String.class).single();
        long aCase = jdbc.sql("select case_id from petition where unit_id = ? order by id desc limit 1").param(body)
                .query(Long.class).single();

        List<String> qs = List.of("", marker, marker.toLowerCase(), "đường làng " + marker, "duong lang " + marker,
                "THU HOI DAT O " + marker, "nguyen thi ngoc " + marker, "Trần Thị Ngọc " + marker + "1",
                "ngoc " + marker, number, "50%", "dien tich_bi", "thua so 1", "nguoi to cao", denouncer,
                "do van bi mat", "không có " + marker);
        List<List<Long>> scopes = new ArrayList<>();
        scopes.add(List.of(body));
        scopes.add(List.of(body, other));
        scopes.add(null);
        int compared = 0;
        for (String q : qs) {
            for (List<Long> scope : scopes) {
                if (scope == null && (q.isEmpty() || q.equals(number) || q.startsWith("thua") || q.equals("50%")
                        || q.equals("nguoi to cao") || q.equals("do van bi mat"))) {
                    continue; // every unit: only the queries that name this test's petitions
                }
                List<PetitionQueries.Filter> filters = List.of(filter(q, null, null, null, null, null),
                        filter(q, null, "RECEIVED", today.minusDays(3), today, null),
                        filter(q, null, null, null, null, aCase),
                        filter(q, other, null, null, null, null),
                        new PetitionQueries.Filter(q, null, PetitionKind.COMPLAINT, null, null, null, null, null, null,
                                null, null, null, true, null));
                for (PetitionQueries.Filter f : filters) {
                    List<Long> subtree = f.unitId() == null ? null : List.of(f.unitId());
                    for (int page : new int[] {1, 2, 3}) {
                        var then = Reference.search(jdbc, clock, f, scope, subtree, page);
                        for (long small : SMALL_SCOPES) {
                            var now = queries.search(f, scope, subtree, page, small);
                            assertThat(now.total()).as("total of %s in %s (%d)", f, scope, small).isEqualTo(then.total());
                            assertThat(now.page()).isEqualTo(then.page());
                            assertThat(now.pages()).isEqualTo(then.pages());
                            assertThat(now.items()).as("page %d of %s in %s (%d)", page, f, scope, small)
                                    .isEqualTo(then.items());
                            compared++;
                        }
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(1000);
        // Some of them find something, and paging was exercised.
        assertThat(queries.search(filter(marker, null, null, null, null, null), List.of(body, other), null, 1).total())
                .isEqualTo(28);
        assertThat(queries.search(filter("duong lang " + marker, null, null, null, null, null), List.of(body), null, 1)
                .total()).isEqualTo(14);
        assertThat(queries.search(filter(number, null, null, null, null, null), List.of(body), null, 1).total())
                .isEqualTo(1);

        // The denouncer's name finds nothing (it is sealed: the petitioner row holds "Người tố cáo 1").
        assertThat(queries.search(filter(denouncer, null, null, null, null, null), null, null, 1).total()).isZero();
        assertThat(queries.search(filter("do van bi mat " + marker.toLowerCase(), null, null, null, null, null),
                List.of(body), null, 1).total()).isZero();
        assertThat(queries.search(filter("nhan tien lam so do", null, null, null, null, null), List.of(body), null, 1)
                .items()).extracting(PetitionQueries.Row::id).containsExactly(sealed);
        for (Authentication who : List.of(handler, as("tim-thanhtra", Role.INSPECTOR, province),
                as("tim-baomat", Role.IDENTITY_CUSTODIAN, body), as("tim-admin", Role.ADMIN, null))) {
            JsonNode api = json.readTree(mvc.perform(get("/api/v1/petitions").param("q", denouncer)
                    .with(authentication(who))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
            assertThat(api.get("total").asLong()).isZero();
            String page = mvc.perform(get("/petitions").param("q", "do van bi mat " + marker).with(authentication(who)))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).doesNotContain("/petitions/" + sealed + "\"");
        }

        // The work queue: same rows, same order, with and without the handler.
        jdbc.sql("update petition set handler = 'tim-xuly-" + suffix + "' where unit_id = ? and id % 2 = 0").param(body)
                .update();
        for (List<Long> scope : scopes) {
            if (scope == null) {
                continue; // every unit: the demo's and other tests' petitions, which other tests change meanwhile
            }
            for (String h : new String[] {null, "tim-xuly-" + suffix}) {
                assertThat(queries.queue(scope, h)).as("queue of %s, %s", scope, h)
                        .isEqualTo(Reference.queue(jdbc, clock, scope, h)).isNotEmpty();
            }
        }
        // The case search: same cases in the same order.
        for (String q : List.of("", marker, "duong lang " + marker.toLowerCase(), "thu hoi dat", "không có " + marker)) {
            for (List<Long> scope : scopes) {
                if (scope == null && !q.contains(marker)) {
                    continue; // every unit (an administrator): only the queries that name this test's cases
                }
                for (int limit : new int[] {3, 10, 100}) {
                    var then = Reference.cases(jdbc, q, scope, limit);
                    for (long small : SMALL_SCOPES) {
                        assertThat(queries.cases(q, scope, limit, small)).as("cases %s in %s (%d)", q, scope, small)
                                .isEqualTo(then);
                    }
                }
            }
        }
        assertThat(queries.cases(marker, List.of(body, other), 100)).hasSize(28);
        assertThat(queries.cases(marker, null, 100)).hasSize(28);
    }

    private static PetitionQueries.Filter filter(String q, Long unitId, String state, LocalDate from, LocalDate to,
            Long caseId) {
        return new PetitionQueries.Filter(q, unitId, null, state, from, to, null, null, null, null, null, null, null,
                caseId);
    }

    private Authentication as(String name, Role role, Long unitId) {
        TiepdanUser user = new TiepdanUser(92L, name, name, List.of(new RoleGrantView(role, unitId)), "x", true, true);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    private long intake(Authentication who, long unit, LocalDate on, String content, String name, PetitionKind declared)
            throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unitId", unit);
        m.put("channel", "POST");
        m.put("receivedOn", on.toString());
        m.put("content", content);
        if (declared != null) {
            m.put("declaredKind", declared.name());
        }
        m.put("petitioners", List.of(Map.of("fullName", name, "address", "thôn Tân Hòa")));
        var r = mvc.perform(post("/api/v1/petitions").with(authentication(who)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(m))).andReturn().getResponse();
        assertThat(r.getStatus()).as(r.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
        return json.readTree(r.getContentAsString(StandardCharsets.UTF_8)).get("id").asLong();
    }

    /** The first version's SQL (before issue 22), verbatim, as the reference of what the answers must be. */
    static final class Reference {

        private static final String ROW = """
                select p.id, p.registration_number, p.received_on, p.channel, p.kind, p.state, p.unit_id, u.name unit_name,
                       p.case_id, p.content,""" + " " + Overdue.petition("p", ":today") + """
                 overdue, p.handler,
                       (select d.due from petition_deadline d where d.petition_id = p.id and d.active and d.due is not null
                        order by d.due limit 1) next_due,
                       (select d.rule_code from petition_deadline d where d.petition_id = p.id and d.active and d.due is not null
                        order by d.due limit 1) next_rule
                from petition p join org_unit u on u.id = p.unit_id
                """;

        private static PetitionQueries.Row row(ResultSet rs, int i) throws SQLException {
            return new PetitionQueries.Row(rs.getLong("id"), rs.getString("registration_number"),
                    rs.getObject("received_on", LocalDate.class), rs.getString("channel"), rs.getString("kind"),
                    rs.getString("state"), rs.getLong("unit_id"), rs.getString("unit_name"), rs.getLong("case_id"),
                    DuplicateFinder.excerpt(rs.getString("content")), rs.getBoolean("overdue"),
                    rs.getObject("next_due", LocalDate.class), rs.getString("next_rule"), rs.getString("handler"));
        }

        static PetitionQueries.Page<PetitionQueries.Row> search(JdbcClient jdbc, Clock clock, PetitionQueries.Filter f,
                List<Long> units, List<Long> unitSubtree, int page) {
            StringBuilder where = new StringBuilder(" where true");
            Map<String, Object> params = new LinkedHashMap<>();
            if (units != null) {
                where.append(" and p.unit_id = any(:units)");
                params.put("units", units.toArray(Long[]::new));
            }
            if (unitSubtree != null) {
                where.append(" and p.unit_id = any(:subtree)");
                params.put("subtree", unitSubtree.toArray(Long[]::new));
            }
            if (f.q() != null && !f.q().isBlank()) {
                where.append(" ").append("""
                         and (p.content_folded like '%' || fold_vi(:q) || '%' or p.registration_number = :qraw
                              or exists (select 1 from petitioner x where x.petition_id = p.id
                                         and x.name_key like '%' || btrim(regexp_replace(fold_vi(:q), '[^a-z0-9]+', ' ', 'g')) || '%'))""");
                params.put("q", f.q().strip());
                params.put("qraw", f.q().strip());
            }
            add(where, params, "p.kind = :kind", "kind", f.kind() == null ? null : f.kind().name());
            add(where, params, "p.state = :state", "state", f.state());
            add(where, params, "p.received_on >= :from", "from", f.from());
            add(where, params, "p.received_on <= :to", "to", f.to());
            add(where, params, """
                    p.field in (with recursive sub as (
                                    select coalesce(alias_of, code) as code from reception_field where code = :field
                                    union all
                                    select c.code from reception_field c join sub on c.parent_code = sub.code)
                                select code from sub)""", "field", f.field() == null || f.field().isBlank() ? null
                    : f.field().strip());
            add(where, params, "p.case_id = :caseId", "caseId", f.caseId());
            flag(where, "p.complex", f.complex());
            flag(where, "p.prolonged", f.prolonged());
            flag(where, "p.mass", f.mass());
            flag(where, "p.degradation_related", f.degradationRelated());
            flag(where, "p.incited", f.incited());
            if (Boolean.TRUE.equals(f.overdue())) {
                where.append(" and ").append(Overdue.petition("p", ":today"));
            }
            params.put("today", Dates.today(clock));
            var count = jdbc.sql("select count(*) from petition p" + where);
            for (var e : params.entrySet()) {
                count = count.param(e.getKey(), e.getValue());
            }
            long total = count.query(Long.class).single();
            int pages = (int) Math.max(1, (total + PetitionQueries.PAGE_SIZE - 1) / PetitionQueries.PAGE_SIZE);
            int current = Math.max(1, Math.min(page, pages));
            var list = jdbc.sql(ROW + where + " order by p.received_on desc, p.id desc limit " + PetitionQueries.PAGE_SIZE
                    + " offset " + (current - 1) * PetitionQueries.PAGE_SIZE);
            for (var e : params.entrySet()) {
                list = list.param(e.getKey(), e.getValue());
            }
            return new PetitionQueries.Page<>(list.query(Reference::row).list(), total, current, pages);
        }

        private static void add(StringBuilder where, Map<String, Object> params, String clause, String name,
                Object value) {
            if (value != null && !(value instanceof String s && s.isBlank())) {
                where.append(" and ").append(clause);
                params.put(name, value);
            }
        }

        private static void flag(StringBuilder where, String column, Boolean value) {
            if (Boolean.TRUE.equals(value)) {
                where.append(" and ").append(column);
            }
        }

        static List<PetitionQueries.Row> queue(JdbcClient jdbc, Clock clock, List<Long> units, String handler) {
            StringBuilder sql = new StringBuilder(ROW).append(" where p.settled_on is null and p.state not in ")
                    .append("('TRANSFERRED','GUIDED','RETURNED','ARCHIVED','REFUSED','DECIDED','CONCLUDED','PUBLISHED','CLOSED','DIRECTION_ANSWERED')");
            if (units != null) {
                sql.append(" and p.unit_id = any(:units)");
            }
            if (handler != null) {
                sql.append(" and p.handler = :handler");
            }
            sql.append(" order by next_due nulls last, p.id limit 500");
            var spec = jdbc.sql(sql.toString()).param("today", Dates.today(clock));
            if (units != null) {
                spec = spec.param("units", units.toArray(Long[]::new));
            }
            if (handler != null) {
                spec = spec.param("handler", handler);
            }
            return spec.query(Reference::row).list();
        }

        static List<Map<String, Object>> cases(JdbcClient jdbc, String q, List<Long> units, int limit) {
            StringBuilder sql = new StringBuilder("""
                    select c.id, c.unit_id, u.name unit_name, c.title, c.kind, c.competence, c.received_on, c.settled_on,
                           c.settled_on_time, c.reopened_on, (select count(*) from petition p where p.case_id = c.id) petitions
                    from petition_case c join org_unit u on u.id = c.unit_id where true""");
            if (units != null) {
                sql.append(" and c.unit_id = any(:units)");
            }
            if (q != null && !q.isBlank()) {
                sql.append(" and (fold_vi(c.title) like '%' || fold_vi(:q) || '%' or exists (select 1 from petition p ")
                        .append("where p.case_id = c.id and p.content_folded like '%' || fold_vi(:q) || '%'))");
            }
            sql.append(" order by c.received_on desc, c.id desc limit ").append(limit);
            var spec = jdbc.sql(sql.toString());
            if (units != null) {
                spec = spec.param("units", units.toArray(Long[]::new));
            }
            if (q != null && !q.isBlank()) {
                spec = spec.param("q", q.strip());
            }
            return spec.query((rs, i) -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", rs.getLong("id"));
                m.put("unitId", rs.getLong("unit_id"));
                m.put("unitName", rs.getString("unit_name"));
                m.put("title", rs.getString("title"));
                m.put("kind", rs.getString("kind"));
                m.put("competence", rs.getString("competence"));
                m.put("receivedOn", rs.getObject("received_on", LocalDate.class));
                m.put("settledOn", rs.getObject("settled_on", LocalDate.class));
                m.put("settledOnTime", rs.getObject("settled_on_time"));
                m.put("reopenedOn", rs.getObject("reopened_on", LocalDate.class));
                m.put("petitions", rs.getLong("petitions"));
                return m;
            }).list();
        }
    }
}
