package org.tiepdan.petition.internal;

import java.util.Optional;

/**
 * The seam to the reception module: a petition received in person (channel IN_PERSON) is
 * prefilled from its reception visit, and the visit learns the petition's registration number.
 * Until reception is merged the only implementation is {@link None}; at merge, replace it with one
 * that delegates to {@code org.tiepdan.reception.ReceptionVisits#find} and {@code #linkPetition}.
 * Reception must never depend on this module.
 */
interface VisitPrefill {

    /** The intake form filled from the visit, or empty when there is no such visit. */
    Optional<PetitionForms.IntakeForm> prefill(long visitId);

    /** Tells reception which petition the visit produced. */
    void linked(long visitId, long petitionId, String registrationNumber);

    /** No reception module: nothing to prefill, nothing to tell. */
    @org.springframework.stereotype.Component
    class None implements VisitPrefill {

        @Override
        public Optional<PetitionForms.IntakeForm> prefill(long visitId) {
            return Optional.empty();
        }

        @Override
        public void linked(long visitId, long petitionId, String registrationNumber) {
            // nothing to tell
        }
    }
}
