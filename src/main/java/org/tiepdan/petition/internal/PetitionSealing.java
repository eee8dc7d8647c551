package org.tiepdan.petition.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tiepdan.audit.AuditAction;
import org.tiepdan.audit.AuditLog;
import org.tiepdan.identity.IdentityVault;
import org.tiepdan.identity.SubjectRef;
import org.tiepdan.petition.PetitionKind;

/**
 * Denouncers' identities leave the petition tables (Luật Tố cáo 2018 Art. 9, 47): a petition
 * declared a denunciation on intake, registered from a visit whose identity is sealed, or copied from
 * a sealed petition is sealed inside {@link PetitionService#register} before anything else reads it;
 * one classified a denunciation later is sealed in the same transaction as the classification,
 * with its attachments. The petitioner rows then hold pseudonyms ("Người tố cáo 1", numbered per
 * case), and duplicate proposals that were made on the identity are forgotten.
 */
@Component
class PetitionSealing {

    private final IdentityVault vault;
    private final AttachmentStore attachments;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final VisitPrefill visits;

    PetitionSealing(IdentityVault vault, AttachmentStore attachments, JdbcClient jdbc, AuditLog audit,
            VisitPrefill visits) {
        this.vault = vault;
        this.attachments = attachments;
        this.jdbc = jdbc;
        this.audit = audit;
        this.visits = visits;
    }

    static String group(Petition p) {
        return "CASE:" + p.caseId();
    }

    /** Whether a new petition must be sealed on registration. */
    boolean mustSeal(Intake in, SubjectRef source) {
        return source != null || in.declaredKind() == PetitionKind.DENUNCIATION
                || in.receptionVisitId() != null && vault.isSealed(SubjectRef.visit(in.receptionVisitId()));
    }

    /** The intake as stored: the people replaced by provisional pseudonyms (the clear text is sealed after the insert). */
    Intake placeholders(Intake in) {
        List<Petitioner> named = in.named();
        List<Petitioner> stand = new ArrayList<>();
        for (int i = 0; i < named.size(); i++) {
            stand.add(Petitioner.pseudonym(vault.pseudonym(i + 1), named.get(i).representative()));
        }
        return in.withPetitioners(stand);
    }

    /** After the insert of a new petition: seals its people (or copies them from the sealed source). */
    void sealNew(Petition p, Intake typed, SubjectRef source) {
        SubjectRef me = SubjectRef.petition(p.id());
        List<String> names;
        if (source != null) {
            names = vault.copy(source, me, p.unitId(), group(p));
        } else if (typed.receptionVisitId() != null && vault.isSealed(SubjectRef.visit(typed.receptionVisitId()))) {
            names = vault.copy(SubjectRef.visit(typed.receptionVisitId()), me, p.unitId(), group(p));
        } else {
            names = p.anonymous() ? List.of()
                    : vault.seal(me, p.unitId(), group(p), typed.named().stream().map(Petitioner::toPerson).toList());
        }
        p.sealed(names);
    }

    /** An existing petition becomes a denunciation: its people, its attachments, its visit; audited. */
    void sealExisting(Petition p) {
        if (p.identitySealed()) {
            return;
        }
        List<Petitioner> people = p.petitioners();
        List<String> names = people.isEmpty() ? List.of()
                : vault.seal(SubjectRef.petition(p.id()), p.unitId(), group(p),
                        people.stream().map(Petitioner::toPerson).toList());
        p.sealed(names);
        int files = attachments.sealAll(p.id(), p.unitId());
        forgetIdentityMatches(p.id());
        if (p.receptionVisitId() != null) {
            visits.sealAsDenunciation(p.receptionVisitId());
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("sealed", true);
        summary.put("people", names.size());
        summary.put("attachments", files);
        audit.record(AuditAction.UPDATE, "Petition", p.id(), p.unitId(), summary);
    }

    /**
     * Proposals made on a CCCD or a name would tell who the denouncer is (the other petition shows
     * them in clear): the open ones go, a decided link keeps its decision without its reason.
     */
    void forgetIdentityMatches(long petitionId) {
        jdbc.sql("""
                delete from petition_duplicate where (petition_id = :id or candidate_id = :id) and status <> 'LINKED'
                  and (reasons like '%SAME_ID_NUMBER%' or reasons like '%SAME_NAME_ADDRESS%')""")
                .param("id", petitionId).update();
        jdbc.sql("""
                update petition_duplicate set reasons = 'WITHHELD' where (petition_id = :id or candidate_id = :id)
                  and (reasons like '%SAME_ID_NUMBER%' or reasons like '%SAME_NAME_ADDRESS%')""")
                .param("id", petitionId).update();
    }
}
