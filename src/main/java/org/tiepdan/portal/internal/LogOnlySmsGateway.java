package org.tiepdan.portal.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default without {@code TIEPDAN_SMS_URL}: one log line per message with the reference and the
 * masked number (a denouncer's number, unsealed to send, must not reach a log), never the text. Keeps
 * the last few in memory, like {@link LogOnlyMailer}, for an administrator's test and ours.
 */
class LogOnlySmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(LogOnlySmsGateway.class);
    private static final int KEPT = 50;

    private final Deque<Sms> recent = new ArrayDeque<>();

    @Override
    public void send(Sms sms) {
        log.info("SMS (not sent: no SMS gateway configured) for {} to {}", sms.reference(), Mailer.logged(sms.reference(), sms.to()));
        synchronized (recent) {
            recent.addLast(sms);
            while (recent.size() > KEPT) {
                recent.removeFirst();
            }
        }
    }

    List<Sms> recent() {
        synchronized (recent) {
            return List.copyOf(recent);
        }
    }
}
