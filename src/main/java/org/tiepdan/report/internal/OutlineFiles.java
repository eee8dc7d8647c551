package org.tiepdan.report.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.springframework.stereotype.Component;
import org.tiepdan.org.Letterheads;
import org.tiepdan.platform.HtmlPdf;
import org.tiepdan.platform.OfficialDocx;
import org.tiepdan.platform.OfficialXlsx;

/** The Đề cương draft and the Biểu tổng hợp as files: .docx (A4 portrait), .xlsx, PDF. */
@Component
class OutlineFiles {

    private final ReportFiles files;
    private final ReportTables tables;
    private final Letterheads letterheads;
    private final Texts texts;

    OutlineFiles(ReportFiles files, ReportTables tables, Letterheads letterheads, Texts texts) {
        this.files = files;
        this.tables = tables;
        this.letterheads = letterheads;
        this.texts = texts;
    }

    byte[] docx(Outline o, LocalDate today) {
        try (OfficialDocx doc = new OfficialDocx(false)) {
            doc.letterhead(letterheads.of(o.unitId(), files.blankNumber(o.unitId()), today));
            for (Outline.Block block : o.blocks()) {
                switch (block.kind()) {
                    case TITLE -> doc.title(block.text());
                    case SUBTITLE -> doc.centered(block.text(), false).getRuns().forEach(r -> r.setBold(true));
                    case HEADING -> doc.heading(block.text());
                    case TEXT -> doc.paragraph(block.text());
                    case HINT -> doc.hint(block.text());
                    case BLANK -> doc.paragraph("");
                }
            }
            for (Evaluated appendix : o.appendices()) {
                pageBreak(doc);
                files.write(doc, appendix, tables.table(appendix), null);
            }
            pageBreak(doc);
            doc.title(texts.msg("report.document-register.title"));
            doc.centered(texts.msg("report.document-register.subtitle"), false);
            doc.table(registerHeaders(), registerRows(o.register()), 11);
            return doc.bytes();
        }
    }

    private static void pageBreak(OfficialDocx doc) {
        doc.document().createParagraph().createRun().addBreak(BreakType.PAGE);
    }

    String[] registerHeaders() {
        return new String[] {texts.msg("document.register.col.stt"), texts.msg("document.register.col.number"),
            texts.msg("document.register.col.issuer"), texts.msg("document.register.col.summary"),
            texts.msg("document.register.col.date")};
    }

    List<String[]> registerRows(RegisterView.Register register) {
        List<String[]> rows = new ArrayList<>();
        for (RegisterView.Group g : register.groups()) {
            rows.add(new String[] {g.roman(), g.label(), "", "", ""});
            g.rows().forEach(l -> rows.add(new String[] {String.valueOf(l.stt()), l.numberSymbol(), l.issuer(),
                l.summary(), l.issuedOn()}));
        }
        return rows;
    }

    byte[] xlsx(Outline o) {
        XSSFWorkbook wb = new XSSFWorkbook();
        for (Evaluated appendix : o.appendices()) {
            files.sheet(wb, appendix, tables.table(appendix), null);
        }
        return OfficialXlsx.bytes(wb);
    }

    byte[] pdf(Outline o) {
        StringBuilder html = new StringBuilder(ReportFiles.page(false));
        for (Outline.Block block : o.blocks()) {
            String text = ReportFiles.esc(block.text());
            html.append(switch (block.kind()) {
                case TITLE -> "<h1>" + text + "</h1>";
                case SUBTITLE -> "<p class='sub'>" + text + "</p>";
                case HEADING -> "<h2>" + text + "</h2>";
                case TEXT -> "<p class='text'>" + text + "</p>";
                case HINT -> "<p class='hint'>" + text + "</p>";
                case BLANK -> "<p>&#160;</p>";
            });
        }
        for (Evaluated appendix : o.appendices()) {
            ReportTable t = tables.table(appendix);
            html.append("<h1 style='page-break-before: always'>").append(ReportFiles.esc(t.title()))
                    .append("</h1><p class='sub'>").append(ReportFiles.esc(t.subtitle())).append("</p>");
            files.table(html, t);
        }
        registerTable(html.append("<h1 style='page-break-before: always'>")
                .append(ReportFiles.esc(texts.msg("report.document-register.title"))).append("</h1>"), o.register());
        return HtmlPdf.render(html.append("</body></html>").toString());
    }

    byte[] registerPdf(RegisterView.Register register) {
        StringBuilder html = new StringBuilder(ReportFiles.page(true));
        html.append("<h1>").append(ReportFiles.esc(texts.msg("report.document-register.title")))
                .append("</h1><p class='sub'>").append(ReportFiles.esc(texts.msg("report.document-register.subtitle")))
                .append("</p><p class='window'>").append(ReportFiles.esc(tables.window(register.window()) + " — "
                        + register.unitName())).append("</p>");
        registerTable(html, register);
        return HtmlPdf.render(html.append("</body></html>").toString());
    }

    private void registerTable(StringBuilder html, RegisterView.Register register) {
        html.append("<table><thead><tr>");
        for (String h : registerHeaders()) {
            html.append("<th>").append(ReportFiles.esc(h)).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (String[] row : registerRows(register)) {
            html.append("<tr>");
            for (String cell : row) {
                html.append("<td>").append(ReportFiles.esc(cell)).append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table>");
    }
}
