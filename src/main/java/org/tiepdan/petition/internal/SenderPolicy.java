package org.tiepdan.petition.internal;

import java.util.ArrayList;
import java.util.List;

import org.tiepdan.petition.PetitionKind;
import org.tiepdan.platform.Contacts;
import org.tiepdan.platform.DomainException;

/**
 * The rules of intake about who sends a petition, in one place for every channel (the front desk's
 * form, {@code POST /api/v1/petitions}, the public site, Open311, dialogue hand-overs). Before it the
 * public site alone knew that a complaint needs a name and an address, and the phone, e-mail and
 * "contact without a name" checks were written again in the site, Open311 and the desk form, each
 * with its own code.
 *
 * <ul>
 * <li>A complaint or a denunciation names and addresses its sender (Luật Khiếu nại 2011 Art. 8,
 * Luật Tố cáo 2018 Art. 23). Applied where the citizen sends it themselves ({@code selfSubmitted}:
 * {@code PetitionIntake.registerUnattended}), who can add them at once. Not where an official enters
 * what arrived (desk, API, dialogue): a letter headed "Đơn khiếu nại" without them is still a letter
 * received, entered in the register and then returned or archived as ineligible (TT 05/2021/TT-TTCP;
 * {@link Reason#NO_SIGNATURE_OR_NAME}, {@link Reason#ANONYMOUS}), and an anonymous denunciation is
 * still handled as information (Luật Tố cáo 2018 Art. 25). Refusing it at the desk would leave a
 * received letter out of the register.</li>
 * <li>Contact details without a name are refused on every channel: an anonymous petition has no
 * petitioner to keep them with, and dropping them without a word would lose what the citizen gave.</li>
 * <li>A phone number and an e-mail address follow the one rule of {@link Contacts}.</li>
 * </ul>
 * Each refusal's field is the person's attribute ({@code fullName}, {@code address}, {@code phone},
 * {@code email}) after the caller's prefix ({@code petitioners[0].} for the API and the desk form,
 * none for the public form's single sender). A person read from a stored petition (transfer, split,
 * second round) is not checked again ({@link Petitioner#typed()}).
 */
final class SenderPolicy {

    private SenderPolicy() {
    }

    /** Whether the law asks the sender's name and address of a petition of this kind. */
    static boolean identifiesSender(PetitionKind declaredKind) {
        return declaredKind == PetitionKind.COMPLAINT || declaredKind == PetitionKind.DENUNCIATION;
    }

    /** Every refusal about one sender, in the order of the form's fields; empty when accepted. */
    static List<DomainException> refusals(Petitioner p, PetitionKind declaredKind, boolean selfSubmitted,
            String prefix) {
        List<DomainException> found = new ArrayList<>();
        if (!p.typed()) {
            return found;
        }
        boolean identified = selfSubmitted && identifiesSender(declaredKind);
        if (p.fullName() == null && identified) {
            found.add(DomainException.invalid("petition-sender-name-required", prefix + "fullName"));
        } else if (p.fullName() == null && (p.address() != null || p.phone() != null || p.email() != null
                || p.idNumber() != null)) {
            found.add(DomainException.invalid("petition-name-with-contact", prefix + "fullName"));
        }
        if (p.address() == null && identified) {
            found.add(DomainException.invalid("petition-sender-address-required", prefix + "address"));
        }
        if (p.phone() != null && !Contacts.isPhone(p.phone())) {
            found.add(DomainException.invalid("petition-phone-invalid", prefix + "phone"));
        }
        if (p.email() != null && !Contacts.isEmail(p.email())) {
            found.add(DomainException.invalid("petition-email-invalid", prefix + "email"));
        }
        return found;
    }

    /**
     * Who sent it, checked on every live intake (the history import keeps what the old books hold):
     * an anonymous petition names nobody (a name typed beside "anonymous" would otherwise be dropped
     * without a word, or kept against the citizen's wish), and an identity document number follows
     * its kind's rule (LAW.md, "Identity documents"; {@link Petitioner#checkIdDocument}): anything
     * else would never match a duplicate or a blind index; then the rules above, as an official's
     * intake has them (not self-submitted).
     */
    static void requireLive(Intake in) {
        if (in.petitioners() == null) {
            return;
        }
        for (int i = 0; i < in.petitioners().size(); i++) {
            Petitioner p = in.petitioners().get(i);
            if (in.anonymous() && (p.fullName() != null || p.idNumber() != null)) {
                throw DomainException.invalid("petition-anonymous-with-petitioner", "anonymous");
            }
            p.checkIdDocument("petitioners[" + i + "].idNumber");
        }
        require(in, false);
    }

    /**
     * Throws the first refusal about the intake's senders. {@code selfSubmitted}: no official enters
     * it. An intake that names nobody is checked as one empty sender, so that a self-submitted
     * anonymous complaint is refused like one without a name; empty lines beside others are skipped.
     */
    static void require(Intake in, boolean selfSubmitted) {
        List<Petitioner> people = in.petitioners() == null ? List.of() : in.petitioners();
        if (people.stream().allMatch(SenderPolicy::blank)) {
            people = List.of(new Petitioner(null, null, null, null, null, false));
        }
        for (int i = 0; i < people.size(); i++) {
            if (people.size() > 1 && blank(people.get(i))) {
                continue; // an empty line of a form with several
            }
            List<DomainException> found = refusals(people.get(i), in.declaredKind(), selfSubmitted,
                    "petitioners[" + i + "].");
            if (!found.isEmpty()) {
                throw found.get(0);
            }
        }
    }

    private static boolean blank(Petitioner p) {
        return p.fullName() == null && p.address() == null && p.phone() == null && p.email() == null
                && p.idNumber() == null;
    }
}
