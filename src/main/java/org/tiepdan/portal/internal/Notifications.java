package org.tiepdan.portal.internal;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.tiepdan.petition.PetitionStateChanged;
import org.tiepdan.petition.PetitionTracking;
import org.tiepdan.platform.Dates;

/**
 * Tells a citizen who gave an e-mail address with an online submission that their petition moved
 * on, once the step committed. The text comes only from the public tracking view: stage, dates,
 * the body's name; never content, names or notes. A denunciation gets none: its people are sealed
 * and nobody may read the address (PetitionTracking#notificationAddress is empty); should one
 * still be restricted, its e-mail would not repeat the tracking code.
 */
@Component
class Notifications {

    private static final Logger log = LoggerFactory.getLogger(Notifications.class);
    private static final Locale VI = Locale.forLanguageTag("vi");

    private final PetitionTracking tracking;
    private final Mailer mailer;
    private final MessageSource messages;
    private final PortalProperties properties;

    Notifications(PetitionTracking tracking, Mailer mailer, MessageSource messages, PortalProperties properties) {
        this.tracking = tracking;
        this.mailer = mailer;
        this.messages = messages;
        this.properties = properties;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public void on(PetitionStateChanged change) {
        try {
            // The address first: most petitions have none, and then nothing else needs reading.
            tracking.notificationAddress(change.petitionId()).ifPresent(to -> tracking.afterChange(change)
                    .ifPresent(view -> mailer.send(mail(to, view))));
        } catch (RuntimeException e) {
            // A failed notification must not look like a failed step to the officer who took it.
            log.warn("Notification for petition {} failed: {}", change.petitionId(), e.getClass().getSimpleName());
        }
    }

    Mailer.Mail mail(String to, PetitionTracking.TrackedPetition p) {
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
        return new Mailer.Mail(to, subject, body.toString(), p.trackingCode());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, VI);
    }
}
