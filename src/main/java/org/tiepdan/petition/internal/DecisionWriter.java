package org.tiepdan.petition.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tiepdan.org.Letterheads;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.OfficialDocx;
import org.tiepdan.petition.internal.DecisionDocument.Part;

/**
 * The decision with its legal content as .docx (through {@link OfficialDocx}, the one .docx path):
 * letterhead with the number and date of the issuing step (a draft, marked so, before it), title,
 * then each part of {@link DecisionDocument} in the law's order under its own heading, recipients
 * and signature. A denunciation conclusion never names the denouncer, not even by pseudonym: it is
 * sent to the denounced and their body, and the denouncer is told of it by a separate notice
 * (Luật Tố cáo 2018 Art. 35 cl. 3, Art. 47).
 */
@Component
class DecisionWriter {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final MessageSource messages;
    private final OrgUnits units;
    private final Letterheads letterheads;
    private final Clock clock;

    DecisionWriter(MessageSource messages, OrgUnits units, Letterheads letterheads, Clock clock) {
        this.messages = messages;
        this.units = units;
        this.letterheads = letterheads;
        this.clock = clock;
    }

    byte[] write(Petition p, DecisionContents.Content c) {
        OrgUnitView unit = units.get(p.unitId());
        DecisionDocument doc = c.document();
        PetitionEvent issued = p.events().stream().filter(e -> e.action() == doc.issuingAction())
                .reduce((a, b) -> b).orElse(null);
        String number = issued == null || issued.documentNumber() == null ? "…" : issued.documentNumber();
        LocalDate date = issued == null ? Dates.today(clock)
                : issued.documentDate() != null ? issued.documentDate() : issued.actedOn();
        try (OfficialDocx out = new OfficialDocx(false)) {
            out.letterhead(letterheads.of(unit.id(), number, date));
            if (issued == null) {
                out.centered(text("decision.draft"), true);
            }
            out.title(text("decision.title." + doc).toUpperCase(VI));
            out.title(text("decision.subject." + doc, p.registrationNumber(), Dates.format(p.receivedOn())));
            int n = 1;
            for (Part part : doc.parts) {
                out.heading(n++ + ". " + text("decision.part." + part));
                if (part == Part.DISPOSITION && c.disposition() != null) {
                    out.paragraph(text("decision.disposition." + c.disposition()) + ".");
                }
                for (String line : c.part(part).split("\\R")) {
                    if (!line.isBlank()) {
                        out.paragraph(line.strip());
                    }
                }
            }
            List<String> recipients = doc.complaint()
                    ? List.of(text("decision.recipient.complainant"), text("decision.recipient.complained-against"),
                            text("petition.notice.recipient-file"))
                    : List.of(text("decision.recipient.denounced"), text("decision.recipient.denounced-body"),
                            text("petition.notice.recipient-file"));
            out.signature(recipients, text("petition.notice.recipients"), text("petition.notice.signer", unit.name()),
                    null);
            if (!doc.complaint()) {
                out.hint(text("decision.denouncer-notified-separately"));
            }
            return out.bytes();
        }
    }

    String fileName(Petition p, DecisionContents.Content c) {
        return (c.document().complaint() ? "quyet-dinh-giai-quyet-khieu-nai-" : "ket-luan-noi-dung-to-cao-")
                + p.registrationNumber().replace('/', '-') + ".docx";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, VI);
    }
}
