package org.tiepdan.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** Excel helpers in the same typeface as {@link OfficialDocx}: styles, A4 print setup, bytes. */
public final class OfficialXlsx {

    private OfficialXlsx() {
    }

    public static CellStyle style(Workbook wb, boolean bold, boolean border) {
        CellStyle style = wb.createCellStyle();
        Font font = wb.createFont();
        font.setFontName(OfficialDocx.FONT);
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

    /** A4, one page wide, as many pages tall as needed. */
    public static void printA4(Sheet sheet, boolean landscape) {
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setLandscape(landscape);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    /** The most characters an Excel cell holds (POI refuses more, so one long text broke a whole file). */
    public static final int MAX_CELL_TEXT = 32_767;

    /**
     * Sets a text cell, cutting a text longer than Excel allows to {@value #MAX_CELL_TEXT} characters
     * ending in "…". Input is validated far below this; the cut keeps older or imported records
     * from making a register or report impossible to download.
     */
    public static void text(Cell cell, String value) {
        if (value != null && value.length() > MAX_CELL_TEXT) {
            int end = MAX_CELL_TEXT - 1;
            if (Character.isHighSurrogate(value.charAt(end - 1))) {
                end--;
            }
            value = value.substring(0, end) + "…";
        }
        cell.setCellValue(value);
    }

    /**
     * The workbook's bytes, every formula evaluated first so that its value is stored next to it: a
     * reader that does not recalculate (a phone's viewer, a script, a mail preview) shows the totals
     * instead of empty cells. Excel still recalculates on opening when the workbook asks it to.
     */
    public static byte[] bytes(Workbook workbook) {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
