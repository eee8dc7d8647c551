package org.tiepdan.report.internal;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Vietnamese texts of the reports (messages_vi.properties), and the seeds' way of writing counts. */
@Component
class Texts {

    static final Locale VI = Locale.forLanguageTag("vi");

    private final MessageSource messages;

    Texts(MessageSource messages) {
        this.messages = messages;
    }

    String msg(String key, Object... args) {
        return messages.getMessage(key, args, VI);
    }

    String msgOr(String key, String fallback, Object... args) {
        return messages.getMessage(key, args, fallback, VI);
    }

    /** "05", "01", "12", "0": counts with at least two digits, zero stays "0" (REPORTS.md). */
    static String count(long n) {
        return n > 0 && n < 10 ? "0" + n : String.valueOf(n);
    }
}
