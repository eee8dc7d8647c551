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
 */
@Component
class DuplicateFinder {

    /** Content similarity from which a petition is proposed. */
    static final double SIMILARITY = 0.45;

    private final JdbcClient jdbc;

    DuplicateFinder(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
                ) x
                where same_id or same_name or sim >= :threshold
                order by same_id desc, same_name desc, sim desc
                limit 20""".formatted(scope))
                .param("id", p.id()).param("threshold", SIMILARITY);
        if (units != null) {
            spec = spec.param("units", units.toArray(Long[]::new));
        }
        spec.query((rs, i) -> {
            List<String> reasons = new ArrayList<>();
            if (rs.getBoolean("same_id")) {
                reasons.add("SAME_ID_NUMBER");
            }
            if (rs.getBoolean("same_name")) {
                reasons.add("SAME_NAME_ADDRESS");
            }
            double sim = rs.getDouble("sim");
            if (sim >= SIMILARITY) {
                reasons.add("SIMILAR_CONTENT");
            }
            return new Object[] {rs.getLong("id"), String.join(",", reasons), sim};
        }).list().forEach(r -> jdbc.sql("""
                insert into petition_duplicate (petition_id, candidate_id, reasons, similarity)
                values (?, ?, ?, ?) on conflict do nothing""")
                .params(p.id(), r[0], r[1], ((Double) r[2]).floatValue()).update());
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
