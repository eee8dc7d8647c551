package org.tiepdan.document.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * Word and Excel helpers in the Vietnamese administrative layout (Nghị định 30/2020/NĐ-CP): A4,
 * Times New Roman 13-14 pt, the issuing body and national motto header, place and date line.
 * Kept in this module's internal package; the lead may lift it to a shared place.
 */
final class OfficeDocs {

    static final String FONT = "Times New Roman";
    static final int SIZE = 13;

    /** The texts of the header block, all from messages. */
    record Header(String upperBody, String issuingBody, String motto1, String motto2, String number,
            String placeDate) {
    }

    private OfficeDocs() {
    }

    static XWPFDocument a4(boolean landscape) {
        XWPFDocument doc = new XWPFDocument();
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        if (landscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
            size.setW(BigInteger.valueOf(16838));
            size.setH(BigInteger.valueOf(11906));
        } else {
            size.setW(BigInteger.valueOf(11906));
            size.setH(BigInteger.valueOf(16838));
        }
        CTPageMar margin = sect.addNewPgMar();
        margin.setTop(BigInteger.valueOf(1134));
        margin.setBottom(BigInteger.valueOf(1134));
        margin.setLeft(BigInteger.valueOf(1701));
        margin.setRight(BigInteger.valueOf(1134));
        return doc;
    }

    /** Two-column borderless header: issuing body on the left, motto on the right, then place and date. */
    static void header(XWPFDocument doc, Header h) {
        XWPFTable table = doc.createTable(2, 2);
        table.removeBorders();
        table.setWidth("100%");
        cell(table.getRow(0).getCell(0), h.upperBody() == null ? "" : h.upperBody(), false, false);
        addLine(table.getRow(0).getCell(0), h.issuingBody(), true);
        cell(table.getRow(0).getCell(1), h.motto1(), true, false);
        if (h.motto2() != null) {
            addLine(table.getRow(0).getCell(1), h.motto2(), true);
        }
        cell(table.getRow(1).getCell(0), h.number() == null ? "" : h.number(), false, false);
        cell(table.getRow(1).getCell(1), h.placeDate(), false, true);
    }

    static XWPFParagraph paragraph(XWPFDocument doc, String text, boolean bold, boolean italic,
            ParagraphAlignment align, int size) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        run(p, text, bold, italic, size);
        return p;
    }

    static XWPFRun run(XWPFParagraph p, String text, boolean bold, boolean italic, int size) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        r.setItalic(italic);
        r.setText(text == null ? "" : text);
        return r;
    }

    static void cell(XWPFTableCell cell, String text, boolean bold, boolean italic) {
        XWPFParagraph p = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, text, bold, italic, SIZE);
    }

    static void cellLeft(XWPFTableCell cell, String text, boolean bold) {
        XWPFParagraph p = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
        p.setAlignment(ParagraphAlignment.LEFT);
        run(p, text, bold, false, SIZE);
    }

    private static void addLine(XWPFTableCell cell, String text, boolean bold) {
        XWPFParagraph p = cell.addParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, text, bold, false, SIZE);
    }

    static byte[] bytes(XWPFDocument doc) {
        try (doc; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(Workbook workbook) {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static XSSFWorkbook workbook() {
        return new XSSFWorkbook();
    }

    static CellStyle style(Workbook wb, boolean bold, boolean border) {
        CellStyle style = wb.createCellStyle();
        Font font = wb.createFont();
        font.setFontName(FONT);
        font.setFontHeightInPoints((short) 12);
        font.setBold(bold);
        style.setFont(font);
        style.setWrapText(true);
        if (border) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
        return style;
    }

    static List<String> lines(String... texts) {
        return List.of(texts);
    }
}
