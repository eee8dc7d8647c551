package org.tiepdan.portal.internal;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.tiepdan.petition.PetitionStateChanged;
import org.tiepdan.petition.PetitionTracking;
import org.tiepdan.platform.CitizenNotifier;
import org.tiepdan.platform.Dates;

/**
 * Tells a citizen who gave an e-mail address or phone number with an online submission that their
 * petition moved on, once the step committed, by the medium they chose (e-mail by default, SMS, or
 * none). The text comes only from the public tracking view: stage, dates, the body's name; never
 * content, names or notes. A denunciation's petitioners are sealed: its message goes through the
 * identity module's sealed-address step ({@link PetitionTracking#notifyPetitioner}) and does not repeat
 * the tracking code. Also writes the lost-code messages ({@link #lostCodes}). A notification that could
 * not be sent is sent again later, once (issue 23; {@link #on}).
 */
@Component
class Notifications {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final PetitionTracking tracking;
    private final NotificationChoices choices;
    private final MessageSource messages;
    private final PortalProperties properties;

    Notifications(PetitionTracking tracking, NotificationChoices choices, MessageSource messages,
            PortalProperties properties) {
        this.tracking = tracking;
        this.choices = choices;
        this.messages = messages;
        this.properties = properties;
    }

    /**
     * The listener's id in the event publication registry: stored with each pending notification, so
     * it must not change when the method is renamed (a stored id without its listener is never sent).
     */
    static final String LISTENER_ID = "portal.citizen-notification";

    /**
     * Sends the notification of one step, after its commit. The event was stored in the step's
     * transaction by Spring Modulith's publication registry; returning normally deletes it. A failure to
     * deliver ({@link CitizenNotifier.NotDelivered}) or to build the message is thrown on: the officer's
     * step has committed and is not affected, the publication stays, failed, and
     * the platform's {@code EventRedelivery} runs this again later (docs/reliability.md).
     * Everything is read now, by the petition's id: the event carries no address and no code.
     */
    @TransactionalEventListener(id = LISTENER_ID, phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(PetitionStateChanged change) {
        // The medium and whether there is an address for it first: most petitions have none.
        choices.medium(change.petitionId()).filter(m -> tracking.reachable(change.petitionId(), m))
                .ifPresent(medium -> tracking.afterChange(change).ifPresent(view -> tracking
                        .notifyPetitioner(change.petitionId(), medium, message(view))));
    }

    CitizenNotifier.Message message(PetitionTracking.TrackedPetition p) {
        String stage = text("portal.stage." + p.stage());
        String subject = text("portal.mail.subject", p.registrationNumber(), stage);
        StringBuilder body = new StringBuilder();
        body.append(text("portal.mail.greeting")).append("\n\n");
        body.append(text("portal.mail.changed", p.registrationNumber(), p.unitName(), Dates.format(p.receivedOn()),
                stage, Dates.format(p.stageSince()))).append("\n");
        if (p.extended()) {
            body.append(text("portal.mail.extended")).append("\n");
        }
        if (p.nextDue() != null) {
            body.append(text("portal.mail.next-due", Dates.format(p.nextDue()))).append("\n");
        }
        body.append("\n");
        String link = properties.baseUrl() + "/public/tracking";
        body.append(p.restricted() ? text("portal.mail.track-restricted", link)
                : text("portal.mail.track", link, p.trackingCode())).append("\n\n");
        body.append(text("portal.mail.footer"));
        String sms = text("portal.sms.changed", p.registrationNumber(), p.unitName(), stage,
                Dates.format(p.stageSince()), link);
        return new CitizenNotifier.Message(subject, body.toString(), sms, reference(p.petitionId()));
    }

    /** The codes of plain submissions reachable at one contact, in one message to that contact. */
    CitizenNotifier.Message lostCodes(List<PetitionTracking.Reachable> found) {
        StringBuilder body = new StringBuilder();
        StringBuilder sms = new StringBuilder(text("portal.sms.codes"));
        body.append(text("portal.mail.greeting")).append("\n\n").append(text("portal.mail.codes.intro")).append("\n\n");
        for (PetitionTracking.Reachable r : found) {
            body.append("- ").append(text("portal.mail.codes.line", r.registrationNumber(), r.unitName(),
                    Dates.format(r.receivedOn()), r.trackingCode())).append("\n");
            sms.append(' ').append(r.registrationNumber()).append(": ").append(r.trackingCode()).append(';');
        }
        body.append("\n").append(text("portal.mail.codes.track", properties.baseUrl() + "/public/tracking"))
                .append("\n\n").append(text("portal.mail.codes.not-you")).append("\n\n")
                .append(text("portal.mail.footer"));
        return new CitizenNotifier.Message(text("portal.mail.codes.subject"), body.toString(), sms.toString(),
                "lost-code");
    }

    /** One sealed submission's code, sent through the sealed-address step (no body name: the denouncer knows it). */
    CitizenNotifier.Message lostCode(PetitionTracking.Reachable r) {
        String body = text("portal.mail.greeting") + "\n\n" + text("portal.mail.codes.intro") + "\n\n- "
                + text("portal.mail.codes.line", r.registrationNumber(), r.unitName(), Dates.format(r.receivedOn()),
                        r.trackingCode())
                + "\n\n" + text("portal.mail.codes.track", properties.baseUrl() + "/public/tracking") + "\n\n"
                + text("portal.mail.codes.not-you") + "\n\n" + text("portal.mail.footer");
        String sms = text("portal.sms.codes") + " " + r.registrationNumber() + ": " + r.trackingCode();
        return new CitizenNotifier.Message(text("portal.mail.codes.subject"), body, sms, reference(r.petitionId()));
    }

    static String reference(long petitionId) {
        return "petition " + petitionId;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, VI);
    }
}
