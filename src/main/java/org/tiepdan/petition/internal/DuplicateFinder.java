package org.tiepdan.petition.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

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

    DuplicateFinder(JdbcClient jdbc, org.tiepdan.identity.IdentityVault vault) {
        this.jdbc = jdbc;
        this.vault = vault;
    }

    record Proposal(long id, long petitionId, long candidateId, String candidateNumber, long candidateCaseId,
            String candidateUnit, LocalDate candidateReceivedOn, String candidateState, String candidateContent,
            List<String> reasons, double similarity, String status) {
    }

    /** Stores the proposals for a new petition; {@code units} null means every unit. */
    void propose(Petition p, List<Long> units) {
        if (units != null && units.isEmpty()) {
            return;
        }
        String scope = units == null ? "true" : "c.unit_id = any(:units)";
        var spec = jdbc.sql("""
                select id, same_id, same_name, sim from (
                  select c.id,
                    exists (select 1 from petitioner q join petitioner m on m.petition_id = :id
                            where q.petition_id = c.id and m.id_number is not null and q.id_number = m.id_number) same_id,
                    exists (select 1 from petitioner q join petitioner m on m.petition_id = :id
                            where q.petition_id = c.id and m.name_key <> '' and m.address_key <> ''
                              and q.name_key = m.name_key and q.address_key = m.address_key) same_name,
                    similarity(c.content_folded, me.content_folded) sim
                  from petition c, petition me
                  where me.id = :id and c.id <> me.id and c.case_id <> me.case_id and %s
                    and (c.identity_sealed = me.identity_sealed or similarity(c.content_folded, me.content_folded) >= :threshold)
                ) x
                where same_id or same_name or sim >= :threshold
                order by same_id desc, same_name desc, sim desc
                limit 20""".formatted(scope))
                .param("id", p.id()).param("threshold", SIMILARITY);
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
            jdbc.sql("""
                    insert into petition_duplicate (petition_id, candidate_id, reasons, similarity)
                    values (?, ?, ?, ?) on conflict do nothing""")
                    .params(p.id(), candidate, String.join(",", ordered),
                            similarity.getOrDefault(candidate, 0.0).floatValue())
                    .update();
        });
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

    List<Proposal> proposals(long petitionId) {
        return jdbc.sql("""
                select d.id, d.petition_id, d.candidate_id, c.registration_number, c.case_id, u.name, c.received_on,
                       c.state, c.content, d.reasons, d.similarity, d.status
                from petition_duplicate d join petition c on c.id = d.candidate_id join org_unit u on u.id = c.unit_id
                where d.petition_id = ? order by d.id""").param(petitionId)
                .query((rs, i) -> new Proposal(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        rs.getLong(5), rs.getString(6), rs.getObject(7, LocalDate.class), rs.getString(8),
                        excerpt(rs.getString(9)), List.of(rs.getString(10).split(",")), rs.getDouble(11),
                        rs.getString(12)))
                .list();
    }

    static String excerpt(String s) {
        return s == null || s.length() <= 160 ? s : s.substring(0, 159) + "…";
    }
}
