package org.tiepdan.report.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.tiepdan.document.IssuedDocuments;
import org.tiepdan.org.Letterheads;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.platform.HtmlPdf;
import org.tiepdan.platform.OfficialDocx;
import org.tiepdan.platform.OfficialXlsx;

/**
 * The files of a statistical report: .docx in the NĐ 30/2020 layout (letterhead, title, A4,
 * landscape for wide tables), .xlsx whose totals are SUM formulas with their values stored, PDF
 * through {@link HtmlPdf}.
 * All three write the same {@link ReportTable}.
 */
@Component
class ReportFiles {

    /** The document type of a report ("Báo cáo"): its number line is the register's blank form, filled when signed. */
    static final String REPORT_TYPE = "BC";

    private final ReportTables tables;
    private final Letterheads letterheads;
    private final IssuedDocuments documents;
    private final OrgUnits units;
    private final Texts texts;

    ReportFiles(ReportTables tables, Letterheads letterheads, IssuedDocuments documents, OrgUnits units,
            Texts texts) {
        this.tables = tables;
        this.letterheads = letterheads;
        this.documents = documents;
        this.units = units;
        this.texts = texts;
    }

    /**
     * The number line of a report, left blank to be filled when signed: the body's own form
     * ("      -BC/ĐU", "      /BC-UBND"); a territory has no register of its own, so no symbol.
     */
    String blankNumber(long unitId) {
        return units.get(unitId).kind().isArea() ? "      /" + REPORT_TYPE : documents.blankNumber(unitId, REPORT_TYPE);
    }

    byte[] docx(Evaluated r, List<String> sentences, LocalDate today) {
        ReportTable t = tables.table(r);
        try (OfficialDocx doc = new OfficialDocx(r.def().landscape())) {
            doc.letterhead(letterheads.of(r.unitId(), blankNumber(r.unitId()), today));
            write(doc, r, t, sentences);
            return doc.bytes();
        }
    }

    /** Writes the title, the window, the sentences and the table into a document (also used by the Đề cương). */
    void write(OfficialDocx doc, Evaluated r, ReportTable t, List<String> sentences) {
        doc.title(t.title());
        doc.centered(t.subtitle(), false).getRuns().forEach(run -> run.setBold(true));
        doc.centered(tables.window(r.window()) + " — " + r.unitName(), true);
        if (sentences != null && !sentences.isEmpty()) {
            doc.heading(texts.msg("report.periodic.sentences"));
            sentences.forEach(doc::paragraph);
        }
        List<String[]> rows = new ArrayList<>();
        for (Object[] row : t.rows()) {
            String[] line = new String[row.length];
            for (int i = 0; i < row.length; i++) {
                line[i] = text(row[i]);
            }
            rows.add(line);
        }
        doc.table(t.headers().toArray(String[]::new), rows, 12);
    }

    byte[] xlsx(Evaluated r, List<String> sentences) {
        XSSFWorkbook wb = new XSSFWorkbook();
        sheet(wb, r, tables.table(r), sentences);
        return OfficialXlsx.bytes(wb);
    }

    /** One sheet per report; figures as numbers, totals as formulas. */
    void sheet(XSSFWorkbook wb, Evaluated r, ReportTable t, List<String> sentences) {
        Sheet sheet = wb.createSheet(texts.msg("report." + r.code() + ".sheet"));
        CellStyle bold = OfficialXlsx.style(wb, true, false);
        CellStyle head = OfficialXlsx.style(wb, true, true);
        CellStyle body = OfficialXlsx.style(wb, false, true);
        int width = t.headers().size();
        line(sheet, 0, t.title(), bold, width);
        line(sheet, 1, t.subtitle(), bold, width);
        line(sheet, 2, tables.window(r.window()) + " — " + r.unitName(), null, width);
        int top = 4;
        Row header = sheet.createRow(top);
        for (int c = 0; c < width; c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(t.headers().get(c));
            cell.setCellStyle(head);
        }
        int first = top + 1;
        for (int i = 0; i < t.rows().size(); i++) {
            Object[] values = t.rows().get(i);
            Row row = sheet.createRow(first + i);
            boolean totalRow = t.totalRow() && i == t.rows().size() - 1;
            for (int c = 0; c < width; c++) {
                Cell cell = row.createCell(c);
                cell.setCellStyle(body);
                Object v = values[c];
                if (totalRow && v instanceof Long && i > 0) {
                    String col = CellReference.convertNumToColString(c);
                    cell.setCellFormula("SUM(" + col + (first + 1) + ":" + col + (first + i) + ")");
                } else if (c == t.totalColumn() && t.firstValue() < t.totalColumn() && v instanceof Long) {
                    cell.setCellFormula("SUM(" + CellReference.convertNumToColString(t.firstValue()) + (first + i + 1)
                            + ":" + CellReference.convertNumToColString(t.totalColumn() - 1) + (first + i + 1) + ")");
                } else if (v instanceof Long n) {
                    cell.setCellValue(n);
                } else {
                    OfficialXlsx.text(cell, text(v));
                }
            }
        }
        int next = first + t.rows().size() + 1;
        if (sentences != null) {
            for (String s : sentences) {
                line(sheet, next++, s, null, width);
            }
        }
        wb.setForceFormulaRecalculation(true);
        for (int c = 0; c < width; c++) {
            sheet.setColumnWidth(c, (c == 1 ? 48 : c == 2 ? 36 : 14) * 256);
        }
        OfficialXlsx.printA4(sheet, r.def().landscape());
    }

    private static void line(Sheet sheet, int index, String text, CellStyle style, int width) {
        Row row = sheet.createRow(index);
        Cell cell = row.createCell(0);
        OfficialXlsx.text(cell, text);
        if (style != null) {
            cell.setCellStyle(style);
        }
        if (width > 1) {
            sheet.addMergedRegion(new CellRangeAddress(index, index, 0, width - 1));
        }
    }

    byte[] pdf(Evaluated r, List<String> sentences) {
        ReportTable t = tables.table(r);
        StringBuilder html = new StringBuilder(page(r.def().landscape()));
        html.append("<h1>").append(esc(t.title())).append("</h1><p class='sub'>").append(esc(t.subtitle()))
                .append("</p><p class='window'>").append(esc(tables.window(r.window()) + " — " + r.unitName()))
                .append("</p>");
        if (sentences != null && !sentences.isEmpty()) {
            html.append("<h2>").append(esc(texts.msg("report.periodic.sentences"))).append("</h2>");
            sentences.forEach(s -> html.append("<p class='text'>").append(esc(s)).append("</p>"));
        }
        table(html, t);
        return HtmlPdf.render(html.append("</body></html>").toString());
    }

    /** The head of a printable page: A4, DejaVu Serif (HtmlPdf maps "serif"), borders on tables. */
    static String page(boolean landscape) {
        return "<!DOCTYPE html><html lang='vi'><head><meta charset='UTF-8'/><style>@page { size: A4"
                + (landscape ? " landscape" : "") + "; margin: 2cm 1.5cm 2cm 2.5cm; } body { font-family: serif; "
                + "font-size: 11pt; } h1 { font-size: 14pt; text-align: center; margin: 0; } h2 { font-size: 12pt; } "
                + "p.sub { text-align: center; font-weight: bold; } p.window { text-align: center; font-style: italic; } "
                + "p.text { text-align: justify; text-indent: 1cm; } p.hint { font-style: italic; color: #444; } "
                + "table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #000; padding: 3px; "
                + "font-size: 10pt; } th { text-align: center; } td.n { text-align: right; }</style></head><body>";
    }

    void table(StringBuilder html, ReportTable t) {
        html.append("<table><thead><tr>");
        t.headers().forEach(h -> html.append("<th>").append(esc(h)).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (Object[] row : t.rows()) {
            html.append("<tr>");
            for (Object v : row) {
                html.append(v instanceof Long ? "<td class='n'>" : "<td>").append(esc(text(v))).append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table>");
    }

    String text(Object v) {
        if (v == null) {
            return texts.msg("report.no-data");
        }
        return v instanceof Long n ? Texts.count(n) : v.toString();
    }

    static String esc(String s) {
        return HtmlUtils.htmlEscape(s == null ? "" : s);
    }
}
