package org.tiepdan.petition.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.tiepdan.org.OrgUnitHierarchy;
import org.tiepdan.petition.DenunciationConclusions;
import org.tiepdan.petition.PetitionCounts;
import org.tiepdan.petition.PetitionKind;

/** Counts and concluded denunciations for the public site: SQL over numbers and dates, no people. */
@Service
class PublicPetitionQueries implements PetitionCounts, DenunciationConclusions {

    private static final String CONCLUDED = """
            select p.id, p.unit_id, p.registration_number,
                   (select max(e.acted_on) from petition_event e where e.petition_id = p.id and e.action = 'CONCLUDE')
              from petition p
             where p.kind = 'DENUNCIATION' and p.state in ('CONCLUDED', 'PUBLISHED')""";

    private final JdbcClient jdbc;
    private final OrgUnitHierarchy hierarchy;

    PublicPetitionQueries(JdbcClient jdbc, OrgUnitHierarchy hierarchy) {
        this.jdbc = jdbc;
        this.hierarchy = hierarchy;
    }

    @Override
    public Year ofYear(long unitId, int year) {
        List<Long> units = hierarchy.subtreeWithPredecessors(unitId);
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        Map<PetitionKind, Integer> byKind = new EnumMap<>(PetitionKind.class);
        for (PetitionKind k : PetitionKind.values()) {
            byKind.put(k, 0);
        }
        int[] unclassified = {0};
        jdbc.sql("""
                select kind, count(*) from petition
                 where unit_id in (:units) and received_on between :from and :to group by kind""")
                .param("units", units).param("from", from).param("to", to)
                .query(rs -> {
                    String k = rs.getString(1);
                    if (k == null) {
                        unclassified[0] = rs.getInt(2);
                    } else {
                        byKind.put(PetitionKind.valueOf(k), rs.getInt(2));
                    }
                });
        int[] settled = jdbc.sql("""
                select count(*), count(*) filter (where settled_on_time) from petition
                 where unit_id in (:units) and settled_on between :from and :to""")
                .param("units", units).param("from", from).param("to", to)
                .query((rs, i) -> new int[] {rs.getInt(1), rs.getInt(2)}).single();
        return new Year(year, Map.copyOf(byKind), unclassified[0], settled[0], settled[1]);
    }

    @Override
    public List<Concluded> concludedAt(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(CONCLUDED + " and p.unit_id in (:units) order by 4 desc nulls last, 1 desc")
                .param("units", unitIds).query((rs, i) -> new Concluded(rs.getLong(1), rs.getLong(2),
                        rs.getString(3), rs.getObject(4, LocalDate.class)))
                .list();
    }

    @Override
    public Optional<Concluded> find(long petitionId) {
        return jdbc.sql(CONCLUDED + " and p.id = :id").param("id", petitionId)
                .query((rs, i) -> new Concluded(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class)))
                .optional();
    }
}
