package org.tiepdan.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.ss.usermodel.BorderStyle;
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

    public static byte[] bytes(Workbook workbook) {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
