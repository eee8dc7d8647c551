package org.tiepdan.reception.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
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
 * A Word document in the Vietnamese administrative format (Nghị định 30/2020/NĐ-CP): A4, Times
 * New Roman 13 pt, the issuing body and the national motto side by side at the top.
 */
final class Docx implements AutoCloseable {

    static final String FONT = "Times New Roman";
    static final int SIZE = 13;

    private final XWPFDocument doc = new XWPFDocument();

    Docx(boolean landscape) {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        // A4 in twentieths of a point: 210 x 297 mm.
        if (landscape) {
            size.setW(BigInteger.valueOf(16838));
            size.setH(BigInteger.valueOf(11906));
            size.setOrient(STPageOrientation.LANDSCAPE);
        } else {
            size.setW(BigInteger.valueOf(11906));
            size.setH(BigInteger.valueOf(16838));
        }
        CTPageMar margin = sect.addNewPgMar();
        margin.setTop(BigInteger.valueOf(1134));
        margin.setBottom(BigInteger.valueOf(1134));
        margin.setLeft(BigInteger.valueOf(1701));
        margin.setRight(BigInteger.valueOf(850));
    }

    XWPFDocument document() {
        return doc;
    }

    /** Issuing body (left) and national motto (right). */
    void header(String superior, String body, String motto1, String motto2, String placeDate) {
        XWPFTable t = doc.createTable(1, 2);
        t.setTableAlignment(TableRowAlign.CENTER);
        t.removeBorders();
        t.setWidth("100%");
        XWPFTableCell left = t.getRow(0).getCell(0);
        XWPFTableCell right = t.getRow(0).getCell(1);
        left.setWidth("40%");
        right.setWidth("60%");
        XWPFParagraph l = left.getParagraphs().get(0);
        l.setAlignment(ParagraphAlignment.CENTER);
        if (superior != null && !superior.isBlank()) {
            run(l, superior.toUpperCase(java.util.Locale.forLanguageTag("vi")), false, false, SIZE);
            run(l, null, false, false, SIZE).addBreak();
        }
        XWPFRun b = run(l, body.toUpperCase(java.util.Locale.forLanguageTag("vi")), true, false, SIZE);
        b.setUnderline(UnderlinePatterns.SINGLE);
        XWPFParagraph r = right.getParagraphs().get(0);
        r.setAlignment(ParagraphAlignment.CENTER);
        run(r, motto1, true, false, SIZE);
        run(r, null, false, false, SIZE).addBreak();
        XWPFRun m2 = run(r, motto2, true, false, 14);
        m2.setUnderline(UnderlinePatterns.SINGLE);
        if (placeDate != null) {
            XWPFParagraph d = right.addParagraph();
            d.setAlignment(ParagraphAlignment.CENTER);
            run(d, placeDate, false, true, SIZE);
        }
    }

    XWPFParagraph title(String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingBefore(240);
        run(p, text, true, false, 14);
        return p;
    }

    XWPFParagraph centered(String text, boolean italic) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, text, false, italic, SIZE);
        return p;
    }

    XWPFParagraph paragraph(String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setSpacingAfter(60);
        run(p, text, false, false, SIZE);
        return p;
    }

    XWPFParagraph labelled(String label, String value) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingAfter(60);
        run(p, label + ": ", true, false, SIZE);
        run(p, value == null ? "" : value, false, false, SIZE);
        return p;
    }

    /** A bordered table with a bold header row; cells in the given font size. */
    XWPFTable table(String[] headers, java.util.List<String[]> rows, int fontSize) {
        XWPFTable t = doc.createTable(rows.size() + 1, headers.length);
        t.setWidth("100%");
        for (int c = 0; c < headers.length; c++) {
            cell(t.getRow(0).getCell(c), headers[c], true, fontSize);
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < headers.length; c++) {
                cell(t.getRow(r + 1).getCell(c), rows.get(r)[c], false, fontSize);
            }
        }
        return t;
    }

    /** Two signature blocks side by side: left and right titles, with names under them. */
    void signatures(String leftTitle, String leftName, String rightTitle, String rightName) {
        XWPFTable t = doc.createTable(1, 2);
        t.removeBorders();
        t.setWidth("100%");
        sign(t.getRow(0).getCell(0), leftTitle, leftName);
        sign(t.getRow(0).getCell(1), rightTitle, rightName);
    }

    private void sign(XWPFTableCell cell, String title, String name) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingBefore(240);
        run(p, title, true, false, SIZE);
        for (int i = 0; i < 4; i++) {
            run(p, null, false, false, SIZE).addBreak();
        }
        run(p, name == null ? "" : name, true, false, SIZE);
    }

    private static void cell(XWPFTableCell cell, String text, boolean bold, int size) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        if (bold) {
            p.setAlignment(ParagraphAlignment.CENTER);
        }
        String[] lines = (text == null ? "" : text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFRun r = run(p, lines[i], bold, false, size);
            if (i < lines.length - 1) {
                r.addBreak();
            }
        }
    }

    static XWPFRun run(XWPFParagraph p, String text, boolean bold, boolean italic, int size) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        r.setItalic(italic);
        if (text != null) {
            r.setText(text);
        }
        return r;
    }

    byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
