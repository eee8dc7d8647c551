package org.tiepdan.history.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.DomainException;
import org.tiepdan.platform.OfficialXlsx;

/**
 * The spreadsheet template (one sheet per record type, Vietnamese headers, drop-downs of the lists
 * and of the unit's units from a hidden sheet) and its reader. Required columns end with " (*)".
 */
@Component
class Workbooks {

    static final int TEMPLATE_ROWS = 2000;
    private static final String REQUIRED = " (*)";

    private final Vocabulary vocabulary;

    Workbooks(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    String sheetName(RecordType type) {
        return vocabulary.text("history.sheet." + type.name());
    }

    String header(RecordType type, FieldDef def) {
        return vocabulary.text("history.field." + type.name() + "." + def.name()) + (def.required() ? REQUIRED : "");
    }

    byte[] template(UnitDirectory.Units units) {
        XSSFWorkbook wb = new XSSFWorkbook();
        CellStyle bold = OfficialXlsx.style(wb, true, true);
        CellStyle plain = OfficialXlsx.style(wb, false, false);
        Sheet guide = wb.createSheet(vocabulary.text("history.sheet.GUIDE"));
        guide.setColumnWidth(0, 120 * 256);
        int line = 0;
        for (String text : vocabulary.text("history.template.guide", units.root().name()).split("\\|")) {
            Cell c = guide.createRow(line++).createCell(0);
            c.setCellValue(text.strip());
            c.setCellStyle(line == 1 ? bold : plain);
        }
        Sheet lists = wb.createSheet(vocabulary.text("history.sheet.LISTS"));
        Map<String, String> ranges = new HashMap<>();
        int column = 0;
        ranges.put("unit", list(wb, lists, column++, "ds_unit", units.names()));
        for (RecordType type : RecordType.values()) {
            for (FieldDef def : type.fields()) {
                String list = def.kind() == FieldKind.BOOL ? "bool" : def.list();
                if ((def.kind() == FieldKind.ENUM || def.kind() == FieldKind.BOOL) && !ranges.containsKey(list)) {
                    ranges.put(list, list(wb, lists, column++, "ds_" + list,
                            new ArrayList<>(vocabulary.options(list).values())));
                }
            }
        }
        for (RecordType type : RecordType.values()) {
            Sheet sheet = wb.createSheet(sheetName(type));
            Row header = sheet.createRow(0);
            DataValidationHelper helper = sheet.getDataValidationHelper();
            for (int c = 0; c < type.fields().size(); c++) {
                FieldDef def = type.fields().get(c);
                Cell cell = header.createCell(c);
                cell.setCellValue(header(type, def));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(c, Math.min(60, Math.max(14, header(type, def).length() + 4)) * 256);
                String range = switch (def.kind()) {
                    case UNIT -> ranges.get("unit");
                    case BOOL -> ranges.get("bool");
                    case ENUM -> ranges.get(def.list());
                    default -> null;
                };
                if (range != null) {
                    DataValidation v = helper.createValidation(helper.createFormulaListConstraint(range),
                            new CellRangeAddressList(1, TEMPLATE_ROWS, c, c));
                    v.setShowErrorBox(true);
                    v.createErrorBox(vocabulary.text("history.template.invalid-title"),
                            vocabulary.text("history.template.invalid-text"));
                    sheet.addValidationData(v);
                }
            }
            sheet.createFreezePane(0, 1);
        }
        wb.setSheetHidden(wb.getSheetIndex(lists), true);
        wb.setActiveSheet(0);
        return OfficialXlsx.bytes(wb);
    }

    private static String list(Workbook wb, Sheet sheet, int column, String name, List<String> values) {
        for (int r = 0; r < values.size(); r++) {
            Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
            row.createCell(column).setCellValue(values.get(r));
        }
        String col = CellReference.convertNumToColString(column);
        String formula = "'" + sheet.getSheetName().replace("'", "''") + "'!$" + col + "$1:$" + col + "$"
                + Math.max(1, values.size());
        Name n = wb.createName();
        n.setNameName(name);
        n.setRefersToFormula(formula);
        return name;
    }

    /** Reads every sheet named like a record type; rows are numbered as the spreadsheet shows them. */
    Bundle read(byte[] content) {
        boolean zip = content.length > 4 && content[0] == 'P' && content[1] == 'K';
        if (!zip) {
            throw DomainException.invalid("history-file-unreadable", "file");
        }
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<Rec> records = new ArrayList<>();
            boolean any = false;
            for (RecordType type : RecordType.values()) {
                Sheet sheet = sheet(wb, type);
                if (sheet == null) {
                    continue;
                }
                any = true;
                records.addAll(rows(sheet, type, formatter));
            }
            if (!any) {
                throw DomainException.invalid("history-file-no-sheets", "file");
            }
            return new Bundle(records);
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException d) {
                throw d;
            }
            throw DomainException.invalid("history-file-unreadable", "file");
        }
    }

    private Sheet sheet(Workbook wb, RecordType type) {
        String wanted = Fold.fold(sheetName(type));
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            if (Fold.fold(wb.getSheetName(i)).equals(wanted)) {
                return wb.getSheetAt(i);
            }
        }
        return null;
    }

    private List<Rec> rows(Sheet sheet, RecordType type, DataFormatter formatter) {
        Row header = sheet.getRow(0);
        if (header == null) {
            return List.of();
        }
        Map<Integer, FieldDef> columns = new LinkedHashMap<>();
        for (Cell cell : header) {
            String text = Fold.fold(formatter.formatCellValue(cell)).replace("(*)", "").strip();
            for (FieldDef def : type.fields()) {
                if (Fold.fold(header(type, def)).replace("(*)", "").strip().equals(text)) {
                    columns.put(cell.getColumnIndex(), def);
                }
            }
        }
        List<Rec> recs = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            columns.forEach((c, def) -> {
                Cell cell = row.getCell(c);
                String value = Canonical.fromSheet(def, cell == null ? null : text(cell, formatter), vocabulary);
                if (value != null) {
                    fields.put(def.name(), value);
                }
            });
            if (!fields.isEmpty()) {
                recs.add(new Rec(type, r + 1, fields));
            }
        }
        return recs;
    }

    private static String text(Cell cell, DataFormatter formatter) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return Dates.format(cell.getLocalDateTimeCellValue().toLocalDate());
        }
        if (type == CellType.BOOLEAN) {
            return String.valueOf(cell.getBooleanCellValue());
        }
        if (type == CellType.NUMERIC) {
            double d = cell.getNumericCellValue();
            return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
        }
        return formatter.formatCellValue(cell);
    }
}
