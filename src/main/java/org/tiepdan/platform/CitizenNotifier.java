package org.tiepdan.platform;

/**
 * The one way to send a message to a citizen, whatever the medium (e-mail, SMS) and whatever
 * carries it (SMTP, a province's SMS gateway, or only a log line when none is configured). Every
 * notification to a petitioner goes through here, so that moving delivery behind a durable
 * outbox later changes one implementation, not its callers. Implementations never log the text
 * nor the full address ({@link Contacts#mask}).
 */
public interface CitizenNotifier {

    /** How the citizen is reached. */
    enum Medium { EMAIL, SMS }

    /**
     * A message: the e-mail's subject and text, the SMS's short text (at most a few hundred
     * characters), and a reference that may appear in logs (a petition's id or registration number,
     * never a tracking code nor an address).
     */
    /** The prefix of a sealed person's message reference. */
    String SEALED = "sealed ";

    record Message(String subject, String text, String shortText, String reference) {

        /** The same message marked as going to a sealed person: logs then show no trace of the address. */
        public Message toSealed(String subjectReference) {
            return new Message(subject, text, shortText, SEALED + subjectReference);
        }

        /** Whether a reference marks a sealed person's message. */
        public static boolean sealed(String reference) {
            return reference != null && reference.startsWith(SEALED);
        }

        @Override
        public String toString() {
            return "Message[" + reference + "]";
        }
    }

    /**
     * Sends {@code message} to {@code address} by {@code medium}. Delivery failures are logged (masked)
     * and swallowed: a lost notification must never undo or fail the step that caused it.
     */
    void send(Medium medium, String address, Message message);
}
