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
import org.tiepdan.petition.PetitionKind;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.DomainException;
import org.tiepdan.platform.OfficialDocx;

/**
 * The working documents of a case ({@link CaseDocument}) as .docx through {@link OfficialDocx}: each
 * required section under its heading, in order, filled from the case where it holds the fact and
 * left as a dotted line to be completed by hand where it does not (a team's members, an hour, a
 * place). Identity rules: a sealed petitioner (a denouncer) is never printed, not even by
 * pseudonym; where the law wants the citizen's name and signature on paper (the record of an oral
 * denunciation) the line is left blank to be written by hand, so the identity stays in the
 * identity module. Identity numbers are printed only on the oral record, which the citizen signs.
 */
@Component
class CaseDocumentWriter {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final String BLANK = "…………………………………………";

    private final MessageSource messages;
    private final OrgUnits units;
    private final Letterheads letterheads;
    private final Clock clock;

    private final org.tiepdan.reception.FieldTree fields;

    CaseDocumentWriter(MessageSource messages, OrgUnits units, Letterheads letterheads, Clock clock,
            org.tiepdan.reception.FieldTree fields) {
        this.fields = fields;
        this.messages = messages;
        this.units = units;
        this.letterheads = letterheads;
        this.clock = clock;
    }

    byte[] write(Petition p, CaseDocument d) {
        if (!d.appliesTo(p)) {
            throw DomainException.notFound("case-document-not-applicable");
        }
        OrgUnitView unit = units.get(p.unitId());
        PetitionEvent step = d.step == null ? null
                : p.events().stream().filter(e -> e.action() == d.step).reduce((a, b) -> b).orElse(null);
        LocalDate date = step == null ? Dates.today(clock)
                : step.documentDate() != null ? step.documentDate() : step.actedOn();
        String number = step == null || step.documentNumber() == null ? "…" : step.documentNumber();
        String kind = text("casedoc.kind." + (p.kind() == PetitionKind.DENUNCIATION ? "DENUNCIATION" : "COMPLAINT"));
        try (OfficialDocx out = new OfficialDocx(false)) {
            out.letterhead(letterheads.of(unit.id(), number, date));
            out.title(text("casedoc.title." + d, kind).toUpperCase(VI));
            out.title(text("casedoc.subject", p.registrationNumber(), Dates.format(p.receivedOn())));
            for (String section : d.sections) {
                out.heading(text("casedoc.section." + section, kind));
                for (String line : body(p, d, section, kind, step).split("\\R")) {
                    out.paragraph(line);
                }
            }
            switch (d) {
                case DIALOGUE_RECORD -> out.signatures(text("casedoc.sign.complainant"), null,
                        text("casedoc.sign.chair"), null);
                case ORAL_RECORD -> out.signatures(text("casedoc.sign.citizen", kind), null,
                        text("casedoc.sign.recorder"), null);
                case HANDLING_PROPOSAL -> out.signatures(text("casedoc.sign.proposer"), p.handler(),
                        text("casedoc.sign.approver"), null);
                default -> out.signature(List.of(text("casedoc.recipient." + d), text("petition.notice.recipient-file")),
                        text("petition.notice.recipients"), text("petition.notice.signer", unit.name()), null);
            }
            return out.bytes();
        }
    }

    String fileName(Petition p, CaseDocument d) {
        return d.urlName() + "-" + p.registrationNumber().replace('/', '-') + ".docx";
    }

    private String body(Petition p, CaseDocument d, String section, String kind, PetitionEvent step) {
        String content = p.content() == null ? BLANK : p.content();
        return switch (section) {
            case "GROUNDS" -> text("casedoc.body.GROUNDS." + (p.kind() == PetitionKind.DENUNCIATION ? "DENUNCIATION"
                    : "COMPLAINT"), p.registrationNumber(), Dates.format(p.receivedOn()));
            case "ACCEPTED_MATTER", "VERIFIED_MATTER", "SETTLED_MATTER" -> text("casedoc.body." + section, BLANK,
                    content, kind);
            case "TIME_LIMIT" -> text("casedoc.body.TIME_LIMIT", p.deadline("DENUNCIATION_RESOLVE")
                    .map(PetitionDeadline::explanation).orElse(BLANK));
            case "TEAM" -> text("casedoc.body.TEAM", BLANK);
            case "TASKS" -> text("casedoc.body.TASKS", kind, BLANK);
            case "EXECUTION" -> text("casedoc.body.EXECUTION." + d, kind);
            case "TIME_PLACE" -> text("casedoc.body.TIME_PLACE", step != null ? Dates.format(step.actedOn())
                    : d == CaseDocument.ORAL_RECORD ? Dates.format(p.receivedOn()) : BLANK, BLANK);
            case "PARTICIPANTS" -> text("casedoc.body.PARTICIPANTS", BLANK, person(p, false), BLANK);
            case "DIALOGUE_CONTENT", "ORAL_CONTENT", "PETITION_CONTENT" -> content;
            case "OPINIONS" -> text("casedoc.body.OPINIONS", BLANK);
            case "DIALOGUE_RESULT" -> step != null && step.note() != null ? step.note() : BLANK;
            case "CLOSING" -> text("casedoc.body.CLOSING", BLANK);
            case "RECEIVER" -> text("casedoc.body.RECEIVER", BLANK, BLANK);
            case "PERSON" -> d == CaseDocument.ORAL_RECORD ? person(p, true)
                    : text("casedoc.body.PERSON", person(p, false));
            case "EVIDENCE" -> text("casedoc.body.EVIDENCE", BLANK);
            case "CONFIRMATION" -> text("casedoc.body.CONFIRMATION", kind);
            case "SETTLED_BY" -> settledBy(p);
            case "REFUSAL_GROUND" -> text("casedoc.body.REFUSAL_GROUND", kind);
            case "RECEIVED" -> text("casedoc.body.RECEIVED", p.registrationNumber(), Dates.format(p.receivedOn()),
                    label("petition.channel." + p.channel()), p.senderBody() == null ? "" : p.senderBody());
            case "SENDER" -> person(p, false);
            case "CLASSIFICATION" -> text("casedoc.body.CLASSIFICATION", label("petition.kind." + p.kind()),
                    p.field() == null ? BLANK : fields.label(p.field()), p.eligible() == null ? BLANK
                            : label("casedoc.eligible." + p.eligible()),
                    p.competence() == null ? BLANK : label("petition.competence." + p.competence()));
            case "PROPOSAL" -> proposal(p);
            default -> BLANK;
        };
    }

    /**
     * The citizen as this document may show them: a sealed or anonymous petitioner is a blank to be
     * completed by hand (never the pseudonym, which would tie the paper to the sealed record).
     */
    private String person(Petition p, boolean withDocument) {
        if (p.identitySealed() || p.anonymous() || p.petitioners().isEmpty()) {
            return text(withDocument ? "casedoc.person.by-hand-full" : "casedoc.person.by-hand", BLANK);
        }
        Petitioner x = p.petitioners().get(0);
        String address = x.address() == null || x.address().isBlank() ? BLANK : x.address();
        if (!withDocument) {
            return text("casedoc.person", x.fullName(), address);
        }
        String id = x.idNumber() == null || x.idNumber().isBlank() ? BLANK
                : (x.idKind() == null ? "" : label("casedoc.id-kind." + x.idKind()) + " ") + x.idNumber();
        return text("casedoc.person.full", x.fullName(), id, address);
    }

    private String settledBy(Petition p) {
        return p.events().stream().filter(e -> e.action() == Action.DECIDE || e.action() == Action.CONCLUDE)
                .reduce((a, b) -> b)
                .map(e -> text("casedoc.body.SETTLED_BY", e.documentNumber() == null ? BLANK : e.documentNumber(),
                        Dates.format(e.documentDate() != null ? e.documentDate() : e.actedOn()),
                        p.outcome() == null ? "" : label("petition.outcome." + p.outcome())))
                .orElse(text("casedoc.body.SETTLED_BY", BLANK, BLANK, ""));
    }

    private String proposal(Petition p) {
        if (p.competence() == null) {
            return BLANK;
        }
        return text("casedoc.proposal." + p.competence(), label("petition.kind." + p.kind()).toLowerCase(VI));
    }

    private String label(String key) {
        return messages.getMessage(key, null, BLANK, VI);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, VI);
    }
}
