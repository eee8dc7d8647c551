package org.tiepdan.document.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.DomainException;

/**
 * Reads a legacy register: CSV (UTF-8, header STT,Số hiệu,Cơ quan ban hành,Trích yếu,Ngày ban hành)
 * or the same columns in the first sheet of an XLSX. Group rows ("I", "Cấp ủy đảng") are kept as
 * hints of the issuer kind of the rows under them; blank lines are dropped.
 */
public final class RegisterFile {

    /** One line of the file. groupHint is set on group header rows only. */
    public record RawRow(Long id, int line, String stt, String number, String issuer, String summary, String date,
            String groupHint, boolean corrected, long version) {

        public boolean isGroup() {
            return groupHint != null;
        }
    }

    static final List<String> HEADER = List.of("stt", "so hieu", "co quan ban hanh", "trich yeu", "ngay ban hanh");
    private static final Pattern ROMAN = Pattern.compile("^(?i)[IVX]+\\.?$");

    private RegisterFile() {
    }

    static List<RawRow> read(String fileName, byte[] content) {
        List<List<String>> table = isXlsx(fileName, content) ? xlsx(content) : csv(content);
        if (table.isEmpty() || !header(table.get(0))) {
            throw DomainException.invalid("document-import-header", "file");
        }
        List<RawRow> rows = new ArrayList<>();
        for (int i = 1; i < table.size(); i++) {
            List<String> cells = new ArrayList<>(table.get(i));
            while (cells.size() < 5) {
                cells.add(null);
            }
            if (cells.stream().allMatch(Text::blank)) {
                continue;
            }
            String stt = Text.clean(cells.get(0));
            int line = i + 1;
            if (stt != null && ROMAN.matcher(stt).matches() && Text.blank(cells.get(4))) {
                String label = Text.clean(cells.get(1)) != null ? cells.get(1) : cells.get(2);
                rows.add(new RawRow(null, line, stt, null, null, Text.clean(label), null, groupHint(stt, label), false, 0));
                continue;
            }
            rows.add(new RawRow(null, line, stt, raw(cells.get(1)), Text.clean(cells.get(2)), Text.clean(cells.get(3)),
                    Text.clean(cells.get(4)), null, false, 0));
        }
        return rows;
    }

    /** Keeps inner spaces of the number so that the import can report them. */
    private static String raw(String s) {
        return Text.blank(s) ? null : Text.nfc(s).strip();
    }

    static String groupHint(String roman, String label) {
        String f = Text.fold(label);
        if (f.contains("dang") || f.contains("cap uy")) {
            return "PARTY_COMMITTEE";
        }
        if (f.contains("chinh quyen") || f.contains("ubnd") || f.contains("uy ban")) {
            return "GOVERNMENT";
        }
        if (f.contains("mttq") || f.contains("mat tran") || f.contains("doan the")) {
            return "FRONT_AND_ORGANISATIONS";
        }
        return switch (roman.replace(".", "").toUpperCase(Locale.ROOT)) {
            case "I" -> "PARTY_COMMITTEE";
            case "II" -> "GOVERNMENT";
            default -> "FRONT_AND_ORGANISATIONS";
        };
    }

    private static boolean header(List<String> cells) {
        if (cells.size() < 5) {
            return false;
        }
        for (int i = 0; i < 5; i++) {
            if (!Text.fold(cells.get(i)).replace("\ufeff", "").equals(HEADER.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isXlsx(String fileName, byte[] content) {
        boolean zip = content.length > 4 && content[0] == 'P' && content[1] == 'K';
        return zip || (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx"));
    }

    private static List<List<String>> xlsx(byte[] content) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<List<String>> table = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < 5; c++) {
                    Cell cell = row == null ? null : row.getCell(c);
                    cells.add(cell == null ? null : cellText(cell, formatter));
                }
                table.add(cells);
            }
            return table;
        } catch (IOException | RuntimeException e) {
            throw DomainException.invalid("document-import-unreadable", "file");
        }
    }

    private static String cellText(Cell cell, DataFormatter formatter) {
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return Dates.format(cell.getLocalDateTimeCellValue().toLocalDate());
        }
        return formatter.formatCellValue(cell);
    }

    static List<List<String>> csv(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw DomainException.invalid("document-import-encoding", "file");
        }
        if (text.startsWith("\ufeff")) {
            text = text.substring(1);
        }
        List<List<String>> table = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                table.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(ch);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            table.add(row);
        }
        return table;
    }
}
