package org.tiepdan.petition.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.petition.PetitionIntake;
import org.tiepdan.petition.PetitionKind;

/**
 * What another module hands over besides the intake data: the kind the citizen declared (kept in
 * {@code petition.declared_kind}, apart from the handler's classification, so that a declared
 * denunciation is confidential from intake on) and the attached files. Runs inside the intake's
 * transaction: a refused file leaves no petition behind.
 */
@Component
class HandedOver {

    private final JdbcClient jdbc;
    private final AttachmentStore attachments;
    private final PetitionAccess access;

    HandedOver(JdbcClient jdbc, AttachmentStore attachments, PetitionAccess access) {
        this.jdbc = jdbc;
        this.attachments = attachments;
        this.access = access;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void keep(Petition p, PetitionIntake.NewPetition in, String actor) {
        if (in.declaredKind() != null) {
            jdbc.sql("update petition set declared_kind = ? where id = ?").params(in.declaredKind().name(), p.id())
                    .update();
        }
        String who = actor != null ? actor : access.actorAt(p.unitId()).username();
        for (PetitionIntake.Attachment a : in.attachments()) {
            attachments.storeHandedOver(p.id(), p.unitId(), a.fileName(), a.data(), who);
        }
    }

    /**
     * The kind the citizen declared, or null (not handed over, or registered at the front desk).
     * Public for the petition page ({@code @handedOver.declaredKind(id)}).
     */
    public PetitionKind declaredKind(long petitionId) {
        return jdbc.sql("select declared_kind from petition where id = ?").param(petitionId)
                .query((rs, i) -> rs.getString(1)).list().stream().filter(java.util.Objects::nonNull)
                .map(PetitionKind::valueOf).findFirst().orElse(null);
    }
}
