package org.tiepdan.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;

/**
 * What a strict reader of Office files checks, for tests. A .docx: its document part validates
 * against the full OOXML schemas (poi-ooxml-full, test scope), and
 * every table has what strict readers such as python-docx need: a grid with one column per cell,
 * integer widths, a paragraph in every cell. An .xlsx: every formula carries its stored value, the
 * value a recalculation gives.
 */
public final class OoxmlChecks {

    private OoxmlChecks() {
    }

    /** Every problem of the Word file; empty when a strict reader takes it. */
    public static List<String> docxProblems(byte[] docx) {
        List<String> problems = new ArrayList<>();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            validate("document", doc.getDocument(), problems);
            int i = 0;
            for (CTTbl table : doc.getDocument().getBody().getTblArray()) {
                tableProblems("table " + i++, table, problems);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    private static void tableProblems(String where, CTTbl table, List<String> problems) {
        int columns = 0;
        for (CTRow row : table.getTrArray()) {
            int cells = 0;
            for (CTTc cell : row.getTcArray()) {
                cells += cell.getTcPr() != null && cell.getTcPr().getGridSpan() != null
                        ? cell.getTcPr().getGridSpan().getVal().intValue() : 1;
                if (cell.sizeOfPArray() == 0 && cell.sizeOfTblArray() == 0) {
                    problems.add(where + ": a cell without a paragraph");
                }
                if (cell.getTcPr() != null && cell.getTcPr().getTcW() != null) {
                    width(where + " cell width", cell.getTcPr().getTcW(), problems);
                }
                for (CTTbl nested : cell.getTblArray()) {
                    tableProblems(where + " (nested)", nested, problems);
                }
            }
            columns = Math.max(columns, cells);
        }
        if (table.getTblGrid() == null) {
            problems.add(where + ": no w:tblGrid");
        } else if (table.getTblGrid().sizeOfGridColArray() != columns) {
            problems.add(where + ": w:tblGrid has " + table.getTblGrid().sizeOfGridColArray() + " columns, rows have "
                    + columns);
        }
        if (table.getTblPr() != null && table.getTblPr().getTblW() != null) {
            width(where + " width", table.getTblPr().getTblW(), problems);
        }
    }

    /** python-docx reads w:w as an integer (twips, or fiftieths of a percent with type pct). */
    private static void width(String where, CTTblWidth w, List<String> problems) {
        XmlObject attr = w.xgetW();
        String value = attr == null ? null : attr.newCursor().getTextValue();
        if (value != null && !value.matches("-?\\d+")) {
            problems.add(where + ": w:w=\"" + value + "\" is not an integer");
        }
    }

    private static void validate(String part, XmlObject xml, List<String> problems) {
        List<XmlError> errors = new ArrayList<>();
        XmlOptions options = new XmlOptions().setErrorListener(errors);
        if (!xml.validate(options)) {
            errors.forEach(e -> problems.add(part + ": " + e.getMessage()));
            if (errors.isEmpty()) {
                problems.add(part + ": invalid");
            }
        }
    }

    /** Formula cells without a stored value, or whose stored value differs from a recalculation. */
    public static List<String> xlsxProblems(byte[] xlsx) {
        List<String> problems = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() != CellType.FORMULA) {
                            continue;
                        }
                        String where = sheet.getSheetName() + "!" + cell.getAddress() + " =" + cell.getCellFormula();
                        if (!((XSSFCell) cell).getCTCell().isSetV()) {
                            problems.add(where + ": no stored value");
                            continue;
                        }
                        CellValue fresh = evaluator.evaluate(cell);
                        if (cell.getCachedFormulaResultType() != fresh.getCellType()
                                || fresh.getCellType() == CellType.NUMERIC
                                        && cell.getNumericCellValue() != fresh.getNumberValue()) {
                            problems.add(where + ": stored " + ((XSSFCell) cell).getRawValue() + ", recalculated "
                                    + fresh.formatAsString());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    /** How many formula cells the workbook has (a check that a test looked at totals at all). */
    public static int formulaCount(byte[] xlsx) {
        int n = 0;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        n += cell.getCellType() == CellType.FORMULA ? 1 : 0;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n;
    }
}
