package org.tiepdan.portal.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.tiepdan.platform.CitizenNotifier;

/**
 * {@link CitizenNotifier}: e-mail through the {@link Mailer}, SMS through the {@link SmsGateway}.
 * The one place where a message leaves for a citizen, so that a durable outbox (issue 23) can take
 * its place without touching the callers. Nothing thrown here reaches the caller.
 */
@Component
class CitizenDispatch implements CitizenNotifier {

    private static final Logger log = LoggerFactory.getLogger(CitizenDispatch.class);

    private final Mailer mailer;
    private final SmsGateway sms;

    CitizenDispatch(Mailer mailer, SmsGateway sms) {
        this.mailer = mailer;
        this.sms = sms;
    }

    @Override
    public void send(Medium medium, String address, Message message) {
        try {
            switch (medium) {
                case EMAIL -> mailer.send(new Mailer.Mail(address, message.subject(), message.text(),
                        message.reference()));
                case SMS -> sms.send(new SmsGateway.Sms(address,
                        message.shortText() != null ? message.shortText() : message.text(), message.reference()));
            }
        } catch (RuntimeException e) {
            log.warn("Notification {} by {} failed: {}", message.reference(), medium, e.getClass().getSimpleName());
        }
    }
}
