package org.tiepdan.petition.internal;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.identity.IdentitySubjects;
import org.tiepdan.identity.SubjectRef;

/**
 * Petitions as the identity module sees them: unit, registration number, page; the startup re-seal
 * step for denunciations still in plain columns; the redacted copies made on the redaction screen.
 */
@Component
class PetitionIdentitySubjects implements IdentitySubjects {

    private final PetitionRepository petitions;
    private final PetitionAccess access;
    private final PetitionSealing sealing;
    private final AttachmentStore attachments;
    private final JdbcClient jdbc;

    PetitionIdentitySubjects(PetitionRepository petitions, PetitionAccess access, PetitionSealing sealing,
            AttachmentStore attachments, JdbcClient jdbc) {
        this.petitions = petitions;
        this.access = access;
        this.sealing = sealing;
        this.attachments = attachments;
        this.jdbc = jdbc;
    }

    @Override
    public String type() {
        return SubjectRef.PETITION;
    }

    @Override
    public Optional<SubjectInfo> describe(long id) {
        return jdbc.sql("select unit_id, registration_number from petition where id = ?").param(id)
                .query((rs, i) -> new SubjectInfo(rs.getLong(1), "Đơn số " + rs.getString(2), "/petitions/" + id))
                .optional();
    }

    @Override
    public boolean canRead(long id) {
        return access.canRead(id);
    }

    /** Denunciations registered before the identity module (or around it): sealed now, with their attachments. */
    @Override
    @Transactional
    public int sealPlainDenunciations() {
        int n = 0;
        for (Long id : jdbc.sql("""
                select id from petition where (kind = 'DENUNCIATION' or exists (select 1 from petition s
                  where s.split_from_id = petition.id and s.kind = 'DENUNCIATION')) and not identity_sealed order by id""")
                .query(Long.class).list()) {
            Petition p = petitions.findById(id).orElseThrow();
            sealing.sealExisting(p);
            n++;
        }
        petitions.flush();
        return n;
    }

    @Override
    @Transactional
    public void attachRedacted(long id, long sealedFileId, byte[] data, String contentType) {
        Long attachment = attachments.bySealedFile(sealedFileId);
        if (attachment == null) {
            throw org.tiepdan.platform.DomainException.notFound("petition-attachment-not-found");
        }
        attachments.storeRedacted(attachment, data, null);
    }
}
