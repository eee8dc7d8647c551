package org.tiepdan.petition.internal;

import java.util.Optional;

/**
 * The seam to the reception module: a petition received in person (channel IN_PERSON) is
 * prefilled from its reception visit, and the visit learns the petition's registration number.
 * {@link ReceptionVisitPrefill} delegates to {@code org.tiepdan.reception.ReceptionVisits}.
 * Reception must never depend on this module.
 */
interface VisitPrefill {

    /** The unit of the visit, or empty when there is no such visit. */
    Optional<Long> unitOf(long visitId);

    /** The intake form filled from the visit, or empty when there is no such visit. */
    Optional<PetitionForms.IntakeForm> prefill(long visitId);

    /** Tells reception which petition the visit produced. */
    void linked(long visitId, long petitionId, String registrationNumber);

    /** The petition from the visit was classified a denunciation: the visit's identity is sealed too. */
    void sealAsDenunciation(long visitId);
}
