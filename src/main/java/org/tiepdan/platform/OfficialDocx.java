package org.tiepdan.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * A Word document in the Vietnamese administrative layout (Nghị định 30/2020/NĐ-CP; Hướng dẫn
 * 36-HD/VPTW for Party bodies): A4, Times New Roman 13–14 pt, the issuing body and the motto side by
 * side at the top, the number under the body and the place-date line under the motto. The one place
 * every module writes .docx through; texts come from the caller (messages), never from here.
 *
 * <p>Files must open in strict readers too (python-docx, some mobile viewers), not only in Word,
 * which forgives: every table gets its {@code w:tblGrid} and cell widths in twips, the page margins
 * carry the header, footer and gutter attributes the schema requires. Tests validate every
 * generated file against the OOXML schemas.
 */
public final class OfficialDocx implements AutoCloseable {

    public static final String FONT = "Times New Roman";
    public static final int SIZE = 13;
    private static final Locale VI = Locale.forLanguageTag("vi");

    /**
     * The top block. {@code motto2} is null for Party bodies (one line "ĐẢNG CỘNG SẢN VIỆT NAM");
     * {@code superior}, {@code number} and {@code placeDate} may be null.
     */
    public record Letterhead(String superior, String body, String number, String motto1, String motto2,
            String placeDate) {

        public Letterhead withNumber(String newNumber) {
            return new Letterhead(superior, body, newNumber, motto1, motto2, placeDate);
        }

        public Letterhead withPlaceDate(String newPlaceDate) {
            return new Letterhead(superior, body, number, motto1, motto2, newPlaceDate);
        }
    }

    private final XWPFDocument doc = new XWPFDocument();
    /** The width between the margins, in twentieths of a point: what the tables share. */
    private final int textWidth;

    public OfficialDocx(boolean landscape) {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        // A4 in twentieths of a point: 210 x 297 mm; margins 2 cm top/bottom, 3 cm left, 1.5-2 cm right.
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
        margin.setRight(BigInteger.valueOf(1134));
        margin.setHeader(BigInteger.valueOf(720));
        margin.setFooter(BigInteger.valueOf(720));
        margin.setGutter(BigInteger.ZERO);
        textWidth = (landscape ? 16838 : 11906) - 1701 - 1134;
    }

    /** The underlying POI document, for layouts this class does not cover. */
    public XWPFDocument document() {
        return doc;
    }

    public void letterhead(Letterhead h) {
        XWPFTable t = doc.createTable(1, 2);
        t.setTableAlignment(TableRowAlign.CENTER);
        t.removeBorders();
        t.setWidth("100%");
        columns(t, textWidth * 2 / 5, textWidth - textWidth * 2 / 5);
        XWPFTableCell left = t.getRow(0).getCell(0);
        XWPFTableCell right = t.getRow(0).getCell(1);
        XWPFParagraph l = left.getParagraphs().get(0);
        l.setAlignment(ParagraphAlignment.CENTER);
        if (h.superior() != null && !h.superior().isBlank()) {
            run(l, h.superior().toUpperCase(VI), false, false, SIZE);
            run(l, null, false, false, SIZE).addBreak();
        }
        XWPFRun b = run(l, h.body().toUpperCase(VI), true, false, SIZE);
        b.setUnderline(h.motto2() == null ? UnderlinePatterns.NONE : UnderlinePatterns.SINGLE);
        if (h.motto2() == null) {
            run(l, null, false, false, SIZE).addBreak();
            run(l, "*", false, false, SIZE);
        }
        if (h.number() != null && !h.number().isBlank()) {
            XWPFParagraph n = left.addParagraph();
            n.setAlignment(ParagraphAlignment.CENTER);
            run(n, h.number(), false, false, SIZE);
        }
        XWPFParagraph r = right.getParagraphs().get(0);
        r.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun m1 = run(r, h.motto1(), true, false, h.motto2() == null ? 15 : SIZE);
        if (h.motto2() == null) {
            m1.setUnderline(UnderlinePatterns.SINGLE);
        } else {
            run(r, null, false, false, SIZE).addBreak();
            run(r, h.motto2(), true, false, 14).setUnderline(UnderlinePatterns.SINGLE);
        }
        if (h.placeDate() != null) {
            XWPFParagraph d = right.addParagraph();
            d.setAlignment(ParagraphAlignment.CENTER);
            d.setSpacingBefore(120);
            run(d, h.placeDate(), false, true, 14);
        }
    }

    public XWPFParagraph title(String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingBefore(240);
        run(p, text, true, false, 14);
        return p;
    }

    public XWPFParagraph centered(String text, boolean italic) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, text, false, italic, SIZE);
        return p;
    }

    /** A justified body paragraph, first line indented 1 cm as in the seeds. */
    public XWPFParagraph paragraph(String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setSpacingAfter(60);
        p.setIndentationFirstLine(567);
        run(p, text, false, false, 14);
        return p;
    }

    /** A bold heading inside the body ("I. KẾT QUẢ ..."), left aligned. */
    public XWPFParagraph heading(String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setSpacingBefore(120);
        p.setSpacingAfter(60);
        p.setIndentationFirstLine(567);
        run(p, text, true, false, 14);
        return p;
    }

    /** An italic hint under a heading, for parts a writer fills in by hand. */
    public XWPFParagraph hint(String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(567);
        run(p, text, false, true, 13);
        return p;
    }

    public XWPFParagraph labelled(String label, String value) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingAfter(60);
        run(p, label + ": ", true, false, SIZE);
        run(p, value == null ? "" : value, false, false, SIZE);
        return p;
    }

    /** A bordered table with a bold centred header row; a cell's "\n" breaks the line. */
    public XWPFTable table(String[] headers, List<String[]> rows, int fontSize) {
        XWPFTable t = doc.createTable(rows.size() + 1, headers.length);
        t.setWidth("100%");
        columns(t, shares(headers, rows));
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

    /** Recipients (Nơi nhận) on the left, the signer's title and name on the right. */
    public void signature(List<String> recipients, String recipientsLabel, String signerTitle, String signerName) {
        XWPFTable t = doc.createTable(1, 2);
        t.removeBorders();
        t.setWidth("100%");
        columns(t, textWidth / 2, textWidth - textWidth / 2);
        XWPFTableCell left = t.getRow(0).getCell(0);
        XWPFParagraph l = left.getParagraphs().get(0);
        l.setSpacingBefore(240);
        if (recipientsLabel != null) {
            run(l, recipientsLabel, true, true, 12);
        }
        for (String recipient : recipients) {
            XWPFParagraph line = left.addParagraph();
            run(line, recipient, false, false, 11);
        }
        sign(t.getRow(0).getCell(1), signerTitle, signerName);
    }

    /** Two signature blocks side by side: left and right titles, with names under them. */
    public void signatures(String leftTitle, String leftName, String rightTitle, String rightName) {
        XWPFTable t = doc.createTable(1, 2);
        t.removeBorders();
        t.setWidth("100%");
        columns(t, textWidth / 2, textWidth - textWidth / 2);
        sign(t.getRow(0).getCell(0), leftTitle, leftName);
        sign(t.getRow(0).getCell(1), rightTitle, rightName);
    }

    /**
     * Column widths in twips from each column's share of the text: the longest header word or
     * line of its cells (capped, so that one long text does not squeeze the others), at least 3.
     */
    private int[] shares(String[] headers, List<String[]> rows) {
        int[] weight = new int[headers.length];
        for (int c = 0; c < headers.length; c++) {
            int w = 3;
            for (String word : (headers[c] == null ? "" : headers[c]).split("\\s+")) {
                w = Math.max(w, word.length());
            }
            for (String[] row : rows) {
                String text = c < row.length && row[c] != null ? row[c] : "";
                for (String line : text.split("\n")) {
                    w = Math.max(w, Math.min(line.length(), 40));
                }
            }
            weight[c] = w + 2;
        }
        int total = java.util.Arrays.stream(weight).sum();
        int[] widths = new int[headers.length];
        int used = 0;
        for (int c = 0; c < widths.length; c++) {
            widths[c] = c == widths.length - 1 ? textWidth - used : textWidth * weight[c] / total;
            used += widths[c];
        }
        return widths;
    }

    /** The table's grid (which strict readers need to find its columns) and every cell's width, in twips. */
    private static void columns(XWPFTable t, int... widths) {
        CTTblGrid grid = t.getCTTbl().getTblGrid() == null ? t.getCTTbl().addNewTblGrid() : t.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        for (XWPFTableRow row : t.getRows()) {
            for (int c = 0; c < widths.length && c < row.getTableCells().size(); c++) {
                CTTcPr pr = row.getCell(c).getCTTc().isSetTcPr() ? row.getCell(c).getCTTc().getTcPr()
                        : row.getCell(c).getCTTc().addNewTcPr();
                CTTblWidth w = pr.isSetTcW() ? pr.getTcW() : pr.addNewTcW();
                w.setType(STTblWidth.DXA);
                w.setW(BigInteger.valueOf(widths[c]));
            }
        }
    }

    private void sign(XWPFTableCell cell, String title, String name) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingBefore(240);
        run(p, title == null ? "" : title.toUpperCase(VI), true, false, 14);
        for (int i = 0; i < 4; i++) {
            run(p, null, false, false, SIZE).addBreak();
        }
        run(p, name == null ? "" : name, true, false, 14);
    }

    /** Writes a table cell; header cells are centred and bold. */
    public static void cell(XWPFTableCell cell, String text, boolean bold, int size) {
        XWPFParagraph p = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
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

    public static XWPFRun run(XWPFParagraph p, String text, boolean bold, boolean italic, int size) {
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

    public byte[] bytes() {
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
