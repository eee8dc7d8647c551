package org.tiepdan.petition.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.tiepdan.org.Letterheads;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.OfficialDocx;

/**
 * The copy of a notice a petitioner downloads with the tracking code. Written apart from
 * {@link NoticeWriter} on purpose: whoever holds a code gets this file, so it names nobody (no
 * petitioner, no officer), carries no officer's note, and for a denunciation does not repeat the
 * content; whatever the official notice gains later cannot leak here.
 */
@Component
class TrackingNotices {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final MessageSource messages;
    private final OrgUnits units;
    private final Letterheads letterheads;

    TrackingNotices(MessageSource messages, OrgUnits units, Letterheads letterheads) {
        this.messages = messages;
        this.units = units;
        this.letterheads = letterheads;
    }

    byte[] write(Petition p, PetitionEvent e, boolean restricted) {
        OrgUnitView unit = units.get(p.unitId());
        var date = e.documentDate() != null ? e.documentDate() : e.actedOn();
        try (OfficialDocx doc = new OfficialDocx(false)) {
            doc.letterhead(letterheads.of(unit.id(),
                    e.documentNumber() == null ? "…" : e.documentNumber(), date));
            doc.title(text("petition.notice.title." + e.action()).toUpperCase(VI));
            doc.title(text("petition.notice.subject", p.registrationNumber()));
            for (String line : body(p, e, restricted)) {
                doc.paragraph(line);
            }
            doc.hint(text("petition.tracking.copy"));
            doc.signature(List.of(text("petition.notice.recipient-petitioner"), text("petition.notice.recipient-file")),
                    text("petition.notice.recipients"), text("petition.notice.signer", unit.name()), null);
            return doc.bytes();
        }
    }

    String fileName(Petition p, PetitionEvent e) {
        return "thong-bao-" + e.action().urlName() + "-" + p.registrationNumber().replace('/', '-') + ".docx";
    }

    private List<String> body(Petition p, PetitionEvent e, boolean restricted) {
        List<String> lines = new ArrayList<>();
        String channel = text("petition.channel." + p.channel());
        lines.add(restricted ? text("petition.tracking.received-restricted", Dates.format(p.receivedOn()), channel)
                : text("petition.tracking.received", Dates.format(p.receivedOn()), channel,
                        DuplicateFinder.excerpt(p.content())));
        Object detail = switch (e.action()) {
            case TRANSFER -> p.externalBody() != null ? p.externalBody()
                    : p.targetUnitId() == null ? "" : units.get(p.targetUnitId()).name();
            case GUIDE -> p.externalBody();
            // The reason is what the law requires the petitioner to be told; its code's label, else the written reason.
            case RETURN, REFUSE, ARCHIVE -> p.reason() != null ? text("petition.reason." + p.reason())
                    : e.note() == null ? "" : e.note();
            case DECIDE, CONCLUDE -> p.outcome() == null ? "" : text("petition.outcome." + p.outcome());
            case DIRECT -> p.directedBody();
            case EXTEND -> p.deadline("DENUNCIATION_RESOLVE").map(PetitionDeadline::explanation).orElse("");
            case ACCEPT -> restricted ? "" : p.nextDeadline().map(PetitionDeadline::explanation).orElse("");
            default -> "";
        };
        lines.add(text("petition.notice.body." + e.action(), detail == null ? "" : detail,
                Dates.format(e.actedOn()), p.directionExpectedOn() == null ? "" : Dates.format(p.directionExpectedOn())));
        lines.add(text("petition.notice.tracking", p.trackingCode()));
        return lines;
    }

    private String text(String key, Object... args) {
        Object[] resolved = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            resolved[i] = args[i] instanceof MessageSourceResolvable m ? messages.getMessage(m, VI) : args[i];
        }
        return messages.getMessage(key, resolved, VI);
    }
}
