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
import org.tiepdan.platform.DomainException;

/**
 * The written notice of a step as .docx, in the administrative layout of Nghị định 30/2020/NĐ-CP:
 * issuing body and national motto side by side, number and place-date line, title, body, recipients
 * and signature; Times New Roman 13–14 pt on A4 portrait. Texts come from messages_vi.properties.
 * A notice never carries the petitioner's identity number, phone or e-mail, and a denunciation's
 * notice never names the denouncer (not even by pseudonym).
 */
@Component
class NoticeWriter {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final MessageSource messages;
    private final OrgUnits units;
    private final Letterheads letterheads;

    NoticeWriter(MessageSource messages, OrgUnits units, Letterheads letterheads) {
        this.messages = messages;
        this.units = units;
        this.letterheads = letterheads;
    }

    byte[] write(Petition p, PetitionEvent e) {
        if (!e.notice()) {
            throw DomainException.notFound("petition-notice-not-found");
        }
        OrgUnitView unit = units.get(p.unitId());
        var date = e.documentDate() != null ? e.documentDate() : e.actedOn();
        try (OfficialDocx doc = new OfficialDocx(false)) {
            doc.letterhead(letterheads.of(unit.id(),
                    e.documentNumber() == null ? "…" : e.documentNumber(), date));
            doc.title(text("petition.notice.title." + e.action()).toUpperCase(VI));
            doc.title(text("petition.notice.subject", p.registrationNumber()));
            for (String line : body(p, e)) {
                doc.paragraph(line);
            }
            doc.signature(List.of(text("petition.notice.recipient-petitioner"), text("petition.notice.recipient-file")),
                    text("petition.notice.recipients"), text("petition.notice.signer", unit.name()), null);
            return doc.bytes();
        }
    }

    String fileName(Petition p, PetitionEvent e) {
        return "thong-bao-" + e.action().urlName() + "-" + p.registrationNumber().replace('/', '-') + ".docx";
    }

    private List<String> body(Petition p, PetitionEvent e) {
        List<String> lines = new ArrayList<>();
        // A denunciation's notice goes to the denounced person too: it never names the denouncer.
        String who = p.identitySealed() ? text("petition.notice.denouncer-withheld")
                : p.anonymous() || p.petitioners().isEmpty() ? text("petition.notice.anonymous")
                : p.petitioners().get(0).fullName();
        lines.add(text("petition.notice.received", Dates.format(p.receivedOn()), who,
                text("petition.channel." + p.channel()), DuplicateFinder.excerpt(p.content())));
        Object detail = switch (e.action()) {
            case TRANSFER -> p.externalBody() != null ? p.externalBody()
                    : p.targetUnitId() == null ? "" : units.get(p.targetUnitId()).name();
            case GUIDE -> p.externalBody();
            case RETURN, REFUSE, ARCHIVE -> p.reason() == null ? (e.note() == null ? "" : e.note())
                    : text("petition.reason." + p.reason());
            case DECIDE, CONCLUDE -> p.outcome() == null ? "" : text("petition.outcome." + p.outcome());
            case DIRECT -> p.directedBody();
            case EXTEND -> p.deadline("DENUNCIATION_RESOLVE").map(PetitionDeadline::explanation).orElse("");
            case ACCEPT -> p.nextDeadline().map(PetitionDeadline::explanation).orElse("");
            default -> "";
        };
        lines.add(text("petition.notice.body." + e.action(), detail == null ? "" : detail,
                Dates.format(e.actedOn()), p.directionExpectedOn() == null ? "" : Dates.format(p.directionExpectedOn())));
        if (e.note() != null && e.action() != Action.RETURN && e.action() != Action.REFUSE
                && e.action() != Action.ARCHIVE) {
            lines.add(e.note());
        }
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
