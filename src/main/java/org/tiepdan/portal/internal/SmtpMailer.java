package org.tiepdan.portal.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.tiepdan.platform.CitizenNotifier;

/** Sends through the SMTP server of {@code SPRING_MAIL_HOST} and friends (docs/operations.md). */
class SmtpMailer implements Mailer {

    private static final Logger log = LoggerFactory.getLogger(SmtpMailer.class);

    private final JavaMailSender sender;
    private final String from;

    SmtpMailer(JavaMailSender sender, String from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public void send(Mail mail) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(mail.to());
        message.setSubject(mail.subject());
        message.setText(mail.text());
        try {
            sender.send(message);
            log.info("Notification sent for {} to {}", mail.reference(), Mailer.logged(mail.reference(), mail.to()));
        } catch (MailException e) {
            // The state change stands; the caller keeps the notification for another attempt. No address,
            // no text in the log nor in what is thrown.
            log.warn("Notification for {} to {} failed: {}", mail.reference(), Mailer.logged(mail.reference(), mail.to()),
                    e.getClass().getSimpleName());
            throw new CitizenNotifier.NotDelivered(mail.reference(), CitizenNotifier.Medium.EMAIL,
                    e.getClass().getSimpleName());
        }
    }
}
