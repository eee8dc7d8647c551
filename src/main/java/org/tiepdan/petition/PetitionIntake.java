package org.tiepdan.petition;

import java.time.LocalDate;
import java.util.List;

/**
 * How other modules hand a petition to the petition workflow: a dialogue opinion that becomes a
 * petition (channel DIALOGUE), a citizen's online submission (channel ONLINE). The petition then
 * follows the same workflow as one registered at the front desk.
 */
public interface PetitionIntake {

    /**
     * A person behind the petition; identity data, never logged. {@code idKind}: the kind of
     * identity document (null: it follows from the number's form; LAW.md, "Identity documents").
     */
    record Person(String fullName, org.tiepdan.platform.IdDocumentKind idKind, String idNumber, String address,
            String phone, String email) {

        /** Without a document kind. */
        public Person(String fullName, String idNumber, String address, String phone, String email) {
            this(fullName, null, idNumber, address, phone, email);
        }

        @Override
        public String toString() {
            return "Person[***]";
        }
    }

    /** A file handed over with the petition: PDF, JPEG, PNG, TIFF or DOCX, decided by its first bytes. */
    record Attachment(String fileName, byte[] data) {

        @Override
        public String toString() {
            return "Attachment[" + (data == null ? 0 : data.length) + " bytes]";
        }
    }

    /**
     * What is handed over. {@code petitioners} may be empty only when {@code anonymous}; the
     * headcount is at least the number of petitioners. {@code declaredKind}: what the citizen says
     * it is (null when not said); {@link PetitionKind#DENUNCIATION} seals the petitioners' identity
     * before anything is stored (Luật Tố cáo 2018 Art. 47; docs/security.md): the petition then
     * holds pseudonyms only, and so does every screen, export and API answer. It is also kept apart
     * from the handler's classification ({@code petition.declared_kind}). {@code attachments} are
     * stored in the same transaction (sealed with the identity when the petition is sealed; nothing
     * is saved when one is refused).
     */
    record NewPetition(long unitId, Channel channel, LocalDate receivedOn, String content, boolean anonymous,
            int headcount, List<Person> petitioners, PetitionKind declaredKind, List<Attachment> attachments) {

        public NewPetition {
            petitioners = petitioners == null ? List.of() : List.copyOf(petitioners);
            attachments = attachments == null ? List.of() : List.copyOf(attachments);
        }

        /** With a declared kind, without attachments. */
        public NewPetition(long unitId, Channel channel, LocalDate receivedOn, String content, boolean anonymous,
                int headcount, List<Person> petitioners, PetitionKind declaredKind) {
            this(unitId, channel, receivedOn, content, anonymous, headcount, petitioners, declaredKind, List.of());
        }

        /** Without a declared kind or attachments (dialogue opinions, front-desk hand-overs). */
        public NewPetition(long unitId, Channel channel, LocalDate receivedOn, String content, boolean anonymous,
                int headcount, List<Person> petitioners) {
            this(unitId, channel, receivedOn, content, anonymous, headcount, petitioners, null, List.of());
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
     * The citizen sent it themselves, so a declared complaint or denunciation must name and
     * address its sender (see {@link #refusals}; INVALID with the first refusal, field
     * {@code petitioners[i].…}).
     */
    Registered registerUnattended(NewPetition petition);

    /**
     * Intake's rules about a sender who submits a petition of {@code declaredKind} themselves, as
     * {@link #registerUnattended} applies them, every refusal at once for a form to show beside its
     * fields: a complaint or a denunciation needs the sender's name ({@code petition-sender-name-required})
     * and address ({@code petition-sender-address-required}) (Luật Khiếu nại 2011 Art. 8, Luật Tố
     * cáo 2018 Art. 23); contact details need a name ({@code petition-name-with-contact}); a phone
     * and an e-mail follow {@link org.tiepdan.platform.Contacts} ({@code petition-phone-invalid},
     * {@code petition-email-invalid}). Each refusal's field is the {@link Person} component
     * ({@code fullName}, {@code address}, {@code phone}, {@code email}). A sender with no name and
     * nothing else is an anonymous one. Empty when accepted.
     */
    List<org.tiepdan.platform.DomainException> refusals(Person sender, PetitionKind declaredKind);
}
