package org.tiepdan.petition.internal;

import java.sql.ResultSet;
import java.time.Clock;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.petition.PetitionKind;
import org.tiepdan.platform.CustomPlans;
import org.tiepdan.platform.Dates;

/** Read side: search with filters and paging, the work queue and the dashboard. Scope is always applied. */
@Component
class PetitionQueries {

    static final int PAGE_SIZE = 20;

    private final JdbcClient jdbc;
    private final Clock clock;

    PetitionQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A petition in a list. */
    record Row(long id, String registrationNumber, LocalDate receivedOn, String channel, String kind, String state,
            long unitId, String unitName, long caseId, String content, boolean overdue, LocalDate nextDue,
            String nextRule, String handler) {
    }

    record Page<T>(List<T> items, long total, int page, int pages) {
    }

    /** Search filters; null fields do not filter. */
    record Filter(String q, Long unitId, PetitionKind kind, String state, LocalDate from, LocalDate to, String field,
            Boolean complex, Boolean prolonged, Boolean mass, Boolean degradationRelated, Boolean incited,
            Boolean overdue, Long caseId) {

        static Filter none() {
            return new Filter(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        }
    }

    /** The overdue column is computed on the day ({@code :today}) by the one rule, not read from the stored mark. */
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

    private static Row row(ResultSet rs, int i) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("registration_number"), rs.getObject("received_on", LocalDate.class),
                rs.getString("channel"), rs.getString("kind"), rs.getString("state"), rs.getLong("unit_id"),
                rs.getString("unit_name"), rs.getLong("case_id"), DuplicateFinder.excerpt(rs.getString("content")),
                rs.getBoolean("overdue"), rs.getObject("next_due", LocalDate.class), rs.getString("next_rule"),
                rs.getString("handler"));
    }

    /**
     * A query's matches in scope ({@code scope}: conditions on {@code m}, the matched petition) (issue 22),
     * each way of matching read from its own index: the folded content
     * ({@code petition_content_trgm_ix}), the registration number ({@code petition_registration_number_ix}) and
     * the petitioners' folded names ({@code petitioner_name_trgm_ix}: a denouncer's row holds only the
     * pseudonym, so a denouncer's name finds nothing). The first version tested each petition in scope against
     * the three at once ({@link #MATCHES_ROW}), which no index answers: 1 M rows read for a rare word. The scope
     * is repeated in each branch so that a commune's search of a common word reads the commune's petitions
     * (its units' index) rather than the province's half million matches. The content and name branches, read
     * from their trigram indexes, join the scope as a set ({@link #asSet}); the registration number's keeps
     * {@code = any}, which PostgreSQL otherwise answers by one index look-up per unit of the scope.
     */
    private static String matches(String scope) {
        String name = "x.name_key like '%' || btrim(regexp_replace(fold_vi(:q), '[^a-z0-9]+', ' ', 'g')) || '%'";
        String set = asSet(scope);
        return "select m.id from petition m where m.content_folded like '%' || fold_vi(:q) || '%'" + set
                + " union select m.id from petition m where m.registration_number = :q" + scope
                + " union select x.petition_id from petitioner x" + (scope.isEmpty() ? " where " + name
                        : " join petition m on m.id = x.petition_id where " + name + set);
    }

    /**
     * The scope's conditions {@code alias.unit_id = any(:array)} as joins to the arrays' elements ({@code in
     * (select unnest(...))}). PostgreSQL plans a literal array element by element against the column's
     * statistics: 20–45 ms for each occurrence of a province's 9,965 units, in each of the three statements of a
     * search, where the words' matches take a few ms to read (SearchBench's province, 2026-12-08: "flycam" 0.33 s
     * in all, 0.06 s with the set). Not for the lists and the scans of common words: walking the newest-first
     * index, they test the scope on each row as a hashed array, which a join would replace by a sort.
     */
    static String asSet(String scope) {
        return scope.replaceAll("= any\\(:(\\w+)\\)", "in (select unnest(cast(:$1 as bigint[])))");
    }

    /** The same condition on one row {@code p}: what the newest-first walk of a common word's page tests. */
    private static final String MATCHES_ROW = """
            (p.content_folded like '%' || fold_vi(:q) || '%' or p.registration_number = :q
             or exists (select 1 from petitioner x where x.petition_id = p.id
                        and x.name_key like '%' || btrim(regexp_replace(fold_vi(:q), '[^a-z0-9]+', ' ', 'g')) || '%'))""";

    /**
     * How a query's matches are found, decided by a cheap look first ({@link #common}): up to this many
     * petitions in scope match the content or a name, they are gathered through the indexes ({@link
     * #matches}); more, and every petition in scope is tested once ({@link #MATCHES_ROW}: a parallel scan for
     * the count; for a page, the newest ones in order, which meet a page of matches after a few dozen rows).
     * Gathering half a million matches through an index costs more than reading the table; testing a
     * province's million petitions for a word that five of them hold costs more than the index. Both give
     * the same rows.
     */
    static final long GATHER_AT_MOST = 2_000;

    /**
     * A scope holding at most this many petitions (a commune's bodies hold a few hundred in ten years) is
     * searched by testing each of its petitions ({@link #MATCHES_ROW}), without looking at the indexes of the
     * words first: the look alone cost a commune's handler 0.3 s for a common name (PostgreSQL intersects the
     * unit index with the trigram index of "tran thi thu", whose trigrams half the table holds), testing its
     * 300 petitions 2 ms (SearchBench's data, 2026-12-08: about 7–25 µs a petition, warm).
     */
    static final long TEST_EACH_SCOPE_UP_TO = 2_000;

    /**
     * Diacritic-insensitive search in content, registration number and petitioners' names; newest first.
     * The total is exact (the API's {@code total}/{@code pages} and the pager rely on it).
     */
    @Transactional(readOnly = true)
    Page<Row> search(Filter f, List<Long> units, List<Long> unitSubtree, int page) {
        return search(f, units, unitSubtree, page, TEST_EACH_SCOPE_UP_TO);
    }

    /** {@code smallScope}: see {@link #TEST_EACH_SCOPE_UP_TO} (a test compares the forms on the same rows). */
    @Transactional(readOnly = true)
    Page<Row> search(Filter f, List<Long> units, List<Long> unitSubtree, int page, long smallScope) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder scope = new StringBuilder();
        if (units != null) {
            scope.append(" and m.unit_id = any(:units)");
            params.put("units", units.toArray(Long[]::new));
        }
        if (unitSubtree != null) {
            scope.append(" and m.unit_id = any(:subtree)");
            params.put("subtree", unitSubtree.toArray(Long[]::new));
        }
        where.append(scope.toString().replace("m.unit_id", "p.unit_id"));
        boolean typed = f.q() != null && !f.q().isBlank();
        if (typed) {
            params.put("q", f.q().strip());
        }
        // Planned for its own scope and page every time, typed or not: the province's page 500 took 16 s once
        // its statement had run five times and PostgreSQL planned it generically (an array of 10 k units
        // of unknown size; measured with SearchBench, 2026-12-07), 0.3 s planned for its values.
        CustomPlans.forThisTransaction(jdbc);
        add(where, params, "p.kind = :kind", "kind", f.kind() == null ? null : f.kind().name());
        add(where, params, "p.state = :state", "state", f.state());
        add(where, params, "p.received_on >= :from", "from", f.from());
        add(where, params, "p.received_on <= :to", "to", f.to());
        // A node of the field tree takes the nodes under it (ADMINISTRATIVE: land, housing...); an old flat
        // code its node (LAND: ADM_LAND), as on input.
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
        String matching = !typed ? "" : testEach(scope.toString(), params, smallScope, true) ? " and " + MATCHES_ROW
                : " and p.id in (" + matches(scope.toString()) + ")";
        long total = bind(jdbc.sql("select count(*) from petition p" + where + matching), params).query(Long.class).single();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.max(1, Math.min(page, pages));
        var list = bind(jdbc.sql(ROW + where + matching + " order by p.received_on desc, p.id desc limit " + PAGE_SIZE
                + " offset " + (current - 1) * PAGE_SIZE), params);
        return new Page<>(list.query(PetitionQueries::row).list(), total, current, pages);
    }

    /**
     * Whether the typed words are tested on each petition in scope rather than gathered from the indexes: the
     * scope holds at most {@code smallScope} petitions ({@link #TEST_EACH_SCOPE_UP_TO}), or the words are
     * {@link #common} ({@code names}: in the petitioners' names too, which the case search does not read).
     */
    private boolean testEach(String scope, Map<String, Object> params, long smallScope, boolean names) {
        return smallScope(scope, params, smallScope) || common(scope, params, names);
    }

    /**
     * Whether the scope holds at most {@code atMost} petitions; a look that stops there, read from the unit index,
     * the scope joined as a set ({@link #asSet}). No scope (every unit) is never small.
     */
    private boolean smallScope(String scope, Map<String, Object> params, long atMost) {
        if (scope.isEmpty()) {
            return false;
        }
        return bind(jdbc.sql("select count(*) from (select 1 from petition m where true" + asSet(scope) + " limit "
                + (atMost + 1) + ") s"), params).query(Long.class).single() <= atMost;
    }

    /**
     * Whether more than {@link #GATHER_AT_MOST} petitions in scope match the typed words by content, or (with
     * {@code names}) as many petitioners by name: each look stops there. The case search, which reads titles and
     * contents only, asks without names: a common name ("tran thi thu", 10,417 petitioners in SearchBench's
     * province) made it test every case of the province, newest first, for words no case holds (15 s).
     */
    private boolean common(String scope, Map<String, Object> params, boolean names) {
        String name = "x.name_key like '%' || btrim(regexp_replace(fold_vi(:q), '[^a-z0-9]+', ' ', 'g')) || '%'";
        String set = asSet(scope);
        String content = "(select count(*) from (select 1 from petition m where m.content_folded like '%' || fold_vi(:q)"
                + " || '%'" + set + " limit " + (GATHER_AT_MOST + 1) + ") c)";
        var look = jdbc.sql(!names ? "select " + content : "select greatest(" + content + ", (select count(*) from (select 1"
                + " from petitioner x" + (scope.isEmpty() ? " where " + name : " join petition m on m.id = x.petition_id"
                + " where " + name + set) + " limit " + (GATHER_AT_MOST + 1) + ") n))");
        return bind(look, params).query(Long.class).single() > GATHER_AT_MOST;
    }

    private static void add(StringBuilder where, Map<String, Object> params, String clause, String name, Object value) {
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

    /** The most petitions a work queue shows. */
    static final int QUEUE_SIZE = 500;

    /** The states in which an unsettled petition no longer waits on its unit (handed on, ended, answered). */
    private static final String OPEN = """
            p.settled_on is null and p.state not in ('TRANSFERRED','GUIDED','RETURNED','ARCHIVED','REFUSED','DECIDED',
            'CONCLUDED','PUBLISHED','CLOSED','DIRECTION_ANSWERED')""";

    /** The earliest active due date of {@code p} as {@code n.due} (none: null). */
    private static final String NEXT_DUE = """
            left join lateral (select min(d.due) due from petition_deadline d
                               where d.petition_id = p.id and d.active and d.due is not null) n on true
            """;

    /**
     * The work queue: open petitions of the units, by next deadline (the earliest active due date; none
     * last), then id. Issue 22: the order is decided first, from the unsettled petitions in scope
     * ({@code petition_unsettled_ix}) and their active deadlines, and only the {@value #QUEUE_SIZE} kept
     * are read as rows (the overdue mark, the next deadline's rule); the first version computed those for
     * every open petition of a province before keeping 500.
     */
    @Transactional(readOnly = true)
    List<Row> queue(List<Long> units, String handler) {
        return queue(units, handler, QUEUE_SIZE);
    }

    List<Row> queue(List<Long> units, String handler, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String sql = "select p.id from petition p " + NEXT_DUE + "where " + OPEN + scope(units, handler, params)
                + " order by n.due nulls last, p.id limit " + size;
        List<Long> ids = bind(jdbc.sql(sql), params).query(Long.class).list();
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(ROW + " join unnest(:ids) with ordinality o(id, n) on o.id = p.id order by o.n")
                .param("ids", ids.toArray(Long[]::new)).param("today", Dates.today(clock))
                .query(PetitionQueries::row).list();
    }

    private static String scope(List<Long> units, String handler, Map<String, Object> params) {
        StringBuilder where = new StringBuilder();
        if (units != null) {
            where.append(" and p.unit_id = any(:units)");
            params.put("units", units.toArray(Long[]::new));
        }
        if (handler != null) {
            where.append(" and p.handler = :handler");
            params.put("handler", handler);
        }
        return where.toString();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Map<String, Object> params) {
        for (var e : params.entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        return spec;
    }

    /**
     * The dashboard of a work queue: the rows it lists under "overdue", "due today" and "due this week" come
     * from the queue (at most {@value #QUEUE_SIZE}), but every count is counted over all the open petitions
     * of the scope (issue 22: a province has tens of thousands open, and counting the listed rows showed a
     * capped, too low figure). Overdue is the one rule ({@link Overdue}); a petition falls under "due today"
     * or "due this week" (to Sunday) by its earliest active due date when it is not overdue.
     */
    record Dashboard(List<Row> dueToday, List<Row> dueThisWeek, List<Row> overdue, long dueTodayCount,
            long dueThisWeekCount, long overdueCount, Map<String, Long> byKind, Map<String, Long> byHandler,
            Map<String, Long> overdueByUnit) {

        /** The dashboard of a user who handles nowhere. */
        static final Dashboard EMPTY = new Dashboard(List.of(), List.of(), List.of(), 0, 0, 0, Map.of(), Map.of(),
                Map.of());
    }

    /** The dashboard of {@code queue}, which was read for {@code units} and {@code handler}. */
    @Transactional(readOnly = true)
    Dashboard dashboard(List<Row> queue, List<Long> units, String handler) {
        LocalDate today = Dates.today(clock);
        LocalDate endOfWeek = today.with(DayOfWeek.SUNDAY);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("today", today);
        params.put("endOfWeek", endOfWeek);
        // The listed rows placed by the same expression as the counts below.
        Map<Long, String> placed = new HashMap<>();
        if (!queue.isEmpty()) {
            bind(jdbc.sql("select p.id, " + bucket(Overdue.petition("p", ":today"), "n.due") + " bucket from petition p "
                    + NEXT_DUE + "where p.id = any(:ids)"), params)
                    .param("ids", queue.stream().map(Row::id).toArray(Long[]::new))
                    .query((rs, i) -> placed.put(rs.getLong("id"), rs.getString("bucket"))).list();
        }
        List<Row> dueToday = new ArrayList<>();
        List<Row> week = new ArrayList<>();
        List<Row> overdue = new ArrayList<>();
        for (Row r : queue) {
            switch (placed.getOrDefault(r.id(), "OTHER")) {
                case "OVERDUE" -> overdue.add(r);
                case "TODAY" -> dueToday.add(r);
                case "WEEK" -> week.add(r);
                default -> { }
            }
        }
        String open = "select p.kind, coalesce(p.handler, '') handler, u.name unit_name, "
                + Overdue.petition("p", ":today") + " overdue, n.due from petition p join org_unit u on u.id = p.unit_id "
                + NEXT_DUE + "where " + OPEN + scope(units, handler, params);
        // One pass over the open petitions in scope, counted four ways at once.
        String sql = "with o as (" + open + "), b as (select o.*, " + bucket("o.overdue", "o.due") + " bucket from o) "
                + "select grouping(kind) gk, grouping(handler) gh, grouping(unit_name) gu, kind, handler, unit_name, "
                + "bucket, count(*) n, count(*) filter (where overdue) late from b "
                + "group by grouping sets ((kind), (handler), (unit_name), (bucket)) order by n desc, kind, handler, unit_name";
        Map<String, Long> byKind = new LinkedHashMap<>();
        Map<String, Long> byHandler = new LinkedHashMap<>();
        Map<String, Long> overdueByUnit = new LinkedHashMap<>();
        Map<String, Long> buckets = new LinkedHashMap<>();
        bind(jdbc.sql(sql), params).query((rs, i) -> {
            long n = rs.getLong("n");
            if (rs.getInt("gk") == 0) {
                byKind.put(rs.getString("kind") == null ? "UNCLASSIFIED" : rs.getString("kind"), n);
            } else if (rs.getInt("gh") == 0) {
                byHandler.put(rs.getString("handler"), n);
            } else if (rs.getInt("gu") == 0) {
                if (rs.getLong("late") > 0) {
                    overdueByUnit.merge(rs.getString("unit_name"), rs.getLong("late"), Long::sum);
                }
            } else {
                buckets.put(rs.getString("bucket"), n);
            }
            return null;
        }).list();
        Map<String, Long> byUnit = overdueByUnit.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a,
                        LinkedHashMap::new));
        return new Dashboard(dueToday, week, overdue, buckets.getOrDefault("TODAY", 0L),
                buckets.getOrDefault("WEEK", 0L), buckets.getOrDefault("OVERDUE", 0L), byKind, byHandler, byUnit);
    }

    /**
     * Where an open petition stands on the dashboard, given SQL for its overdue mark ({@link Overdue}) and its
     * earliest active due date: overdue first; else due today; else due after today up to Sunday ({@code
     * :endOfWeek}); else nowhere. The one definition: the dashboard's counts and the rows it lists both use it.
     */
    private static String bucket(String overdue, String due) {
        return "case when " + overdue + " then 'OVERDUE' when " + due + " = :today then 'TODAY' when " + due
                + " > :today and " + due + " <= :endOfWeek then 'WEEK' else 'OTHER' end";
    }

    /** Cases in scope, newest first, with a folded search on their title and their petitions' content. */
    @Transactional(readOnly = true)
    List<Map<String, Object>> cases(String q, List<Long> units, int limit) {
        return cases(q, units, limit, TEST_EACH_SCOPE_UP_TO);
    }

    /** {@code smallScope}: see {@link #TEST_EACH_SCOPE_UP_TO}. */
    @Transactional(readOnly = true)
    List<Map<String, Object>> cases(String q, List<Long> units, int limit, long smallScope) {
        StringBuilder sql = new StringBuilder("""
                select c.id, c.unit_id, u.name unit_name, c.title, c.kind, c.competence, c.received_on, c.settled_on,
                       c.settled_on_time, c.reopened_on, (select count(*) from petition p where p.case_id = c.id) petitions
                from petition_case c join org_unit u on u.id = c.unit_id where true""");
        if (units != null) {
            sql.append(" and c.unit_id = any(:units)");
        }
        if (q != null && !q.isBlank()) {
            CustomPlans.forThisTransaction(jdbc);
            // Issue 22: gathered from the two trigram indexes (V187, V50) when few petitions match, else each
            // case in scope tested, newest first, until the page is full (see GATHER_AT_MOST, TEST_EACH_SCOPE_UP_TO).
            String scope = units == null ? "" : " and m.unit_id = any(:units)";
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("q", q.strip());
            if (units != null) {
                params.put("units", units.toArray(Long[]::new));
            }
            if (testEach(scope, params, smallScope, false)) {
                // A scalar subquery (true or null), asked of each case: the same test as "or exists (...)", which
                // PostgreSQL 17 may run as a hashed set of every matching petition of the installation instead
                // (a commune's case search read 25,000 petitions for "người tố cáo": 255 ms; this form 9 ms).
                sql.append(" and (fold_vi(c.title) like '%' || fold_vi(:q) || '%' or (select true from petition p ")
                        .append("where p.case_id = c.id and p.content_folded like '%' || fold_vi(:q) || '%' limit 1))");
            } else {
                String set = asSet(scope);
                sql.append(" and c.id in (select m.id from petition_case m where fold_vi(m.title) like '%' || fold_vi(:q)")
                        .append(" || '%'").append(set).append(" union select p.case_id from petition p join petition_case m")
                        .append(" on m.id = p.case_id where p.content_folded like '%' || fold_vi(:q) || '%'").append(set)
                        .append(")");
            }
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

    /** Reminders of the units, newest first. */
    @Transactional(readOnly = true)
    List<Map<String, Object>> reminders(List<Long> units, int limit) {
        String sql = """
                select r.id, r.petition_id, p.registration_number, r.kind, r.rule_code, r.due, r.note, r.created_by,
                       r.created_at from petition_reminder r join petition p on p.id = r.petition_id
                """ + (units == null ? "" : " where r.unit_id = any(:units)") + " order by r.created_at desc, r.id desc limit "
                + limit;
        var spec = jdbc.sql(sql);
        if (units != null) {
            spec = spec.param("units", units.toArray(Long[]::new));
        }
        return spec.query((rs, i) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", rs.getLong("id"));
            m.put("petitionId", rs.getLong("petition_id"));
            m.put("registrationNumber", rs.getString("registration_number"));
            m.put("kind", rs.getString("kind"));
            m.put("ruleCode", rs.getString("rule_code"));
            m.put("due", rs.getObject("due", LocalDate.class));
            m.put("note", rs.getString("note"));
            m.put("createdBy", rs.getString("created_by"));
            return m;
        }).list();
    }
}
