package org.tiepdan.petition.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.UnaryOperator;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.org.OrgUnitHierarchy;
import org.tiepdan.petition.Channel;
import org.tiepdan.petition.Competence;
import org.tiepdan.petition.PetitionFigures;
import org.tiepdan.petition.PetitionKind;
import org.tiepdan.platform.CustomPlans;
import org.tiepdan.platform.DomainException;
import org.tiepdan.platform.FigureSource;

/**
 * {@link PetitionFigures}, and the module's {@link FigureSource} {@code petition}: cases (and petitions)
 * held by the unit's subtree (with merged predecessors) whose first petition was received in
 * [from, to]; each figure is one SQL predicate on {@code petition_case c} (or {@code petition p}),
 * evaluated at the end of the window ({@code :to}). Lists and counts use the same predicate text.
 *
 * <p>Codes: {@link PetitionFigures#CODES}; cases {@code competence.none}, {@code cases},
 * {@code settled}, {@code settled.on_time}, {@code settled.late}, {@code settled.without_merits},
 * {@code open}; petitions {@code petitions}, {@code petitions.channel.<CHANNEL>},
 * {@code petitions.kind.<KIND>} (and {@code .none}), {@code petitions.competence.<COMPETENCE>} (and
 * {@code .none}), {@code decisions.complaint}, {@code decisions.denunciation},
 * {@code outcomes.<OUTCOME>}, {@code overdue}; and the cross-checks {@code check.uncounted} (cases in
 * none of rows 7, 8, 9), {@code check.dates}, {@code check.settled_without_document},
 * {@code check.missed_without_extension}. An unknown code is a NOT_FOUND {@code DomainException}.
 */
@Service
class PetitionFiguresService implements PetitionFigures, FigureSource {

    static final String NAME = "petition";

    private static final String SETTLED = "c.settled_on <= :to";

    /** One predicate per case figure. */
    static final Map<String, String> PREDICATES = casePredicates();
    /** One predicate per petition figure. */
    static final Map<String, String> PETITION_PREDICATES = petitionPredicates();
    /** The alias of the petitions with a missed deadline ({@link Overdue#missedDeadlines}) in the counts. */
    private static final String MISSED = "om";
    /**
     * The petition figures as the counts write them: the same predicates, but "overdue" finds a missed deadline
     * in the joined set {@link #MISSED} ({@link Overdue#petitionJoined}) rather than one look-up per petition, so
     * that PostgreSQL can count a province's petitions on parallel workers (issue 22).
     */
    private static final Map<String, String> PETITION_COUNTS = petitionCounts();

    private static Map<String, String> casePredicates() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("6.handled", "c.degradation_related and (c.settled_on <= :to or c.direction_issued_on <= :to)");
        p.put("6.pending", "c.degradation_related and not coalesce(c.settled_on <= :to or c.direction_issued_on <= :to, false)");
        p.put("7.settled", "c.competence = 'RESOLVE' and c.settled_on <= :to and (c.reopened_on is null or c.reopened_on > :to)");
        p.put("7.reopened", "c.competence = 'RESOLVE' and c.settled_on <= :to and c.reopened_on <= :to");
        p.put("7.open", "c.competence = 'RESOLVE' and (c.settled_on is null or c.settled_on > :to)");
        p.put("8.directed", "c.competence = 'DIRECT' and c.direction_issued_on <= :to");
        // "trong đó KNTC đông người, phức tạp, kéo dài": complaints and denunciations only (KNTC).
        p.put("8.mass", "c.competence = 'DIRECT' and c.direction_issued_on <= :to and c.kind in ('COMPLAINT', "
                + "'DENUNCIATION') and (c.mass or c.complex or c.prolonged)");
        p.put("8.incited", "c.competence = 'DIRECT' and c.direction_issued_on <= :to and c.incited");
        p.put("9.guided", "c.competence = 'NONE' and c.outcome in ('GUIDED', 'TRANSFERRED') and c.settled_on <= :to");
        // Đề cương: every case received without competence, whatever became of it.
        p.put("competence.none", "c.competence = 'NONE'");
        p.put("cases", "true");
        p.put("settled", SETTLED);
        p.put("settled.on_time", SETTLED + " and c.settled_on_time");
        p.put("settled.late", SETTLED + " and not c.settled_on_time");
        // Withdrawn or terminated: settled (they count in every "settled" figure above), but without a
        // decision on the merits; this figure names them apart.
        p.put("settled.without_merits", SETTLED + " and c.outcome in ('WITHDRAWN', 'TERMINATED')");
        p.put("open", "(c.settled_on is null or c.settled_on > :to)");
        // Exactly the complement of rows 7, 8 and 9: built from their own predicates.
        p.put("check.uncounted", "not coalesce((" + String.join(") or (", p.get("7.settled"), p.get("7.reopened"),
                p.get("7.open"), p.get("8.directed"), p.get("9.guided")) + "), false)");
        p.put("check.dates", "c.settled_on < c.received_on or c.direction_issued_on < c.received_on "
                + "or c.reopened_on < c.settled_on or (c.reopened_on is not null and c.settled_on is null) "
                + "or (c.outcome is not null and c.settled_on is null) or c.received_on > current_date "
                // Outside the life of its unit: only a unit born after :from or closed before :to can be
                // (the case is received in [:from, :to]), so those few units are looked up first as a set
                // (hashed once), and the case's own dates compared only for them, instead of one look-up
                // of its unit per case (1 M for a province's ten years).
                + "or (c.unit_id in (select u.id from org_unit u where u.valid_from > :from or u.valid_to < :to) "
                + "and exists (select 1 from org_unit u where u.id = c.unit_id "
                + "and (c.received_on < u.valid_from or c.received_on > u.valid_to)))");
        // The settling step of these outcomes needs its written document (number and date).
        p.put("check.settled_without_document", SETTLED + " and c.outcome in ('DECIDED', 'CONCLUDED', 'REFUSED', "
                + "'RETURNED', 'TRANSFERRED', 'GUIDED', 'DIRECTION_ANSWERED', 'WITHDRAWN', 'TERMINATED') and not exists (select 1 from petition x "
                + "join petition_event e on e.petition_id = x.id where x.case_id = c.id and e.to_state = c.outcome "
                + "and e.document_number is not null and e.document_date is not null)");
        return java.util.Collections.unmodifiableMap(p);
    }

    private static Map<String, String> petitionPredicates() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("petitions", "true");
        for (Channel c : Channel.values()) {
            p.put("petitions.channel." + c.name(), "p.channel = '" + c.name() + "'");
        }
        for (PetitionKind k : PetitionKind.values()) {
            p.put("petitions.kind." + k.name(), "p.kind = '" + k.name() + "'");
        }
        p.put("petitions.kind.none", "p.kind is null");
        for (Competence c : Competence.values()) {
            p.put("petitions.competence." + c.name(), "p.competence = '" + c.name() + "'");
        }
        p.put("petitions.competence.none", "p.competence is null");
        p.put("decisions.complaint", "p.kind = 'COMPLAINT' and p.outcome in ('RIGHT', 'PARTLY_RIGHT', 'WRONG') "
                + "and p.settled_on <= :to");
        p.put("decisions.denunciation", "p.kind = 'DENUNCIATION' and p.outcome in ('TRUE', 'PARTLY_TRUE', 'FALSE') "
                + "and p.settled_on <= :to");
        for (String o : List.of("RIGHT", "PARTLY_RIGHT", "WRONG", "TRUE", "PARTLY_TRUE", "FALSE")) {
            p.put("outcomes." + o, "p.outcome = '" + o + "' and p.settled_on <= :to");
        }
        // A step whose due date passed before :to and that was not done by then.
        // Overdue at the end of the window, by the one definition (Overdue).
        p.put("overdue", Overdue.petition("p", ":to"));
        // A step done after its due date, or still not done past it, without an extension decision.
        // Overdue on :to, or a step done late by then: the "overdue" steps plus the ones already made up.
        p.put("check.missed_without_extension", "exists (select 1 from petition_deadline d where d.petition_id = p.id "
                + "and ((" + Overdue.deadlineMissed("d", ":to") + ") or (d.rule_code <> '" + Overdue.MINIMUM_PERIOD
                + "' and d.met_on <= :to and d.met_on > d.due)) and not exists (select 1 from petition_deadline_version x "
                + "where x.deadline_id = d.id and x.change = 'EXTENDED'))");
        return java.util.Collections.unmodifiableMap(p);
    }

    private static Map<String, String> petitionCounts() {
        Map<String, String> p = new LinkedHashMap<>(PETITION_PREDICATES);
        p.put("overdue", Overdue.petitionJoined("p", ":to", MISSED));
        return java.util.Collections.unmodifiableMap(p);
    }

    /** The table the counts of {@code codes} read: the petitions with their missed deadlines when overdue is asked. */
    private static String countedPetitions(Collection<String> codes) {
        return "petition p" + (codes.contains("overdue") ? " left join (" + Overdue.missedDeadlines(":to") + ") "
                + MISSED + " on " + MISSED + ".petition_id = p.id" : "");
    }

    private final JdbcClient jdbc;
    private final OrgUnitHierarchy hierarchy;

    PetitionFiguresService(JdbcClient jdbc, OrgUnitHierarchy hierarchy) {
        this.jdbc = jdbc;
        this.hierarchy = hierarchy;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Figure> appendix2(long unitId, LocalDate from, LocalDate to) {
        return CODES.stream().map(code -> figure(code, unitId, from, to)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Figure figure(String code, long unitId, LocalDate from, LocalDate to) {
        String predicate = PREDICATES.get(code);
        if (predicate == null) {
            throw DomainException.notFound("petition-figure-unknown", code);
        }
        return new Figure(code, cases(predicate, unitId, from, to));
    }

    @Override
    @Transactional(readOnly = true)
    public OnTimeShare onTimeShare(long unitId, LocalDate from, LocalDate to) {
        return new OnTimeShare(cases(PREDICATES.get("settled"), unitId, from, to),
                cases(PREDICATES.get("settled.on_time"), unitId, from, to));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> codes(Query q) {
        List<String> all = new ArrayList<>(PREDICATES.keySet());
        all.addAll(PETITION_PREDICATES.keySet());
        return all;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Counted> records(String code, Query q) {
        boolean petition = PETITION_PREDICATES.containsKey(code);
        String predicate = petition ? PETITION_PREDICATES.get(code) : PREDICATES.get(code);
        if (predicate == null) {
            throw DomainException.notFound("petition-figure-unknown", code);
        }
        checkWindow(q.from(), q.to());
        String alias = petition ? "p" : "c";
        String type = petition ? "Petition" : "PetitionCase";
        String path = petition ? "/petitions/" : "/cases/";
        return jdbc.sql("select " + alias + ".id, " + alias + ".unit_id, " + alias + ".received_on from "
                        + (petition ? "petition p" : "petition_case c") + " where " + held(alias) + " and ("
                        + predicate + ") order by " + alias + ".id")
                .param("units", q.units().toArray(Long[]::new)).param("from", q.from()).param("to", q.to())
                .query((rs, i) -> new Counted(type, rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class), 1,
                        path + rs.getLong(1)))
                .list();
    }

    /**
     * Several case codes' records in one pass over the cases: each case of the window read once, with one
     * flag per code (the cross-checks ask several; each alone scanned the province's million cases again).
     * Petition codes, and a code whose predicate holds a {@code not exists} (which alone PostgreSQL plans as
     * one anti-join, and inside this statement's {@code or} would look up every case), are read alone.
     */
    @Override
    @Transactional(readOnly = true)
    public Map<String, List<Counted>> records(Collection<String> codes, Query q) {
        checkWindow(q.from(), q.to());
        Map<String, List<Counted>> records = new LinkedHashMap<>();
        List<String> together = new ArrayList<>();
        for (String code : codes) {
            records.put(code, null);
            String predicate = PREDICATES.get(code);
            if (predicate != null && !predicate.contains("not exists")) {
                together.add(code);
            }
        }
        if (!together.isEmpty()) {
            together.forEach(code -> records.put(code, new ArrayList<>()));
            StringBuilder sql = new StringBuilder("select c.id, c.unit_id, c.received_on");
            StringJoiner any = new StringJoiner(") or (", "(", ")");
            for (String code : together) {
                sql.append(", coalesce((").append(PREDICATES.get(code)).append("), false)");
                any.add(PREDICATES.get(code));
            }
            sql.append(" from petition_case c where ").append(held("c")).append(" and (").append(any)
                    .append(") order by c.id");
            jdbc.sql(sql.toString()).param("units", q.units().toArray(Long[]::new)).param("from", q.from())
                    .param("to", q.to()).query(rs -> {
                        long id = rs.getLong(1);
                        for (int i = 0; i < together.size(); i++) {
                            if (rs.getBoolean(4 + i)) {
                                records.get(together.get(i)).add(new Counted("PetitionCase", id, rs.getLong(2),
                                        rs.getObject(3, LocalDate.class), 1, "/cases/" + id));
                            }
                        }
                    });
        }
        records.replaceAll((code, listed) -> listed != null ? listed : records(code, q));
        return records;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Map<Long, Long>> totals(Collection<String> codes, Query q) {
        return grouped(codes, q, alias -> alias + ".unit_id", rs -> rs.getLong(1));
    }

    /**
     * The same counts as {@link #totals}, grouped by the month of the record's reception day (its date): counted
     * by day in the database and added up by month here, which is cheaper than a month computed on each row.
     * A report page asks for both ({@code totalsWithMonths}) in these two statements, not in one pass with
     * {@code group by grouping sets}: PostgreSQL does not count grouping sets on parallel workers, and a
     * province's ten years of cases took 1 s in one pass against 0.5 + 0.35 s in two (issue 22).
     */
    @Override
    @Transactional(readOnly = true)
    public Map<String, Map<YearMonth, Long>> totalsByMonth(Collection<String> codes, Query q) {
        return grouped(codes, q, alias -> alias + ".received_on", rs -> YearMonth.from(rs.getObject(1, LocalDate.class)));
    }

    /** Sorts figure codes by the table that counts them (cases, petitions); an unknown code is refused. */
    private static void byTable(Collection<String> codes, List<String> caseCodes, List<String> petitionCodes) {
        for (String code : codes) {
            if (PREDICATES.containsKey(code)) {
                caseCodes.add(code);
            } else if (PETITION_PREDICATES.containsKey(code)) {
                petitionCodes.add(code);
            } else {
                throw DomainException.notFound("petition-figure-unknown", code);
            }
        }
    }

    /** The key of a group: read from the first column of its row. */
    private interface GroupKey<K> {
        K read(ResultSet rs) throws SQLException;
    }

    /**
     * A filtered count per code, in one pass over each table, grouped by an expression of the record
     * (given the table's alias): the unit holding it, or the day it was received on (keys read from one group may
     * coincide, as several days of one month: their counts add up).
     */
    private <K> Map<String, Map<K, Long>> grouped(Collection<String> codes, Query q, UnaryOperator<String> group,
            GroupKey<K> key) {
        checkWindow(q.from(), q.to());
        Map<String, Map<K, Long>> counts = new LinkedHashMap<>();
        List<String> caseCodes = new ArrayList<>();
        List<String> petitionCodes = new ArrayList<>();
        byTable(codes, caseCodes, petitionCodes);
        codes.forEach(code -> counts.put(code, new LinkedHashMap<>()));
        Long[] units = q.units().toArray(Long[]::new);
        // The counts' scope is an array PostgreSQL hashes only when it plans for its value (countStatement).
        CustomPlans.forThisTransaction(jdbc);
        for (boolean cases : new boolean[] {true, false}) {
            List<String> these = cases ? caseCodes : petitionCodes;
            if (!these.isEmpty()) {
                count(counts, these, countStatement(these, cases, group), key, units, q.from(), q.to());
            }
        }
        return counts;
    }

    /**
     * The statement counting {@code codes} of one table (the cases, or the petitions) in one pass, grouped by
     * {@code group} of the table's alias: parameters {@code units}, {@code from}, {@code to}. It must stay one
     * PostgreSQL can run on parallel workers (no correlated subquery: {@code PetitionCountsParallelTest}).
     *
     * <p>The records it counts are {@link #held}'s, with the subtree tested as an array ({@code = any(:units)})
     * rather than joined as a set: planned for its value ({@link CustomPlans}, which {@link #grouped} sets), the
     * array is hashed and tested on each row during the scan, and a province's million petitions were counted
     * 15–25 % faster than through the join (0.74–0.76 s against 0.82–1.14 s; the cases 0.31–0.46 s against
     * 0.42–0.49 s; issue 22, bench/README.md); a commune's few units are looked up in the unit index either way.
     * Planned generically the array would be compared element by element on every row: hence the custom plans.
     */
    static String countStatement(List<String> codes, boolean cases, UnaryOperator<String> group) {
        String alias = cases ? "c" : "p";
        Map<String, String> predicates = cases ? PREDICATES : PETITION_COUNTS;
        StringBuilder sql = new StringBuilder("select " + group.apply(alias));
        for (String code : codes) {
            sql.append(", count(*) filter (where ").append(predicates.get(code)).append(")");
        }
        return sql.append(" from ").append(cases ? "petition_case c" : countedPetitions(codes)).append(" where ")
                .append(alias).append(".unit_id = any(:units) and ").append(alias)
                .append(".received_on between :from and :to group by 1").toString();
    }

    /** One pass over the table: a filtered count per code (at least one), grouped by the statement's first column. */
    private <K> void count(Map<String, Map<K, Long>> counts, List<String> codes, String sql, GroupKey<K> key,
            Long[] units, LocalDate from, LocalDate to) {
        jdbc.sql(sql).param("units", units).param("from", from).param("to", to).query(rs -> {
            K k = key.read(rs);
            for (int i = 0; i < codes.size(); i++) {
                long n = rs.getLong(i + 2);
                if (n > 0) {
                    counts.get(codes.get(i)).merge(k, n, Long::sum); // several days of one month
                }
            }
        });
    }

    private List<CaseRef> cases(String predicate, long unitId, LocalDate from, LocalDate to) {
        checkWindow(from, to);
        return jdbc.sql("select c.id, c.unit_id from petition_case c where " + held("c") + " and (" + predicate
                        + ") order by c.id")
                .param("units", units(unitId)).param("from", from).param("to", to)
                .query((rs, i) -> new CaseRef(rs.getLong(1), rs.getLong(2))).list();
    }

    /**
     * The records of a figure, for its list and its count alike: held by a unit of the subtree and
     * received in the window. The subtree is joined as a set ({@code unnest}): PostgreSQL hashes it
     * for a province of 13 k units, or probes the (unit, received_on) index once per unit for a commune,
     * where {@code = any(array)} in a cached generic plan compares each row with every element. The counts
     * test the same condition as a hashed array in plans made for its value ({@link #countStatement}).
     */
    static String held(String alias) {
        return alias + ".unit_id in (select unnest(:units)) and " + alias + ".received_on between :from and :to";
    }

    private Long[] units(long unitId) {
        return hierarchy.subtreeWithPredecessors(unitId).toArray(Long[]::new);
    }

    private static void checkWindow(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw DomainException.invalid("petition-figure-window", "to");
        }
    }
}
