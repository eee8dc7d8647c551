package org.tiepdan.petition;

import java.time.LocalDate;
import java.util.List;

/**
 * How other modules hand a petition to the petition workflow: a dialogue opinion that becomes a
 * petition (channel DIALOGUE), a citizen's online submission (channel ONLINE). The petition then
 * follows the same workflow as one registered at the front desk.
 */
public interface PetitionIntake {

    /** A person behind the petition; identity data, never logged. */
    record Person(String fullName, String idNumber, String address, String phone, String email) {

        @Override
        public String toString() {
            return "Person[***]";
        }
    }

    /**
     * What is handed over. {@code petitioners} may be empty only when {@code anonymous}; the
     * headcount is at least the number of petitioners. {@code declaredKind}: what the citizen says
     * it is (null when not said); {@link PetitionKind#DENUNCIATION} seals the petitioners' identity
     * before anything is stored (Luật Tố cáo 2018 Art. 47; docs/security.md): the petition then
     * holds pseudonyms only, and so does every screen, export and API answer.
     */
    record NewPetition(long unitId, Channel channel, LocalDate receivedOn, String content, boolean anonymous,
            int headcount, List<Person> petitioners, PetitionKind declaredKind) {

        public NewPetition(long unitId, Channel channel, LocalDate receivedOn, String content, boolean anonymous,
                int headcount, List<Person> petitioners) {
            this(unitId, channel, receivedOn, content, anonymous, headcount, petitioners, null);
        }
    }

    /** The registered petition: its number in the unit's register and the citizen's tracking code. */
    record Registered(long petitionId, long caseId, String registrationNumber, String trackingCode) {
    }

    /**
     * Registers on behalf of the signed-in user, who must be allowed to take in petitions at the
     * unit (a FORBIDDEN {@code DomainException} otherwise); INVALID on bad data, nothing saved.
     */
    Registered register(NewPetition petition);

    /**
     * Registers a petition that arrived without a signed-in official (the public site): the
     * actor recorded is the system, not a person. The caller is responsible for abuse controls.
     */
    Registered registerUnattended(NewPetition petition);
}
