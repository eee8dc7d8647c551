package org.tiepdan.petition.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.audit.AuditAction;
import org.tiepdan.audit.AuditLog;
import org.tiepdan.platform.DomainException;

/**
 * The results of a resolved complaint or denunciation ({@link ResolutionResults}). Recorded only on
 * a complaint or denunciation the body resolves, once decided or concluded; audited; the change
 * queues the record for the national database (trigger of V173).
 */
@Service
@Transactional
class ResolutionResultService {

    /** The states in which a complaint has its decision or a denunciation its conclusion. */
    static final Set<String> RESOLVED = Set.of("DECIDED", "CONCLUDED", "PUBLISHED", "CLOSED");

    private final JdbcClient jdbc;
    private final AuditLog audit;

    ResolutionResultService(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    Optional<ResolutionResults> find(long petitionId) {
        return jdbc.sql("""
                select money_to_state, money_to_citizens, land_to_state_m2, land_to_citizens_m2,
                       people_rights_restored, people_disciplined, cases_to_investigation
                  from petition_resolution_result where petition_id = ?""").param(petitionId)
                .query((rs, i) -> new ResolutionResults(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3),
                        rs.getBigDecimal(4), rs.getInt(5), rs.getInt(6), rs.getInt(7)))
                .optional();
    }

    ResolutionResults record(long petitionId, ResolutionResults entered) {
        Map<String, Object> p = jdbc.sql("select kind, competence, state, unit_id from petition where id = ? for update")
                .param(petitionId).query().singleRow();
        if (!("COMPLAINT".equals(p.get("kind")) || "DENUNCIATION".equals(p.get("kind")))
                || !"RESOLVE".equals(p.get("competence"))) {
            throw DomainException.conflict("petition-results-not-resolvable");
        }
        if (!RESOLVED.contains((String) p.get("state"))) {
            throw DomainException.conflict("petition-results-not-resolved");
        }
        ResolutionResults r = entered.checked();
        jdbc.sql("""
                insert into petition_resolution_result (petition_id, money_to_state, money_to_citizens,
                       land_to_state_m2, land_to_citizens_m2, people_rights_restored, people_disciplined,
                       cases_to_investigation, recorded_by)
                values (:id, :ms, :mc, :ls, :lc, :pr, :pd, :ci, :by)
                on conflict (petition_id) do update set money_to_state = excluded.money_to_state,
                       money_to_citizens = excluded.money_to_citizens, land_to_state_m2 = excluded.land_to_state_m2,
                       land_to_citizens_m2 = excluded.land_to_citizens_m2,
                       people_rights_restored = excluded.people_rights_restored,
                       people_disciplined = excluded.people_disciplined,
                       cases_to_investigation = excluded.cases_to_investigation, recorded_by = excluded.recorded_by,
                       recorded_at = now(), version = petition_resolution_result.version + 1""")
                .param("id", petitionId).param("ms", r.moneyToState()).param("mc", r.moneyToCitizens())
                .param("ls", r.landToStateM2()).param("lc", r.landToCitizensM2()).param("pr", r.peopleRightsRestored())
                .param("pd", r.peopleDisciplined()).param("ci", r.casesToInvestigation()).param("by", username())
                .update();
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("moneyToState", r.moneyToState());
        changes.put("moneyToCitizens", r.moneyToCitizens());
        changes.put("landToStateM2", r.landToStateM2());
        changes.put("landToCitizensM2", r.landToCitizensM2());
        changes.put("peopleRightsRestored", r.peopleRightsRestored());
        changes.put("peopleDisciplined", r.peopleDisciplined());
        changes.put("casesToInvestigation", r.casesToInvestigation());
        audit.record(AuditAction.UPDATE, "PetitionResolutionResult", petitionId, ((Number) p.get("unit_id")).longValue(),
                changes);
        return r;
    }

    private static String username() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? null : auth.getName();
    }

    static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
