package org.tiepdan.plan.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.tiepdan.document.IssuedDocuments;
import org.tiepdan.org.Letterheads;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.OfficialDocx;

/**
 * The plan as a Word document in the layout of seed 002 and Nghị định 30/2020: letterhead with
 * "Số: …/KH-…" (blank until issued), "KẾ HOẠCH" and its title, the basis, I. purpose and
 * requirements, II. the tasks (each with its lead unit, coordinating units and time), III.
 * organisation, the closing line, Nơi nhận and the signer; then an appendix with the task table.
 */
@Component
class PlanDocx {

    private final Letterheads letterheads;
    private final IssuedDocuments documents;
    private final PlanTexts texts;

    PlanDocx(Letterheads letterheads, IssuedDocuments documents, PlanTexts texts) {
        this.letterheads = letterheads;
        this.documents = documents;
        this.texts = texts;
    }

    byte[] write(PlanViews.PlanView plan, LocalDate today) {
        PlanSections s = plan.sections();
        try (OfficialDocx doc = new OfficialDocx(false)) {
            doc.letterhead(letterhead(plan, today));
            doc.title(texts.get("plan.docx.title"));
            doc.centered(s.title(), false).getRuns().forEach(r -> r.setBold(true));
            lines(s.basis()).forEach(doc::paragraph);
            doc.heading(texts.get("plan.docx.section1"));
            doc.heading(texts.get("plan.docx.purpose"));
            lines(s.purpose()).forEach(doc::paragraph);
            doc.heading(texts.get("plan.docx.requirements"));
            lines(s.requirements()).forEach(doc::paragraph);
            doc.heading(texts.get("plan.docx.section2"));
            for (PlanViews.TaskView t : plan.tasks()) {
                doc.heading(t.position() + ". " + t.title());
                lines(t.content()).forEach(doc::paragraph);
                doc.paragraph(texts.get("plan.docx.lead", t.lead().name()));
                if (!t.coordinators().isEmpty()) {
                    doc.paragraph(texts.get("plan.docx.coordinators", names(t.coordinators())));
                }
                doc.paragraph(texts.get("plan.docx.time", t.timeFrame()));
            }
            doc.heading(texts.get("plan.docx.section3"));
            lines(s.organisation()).forEach(doc::paragraph);
            doc.paragraph(texts.get("plan.docx.closing", PlanTexts.lowerFirst(s.title()), plan.unit().name()));
            doc.signature(lines(s.recipients()).stream().map(r -> "- " + r).toList(),
                    texts.get("plan.docx.recipients"), s.signerTitle(), s.signerName());
            appendix(doc, plan);
            return doc.bytes();
        }
    }

    private OfficialDocx.Letterhead letterhead(PlanViews.PlanView plan, LocalDate today) {
        long unit = plan.unit().id();
        if (plan.state() == PlanState.ISSUED) {
            return letterheads.of(unit, plan.numberSymbol(), plan.issuedOn());
        }
        // A draft: the number and the day are written by hand when it is signed (as in seed 002).
        return letterheads.of(unit, documents.blankNumber(unit, PlanService.PLAN_TYPE), null).withPlaceDate(texts.get("plan.docx.draft-date", letterheads.place(unit),
                        String.valueOf(today.getYear())));
    }

    private void appendix(OfficialDocx doc, PlanViews.PlanView plan) {
        doc.title(texts.get("plan.docx.appendix")).setPageBreak(true);
        doc.centered(texts.get("plan.docx.appendix-title"), false).getRuns().forEach(r -> r.setBold(true));
        doc.centered(plan.state() == PlanState.ISSUED
                ? texts.get("plan.docx.appendix-of", plan.numberSymbol(), Dates.format(plan.issuedOn()),
                        plan.unit().name())
                : texts.get("plan.docx.appendix-of-draft", plan.unit().name()), true);
        String[] headers = {texts.get("plan.docx.col.stt"), texts.get("plan.docx.col.task"),
            texts.get("plan.docx.col.lead"), texts.get("plan.docx.col.coordinators"), texts.get("plan.docx.col.time")};
        List<String[]> rows = new ArrayList<>();
        for (PlanViews.TaskView t : plan.tasks()) {
            rows.add(new String[] {String.valueOf(t.position()), t.title(), t.lead().name(), names(t.coordinators()),
                t.timeFrame()});
        }
        doc.table(headers, rows, 12);
    }

    private static String names(List<PlanViews.UnitRef> units) {
        return units.stream().map(PlanViews.UnitRef::name).collect(Collectors.joining("; "));
    }

    private static List<String> lines(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
