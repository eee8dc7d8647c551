package org.tiepdan.dialogue.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tiepdan.calendar.DeadlineRules;
import org.tiepdan.calendar.DeadlineVariant;
import org.tiepdan.org.Letterheads;
import org.tiepdan.org.OrgUnitKind;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.OfficialDocx;

/**
 * The dialogue's documents as Word files in the NĐ 30/2020 layout, with the letterhead of the body
 * holding the dialogue and the number the register gave: plan (KH), notice to the hamlets (TB),
 * opinion summary (BC), invitation (GM), record (BB, signed by the secretary and the chair),
 * conclusion notice (TB), report to the Party committee (BC), escalation letter (CV). Every text comes
 * from messages; the time limits quoted are read from the deadline rules, never typed.
 */
@Component
class DialogueDocx {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final Letterheads letterheads;
    private final OrgUnits units;
    private final DeadlineRules rules;
    private final MessageSource messages;

    DialogueDocx(Letterheads letterheads, OrgUnits units, DeadlineRules rules, MessageSource messages) {
        this.letterheads = letterheads;
        this.units = units;
        this.rules = rules;
        this.messages = messages;
    }

    String fileName(Dialogue d, DocumentRef ref) {
        String number = ref.number().replaceAll("[^\\p{L}\\p{N}-]+", "_");
        return msg("dialogue.doc.file." + ref.kind()) + "-" + number + ".docx";
    }

    /** {@code escalated} is the assignment an escalation letter is about (null for the other kinds). */
    byte[] write(Dialogue d, DocumentRef ref, Assignment escalated) {
        OrgUnitView unit = units.get(d.unitId());
        try (OfficialDocx doc = new OfficialDocx(false)) {
            // Letterheads writes "Số 12-TB/ĐU" (Party, HD 36-HD/VPTW) or "Số: 12/TB-UBND" (State, NĐ 30/2020).
            doc.letterhead(letterheads.of(d.unitId(), ref.number(), ref.issuedOn()));
            if (ref.kind() == DocumentKind.ESCALATION) {
                doc.centered(msg("dialogue.doc.summary.ESCALATION", d.topic(), Dates.format(d.heldOn())), true);
            } else {
                doc.title(msg("dialogue.doc.title." + ref.kind()));
                doc.centered(msg("dialogue.doc.subtitle." + ref.kind(), d.topic(), Dates.format(d.heldOn())), false);
            }
            switch (ref.kind()) {
                case PLAN -> plan(doc, d, unit);
                case NOTICE -> notice(doc, d, unit);
                case OPINION_SUMMARY -> summary(doc, d);
                case INVITATION -> invitation(doc, d);
                case RECORD -> record(doc, d);
                case CONCLUSION_NOTICE -> conclusion(doc, d, unit);
                case REPORT -> report(doc, d);
                case ESCALATION -> escalation(doc, d, unit, escalated);
            }
            if (ref.kind() == DocumentKind.RECORD) {
                doc.signatures(msg("dialogue.doc.sign.secretary"), d.secretaryName(), msg("dialogue.doc.sign.chair"),
                        d.chairName());
            } else {
                doc.signature(recipients(d, ref.kind(), escalated), msg("dialogue.doc.recipients"),
                        signerTitle(unit), ref.signer());
            }
            return doc.bytes();
        }
    }

    private void plan(OfficialDocx doc, Dialogue d, OrgUnitView unit) {
        doc.heading(msg("dialogue.doc.plan.h1"));
        doc.paragraph(msg("dialogue.doc.plan.purpose"));
        doc.heading(msg("dialogue.doc.plan.h2"));
        doc.labelled(msg("dialogue.doc.topic"), d.topic());
        doc.labelled(msg("dialogue.doc.kind"), msg("dialogue.kind." + d.kind()));
        doc.labelled(msg("dialogue.doc.when"), when(d));
        doc.labelled(msg("dialogue.doc.place"), d.place());
        doc.labelled(msg("dialogue.doc.hamlets"), hamlets(d));
        doc.heading(msg("dialogue.doc.plan.h3"));
        doc.labelled(msg("dialogue.doc.hosts"), hosts(d));
        doc.paragraph(msg("dialogue.doc.plan.participants"));
        doc.heading(msg("dialogue.doc.plan.h4"));
        doc.paragraph(msg("dialogue.doc.plan.collect", unit.name()));
        doc.paragraph(msg("dialogue.doc.plan.follow-up", duration(DialogueService.CONCLUSION_RULE, d),
                duration(DialogueService.ANSWER_RULE, d)));
    }

    private void notice(OfficialDocx doc, Dialogue d, OrgUnitView unit) {
        doc.paragraph(msg("dialogue.doc.notice.body", unit.name(), d.topic(), when(d), d.place()));
        doc.paragraph(msg("dialogue.doc.notice.request", hamlets(d)));
    }

    private void summary(OfficialDocx doc, Dialogue d) {
        doc.paragraph(msg("dialogue.doc.summary.intro", d.opinions().size()));
        List<String[]> rows = new ArrayList<>();
        for (DialogueOpinion o : d.opinions()) {
            rows.add(new String[] {String.valueOf(o.seq()), nz(o.hamlet()), raisedBy(o),
                    msg("dialogue.field." + o.field()), o.content()});
        }
        doc.table(new String[] {msg("dialogue.doc.col.seq"), msg("dialogue.doc.col.hamlet"),
                msg("dialogue.doc.col.raised-by"), msg("dialogue.doc.col.field"), msg("dialogue.doc.col.content")},
                rows, 12);
    }

    private void invitation(OfficialDocx doc, Dialogue d) {
        doc.labelled(msg("dialogue.doc.invitation.invited"), msg("dialogue.doc.invitation.who", hamlets(d)));
        doc.paragraph(msg("dialogue.doc.invitation.to", d.topic()));
        doc.labelled(msg("dialogue.doc.when"), when(d));
        doc.labelled(msg("dialogue.doc.place"), d.place());
        doc.labelled(msg("dialogue.doc.hosts"), hosts(d));
    }

    private void record(OfficialDocx doc, Dialogue d) {
        doc.labelled(msg("dialogue.doc.when"), when(d));
        doc.labelled(msg("dialogue.doc.place"), d.place());
        doc.labelled(msg("dialogue.doc.chair"), d.chairName());
        doc.labelled(msg("dialogue.doc.secretary"), d.secretaryName());
        doc.labelled(msg("dialogue.doc.attendance"), msg("dialogue.doc.attendance.value", d.officialsCount(),
                d.citizensCount()));
        doc.labelled(msg("dialogue.doc.topic"), d.topic());
        doc.heading(msg("dialogue.doc.record.opinions"));
        List<String[]> rows = new ArrayList<>();
        for (DialogueOpinion o : d.opinions()) {
            rows.add(new String[] {String.valueOf(o.seq()), raisedBy(o), o.content(),
                    o.answeredOnSpot() ? o.answer() + (o.answeredBy() == null ? "" : " (" + o.answeredBy() + ")")
                            : msg("dialogue.doc.record.not-answered")});
        }
        doc.table(new String[] {msg("dialogue.doc.col.seq"), msg("dialogue.doc.col.raised-by"),
                msg("dialogue.doc.col.content"), msg("dialogue.doc.col.answer")}, rows, 12);
    }

    private void conclusion(OfficialDocx doc, Dialogue d, OrgUnitView unit) {
        doc.paragraph(msg("dialogue.doc.conclusion.intro", Dates.format(d.heldOn()), d.place(), d.chairName(),
                d.topic(), d.officialsCount(), d.citizensCount()));
        for (String line : d.conclusion().text().split("\\R")) {
            if (!line.isBlank()) {
                doc.paragraph(line.strip());
            }
        }
        if (!d.assignments().isEmpty()) {
            doc.heading(msg("dialogue.doc.conclusion.assignments"));
            List<String[]> rows = new ArrayList<>();
            int i = 1;
            for (Assignment a : d.assignments()) {
                rows.add(new String[] {String.valueOf(i++), a.opinion().content()
                        + (a.instruction() == null ? "" : "\n" + a.instruction()), units.get(a.assigneeUnitId()).name(),
                        Dates.format(a.due())});
            }
            doc.table(new String[] {msg("dialogue.doc.col.seq"), msg("dialogue.doc.col.content"),
                    msg("dialogue.doc.col.assignee"), msg("dialogue.doc.col.due")}, rows, 12);
            doc.paragraph(msg("dialogue.doc.conclusion.answer-rule", unit.name(),
                    duration(DialogueService.ANSWER_RULE, d)));
        }
    }

    private void report(OfficialDocx doc, Dialogue d) {
        doc.paragraph(msg("dialogue.doc.report.intro", d.conclusion().number(),
                Dates.format(d.conclusion().issuedOn())));
        long onSpot = d.opinions().stream().filter(DialogueOpinion::answeredOnSpot).count();
        long toPetition = d.opinions().stream().filter(o -> o.petitionId() != null).count();
        long answered = d.assignments().stream().filter(a -> a.state() == AssignmentState.ANSWERED).count();
        long onTime = d.assignments().stream().filter(a -> Boolean.TRUE.equals(a.answeredOnTime())).count();
        long escalated = d.assignments().stream().filter(a -> a.state() == AssignmentState.ESCALATED).count();
        doc.paragraph(msg("dialogue.doc.report.figures", d.opinions().size(), onSpot, toPetition,
                d.assignments().size(), answered, onTime, answered - onTime, escalated));
        List<String[]> rows = new ArrayList<>();
        int i = 1;
        for (Assignment a : d.assignments()) {
            String result = a.state() == AssignmentState.ESCALATED
                    ? msg("dialogue.doc.report.escalated", a.escalatedTo(), a.escalationNumber(),
                            Dates.format(a.escalatedOn()))
                    : msg("dialogue.doc.report.answered", a.answerNumber(), Dates.format(a.answeredOn()), a.answer());
            rows.add(new String[] {String.valueOf(i++), a.opinion().content(), units.get(a.assigneeUnitId()).name(),
                    result});
        }
        if (!rows.isEmpty()) {
            doc.table(new String[] {msg("dialogue.doc.col.seq"), msg("dialogue.doc.col.content"),
                    msg("dialogue.doc.col.assignee"), msg("dialogue.doc.col.result")}, rows, 12);
        }
    }

    private void escalation(OfficialDocx doc, Dialogue d, OrgUnitView unit, Assignment a) {
        doc.centered(msg("dialogue.doc.escalation.to", a.escalatedTo()), false);
        DialogueOpinion o = a.opinion();
        doc.paragraph(msg("dialogue.doc.escalation.body", Dates.format(d.heldOn()), unit.name(), raisedBy(o),
                o.content()));
        doc.paragraph(msg("dialogue.doc.escalation.request", unit.name(), a.escalationReason(), a.escalatedTo()));
    }

    private List<String> recipients(Dialogue d, DocumentKind kind, Assignment escalated) {
        List<String> out = new ArrayList<>();
        switch (kind) {
            case NOTICE, INVITATION -> d.hamlets().forEach(h -> out.add("- " + h + ";"));
            case CONCLUSION_NOTICE -> {
                d.assignments().stream().map(a -> units.get(a.assigneeUnitId()).name()).distinct()
                        .forEach(n -> out.add("- " + n + ";"));
                d.hamlets().forEach(h -> out.add("- " + h + ";"));
            }
            case REPORT -> out.add("- " + msg("dialogue.doc.report.recipient", partyCommittee(d)) + ";");
            case ESCALATION -> out.add("- " + msg("dialogue.doc.escalation.recipient", escalated.escalatedTo()) + ";");
            default -> d.hosts().stream().skip(1).forEach(h -> out.add("- " + units.get(h.unitId()).name() + ";"));
        }
        out.add(msg("dialogue.doc.archive"));
        return out;
    }

    /** The Party committee the report goes to: a host that is one, else the one of the holding body's area. */
    private String partyCommittee(Dialogue d) {
        for (DialogueHost h : d.hosts()) {
            OrgUnitView u = units.get(h.unitId());
            if (u.kind() == OrgUnitKind.PARTY_COMMITTEE) {
                return u.name();
            }
        }
        OrgUnitView unit = units.get(d.unitId());
        if (unit.parentId() != null) {
            return units.children(unit.parentId()).stream().filter(u -> u.kind() == OrgUnitKind.PARTY_COMMITTEE)
                    .map(OrgUnitView::name).findFirst().orElse(unit.name());
        }
        return unit.name();
    }

    private String signerTitle(OrgUnitView unit) {
        return switch (unit.kind()) {
            case PARTY_COMMITTEE -> msg("dialogue.doc.signer.PARTY_COMMITTEE");
            case PEOPLES_COMMITTEE -> msg("dialogue.doc.signer.PEOPLES_COMMITTEE");
            default -> msg("dialogue.doc.signer.OTHER");
        };
    }

    private String when(Dialogue d) {
        return d.startTime() == null ? msg("dialogue.doc.date", Dates.format(d.heldOn()))
                : msg("dialogue.doc.date-time", time(d), Dates.format(d.heldOn()));
    }

    String time(Dialogue d) {
        return d.startTime() == null ? "" : msg("dialogue.doc.time", String.valueOf(d.startTime().getHour()),
                String.format("%02d", d.startTime().getMinute()));
    }

    private String hosts(Dialogue d) {
        List<String> out = new ArrayList<>();
        for (DialogueHost h : d.hosts()) {
            String body = units.get(h.unitId()).name();
            out.add(h.personName() == null ? msg("dialogue.doc.host-body", body)
                    : msg("dialogue.doc.host-person", h.personName(), body));
        }
        return String.join("; ", out);
    }

    private String hamlets(Dialogue d) {
        return d.hamlets().isEmpty() ? msg("dialogue.doc.all-hamlets") : String.join(", ", d.hamlets());
    }

    private String raisedBy(DialogueOpinion o) {
        if (o.source() == OpinionSource.HAMLET) {
            return msg("dialogue.doc.by-hamlet", o.hamlet());
        }
        return o.hamlet() == null ? o.citizenName() : msg("dialogue.doc.by-citizen", o.citizenName(), o.hamlet());
    }

    private int duration(String rule, Dialogue d) {
        return rules.rule(rule, DeadlineVariant.NORMAL, d.heldOn()).duration();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, VI);
    }
}
