package org.tiepdan.reception.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.org.OrgUnitHierarchy;
import org.tiepdan.platform.DomainException;
import org.tiepdan.platform.FigureSource;
import org.tiepdan.reception.ReceptionFigure;
import org.tiepdan.reception.ReceptionFigures;
import org.tiepdan.reception.SessionKind;

/**
 * Phụ lục 2 rows 1–5 and the figures of the periodic report, the module's {@link FigureSource}
 * {@code reception}. Each figure is one query returning the rows behind it (id, unit, day, weight); the
 * count is computed from those rows, and the totals for reports are the same query grouped by unit,
 * so count and list cannot disagree.
 *
 * <p>Codes: the Phụ lục 2 rows ({@code 1.periodic}, {@code 1.adhoc}, {@code 2.periodic},
 * {@code 2.adhoc}, {@code 3}, {@code 4}, {@code 5}: the predicates of {@link ReceptionFigures}), their
 * "trong đó" for periodic and for ad hoc receptions apart ({@code 3.periodic}, {@code 4.adhoc},
 * {@code degradation.periodic}, ...), the periodic report's figures over every session of the subtree
 * whoever hosted it ({@code sessions.*}, {@code visits.*} non-refused visits, {@code people} their
 * headcount, {@code delegations}, {@code refused.all}), the published schedules, and the cross-checks
 * ({@code sessions.not_head_hosted} periodic or ad hoc sessions no head hosted in person,
 * {@code check.hostless} sessions without the host their kind needs, {@code check.dates} sessions in
 * the future, outside their unit's life, or with a visit dated another day). An unknown code is a
 * NOT_FOUND {@code DomainException}.
 */
@Service
@Transactional(readOnly = true)
class FiguresService implements ReceptionFigures, FigureSource {

    static final String NAME = "reception";

    /** The screen of each type of record, for the reports' drill-downs. */
    private static final Map<String, String> PATHS = Map.of(ReceptionService.SESSION, "/reception/sessions/",
            ReceptionService.VISIT, "/reception/visits/", "ReceptionSchedule", "/reception/schedules/");

    /**
     * The sessions of the window that belong to the subtree (by their unit or a head host's body), each
     * with whether a head hosted it in person: the one definition every figure below reads, computed
     * once per statement ({@code with} clause {@link #subtree}) rather than once per figure, for the
     * list of one figure and for the totals of many alike.
     *
     * <p>Which sessions belong is written once ({@link #heldBySubtree}, {@link #HEAD_HOSTED_BY_SUBTREE});
     * how PostgreSQL is asked to find them depends on the subtree's size. For a small one, a union of the
     * two indexed look-ups ({@link #SUBTREE}), so that a commune's report does not scan every session of
     * the installation; for a large one, the two conditions as hashed sets tested on each of the window's
     * sessions ({@link #SUBTREE_LARGE}), because the union's index look-ups, one per session, took 270 ms
     * of a province's ten years against 130 ms (issue 22). {@code SubtreeFormsTest} checks that both find
     * the same sessions. The subtree is joined as a set ({@code unnest}), which PostgreSQL hashes for a
     * province of 13 k units.
     */
    private static final String HEAD_HOSTED_BY_SUBTREE = "select hu.session_id from reception_session_host hu "
            + "where hu.capacity = 'HEAD' and hu.host_unit_id in (select unnest(:units))";

    /** A session (alias {@code session}) belongs to the subtree by its unit. */
    private static String heldBySubtree(String session) {
        return session + ".unit_id in (select unnest(:units))";
    }

    private static final String SUBTREE_OF = """
            with subtree_session as materialized (
              select s.id, s.unit_id, s.kind, s.session_date,
                     exists (select 1 from reception_session_host hh where hh.session_id = s.id and hh.capacity = 'HEAD')
                       as head_hosted
              from reception_session s
              where s.session_date between :from and :to
                and %s)
            """;
    static final String SUBTREE = SUBTREE_OF.formatted("s.id in (select x.id from reception_session x where "
            + heldBySubtree("x") + " and x.session_date between :from and :to union " + HEAD_HOSTED_BY_SUBTREE + ")");
    static final String SUBTREE_LARGE = SUBTREE_OF.formatted("(" + heldBySubtree("s") + " or s.id in ("
            + HEAD_HOSTED_BY_SUBTREE + "))");
    /** From how many units a subtree is large ({@link #SUBTREE_LARGE}): a district has a few hundred at most. */
    static final int LARGE = 1000;

    /** The {@code with} clause of the subtree's sessions for {@code units} (either form: the same sessions). */
    static String subtree(Long[] units) {
        return units.length >= LARGE ? SUBTREE_LARGE : SUBTREE;
    }

    /** Every session of the subtree's (the queries below select from it as {@code s}). */
    private static final String IN_SUBTREE = "true";
    /** ... hosted by a head in person. */
    private static final String HEAD_HOSTED = "s.head_hosted";

    private static final String SESSIONS = "select '" + ReceptionService.SESSION
            + "' as type, s.id, s.unit_id, s.session_date as day, 1 as weight from subtree_session s where ";
    private static final String VISITS = "select '" + ReceptionService.VISIT
            + "' as type, v.id, v.unit_id, v.visit_date as day, %s as weight from reception_visit v "
            + "join subtree_session s on s.id = v.session_id where ";
    private static final String NOT_REFUSED = " and v.outcome <> 'REFUSED'";

    /**
     * A figure that is a sum over the subtree's sessions ({@code s}) or their visits ({@code v} joined to
     * {@code s}) of {@code weight} where {@code condition} holds: its records are that table's rows where the
     * condition holds ({@link #rows}), and its totals are counted with every other such figure of the table in
     * one pass ({@code sum(weight) filter (where condition)}). Why: the periodic report's nine figures over the
     * visits each scanned them again, 450 ms of its 760 for a province's ten years (issue 22).
     */
    private record Filtered(boolean visits, String weight, String condition) {

        static Filtered session(String condition) {
            return new Filtered(false, "1", condition);
        }

        static Filtered visit(String weight, String condition) {
            return new Filtered(true, weight, condition);
        }

        /** The figure's records, as every other code's query: (type, id, unit_id, day, weight). */
        String rows() {
            return (visits ? VISITS.formatted(weight) : SESSIONS) + condition;
        }

        /** The table of the pass, after {@link #subtree}. */
        String from() {
            return visits ? "reception_visit v join subtree_session s on s.id = v.session_id" : "subtree_session s";
        }

        /** The unit holding a record of the table. */
        String unit() {
            return visits ? "v.unit_id" : "s.unit_id";
        }

        /** A record's day (its query's {@code day}). */
        String day() {
            return visits ? "v.visit_date" : "s.session_date";
        }
    }

    /** The codes counted in one pass over their table ({@link Filtered}); each also has its query in {@link #QUERIES}. */
    private static final Map<String, Filtered> FILTERED;
    /** One query per code: rows of (type, id, unit_id, day, weight), run after {@link #subtree}. */
    static final Map<String, String> QUERIES;

    static {
        Map<String, Filtered> filtered = new LinkedHashMap<>();
        QUERIES = queries(filtered);
        FILTERED = java.util.Collections.unmodifiableMap(filtered);
    }

    /** A code whose records are a {@link Filtered} sum's: its query from it, and the code kept among those. */
    private static void put(Map<String, String> q, Map<String, Filtered> filtered, String code, Filtered f) {
        q.put(code, f.rows());
        filtered.put(code, f);
    }

    private static Map<String, String> queries(Map<String, Filtered> f) {
        Map<String, String> q = new LinkedHashMap<>();
        put(q, f, "1.periodic", Filtered.session(HEAD_HOSTED + " and s.kind = 'PERIODIC'"));
        put(q, f, "1.adhoc", Filtered.session(HEAD_HOSTED + " and s.kind = 'AD_HOC'"));
        put(q, f, "2.periodic", Filtered.visit("v.headcount", HEAD_HOSTED + " and s.kind = 'PERIODIC'" + NOT_REFUSED));
        put(q, f, "2.adhoc", Filtered.visit("v.headcount", HEAD_HOSTED + " and s.kind = 'AD_HOC'" + NOT_REFUSED));
        put(q, f, "3", Filtered.visit("1", HEAD_HOSTED + " and s.kind in ('PERIODIC', 'AD_HOC') and v.delegation"
                + NOT_REFUSED));
        // A matter (a visit and those marked as the same matter) counts once, shown by its first visit
        // inside the window: a visit of the matter made before the window is neither counted nor listed.
        q.put("4", matters(" and (v.complex or v.prolonged)"));
        // Phụ lục 2 row 5: matters refused in the sessions of rows 1–4 (hosted by a head), once each.
        q.put("5", matters(" and v.outcome = 'REFUSED'"));
        // Đề cương II.2.1 "trong đó", for periodic and for ad hoc receptions apart.
        for (String kind : List.of("PERIODIC", "AD_HOC")) {
            String suffix = kind.equals("PERIODIC") ? ".periodic" : ".adhoc";
            String ofKind = " and s.kind = '" + kind + "'";
            put(q, f, "3" + suffix, Filtered.visit("1", HEAD_HOSTED + ofKind + " and v.delegation" + NOT_REFUSED));
            q.put("4" + suffix, matters(ofKind + " and (v.complex or v.prolonged)"));
            q.put("5" + suffix, matters(ofKind + " and v.outcome = 'REFUSED'"));
            q.put("degradation" + suffix, matters(ofKind + " and v.degradation_related"));
        }
        // The periodic report's count of refusals: every refused visit of the reception log.
        put(q, f, "refused.all", Filtered.visit("1", IN_SUBTREE + " and v.outcome = 'REFUSED'"));
        put(q, f, "sessions.periodic", Filtered.session(IN_SUBTREE + " and s.kind = 'PERIODIC'"));
        put(q, f, "sessions.adhoc", Filtered.session(IN_SUBTREE + " and s.kind = 'AD_HOC'"));
        put(q, f, "sessions.regular", Filtered.session(IN_SUBTREE + " and s.kind = 'REGULAR'"));
        put(q, f, "visits.periodic", Filtered.visit("1", IN_SUBTREE + " and s.kind = 'PERIODIC'" + NOT_REFUSED));
        put(q, f, "visits.adhoc", Filtered.visit("1", IN_SUBTREE + " and s.kind = 'AD_HOC'" + NOT_REFUSED));
        put(q, f, "visits.regular", Filtered.visit("1", IN_SUBTREE + " and s.kind = 'REGULAR'" + NOT_REFUSED));
        put(q, f, "people", Filtered.visit("v.headcount", IN_SUBTREE + NOT_REFUSED));
        put(q, f, "delegations", Filtered.visit("1", IN_SUBTREE + " and v.delegation" + NOT_REFUSED));
        q.put("schedules.published", "select 'ReceptionSchedule' as type, r.id, r.unit_id, r.valid_from as day, "
                + "1 as weight from reception_schedule r where r.published and r.valid_from <= :to "
                + "and (r.valid_to is null or r.valid_to >= :from) and (r.unit_id = any(:units) or exists "
                + "(select 1 from reception_schedule_host h where h.schedule_id = r.id and h.host_unit_id = any(:units)))");
        q.put("sessions.not_head_hosted", SESSIONS + IN_SUBTREE + " and s.kind in ('PERIODIC', 'AD_HOC') and not exists "
                + "(select 1 from reception_session_host hh where hh.session_id = s.id and hh.capacity = 'HEAD')");
        q.put("check.hostless", SESSIONS + IN_SUBTREE + " and (not exists (select 1 from reception_session_host h "
                + "where h.session_id = s.id) or (s.kind in ('PERIODIC', 'AD_HOC') and not exists (select 1 from "
                + "reception_session_host h where h.session_id = s.id and h.capacity in ('HEAD', 'DEPUTY'))))");
        q.put("check.dates", SESSIONS + IN_SUBTREE + " and (s.session_date > current_date or exists (select 1 from "
                + "reception_visit x where x.session_id = s.id and x.visit_date <> s.session_date) "
                // Outside the life of its unit: only units born after :from or closed before :to can be (the
                // session is in [:from, :to]); those are hashed once instead of one look-up per session.
                + "or (s.unit_id in (select u.id from org_unit u where u.valid_from > :from or u.valid_to < :to) "
                + "and exists (select 1 from org_unit u where u.id = s.unit_id "
                + "and (s.session_date < u.valid_from or s.session_date > u.valid_to))))");
        return java.util.Collections.unmodifiableMap(q);
    }

    /**
     * Distinct matters raised in the window in sessions hosted by a head (periodic or ad hoc) by visits
     * matching {@code condition}, each represented by its first such visit in the window.
     */
    private static String matters(String condition) {
        return "select '" + ReceptionService.VISIT + "' as type, m.id, m.unit_id, m.day, 1 as weight from ("
                + "select distinct on (coalesce(v.matter_of_visit_id, v.id)) v.id, v.unit_id, v.visit_date as day "
                + "from reception_visit v join subtree_session s on s.id = v.session_id where " + HEAD_HOSTED
                + " and s.kind in ('PERIODIC', 'AD_HOC')" + condition
                + " order by coalesce(v.matter_of_visit_id, v.id), v.visit_date, v.id) m";
    }

    private final JdbcClient jdbc;
    private final OrgUnitHierarchy hierarchy;

    FiguresService(JdbcClient jdbc, OrgUnitHierarchy hierarchy) {
        this.jdbc = jdbc;
        this.hierarchy = hierarchy;
    }

    @Override
    public ReceptionFigure sessions(long unitId, LocalDate from, LocalDate to, SessionKind kind) {
        return figure(headCode("1.", kind), unitId, from, to);
    }

    @Override
    public ReceptionFigure peopleReceived(long unitId, LocalDate from, LocalDate to, SessionKind kind) {
        return figure(headCode("2.", kind), unitId, from, to);
    }

    @Override
    public ReceptionFigure delegations(long unitId, LocalDate from, LocalDate to) {
        return figure("3", unitId, from, to);
    }

    @Override
    public ReceptionFigure complexOrProlongedMatters(long unitId, LocalDate from, LocalDate to) {
        return figure("4", unitId, from, to);
    }

    @Override
    public ReceptionFigure refusedVisits(long unitId, LocalDate from, LocalDate to) {
        return figure("5", unitId, from, to);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> codes(Query q) {
        return List.copyOf(QUERIES.keySet());
    }

    @Override
    public List<Counted> records(String code, Query q) {
        return rows(code, q.units().toArray(Long[]::new), q.from(), q.to());
    }

    private List<Counted> rows(String code, Long[] units, LocalDate from, LocalDate to) {
        checkWindow(from, to);
        return jdbc.sql(subtree(units) + "select * from (" + query(code) + ") q order by q.id")
                .param("units", units).param("from", from).param("to", to)
                .query((rs, i) -> {
                    String type = rs.getString("type");
                    long id = rs.getLong("id");
                    return new Counted(type, id, rs.getLong("unit_id"), rs.getObject("day", LocalDate.class),
                            rs.getLong("weight"), PATHS.get(type) + id);
                })
                .list();
    }

    /**
     * Several codes' records in one statement: the subtree's sessions ({@link #subtree}) materialised once
     * for all of them, each code's rows tagged with its position (the cross-checks ask three codes; each
     * alone built the set again, about a second each for a province's ten years).
     */
    @Override
    public Map<String, List<Counted>> records(Collection<String> codes, Query q) {
        checkWindow(q.from(), q.to());
        Map<String, List<Counted>> records = new LinkedHashMap<>();
        if (codes.isEmpty()) {
            return records;
        }
        List<String> ordered = new ArrayList<>(codes);
        StringJoiner union = new StringJoiner(" union all ");
        for (int i = 0; i < ordered.size(); i++) {
            records.put(ordered.get(i), new ArrayList<>());
            union.add("select " + i + " as code, q.* from (" + query(ordered.get(i)) + ") q");
        }
        Long[] units = q.units().toArray(Long[]::new);
        jdbc.sql(subtree(units) + "select * from (" + union + ") r order by r.code, r.id")
                .param("units", units).param("from", q.from()).param("to", q.to())
                .query(rs -> {
                    String type = rs.getString("type");
                    long id = rs.getLong("id");
                    records.get(ordered.get(rs.getInt("code"))).add(new Counted(type, id, rs.getLong("unit_id"),
                            rs.getObject("day", LocalDate.class), rs.getLong("weight"), PATHS.get(type) + id));
                });
        return records;
    }

    @Override
    public Map<String, Map<Long, Long>> totals(Collection<String> codes, Query q) {
        return grouped(codes, q, (unit, day) -> unit, rs -> rs.getLong(2));
    }

    /**
     * The same queries as {@link #totals}, grouped by the month of each record's day (records without one left
     * out): counted by day and added up by month here (a month computed on each row cost more than the count).
     */
    @Override
    public Map<String, Map<YearMonth, Long>> totalsByMonth(Collection<String> codes, Query q) {
        return grouped(codes, q, (unit, day) -> day, rs -> YearMonth.from(rs.getObject(2, LocalDate.class)));
    }

    /**
     * The totals per unit and per month in one statement ({@code group by grouping sets} over each code's
     * rows, the months counted by day and added up here): the same sums as {@link #totals} and
     * {@link #totalsByMonth}, a record without a day left out of the months only.
     */
    @Override
    public Totals totalsWithMonths(Collection<String> codes, Collection<String> monthCodes, Query q) {
        checkWindow(q.from(), q.to());
        Map<String, Map<Long, Long>> byUnit = new LinkedHashMap<>();
        Map<String, Map<YearMonth, Long>> byMonth = new LinkedHashMap<>();
        codes.forEach(c -> byUnit.put(c, new LinkedHashMap<>()));
        monthCodes.forEach(c -> byMonth.put(c, new LinkedHashMap<>()));
        List<String> ordered = new ArrayList<>(new java.util.LinkedHashSet<>(codes));
        monthCodes.stream().filter(c -> !ordered.contains(c)).forEach(ordered::add);
        if (ordered.isEmpty()) {
            return new Totals(byUnit, byMonth);
        }
        StringJoiner union = new StringJoiner(" union all ");
        for (boolean visits : new boolean[] {false, true}) {
            filteredPass(ordered, visits,
                    f -> f.unit() + " as unit_id, " + f.day() + " as day, grouping(" + f.unit() + ") as g",
                    f -> "grouping sets ((" + f.unit() + "), (" + f.day() + "))", "p.unit_id, p.day, p.g", "true")
                    .ifPresent(union::add);
        }
        for (int i = 0; i < ordered.size(); i++) {
            if (FILTERED.containsKey(ordered.get(i))) {
                continue;
            }
            union.add("select " + i + " as code, q.unit_id, q.day, grouping(q.unit_id) as g, "
                    + "sum(q.weight) as total from (" + query(ordered.get(i)) + ") q "
                    + "group by grouping sets ((q.unit_id), (q.day))");
        }
        Long[] units = q.units().toArray(Long[]::new);
        jdbc.sql(subtree(units) + union).param("units", units).param("from", q.from())
                .param("to", q.to())
                .query(rs -> {
                    String code = ordered.get(rs.getInt("code"));
                    long total = rs.getLong("total");
                    if (rs.getInt("g") == 0) {
                        if (byUnit.containsKey(code)) {
                            byUnit.get(code).put(rs.getLong("unit_id"), total);
                        }
                    } else if (rs.getObject("day") != null && byMonth.containsKey(code)) {
                        byMonth.get(code).merge(YearMonth.from(rs.getObject("day", LocalDate.class)), total, Long::sum);
                    }
                });
        return new Totals(byUnit, byMonth);
    }

    /** The key of a group, read from the second column of its row (the first is the code's position). */
    private interface GroupKey<K> {
        K read(java.sql.ResultSet rs) throws java.sql.SQLException;
    }

    /**
     * Each code's query summed by {@code group} (an expression of a record's unit and day: of its rows {@code q},
     * {@code q.unit_id} and {@code q.day}), all in one statement; the {@link Filtered} codes in one pass per table.
     */
    private <K> Map<String, Map<K, Long>> grouped(Collection<String> codes, Query q,
            java.util.function.BinaryOperator<String> group, GroupKey<K> key) {
        checkWindow(q.from(), q.to());
        Map<String, Map<K, Long>> totals = new LinkedHashMap<>();
        if (codes.isEmpty()) {
            return totals;
        }
        StringJoiner union = new StringJoiner(" union all ");
        List<String> ordered = new ArrayList<>(new java.util.LinkedHashSet<>(codes));
        ordered.forEach(code -> totals.put(code, new LinkedHashMap<>()));
        for (boolean visits : new boolean[] {false, true}) {
            filteredPass(ordered, visits, f -> group.apply(f.unit(), f.day()) + " as k", f -> "1", "p.k", "p.k is not null")
                    .ifPresent(union::add);
        }
        for (int i = 0; i < ordered.size(); i++) {
            if (FILTERED.containsKey(ordered.get(i))) {
                continue;
            }
            String g = group.apply("q.unit_id", "q.day");
            union.add("select " + i + " as code, " + g + " as k, sum(q.weight) as total from (" + query(ordered.get(i))
                    + ") q where " + g + " is not null group by 2");
        }
        Long[] units = q.units().toArray(Long[]::new);
        jdbc.sql(subtree(units) + union.toString()).param("units", units).param("from", q.from())
                .param("to", q.to())
                // The days of one month add up.
                .query(rs -> {
                    totals.get(ordered.get(rs.getInt(1))).merge(key.read(rs), rs.getLong(3), Long::sum);
                });
        return totals;
    }

    private ReceptionFigure figure(String code, long unitId, LocalDate from, LocalDate to) {
        List<Counted> rows = rows(code, units(unitId), from, to);
        String type = code.startsWith("1.") ? ReceptionService.SESSION : ReceptionService.VISIT;
        return new ReceptionFigure(type, rows.stream().mapToLong(Counted::weight).sum(),
                rows.stream().map(Counted::id).toList());
    }

    private Long[] units(long unitId) {
        return hierarchy.subtreeWithPredecessors(unitId).toArray(Long[]::new);
    }

    /**
     * The {@link Filtered} codes of {@code ordered} over one table (sessions, or visits) summed in one pass:
     * {@code select <keys> ... group by <groupBy>}, each code's sum a row (code, then {@code columns}, total) as the
     * other codes' queries give them; none when no such code is asked.
     */
    private static java.util.Optional<String> filteredPass(List<String> ordered, boolean visits,
            java.util.function.Function<Filtered, String> keys, java.util.function.Function<Filtered, String> groupBy,
            String columns, String where) {
        StringBuilder sums = new StringBuilder();
        StringJoiner values = new StringJoiner(", ");
        Filtered table = null;
        for (int i = 0; i < ordered.size(); i++) {
            Filtered f = FILTERED.get(ordered.get(i));
            if (f == null || f.visits() != visits) {
                continue;
            }
            table = f;
            sums.append(", sum(").append(f.weight()).append(") filter (where ").append(f.condition()).append(") as t")
                    .append(i);
            values.add("(" + i + ", p.t" + i + ")");
        }
        if (table == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("select x.code, " + columns + ", x.total from (select " + keys.apply(table) + sums
                + " from " + table.from() + " group by " + groupBy.apply(table) + ") p cross join lateral (values "
                + values + ") x(code, total) where x.total is not null and " + where);
    }

    private static String query(String code) {
        String sql = QUERIES.get(code);
        if (sql == null) {
            throw DomainException.notFound("reception-figure-unknown", code);
        }
        return sql;
    }

    private static void checkWindow(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw DomainException.invalid("reception-window-invalid", "to");
        }
    }

    private static String headCode(String row, SessionKind kind) {
        return switch (kind) {
            case PERIODIC -> row + "periodic";
            case AD_HOC -> row + "adhoc";
            default -> throw DomainException.invalid("reception-figure-kind", "kind");
        };
    }
}
