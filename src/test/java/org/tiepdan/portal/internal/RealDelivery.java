package org.tiepdan.portal.internal;

import java.lang.reflect.Field;

import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.util.AopTestUtils;

/**
 * For the browser journeys (issue 24): the shared test context sends citizens' messages through its
 * log-only adapters (other tests read them there), and its SMTP server and SMS gateway are fixed when
 * it starts, before a test can start GreenMail or a stub gateway on a free port. For the length of a
 * journey this puts the production adapters, {@link SmtpMailer} and {@link HttpSmsGateway}, built as
 * {@code PortalConfiguration} builds them from {@code SPRING_MAIL_HOST}/{@code TIEPDAN_SMS_URL}, in
 * {@link CitizenDispatch}, and puts the log-only ones back on {@link #close()}. Everything else (the
 * form, the lookup, the queue, the message texts) is the application's own.
 */
public final class RealDelivery implements AutoCloseable {

    private final CitizenDispatch dispatch;
    private final Object mailer;
    private final Object sms;

    private RealDelivery(CitizenDispatch dispatch) throws ReflectiveOperationException {
        this.dispatch = dispatch;
        this.mailer = field("mailer").get(dispatch);
        this.sms = field("sms").get(dispatch);
    }

    /**
     * Messages go to the SMTP server at {@code smtpPort} on the loopback (when not 0) and to the SMS
     * gateway at {@code smsUrl} with {@code smsKey} (when not null), until closed.
     */
    public static RealDelivery through(ApplicationContext context, int smtpPort, String smsUrl, String smsKey) {
        try {
            RealDelivery d = new RealDelivery(AopTestUtils.getTargetObject(context.getBean(CitizenDispatch.class)));
            if (smtpPort != 0) {
                JavaMailSenderImpl sender = new JavaMailSenderImpl();
                sender.setHost("127.0.0.1");
                sender.setPort(smtpPort);
                sender.setDefaultEncoding("UTF-8");
                field("mailer").set(d.dispatch, new SmtpMailer(sender, "khong-tra-loi@tiepdan.local"));
            }
            if (smsUrl != null) {
                field("sms").set(d.dispatch, new HttpSmsGateway(smsUrl, smsKey));
            }
            return d;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            field("mailer").set(dispatch, mailer);
            field("sms").set(dispatch, sms);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Field field(String name) throws NoSuchFieldException {
        Field f = CitizenDispatch.class.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }
}
