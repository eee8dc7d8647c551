package org.tiepdan.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.tiepdan.platform.Dates;

/**
 * The sentences of the periodic report, in the style of the seeds ("Tiếp 05 lượt công dân định kỳ,
 * 01 lượt đột xuất; tiếp nhận 12 đơn, trong đó 03 đơn khiếu nại ..."), for a writer to paste into a
 * larger report (seed 003). Every number is a cell of the same report, so text and table agree.
 */
@Component
class PeriodicSentences {

    private static final List<String> CHANNELS = List.of("IN_PERSON", "POST", "TRANSFERRED", "ONLINE", "DIALOGUE",
            "HOTLINE", "EMAIL");

    private final Texts texts;

    PeriodicSentences(Texts texts) {
        this.texts = texts;
    }

    List<String> write(Evaluated r) {
        List<String> s = new ArrayList<>();
        s.add(texts.msg("report.periodic.sentence.reception", Dates.format(r.window().from()),
                Dates.format(r.window().to()), r.unitName(), n(r, "visits.periodic"), n(r, "visits.adhoc"),
                n(r, "visits.regular"), n(r, "people"), n(r, "delegations"), n(r, "sessions.periodic"),
                n(r, "sessions.adhoc"), n(r, "sessions.regular"), n(r, "refused")));
        List<String> channels = new ArrayList<>();
        for (String c : CHANNELS) {
            long v = r.total("petitions.channel." + c);
            if (v > 0) {
                channels.add(texts.msg("report.periodic.sentence.channel." + c, Texts.count(v)));
            }
        }
        s.add(texts.msg("report.periodic.sentence.petitions", n(r, "petitions"), n(r, "petitions.kind.COMPLAINT"),
                n(r, "petitions.kind.DENUNCIATION"), n(r, "petitions.kind.RECOMMENDATION"),
                n(r, "petitions.kind.FEEDBACK"), n(r, "petitions.kind.none"),
                channels.isEmpty() ? "" : "; " + String.join(", ", channels)));
        s.add(texts.msg("report.periodic.sentence.competence", n(r, "petitions.competence.RESOLVE"),
                n(r, "petitions.competence.DIRECT"), n(r, "petitions.competence.NONE"),
                n(r, "petitions.competence.none")));
        long onTime = r.total("settled.on_time");
        long late = r.total("settled.late");
        s.add(texts.msg("report.periodic.sentence.cases", n(r, "cases"), Texts.count(onTime + late),
                Texts.count(onTime), Texts.count(late), n(r, "open"), share(onTime, late)));
        s.add(texts.msg("report.periodic.sentence.decisions", n(r, "decisions.complaint"), n(r, "outcomes.RIGHT"),
                n(r, "outcomes.PARTLY_RIGHT"), n(r, "outcomes.WRONG"), n(r, "decisions.denunciation"),
                n(r, "outcomes.TRUE"), n(r, "outcomes.PARTLY_TRUE"), n(r, "outcomes.FALSE")));
        s.add(texts.msg("report.periodic.sentence.overdue", n(r, "overdue")));
        Evaluated.Row held = r.row("dialogues.held");
        if (held != null && held.available()) {
            s.add(texts.msg("report.periodic.sentence.dialogues", n(r, "dialogues.held"), n(r, "dialogues.periodic"),
                    n(r, "opinions"), n(r, "opinions.answered"), n(r, "assignments.on_time"),
                    n(r, "assignments.late"), n(r, "assignments.open"), n(r, "assignments.escalated")));
        } else {
            s.add(texts.msg("report.periodic.sentence.dialogues.none"));
        }
        return s;
    }

    /** "80,0%" (Vietnamese decimal comma), or a phrase when nothing was settled. */
    String share(long onTime, long late) {
        if (onTime + late == 0) {
            return texts.msg("report.share.none");
        }
        return String.format(Locale.forLanguageTag("vi"), "%.1f%%", Math.round(1000.0 * onTime / (onTime + late)) / 10.0);
    }

    private static String n(Evaluated r, String code) {
        return Texts.count(r.total(code));
    }
}
