package org.tiepdan.platform;

/**
 * The one way to send a message to a citizen, whatever the medium (e-mail, SMS) and whatever
 * carries it (SMTP, a province's SMS gateway, or only a log line when none is configured). Every
 * notification to a petitioner goes through here. Implementations never log the text nor the full
 * address ({@link Contacts#mask}).
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
     * The carrier refused or could not be reached. It says only the message's reference, the medium and
     * the kind of failure: never the address nor the text (it may reach a log with its stack trace), and
     * it keeps no cause, whose message could hold the address.
     */
    final class NotDelivered extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public NotDelivered(String reference, Medium medium, String failure) {
            super("Notification " + reference + " by " + medium + " not delivered: " + failure, null, false, false);
        }
    }

    /**
     * Sends {@code message} to {@code address} by {@code medium}. A delivery failure is logged (masked)
     * and thrown as {@link NotDelivered}, so that the caller can keep the notification for another
     * attempt (the petition notifications are events in Spring Modulith's publication registry: a
     * failed one is sent again, see docs/reliability.md). Callers run after the step committed: a
     * failure never undoes the step.
     */
    void send(Medium medium, String address, Message message);
}
