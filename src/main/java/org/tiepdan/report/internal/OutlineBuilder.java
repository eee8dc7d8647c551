package org.tiepdan.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.FigureSource;
import org.tiepdan.report.internal.Outline.Block;
import org.tiepdan.report.internal.Outline.Kind;

/**
 * Fills the Đề cương: every figure the outline asks for (II.1.1 outreach, II.1.2 documents, II.2.1
 * inspections, schedules published, receptions and dialogues, II.2.2 cases and the share resolved
 * within the legal time limit, II.2.3 discipline and petition abuse) from the appendices and the
 * owning modules; the narrative parts as headed blanks with the outline's own hints in italics.
 * Texts: {@code report.outline.*}.
 */
@Component
class OutlineBuilder {

    private final ReportEngine engine;
    private final FigureRegistry sources;
    private final RegisterView registers;
    private final PeriodicSentences sentences;
    private final ReportDuty duty;
    private final Texts texts;

    OutlineBuilder(ReportEngine engine, FigureRegistry sources, RegisterView registers, PeriodicSentences sentences,
            ReportDuty duty, Texts texts) {
        this.duty = duty;
        this.engine = engine;
        this.sources = sources;
        this.registers = registers;
        this.sentences = sentences;
        this.texts = texts;
    }

    Outline build(long unitId, ReportWindow w) {
        Evaluated a1 = engine.evaluate(ReportDefinitions.APPENDIX_1, unitId, w, null, false);
        Evaluated a2 = engine.evaluate(ReportDefinitions.APPENDIX_2, unitId, w, null, true);
        Evaluated a3 = engine.evaluate(ReportDefinitions.APPENDIX_3, unitId, w, null, false);
        RegisterView.Register register = registers.build(unitId, a2.unitName(), w, ReportDefinitions.QD11, List.of());
        FigureSource.Query q = sources.query(unitId, w, ReportDefinitions.QD11);
        FigureSource.Query any = sources.query(unitId, w, null);
        Map<String, Map<Long, Long>> reception = sources.totals(FigureRegistry.RECEPTION, List.of("schedules.published",
                "3.periodic", "3.adhoc", "4.periodic", "4.adhoc", "5.periodic", "5.adhoc", "degradation.periodic",
                "degradation.adhoc"), any);
        Map<String, Map<Long, Long>> petitions = sources.totals(FigureRegistry.PETITION,
                List.of("cases", "petitions", "settled.on_time", "settled.late", "competence.none"), any);
        // Petition abuse (II.2.3): the decisions in the window, and of them each measure taken.
        List<String> oversightCodes = sources.codes(FigureRegistry.OVERSIGHT, q);
        List<String> abuseCodes = oversightCodes.stream()
                .filter(c -> c.equals("abuse") || c.startsWith("abuse.")).toList();
        Map<String, Map<Long, Long>> abuseTotals = sources.totals(FigureRegistry.OVERSIGHT, abuseCodes, q);
        long abuse = sum(abuseTotals, "abuse");

        List<Block> b = new ArrayList<>();
        b.add(new Block(Kind.TITLE, t("title")));
        b.add(new Block(Kind.SUBTITLE, t("subtitle")));
        b.add(new Block(Kind.HINT, t("draft", Dates.format(w.from()), Dates.format(w.to()), a2.unitName())));
        heading(b, "I");
        blank(b, "I.1");
        blank(b, "I.2");
        heading(b, "II");
        heading(b, "II.1");
        heading(b, "II.1.1");
        text(b, "II.1.1.figures", n(a1, "events"), n(a1, "participants"), n(a1, "materials"));
        hint(b, "II.1.1");
        heading(b, "II.1.2");
        List<String> types = new ArrayList<>();
        a1.rows().stream().filter(r -> r.cell().code().startsWith("documents.") && r.total() > 0)
                .forEach(r -> types.add(Texts.count(r.total()) + " " + r.label()));
        List<String> byIssuer = new ArrayList<>();
        register.groups().forEach(g -> byIssuer.add(g.label() + " " + Texts.count(g.rows().size())));
        text(b, "II.1.2.figures", n(a1, "documents"), types.isEmpty() ? t("none") : String.join(", ", types),
                String.join(", ", byIssuer));
        register.groups().stream().flatMap(g -> g.rows().stream()).limit(5).forEach(l -> b.add(new Block(Kind.TEXT,
                "- " + l.numberSymbol() + " " + t("dated") + " " + l.issuedOn() + ": " + l.summary())));
        hint(b, "II.1.2");
        heading(b, "II.2");
        heading(b, "II.2.1");
        blank(b, "II.2.1.a");
        text(b, "II.2.1.b", Texts.count(a3.total("1.planned") + a3.total("1.adhoc")), n(a3, "1.planned"),
                n(a3, "1.adhoc"), n(a3, "2"), n(a3, "3"),
                Texts.count(a3.total("4.disciplined") + a3.total("4.not_disciplined")));
        hint(b, "II.2.1.b");
        blank(b, "II.2.1.c");
        heading(b, "II.2.1.d");
        var protections = sources.protections(any);
        text(b, "II.2.1.d.protection", Texts.count(protections.recorded()), Texts.count(protections.decided()));
        hint(b, "II.2.1.d");
        text(b, "II.2.1.e", Texts.count(sum(reception, "schedules.published")));
        meetings(b, unitId, w);
        sentReports(b, unitId, w);
        heading(b, "II.2.1.h");
        text(b, "II.2.1.h.periodic", n(a2, "1.periodic"), n(a2, "2.periodic"));
        ofWhich(b, reception, ".periodic");
        text(b, "II.2.1.h.adhoc", n(a2, "1.adhoc"), n(a2, "2.adhoc"));
        ofWhich(b, reception, ".adhoc");
        dialogues(b, w, unitId);
        blank(b, "II.2.1.h.content");
        heading(b, "II.2.2");
        text(b, "II.2.2.total", Texts.count(sum(petitions, "cases")), Texts.count(sum(petitions, "petitions")));
        text(b, "II.2.2.resolve", Texts.count(a2.total("7.settled") + a2.total("7.reopened") + a2.total("7.open")),
                Texts.count(a2.total("7.settled") + a2.total("7.reopened")), n(a2, "7.reopened"), n(a2, "7.open"),
                n(a2, "8.directed"), n(a2, "8.mass"), n(a2, "8.incited"));
        // Every case received without competence, whatever became of it; of them those guided or transferred.
        text(b, "II.2.2.none", Texts.count(sum(petitions, "competence.none")), n(a2, "9.guided"));
        long onTime = sum(petitions, "settled.on_time");
        long late = sum(petitions, "settled.late");
        text(b, "II.2.2.time", Texts.count(onTime + late), Texts.count(onTime), Texts.count(late),
                sentences.share(onTime, late));
        hint(b, "II.2.2.time");
        heading(b, "II.2.3");
        text(b, "II.2.3.heads", n(a3, "4.disciplined"), n(a3, "4.not_disciplined"));
        List<String> forms = new ArrayList<>();
        List<String> formCodes = oversightCodes.stream().filter(c -> c.startsWith("4.form.")).toList();
        Map<String, Map<Long, Long>> formTotals = sources.totals(FigureRegistry.OVERSIGHT, formCodes, q);
        for (String code : formCodes) {
            long value = sum(formTotals, code);
            if (value > 0) {
                forms.add(Texts.count(value) + " "
                        + texts.msg("oversight.discipline." + code.substring("4.form.".length())).toLowerCase());
            }
        }
        text(b, "II.2.3.heads.forms", forms.isEmpty() ? t("none") : String.join(", ", forms));
        hint(b, "II.2.3.heads");
        List<String> measures = new ArrayList<>();
        for (String code : abuseCodes) {
            long count = sum(abuseTotals, code);
            if (code.startsWith("abuse.") && count > 0) {
                measures.add(Texts.count(count) + " "
                        + texts.msg("oversight.abuse.measure." + code.substring("abuse.".length())).toLowerCase());
            }
        }
        text(b, "II.2.3.abuse", Texts.count(abuse), measures.isEmpty() ? t("none") : String.join(", ", measures));
        hint(b, "II.2.3.abuse");
        for (String s : List.of("III", "III.1", "III.1.1")) {
            heading(b, s);
        }
        for (String s : List.of("III.1.1.a", "III.1.1.b", "III.1.1.c", "III.1.1.d", "III.1.1.e", "III.1.2")) {
            blank(b, s);
        }
        heading(b, "III.1.3");
        for (String s : List.of("III.1.3.a", "III.1.3.b", "III.1.3.c")) {
            blank(b, s);
        }
        heading(b, "III.2");
        heading(b, "III.2.1");
        blank(b, "III.2.1.a");
        blank(b, "III.2.1.b");
        blank(b, "III.2.1.c");
        heading(b, "III.2.2");
        blank(b, "III.2.2.a");
        blank(b, "III.2.2.b");
        blank(b, "III.2.2.c");
        blank(b, "III.3");
        heading(b, "IV");
        blank(b, "IV.1");
        heading(b, "IV.2");
        blank(b, "IV.2.1");
        blank(b, "IV.2.2");
        blank(b, "IV.2.3");
        b.add(new Block(Kind.HINT, t("note", Dates.format(w.from()), Dates.format(w.to()))));
        return new Outline(unitId, a2.unitName(), w, b, List.of(a1, a2, a3), register, a2.findings());
    }

    /** "Trong đó" of the periodic or the ad hoc receptions (suffix ".periodic" or ".adhoc"). */
    private void ofWhich(List<Block> b, Map<String, Map<Long, Long>> reception, String suffix) {
        text(b, "II.2.1.h.of-which", Texts.count(sum(reception, "3" + suffix)), Texts.count(sum(reception, "4" + suffix)),
                Texts.count(sum(reception, "degradation" + suffix)), Texts.count(sum(reception, "5" + suffix)));
    }

    /** II.2.1 "làm việc với bí thư cấp ủy cấp dưới trực tiếp": the sessions recorded, each named. */
    private void meetings(List<Block> b, long unitId, ReportWindow w) {
        heading(b, "II.2.1.f");
        List<SecretaryMeeting> held = duty.meetings(unitId, w.from(), w.to());
        text(b, "II.2.1.f.figures", Texts.count(held.size()));
        held.forEach(m -> b.add(new Block(Kind.TEXT, t("II.2.1.f.item", Dates.format(m.heldOn()), m.subordinateName(),
                m.content(), m.conclusions() == null ? t("none") : m.conclusions()))));
        hint(b, "II.2.1.f");
    }

    /** II.2.1 "việc thực hiện chế độ báo cáo": the reports sent in the window, on time or not. */
    private void sentReports(List<Block> b, long unitId, ReportWindow w) {
        heading(b, "II.2.1.g");
        List<SentReport> sent = duty.sent(unitId, w.from(), w.to());
        long onTime = sent.stream().filter(s -> Boolean.TRUE.equals(s.onTime())).count();
        long late = sent.stream().filter(s -> Boolean.FALSE.equals(s.onTime())).count();
        text(b, "II.2.1.g.figures", Texts.count(sent.size()), Texts.count(onTime), Texts.count(late),
                Texts.count(sent.size() - onTime - late));
        sent.forEach(s -> b.add(new Block(Kind.TEXT, t("II.2.1.g.item", s.documentNumber(), Dates.format(s.sentOn()),
                texts.msg("report." + s.reportCode() + ".name"), Dates.format(s.window().from()),
                Dates.format(s.window().to()), s.recipient(), s.onTime() == null ? t("II.2.1.g.unknown")
                        : s.onTime() ? t("II.2.1.g.on-time", Dates.format(s.dueOn()))
                                : t("II.2.1.g.late", Dates.format(s.dueOn()))))));
        hint(b, "II.2.1.g");
    }

    private void dialogues(List<Block> b, ReportWindow w, long unitId) {
        if (!sources.available(FigureRegistry.DIALOGUE)) {
            text(b, "II.2.1.h.dialogues.none");
            return;
        }
        FigureSource.Query q = sources.query(unitId, w, null);
        Map<String, Map<Long, Long>> d = sources.totals(FigureRegistry.DIALOGUE, List.of("dialogues.held", "dialogues.periodic"), q);
        text(b, "II.2.1.h.dialogues", Texts.count(sum(d, "dialogues.held")), Texts.count(sum(d, "dialogues.periodic")));
    }

    private void heading(List<Block> b, String key) {
        b.add(new Block(Kind.HEADING, t(key + ".heading")));
    }

    /** A part people write: its heading (the outline's words) and an italic hint, then room to write. */
    private void blank(List<Block> b, String key) {
        b.add(new Block(Kind.HEADING, t(key + ".heading")));
        b.add(new Block(Kind.HINT, t("blank")));
        b.add(new Block(Kind.BLANK, ""));
    }

    private void hint(List<Block> b, String key) {
        b.add(new Block(Kind.HINT, t(key + ".hint")));
    }

    private void text(List<Block> b, String key, Object... args) {
        b.add(new Block(Kind.TEXT, t(key, args)));
    }

    private String t(String key, Object... args) {
        return texts.msg("report.outline." + key, args);
    }

    private static String n(Evaluated r, String code) {
        return Texts.count(r.total(code));
    }

    private static long sum(Map<String, Map<Long, Long>> totals, String code) {
        return totals.getOrDefault(code, Map.of()).values().stream().mapToLong(Long::longValue).sum();
    }
}
