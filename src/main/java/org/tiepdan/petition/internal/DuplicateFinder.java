package org.tiepdan.petition.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tiepdan.identity.IdentityMatches;
import org.tiepdan.identity.SubjectRef;
import org.tiepdan.platform.DomainException;

/**
 * Proposes, on intake, the petitions that may be on the same matter, across the units the user may
 * see: the same CCCD, or the same folded name and address ("Nguyễn Văn A, thôn Tân Hòa" and
 * "nguyen van a, Thon Tan Hoa"), or similar content (trigram similarity of {@code fold_vi(content)}).
 * Denunciations (sealed) are compared on identity only with other sealed denunciations, through the
 * identity module's keyed hashes (HMAC blind indexes), never in clear; never across the seal — a
 * complaint is never proposed as the same person as a denouncer (that would name the denouncer).
 */
@Component
class DuplicateFinder {

    /** Content similarity from which a petition is proposed. */
    static final double SIMILARITY = 0.45;

    private final JdbcClient jdbc;
    private final org.tiepdan.identity.IdentityVault vault;
    private final IdentityMatches matches;
    private final PetitionAccess access;

    DuplicateFinder(JdbcClient jdbc, org.tiepdan.identity.IdentityVault vault, IdentityMatches matches,
            PetitionAccess access) {
        this.jdbc = jdbc;
        this.vault = vault;
        this.matches = matches;
        this.access = access;
    }

    record Proposal(long id, long petitionId, long candidateId, String candidateNumber, long candidateCaseId,
            String candidateUnit, LocalDate candidateReceivedOn, String candidateState, String candidateContent,
            List<String> reasons, double similarity, String status) {
    }

    /** Most proposals kept for one petition, and so the most content candidates that can matter. */
    static final int PROPOSALS = 20;

    /**
     * Distinct trigrams from which a content is too long for the GiST index ({@code petition_content_knn_ix}
     * is partial, V185: a GiST leaf holds the whole trigram array and an index row is at most 8 kB).
     */
    static final int KNN_TRIGRAMS = 2000;

    /**
     * Stores the proposals for a new petition; {@code units} null means every unit.
     *
     * <p>The candidates are gathered from index lookups — the same CCCD ({@code petitioner_id_number_ix}),
     * the same folded name and address ({@code petitioner_name_key_ix}), and similar content — and only those
     * are scored, each similarity computed once. For the content, only the {@value #PROPOSALS} most similar
     * petitions in scope (other case, not itself) can ever be kept, since the list is cut at
     * {@value #PROPOSALS}, identity matches first: so they are taken from the GiST trigram index ordered by
     * distance ({@code <->}, which is 1 − similarity) with a LIMIT, and the {@code %} condition at
     * {@value #SIMILARITY} in the same index scan — in the SQL function {@code petition_similar_content}
     * (V186), whose settings leave the planner no other plan: on its own it chose a bitmap scan of every
     * row above the threshold plus a sort whenever its statistics expected few of them. Scoring every
     * petition above the threshold (the GIN index answers {@code %} with all of them) grew with the number of
     * near-identical petitions — thousands in the benchmarks, one text with another parcel number — and was
     * the tail of the intake (bench/README.md).
     * Same proposals, same order as before: the outer filter and ordering are unchanged, and the content-only
     * rows kept (at most {@value #PROPOSALS} minus the identity matches) are among the {@value #PROPOSALS}
     * most similar content candidates (which of several equally similar petitions fills the last place was
     * arbitrary before and still is). Texts of more than {@value #KNN_TRIGRAMS} trigrams are not in the GiST
     * index; they are found through their own partial GIN index, and only when the new text is long enough
     * to reach the threshold with one of them (similarity ≤ shorter ÷ longer trigram count).
     */
    void propose(Petition p, List<Long> units) {
        if (units != null && units.isEmpty()) {
            return;
        }
        // For this transaction only: what the % operator (and so the index) accepts.
        jdbc.sql("select set_config('pg_trgm.similarity_threshold', ?, true)").param(String.valueOf(SIMILARITY))
                .query(String.class).single();
        var spec = jdbc.sql(candidatesSql(units != null)).param("id", p.id()).param("case", p.caseId())
                .param("threshold", SIMILARITY);
        if (units != null) {
            spec = spec.param("units", units.toArray(Long[]::new));
        }
        java.util.Map<Long, java.util.Set<String>> reasons = new java.util.LinkedHashMap<>();
        java.util.Map<Long, Double> similarity = new java.util.HashMap<>();
        spec.query((rs, i) -> {
            java.util.Set<String> r = reasons.computeIfAbsent(rs.getLong("id"), x -> new java.util.LinkedHashSet<>());
            if (rs.getBoolean("same_id")) {
                r.add("SAME_ID_NUMBER");
            }
            if (rs.getBoolean("same_name")) {
                r.add("SAME_NAME_ADDRESS");
            }
            double sim = rs.getDouble("sim");
            similarity.put(rs.getLong("id"), sim);
            if (sim >= SIMILARITY) {
                r.add("SIMILAR_CONTENT");
            }
            return null;
        }).list();
        if (p.identitySealed()) {
            sealedMatches(p, units, reasons);
        }
        // One statement for every proposal (one insert each took 20 round trips of an intake among near-copies).
        List<Long> candidates = new ArrayList<>();
        List<String> reasonLists = new ArrayList<>();
        List<Float> similarities = new ArrayList<>();
        reasons.forEach((candidate, r) -> {
            if (r.isEmpty()) {
                return;
            }
            List<String> ordered = new ArrayList<>();
            for (String x : List.of("SAME_ID_NUMBER", "SAME_NAME_ADDRESS", "SIMILAR_CONTENT")) {
                if (r.contains(x)) {
                    ordered.add(x);
                }
            }
            candidates.add(candidate);
            reasonLists.add(String.join(",", ordered));
            similarities.add(similarity.getOrDefault(candidate, 0.0).floatValue());
        });
        if (candidates.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into petition_duplicate (petition_id, candidate_id, reasons, similarity)
                select :petition, x.candidate, x.reasons, x.similarity
                from unnest(cast(:candidates as bigint[]), cast(:reasons as text[]), cast(:similarities as real[]))
                  as x(candidate, reasons, similarity)
                on conflict do nothing""")
                .param("petition", p.id()).param("candidates", candidates.toArray(Long[]::new))
                .param("reasons", reasonLists.toArray(String[]::new))
                .param("similarities", similarities.toArray(Float[]::new))
                .update();
    }

    /**
     * The candidate query of {@link #propose}: parameters {@code id} (the new petition), {@code case} (its
     * case), {@code threshold} and, when {@code scoped}, {@code units}. Package-private for the test that
     * checks its plan ({@code DuplicateSearchBoundTest}).
     */
    static String candidatesSql(boolean scoped) {
        String scope = scoped ? "c.unit_id = any(:units)" : "true";
        return """
                with candidate(id, same_id, same_name) as (
                  select q.petition_id, true, false from petitioner m join petitioner q on q.id_number = m.id_number
                  where m.petition_id = :id and m.id_number is not null
                  union all
                  select q.petition_id, false, true from petitioner m
                    join petitioner q on q.name_key = m.name_key and q.address_key = m.address_key
                  where m.petition_id = :id and m.name_key <> '' and m.address_key <> ''
                  union all
                  -- the most similar first, from the GiST index in distance order, stopped after %1$d (V186)
                  select s.id, false, false from petition_similar_content(:id, :case, %5$s, %1$d) s(id)
                  union all
                  -- texts too long for the GiST index: only a text of more than 0.45 × %2$d trigrams can reach
                  -- the threshold with one of them (the one-time filter skips the scan otherwise)
                  select c.id, false, false from petition c
                  where (select array_length(show_trgm(content_folded), 1) from petition where id = :id) > %4$d
                    and array_length(show_trgm(c.content_folded), 1) > %2$d
                    and c.content_folded %% (select content_folded from petition where id = :id)
                )
                select id, same_id, same_name, sim from (
                  select c.id, k.same_id, k.same_name, s.sim
                  from (select id, bool_or(same_id) same_id, bool_or(same_name) same_name from candidate group by id) k
                    join petition c on c.id = k.id
                    join petition me on me.id = :id
                    -- once per candidate (offset 0 keeps the planner from copying the call into each condition)
                    cross join lateral (select similarity(c.content_folded, me.content_folded) sim offset 0) s
                  where c.id <> me.id and c.case_id <> me.case_id and %3$s
                    and (c.identity_sealed = me.identity_sealed or s.sim >= :threshold)
                ) x
                where same_id or same_name or sim >= :threshold
                order by same_id desc, same_name desc, sim desc
                limit %1$d""".formatted(PROPOSALS, KNN_TRIGRAMS, scope, (int) Math.floor(SIMILARITY * KNN_TRIGRAMS),
                scoped ? "cast(:units as bigint[])" : "null::bigint[]");
    }

    /** Other sealed petitions in scope, in another case, whose denouncers match by keyed hash. */
    private void sealedMatches(Petition p, List<Long> units, java.util.Map<Long, java.util.Set<String>> reasons) {
        var matches = vault.sameIdentity(org.tiepdan.identity.SubjectRef.petition(p.id()));
        if (matches.isEmpty()) {
            return;
        }
        var spec = jdbc.sql("select id from petition where id = any(:ids) and identity_sealed and case_id <> :case"
                + (units == null ? "" : " and unit_id = any(:units)"))
                .param("ids", matches.keySet().toArray(Long[]::new)).param("case", p.caseId());
        if (units != null) {
            spec = spec.param("units", units.toArray(Long[]::new));
        }
        for (Long candidate : spec.query(Long.class).list()) {
            var r = reasons.computeIfAbsent(candidate, x -> new java.util.LinkedHashSet<>());
            matches.get(candidate).forEach(m -> r.add(m.name()));
        }
    }

    /** Reasons that come from the identity (in clear for plain petitions, keyed hashes for sealed ones). */
    static final Set<String> IDENTITY_REASONS = Set.of("SAME_ID_NUMBER", "SAME_NAME_ADDRESS");

    /**
     * What the current user sees of a petition's proposals: only candidates they may read; a proposal
     * between sealed records made on the identity is named only to a user holding a grant on both
     * (otherwise it shows for similar content alone, or not at all, and {@code sealedMatch} says
     * that a sealed record may concern the same person). Shown proposals are ordered by visible
     * reason and similarity, not by the order they were found in, which followed the identity.
     */
    record Proposals(List<Proposal> shown, boolean sealedMatch, boolean canResolve) {
    }

    Proposals forViewer(long petitionId) {
        List<Row> rows = rows(petitionId);
        List<Proposal> shown = new ArrayList<>();
        boolean hidden = false;
        for (Row r : rows) {
            if (!access.canRead(r.candidateId())) {
                continue;
            }
            if (!withheld(r)) {
                shown.add(r.proposal());
                continue;
            }
            hidden = true;
            if (r.proposal().reasons().contains("SIMILAR_CONTENT")) {
                Proposal p = r.proposal();
                shown.add(new Proposal(p.id(), p.petitionId(), p.candidateId(), p.candidateNumber(),
                        p.candidateCaseId(), p.candidateUnit(), p.candidateReceivedOn(), p.candidateState(),
                        p.candidateContent(), List.of("SIMILAR_CONTENT"), p.similarity(), p.status()));
            }
        }
        shown.sort(Comparator.comparing((Proposal p) -> p.reasons().stream().noneMatch(IDENTITY_REASONS::contains))
                .thenComparing(Comparator.comparingDouble(Proposal::similarity).reversed())
                .thenComparingLong(Proposal::id));
        Long unit = access.unitOf(petitionId);
        return new Proposals(List.copyOf(shown), hidden, hidden && unit != null && matches.resolves(unit));
    }

    /**
     * The custodian's resolution: the sealed identity matches hidden from others, named, for the
     * candidates in the custodian's units; one REVEAL audit row.
     */
    List<Proposal> resolve(long petitionId) {
        Long unit = access.unitOf(petitionId);
        if (unit == null || !matches.resolves(unit)) {
            throw DomainException.forbidden("identity-custodian-required");
        }
        List<Proposal> named = rows(petitionId).stream().filter(this::sealedIdentityMatch)
                .filter(r -> matches.resolves(r.candidateUnitId())).map(Row::proposal).toList();
        matches.matchesSeen(SubjectRef.petition(petitionId), unit,
                named.stream().map(p -> SubjectRef.petition(p.candidateId())).toList());
        return named;
    }

    /** True when the current user may not see the proposal (a decision on it then answers like a missing one). */
    boolean hiddenFromViewer(long proposalId) {
        return rows("d.id = ?", proposalId).stream().anyMatch(r -> !access.canRead(r.candidateId())
                || (withheld(r) && !r.proposal().reasons().contains("SIMILAR_CONTENT")));
    }

    private boolean sealedIdentityMatch(Row r) {
        return (r.sealed() || r.candidateSealed())
                && r.proposal().reasons().stream().anyMatch(IDENTITY_REASONS::contains);
    }

    private boolean withheld(Row r) {
        return sealedIdentityMatch(r) && !matches.granted(SubjectRef.petition(r.proposal().petitionId()),
                SubjectRef.petition(r.candidateId()));
    }

    private record Row(Proposal proposal, long candidateId, long candidateUnitId, boolean sealed,
            boolean candidateSealed) {
    }

    private List<Row> rows(long petitionId) {
        return rows("d.petition_id = ?", petitionId);
    }

    private List<Row> rows(String where, long id) {
        return jdbc.sql("""
                select d.id, d.petition_id, d.candidate_id, c.registration_number, c.case_id, u.name, c.received_on,
                       c.state, c.content, d.reasons, d.similarity, d.status, c.unit_id, me.identity_sealed,
                       c.identity_sealed
                from petition_duplicate d join petition c on c.id = d.candidate_id join org_unit u on u.id = c.unit_id
                  join petition me on me.id = d.petition_id
                where %s order by d.id""".formatted(where)).param(id)
                .query((rs, i) -> new Row(new Proposal(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        rs.getLong(5), rs.getString(6), rs.getObject(7, LocalDate.class), rs.getString(8),
                        excerpt(rs.getString(9)), List.of(rs.getString(10).split(",")), rs.getDouble(11),
                        rs.getString(12)), rs.getLong(3), rs.getLong(13), rs.getBoolean(14), rs.getBoolean(15)))
                .list();
    }

    static String excerpt(String s) {
        return s == null || s.length() <= 160 ? s : s.substring(0, 159) + "…";
    }
}
