package org.tiepdan.identity;

import java.util.Optional;

/**
 * Implemented by each module whose records carry sealed identities (petitions, reception visits):
 * the identity module asks it where a record belongs and who may read it, and hands it back a
 * redacted copy of a sealed attachment. Beans of this type are collected by the identity module.
 */
public interface IdentitySubjects {

    /** The subject type served: {@link SubjectRef#PETITION}, {@link SubjectRef#RECEPTION_VISIT}. */
    String type();

    /** Unit holding the record now, a label (registration number) and the page to return to; empty when unknown. */
    Optional<SubjectInfo> describe(long id);

    /** True when the current user may read the record (and so ask to see its sealed identities). */
    boolean canRead(long id);

    /**
     * Startup re-seal step: seals every identity of a denunciation still held in plain columns (rows
     * written before this module existed, or by a path that bypassed it). Returns how many records it sealed.
     */
    int sealPlainDenunciations();

    /** Stores the redacted copy of a sealed attachment of the record (made on a redaction screen). */
    default void attachRedacted(long id, long sealedFileId, byte[] data, String contentType) {
        throw new UnsupportedOperationException(type());
    }

    /** Where a subject lives and how to name it on screens and in audit rows. */
    record SubjectInfo(long unitId, String label, String link) {
    }
}
