package org.tiepdan.portal.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default when no SMTP server is configured: writes one log line per message with the
 * tracking code and the masked address, never the text. Keeps the last few messages in memory so
 * an administrator's test (and ours) can see what would have been sent.
 */
class LogOnlyMailer implements Mailer {

    private static final Logger log = LoggerFactory.getLogger(LogOnlyMailer.class);
    private static final int KEPT = 50;

    private final Deque<Mail> recent = new ArrayDeque<>();

    @Override
    public void send(Mail mail) {
        log.info("Notification (not sent: no SMTP server configured) for {} to {}", mail.reference(),
                Mailer.logged(mail.reference(), mail.to()));
        synchronized (recent) {
            recent.addLast(mail);
            while (recent.size() > KEPT) {
                recent.removeFirst();
            }
        }
    }

    List<Mail> recent() {
        synchronized (recent) {
            return List.copyOf(recent);
        }
    }
}
