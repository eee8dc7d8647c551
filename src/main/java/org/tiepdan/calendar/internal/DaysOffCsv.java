package org.tiepdan.calendar.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.tiepdan.calendar.DayKind;
import org.tiepdan.platform.DomainException;

/**
 * The days-off CSV format of {@code vn-days-off.csv}: header {@code date,kind,name,source,confidence,note},
 * RFC 4180 quoting, dates ISO (yyyy-MM-dd), kind HOLIDAY / DAY_OFF / MAKEUP_WORKDAY, confidence
 * {@code confirmed} or {@code unsure}.
 */
public final class DaysOffCsv {

    static final List<String> HEADER = List.of("date", "kind", "name", "source", "confidence", "note");

    /** One row. */
    public record Row(int line, LocalDate date, DayKind kind, String name, String source, boolean confirmed,
            String note) {
    }

    private DaysOffCsv() {
    }

    public static List<Row> read(InputStream in) throws IOException {
        return read(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** Parses and validates; throws {@code invalid("calendar-csv-invalid", "file", line)} on a bad row. */
    public static List<Row> read(Reader reader) throws IOException {
        List<List<String>> records = records(reader);
        if (records.isEmpty() || !records.get(0).stream().map(s -> s.trim().toLowerCase(Locale.ROOT)).toList()
                .subList(0, Math.min(records.get(0).size(), HEADER.size())).equals(HEADER)) {
            throw DomainException.invalid("calendar-csv-header", "file", String.join(",", HEADER));
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> r = records.get(i);
            int line = i + 1;
            if (r.size() == 1 && r.get(0).isBlank()) {
                continue;
            }
            if (r.size() < 5) {
                throw DomainException.invalid("calendar-csv-invalid", "file", line);
            }
            try {
                LocalDate date = LocalDate.parse(r.get(0).trim());
                DayKind kind = DayKind.valueOf(r.get(1).trim().toUpperCase(Locale.ROOT));
                String name = r.get(2).trim();
                String confidence = r.get(4).trim().toLowerCase(Locale.ROOT);
                if (name.isEmpty() || !(confidence.equals("confirmed") || confidence.equals("unsure"))) {
                    throw DomainException.invalid("calendar-csv-invalid", "file", line);
                }
                String note = r.size() > 5 ? blankToNull(r.get(5)) : null;
                String shown = DayNames.vietnamese(name);
                if (!shown.equals(name)) {
                    note = note == null ? name : name + " | " + note;
                }
                rows.add(new Row(line, date, kind, shown, blankToNull(r.get(3)), confidence.equals("confirmed"), note));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw DomainException.invalid("calendar-csv-invalid", "file", line);
            }
        }
        return rows;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks. */
    static List<List<String>> records(Reader source) throws IOException {
        Reader reader = source.markSupported() ? source : new java.io.BufferedReader(source);
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int c;
        while ((c = reader.read()) != -1) {
            any = true;
            if (quoted) {
                if (c == '"') {
                    reader.mark(1);
                    int next = reader.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next == -1) {
                            break;
                        }
                        reader.reset();
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                records.add(fields);
                fields = new ArrayList<>();
                any = false;
            } else if (c != '\r' && !(c == '\uFEFF' && records.isEmpty() && fields.isEmpty() && field.isEmpty())) {
                field.append((char) c);
            }
        }
        if (any || !field.isEmpty() || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(fields);
        }
        return records;
    }
}
