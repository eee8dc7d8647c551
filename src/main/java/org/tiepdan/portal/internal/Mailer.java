package org.tiepdan.portal.internal;

/** Sends a notification e-mail. Implementations never log the content nor the full address. */
interface Mailer {

    /** One plain-text message; {@code reference} (a tracking code) is what may appear in logs. */
    record Mail(String to, String subject, String text, String reference) {

        @Override
        public String toString() {
            return "Mail[to=" + mask(to) + ", reference=" + reference + "]";
        }
    }

    void send(Mail mail);

    /** "lan.nguyen@example.vn" → "l***@e***.vn": enough to tell two recipients apart, not to write to them. */
    static String mask(String address) {
        if (address == null) {
            return "";
        }
        int at = address.indexOf('@');
        if (at <= 0) {
            return "***";
        }
        String domain = address.substring(at + 1);
        int dot = domain.lastIndexOf('.');
        String head = dot > 0 ? domain.substring(0, dot) : domain;
        String tld = dot > 0 ? domain.substring(dot) : "";
        return address.charAt(0) + "***@" + (head.isEmpty() ? "" : head.charAt(0)) + "***" + tld;
    }
}
