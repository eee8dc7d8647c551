package org.tiepdan.plan.internal;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The module's texts from messages_vi.properties. */
@Component
class PlanTexts {

    static final Locale VI = Locale.forLanguageTag("vi");

    private final MessageSource messages;

    PlanTexts(MessageSource messages) {
        this.messages = messages;
    }

    String get(String key, Object... args) {
        return messages.getMessage(key, args, VI);
    }

    /** "Công tác …" → "công tác …", for a title inside a sentence. */
    static String lowerFirst(String s) {
        return s == null || s.isEmpty() ? s : s.substring(0, 1).toLowerCase(VI) + s.substring(1);
    }
}
