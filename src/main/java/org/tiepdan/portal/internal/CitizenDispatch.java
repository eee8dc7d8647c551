package org.tiepdan.portal.internal;

import org.springframework.stereotype.Component;
import org.tiepdan.platform.CitizenNotifier;

/**
 * {@link CitizenNotifier}: e-mail through the {@link Mailer}, SMS through the {@link SmsGateway}.
 * The one place where a message leaves for a citizen. A refusal comes back as
 * {@link CitizenNotifier.NotDelivered} (the adapters log it, masked), so that the notification
 * listener leaves its event publication incomplete for another attempt (issue 23).
 */
@Component
class CitizenDispatch implements CitizenNotifier {

    private final Mailer mailer;
    private final SmsGateway sms;

    CitizenDispatch(Mailer mailer, SmsGateway sms) {
        this.mailer = mailer;
        this.sms = sms;
    }

    @Override
    public void send(Medium medium, String address, Message message) {
        switch (medium) {
            case EMAIL -> mailer.send(new Mailer.Mail(address, message.subject(), message.text(), message.reference()));
            case SMS -> sms.send(new SmsGateway.Sms(address,
                    message.shortText() != null ? message.shortText() : message.text(), message.reference()));
        }
    }
}
