package org.tiepdan.portal.internal;

/** Sends a notification e-mail. Implementations never log the content nor the full address. */
interface Mailer {

    /** One plain-text message; {@code reference} (a tracking code) is what may appear in logs. */
    record Mail(String to, String subject, String text, String reference) {

        @Override
        public String toString() {
            return "Mail[to=" + logged(reference, to) + ", reference=" + reference + "]";
        }
    }

    void send(Mail mail);

    /** "lan.nguyen@example.vn" → "l***@e***.vn": enough to tell two recipients apart, not to write to them. */
    static String mask(String address) {
        return org.tiepdan.platform.Contacts.mask(address);
    }

    /**
     * The recipient as a log line shows it: masked, and not even that for a sealed person's address
     * (reference {@code sealed ...}, set by the identity module's sending step).
     */
    static String logged(String reference, String address) {
        return org.tiepdan.platform.CitizenNotifier.Message.sealed(reference) ? "***" : mask(address);
    }
}
