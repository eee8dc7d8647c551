package org.tiepdan.portal.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.tiepdan.petition.Channel;
import org.tiepdan.petition.PetitionIntake;
import org.tiepdan.petition.PetitionKind;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.DomainException;
import org.tiepdan.platform.IdDocument;
import org.tiepdan.platform.IdDocumentKind;

/**
 * Takes a citizen's online submission: checks every field (what the law asks of the sender is
 * petition intake's rule, {@link PetitionIntake#refusals}: a complaint or a denunciation needs the
 * person's name and address, Luật Khiếu nại 2011 Art. 8, Luật Tố cáo 2018 Art. 23; a feedback or
 * recommendation may be anonymous), the challenge and the files, then hands it to the petition workflow with channel ONLINE and the declared kind.
 * All or nothing: a refused field or file saves nothing.
 */
@Service
class SubmissionService {

    private static final Logger log = LoggerFactory.getLogger(SubmissionService.class);

    /** The outcome: the registered petition, or the message keys of the fields refused (with arguments). */
    record Result(PetitionIntake.Registered registered, Map<String, DomainException> errors) {
        boolean ok() {
            return registered != null;
        }
    }

    private final PetitionIntake intake;
    private final PublicUnits units;
    private final UploadCheck uploads;
    private final Challenge challenge;
    private final PortalProperties limits;
    private final Clock clock;
    private final NotificationChoices choices;
    private final Places places;
    private final org.springframework.transaction.support.TransactionTemplate transactions;

    SubmissionService(PetitionIntake intake, PublicUnits units, UploadCheck uploads, Challenge challenge,
            PortalProperties limits, Clock clock, NotificationChoices choices, Places places,
            org.springframework.transaction.PlatformTransactionManager transactionManager) {
        this.transactions = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
        this.places = places;
        this.choices = choices;
        this.intake = intake;
        this.units = units;
        this.uploads = uploads;
        this.challenge = challenge;
        this.limits = limits;
        this.clock = clock;
    }

    Result submit(SubmissionForm f) {
        Map<String, DomainException> errors = new LinkedHashMap<>();
        if (f.getWebsite() != null && !f.getWebsite().isBlank()) {
            // A filled honeypot: a program, not a person. Nothing is said about why.
            errors.put("form", DomainException.invalid("portal-rejected", "form"));
            return new Result(null, errors);
        }
        String content = clean(f.getContent());
        String name = clean(f.getFullName());
        String address = clean(f.getAddress());
        String phone = clean(f.getPhone());
        String email = clean(f.getEmail());
        if (!units.accepts(f.getUnitId())) {
            errors.put("unitId", DomainException.invalid("portal-unit-required", "unitId"));
        }
        PetitionKind kind = f.getKind();
        if (kind == null) {
            errors.put("kind", DomainException.invalid("portal-kind-required", "kind"));
        }
        if (content == null) {
            errors.put("content", DomainException.invalid("portal-content-required", "content"));
        } else if (content.length() > limits.maxContentChars()) {
            errors.put("content", DomainException.invalid("portal-content-too-long", "content", limits.maxContentChars()));
        }
        if (name != null && name.length() > 200) {
            errors.put("fullName", DomainException.invalid("portal-too-long", "fullName", 200));
        }
        if (address != null && address.length() > 500) {
            errors.put("address", DomainException.invalid("portal-too-long", "address", 500));
        }
        // The identity document is optional; when given, its number follows its kind's rule (LAW.md,
        // "Identity documents"): the kind chosen, or the one the number's form tells.
        String idNumber = clean(f.getIdNumber());
        IdDocument idDocument = null;
        IdDocumentKind idKind = null;
        if (f.getIdKind() != null && !f.getIdKind().isBlank()) {
            idKind = IdDocumentKind.named(f.getIdKind()).orElse(null);
            if (idKind == null) {
                errors.put("idKind", DomainException.invalid("portal-rejected", "idKind"));
            } else if (idNumber == null) {
                errors.put("idNumber", DomainException.invalid("petition-id-kind-without-number", "idNumber"));
            }
        }
        if (idNumber != null && !errors.containsKey("idKind")) {
            idDocument = IdDocument.tryParse(idKind, idNumber).orElse(null);
            if (idDocument == null) {
                errors.put("idNumber", DomainException.invalid("portal-id-number-invalid", "idNumber"));
            }
        }
        // Intake's own rules about the sender (name and address for a complaint or a denunciation,
        // contacts only with a name, phone and e-mail), every refusal at once beside its field: the
        // fields of this form are those of PetitionIntake.Person.
        for (DomainException refusal : intake.refusals(new PetitionIntake.Person(name, null, idNumber, address, phone,
                email), kind)) {
            errors.putIfAbsent(refusal.field(), refusal);
        }
        Places.Place place = Places.parse(f.getPlaceCommune(), f.getPlaceHamlet(), f.getLatitude(), f.getLongitude(),
                errors);
        if (place != null && kind != null && kind != PetitionKind.FEEDBACK && kind != PetitionKind.RECOMMENDATION) {
            // A complaint is about a decision; a denunciation's place could point at the denouncer.
            errors.put("placeHamlet", DomainException.invalid("portal-place-kind", "placeHamlet"));
        }
        NotificationChoices.Choice notifyBy = null;
        if (f.getNotifyBy() != null && !f.getNotifyBy().isBlank()) {
            try {
                notifyBy = NotificationChoices.Choice.valueOf(f.getNotifyBy());
            } catch (IllegalArgumentException e) {
                errors.put("notifyBy", DomainException.invalid("portal-rejected", "notifyBy"));
            }
            if (notifyBy == NotificationChoices.Choice.EMAIL && email == null && !errors.containsKey("email")) {
                errors.put("notifyBy", DomainException.invalid("portal-notify-email-missing", "notifyBy"));
            } else if (notifyBy == NotificationChoices.Choice.SMS && phone == null && !errors.containsKey("phone")) {
                errors.put("notifyBy", DomainException.invalid("portal-notify-phone-missing", "notifyBy"));
            }
        }
        if (!f.isConsent()) {
            errors.put("consent", DomainException.invalid("portal-consent-required", "consent"));
        }
        List<PetitionIntake.Attachment> files = List.of();
        try {
            files = uploads.check(f.getFiles());
        } catch (DomainException e) {
            errors.put("files", e);
        }
        // Checked last so that a person who fixes other fields is not asked a second sum for nothing.
        if (errors.isEmpty() && !challenge.check(f.getChallengeToken(), f.getChallengeAnswer())) {
            errors.put("challengeAnswer", DomainException.invalid("portal-challenge-wrong", "challengeAnswer"));
        }
        if (!errors.isEmpty()) {
            return new Result(null, errors);
        }
        boolean anonymous = name == null;
        List<PetitionIntake.Person> people = anonymous ? List.of()
                : List.of(new PetitionIntake.Person(name, idDocument == null ? null : idDocument.kind(),
                        idDocument == null ? null : idDocument.number(), address, phone, email));
        try {
            NotificationChoices.Choice chosen = notifyBy;
            List<PetitionIntake.Attachment> attached = files;
            // One transaction: the petition with its medium and its place, or nothing.
            PetitionIntake.Registered r = transactions.execute(tx -> {
                PetitionIntake.Registered registered = intake.registerUnattended(new PetitionIntake.NewPetition(
                        f.getUnitId(), Channel.ONLINE, Dates.today(clock), content, anonymous, 1, people, kind,
                        attached));
                if (chosen != null) {
                    choices.choose(registered.petitionId(), chosen);
                }
                if (place != null) {
                    places.save(registered.petitionId(), f.getUnitId(), place);
                }
                return registered;
            });
            // The number only: the tracking code is the citizen's key and stays out of the logs.
            log.info("Online submission registered as petition {} ({} files)", r.petitionId(), files.size());
            return new Result(r, Map.of());
        } catch (DomainException e) {
            errors.put(e.field() == null || e.field().equals("file") ? "files" : e.field(), e);
            return new Result(null, errors);
        }
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC).strip();
        return t.isEmpty() ? null : t;
    }
}
