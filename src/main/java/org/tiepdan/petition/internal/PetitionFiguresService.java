package org.tiepdan.petition.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.org.OrgUnitHierarchy;
import org.tiepdan.petition.PetitionFigures;
import org.tiepdan.platform.DomainException;

/**
 * {@link PetitionFigures}: cases held by the unit's subtree (with merged predecessors) whose first
 * petition was received in [from, to]; each figure is one SQL predicate on {@code petition_case},
 * evaluated at the end of the window ({@code :to}).
 */
@Service
class PetitionFiguresService implements PetitionFigures {

    /** One predicate per figure. */
    static final Map<String, String> PREDICATES = Map.of(
            "6.handled", "c.degradation_related and (c.settled_on <= :to or c.direction_issued_on <= :to)",
            "6.pending", "c.degradation_related and not coalesce(c.settled_on <= :to or c.direction_issued_on <= :to, false)",
            "7.settled", "c.competence = 'RESOLVE' and c.settled_on <= :to and (c.reopened_on is null or c.reopened_on > :to)",
            "7.reopened", "c.competence = 'RESOLVE' and c.settled_on <= :to and c.reopened_on <= :to",
            "7.open", "c.competence = 'RESOLVE' and (c.settled_on is null or c.settled_on > :to)",
            "8.directed", "c.competence = 'DIRECT' and c.direction_issued_on <= :to",
            "8.mass", "c.competence = 'DIRECT' and c.direction_issued_on <= :to and (c.mass or c.complex or c.prolonged)",
            "8.incited", "c.competence = 'DIRECT' and c.direction_issued_on <= :to and c.incited",
            "9.guided", "c.competence = 'NONE' and c.outcome in ('GUIDED', 'TRANSFERRED') and c.settled_on <= :to");

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
        return new OnTimeShare(cases("c.settled_on <= :to", unitId, from, to),
                cases("c.settled_on <= :to and c.settled_on_time", unitId, from, to));
    }

    private List<CaseRef> cases(String predicate, long unitId, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw DomainException.invalid("petition-figure-window", "to");
        }
        List<Long> units = hierarchy.subtreeWithPredecessors(unitId);
        return jdbc.sql("select c.id, c.unit_id from petition_case c where c.unit_id = any(:units) "
                        + "and c.received_on between :from and :to and (" + predicate + ") order by c.id")
                .param("units", units.toArray(Long[]::new)).param("from", from).param("to", to)
                .query((rs, i) -> new CaseRef(rs.getLong(1), rs.getLong(2))).list();
    }
}
