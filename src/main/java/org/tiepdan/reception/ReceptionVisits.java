package org.tiepdan.reception;

import java.util.Optional;

/**
 * Visits (lượt tiếp) as other modules see them. The petitions module reads a visit when it
 * registers the petition handed in at it, and links the petition back.
 */
public interface ReceptionVisits {

    Optional<VisitView> find(long visitId);

    /**
     * Records on the visit the petition registered from it; the visit page then shows the
     * registration number with a link to {@code /petitions/{petitionId}}. Audited. A NOT_FOUND
     * {@code DomainException} when the visit does not exist.
     */
    void linkPetition(long visitId, long petitionId, String registrationNumber);

    /**
     * The visit's matter turned out to be a denunciation (its petition was classified so): the
     * citizen's identity is sealed and the visit keeps a pseudonym. Audited; nothing when already sealed.
     */
    void sealAsDenunciation(long visitId);
}
