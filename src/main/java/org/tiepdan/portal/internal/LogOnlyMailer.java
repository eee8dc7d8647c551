package org.tiepdan.portal.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default when no SMTP server is configured: writes one log line per message with the
 * tracking code and the masked address, never the text. Keeps the last few messages in memory so
 * an administrator's test (and ours) can see what would have been sent, and can be told to refuse
 * the next few messages as an unreachable server would ({@link #refuse}), so that the tests of the
 * redelivery (issue 23) run on the application as it is, without a bean of their own.
 */
class LogOnlyMailer implements Mailer {

    private static final Logger log = LoggerFactory.getLogger(LogOnlyMailer.class);
    private static final int KEPT = 50;

    private final Deque<Mail> recent = new ArrayDeque<>();
    private final java.util.concurrent.atomic.AtomicInteger refusals = new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public void send(Mail mail) {
        if (refusals.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            log.warn("Notification for {} to {} failed: refused", mail.reference(), Mailer.logged(mail.reference(), mail.to()));
            throw new org.tiepdan.platform.CitizenNotifier.NotDelivered(mail.reference(),
                    org.tiepdan.platform.CitizenNotifier.Medium.EMAIL, "refused");
        }
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

    /** The next {@code messages} messages are refused like an unreachable server's (0: none). */
    void refuse(int messages) {
        refusals.set(messages);
    }
}
