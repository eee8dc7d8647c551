package org.tiepdan.portal.internal;

/**
 * Sends a text message. Providers differ by province; the one adapter is an HTTP gateway
 * ({@link HttpSmsGateway}, {@code TIEPDAN_SMS_URL} and {@code TIEPDAN_SMS_KEY}); unset, the log-only
 * one. Implementations never log the text nor the number ({@link org.tiepdan.platform.Contacts#mask}).
 */
interface SmsGateway {

    /** One message; {@code reference} is what may appear in logs (a petition id, never a code or number). */
    record Sms(String to, String text, String reference) {

        @Override
        public String toString() {
            return "Sms[to=" + Mailer.logged(reference, to) + ", reference=" + reference + "]";
        }
    }

    void send(Sms sms);
}
