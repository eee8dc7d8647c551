package org.tiepdan.reception.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.Letterheads;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.platform.OfficialDocx;
import org.tiepdan.platform.OfficialXlsx;
import org.tiepdan.platform.Dates;

/** The logbook as .xlsx and .docx, the receipt of documents and the note of a session as .docx. */
@Service
@Transactional(readOnly = true)
class ReceptionDocuments {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final int HEADER_ROW = 3;

    private final Logbook logbook;
    private final ReceptionService reception;
    private final ReferenceData reference;
    private final OrgUnits units;
    private final MessageSource messages;
    private final Letterheads letterheads;

    ReceptionDocuments(Logbook logbook, ReceptionService reception, ReferenceData reference, OrgUnits units,
            MessageSource messages, Letterheads letterheads) {
        this.logbook = logbook;
        this.reception = reception;
        this.reference = reference;
        this.units = units;
        this.messages = messages;
        this.letterheads = letterheads;
    }

    String[] logbookHeaders() {
        return new String[] {msg("reception.logbook.col.number"), msg("reception.logbook.col.date"),
            msg("reception.logbook.col.name"), msg("reception.logbook.col.address"), msg("reception.logbook.col.cccd"),
            msg("reception.logbook.col.content"), msg("reception.logbook.col.classification"),
            msg("reception.logbook.col.handling"), msg("reception.logbook.col.follow-up")};
    }

    static String[] cells(Logbook.Row r) {
        return new String[] {String.valueOf(r.number()), Dates.format(r.date()), r.name(), r.address(),
            r.idNumber(), r.content(), r.classification(), r.handling(), r.followUp()};
    }

    /**
     * Row 0 title, row 1 unit, row 2 window, row 3 the column headers, then one row per visit
     * (STT as a number, every other cell as text).
     */
    byte[] logbookXlsx(long unitId, LocalDate from, LocalDate to) {
        List<Logbook.Row> rows = logbook.rows(unitId, from, to);
        OrgUnitView unit = units.get(unitId);
        Workbook wb = new XSSFWorkbook();
        Sheet sheet = wb.createSheet(msg("reception.logbook.sheet"));
        OfficialXlsx.printA4(sheet, true);
        CellStyle title = OfficialXlsx.style(wb, true, false);
        title.setAlignment(HorizontalAlignment.CENTER);
        CellStyle header = OfficialXlsx.style(wb, true, true);
        header.setAlignment(HorizontalAlignment.CENTER);
        CellStyle body = OfficialXlsx.style(wb, false, true);
        body.setVerticalAlignment(VerticalAlignment.TOP);
        String[] headers = logbookHeaders();
        text(sheet.createRow(0), 0, msg("reception.logbook.title").toUpperCase(Logbook.VI), title);
        text(sheet.createRow(1), 0, unit.name(), title);
        text(sheet.createRow(2), 0, msg("reception.logbook.window", Dates.format(from), Dates.format(to)), title);
        for (int r = 0; r < 3; r++) {
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, headers.length - 1));
        }
        Row head = sheet.createRow(HEADER_ROW);
        for (int c = 0; c < headers.length; c++) {
            text(head, c, headers[c], header);
        }
        int r = HEADER_ROW + 1;
        for (Logbook.Row row : rows) {
            Row line = sheet.createRow(r++);
            String[] values = cells(row);
            Cell number = line.createCell(0);
            number.setCellValue(row.number());
            number.setCellStyle(body);
            for (int c = 1; c < values.length; c++) {
                text(line, c, values[c], body);
            }
        }
        int[] widths = {6, 12, 28, 30, 15, 50, 24, 36, 20};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
        return OfficialXlsx.bytes(wb);
    }

    /** The logbook in Word, A4 landscape, the header table then the columns. */
    byte[] logbookDocx(long unitId, LocalDate from, LocalDate to) {
        List<Logbook.Row> rows = logbook.rows(unitId, from, to);
        OrgUnitView unit = units.get(unitId);
        try (OfficialDocx doc = new OfficialDocx(true)) {
            doc.letterhead(letterheads.of(unit.id(), null, null));
            doc.title(msg("reception.logbook.title").toUpperCase(Logbook.VI));
            doc.centered(msg("reception.logbook.window", Dates.format(from), Dates.format(to)), true);
            List<String[]> cells = rows.stream().map(ReceptionDocuments::cells).collect(Collectors.toList());
            doc.table(logbookHeaders(), cells, 11);
            return doc.bytes();
        }
    }

    /** Giấy biên nhận: the documents a citizen handed in at a visit. */
    byte[] receiptDocx(long visitId) {
        ReceptionVisit v = reception.visit(visitId);
        ReceptionSession s = reception.session(v.sessionId());
        OrgUnitView unit = units.get(s.unitId());
        try (OfficialDocx doc = new OfficialDocx(false)) {
            doc.letterhead(letterheads.of(unit.id(), null, v.date()));
            doc.title(msg("reception.receipt.title").toUpperCase(Logbook.VI));
            doc.centered(msg("reception.receipt.subtitle"), true);
            doc.labelled(msg("reception.receipt.receiver"), hostNames(s));
            doc.labelled(msg("reception.receipt.citizen"), v.citizenName());
            doc.labelled(msg("reception.field.citizenIdNumber"), v.citizenIdNumber());
            doc.labelled(msg("reception.field.address"), fullAddress(v));
            doc.labelled(msg("reception.field.content"), v.content());
            doc.labelled(msg("reception.receipt.documents"), v.documentsReceived() == null ? msg("common.none")
                    : v.documentsReceived());
            doc.paragraph(msg("reception.receipt.note"));
            doc.signatures(msg("reception.receipt.sign-citizen"), v.citizenName(), msg("reception.receipt.sign-receiver"),
                    "");
            return doc.bytes();
        }
    }

    /** Biên bản: the note of a session, with every visit. */
    byte[] minutesDocx(long sessionId) {
        ReceptionSession s = reception.session(sessionId);
        OrgUnitView unit = units.get(s.unitId());
        List<ReceptionVisit> visits = reception.visitsOf(sessionId);
        var fields = reference.fieldLabels();
        try (OfficialDocx doc = new OfficialDocx(false)) {
            doc.letterhead(letterheads.of(unit.id(), null, s.date()));
            doc.title(msg("reception.minutes.title").toUpperCase(Logbook.VI));
            doc.centered(msg("reception.minutes.subtitle", msg("reception.kind." + s.kind()).toLowerCase(Logbook.VI)),
                    true);
            doc.paragraph(msg("reception.minutes.opening", Dates.format(s.date()), s.place()));
            doc.labelled(msg("reception.minutes.hosts"), s.hosts().stream()
                    .map(h -> h.personName() + " (" + msg("reception.capacity." + h.capacity())
                            + (h.authorisationRef() == null ? "" : ", " + h.authorisationRef()) + ")")
                    .collect(Collectors.joining("; ")));
            doc.labelled(msg("reception.field.participants"), s.participants() == null ? msg("common.none")
                    : s.participants());
            int people = visits.stream().filter(v -> v.outcome() != Outcome.REFUSED).mapToInt(ReceptionVisit::headcount)
                    .sum();
            doc.paragraph(msg("reception.minutes.summary", visits.size(), people));
            List<String[]> rows = new ArrayList<>();
            int i = 1;
            for (ReceptionVisit v : visits) {
                rows.add(new String[] {String.valueOf(i++),
                    v.citizenName() + (v.delegation() ? " (" + msg("reception.minutes.delegation", v.headcount()) + ")"
                            : ""),
                    fullAddress(v), v.content(), fields.getOrDefault(v.fieldCode(), v.fieldCode()),
                    msg("reception.outcome." + v.outcome()) + (v.handlingNote() == null ? "" : ": " + v.handlingNote())});
            }
            doc.table(new String[] {msg("reception.logbook.col.number"), msg("reception.logbook.col.name"),
                msg("reception.logbook.col.address"), msg("reception.logbook.col.content"),
                msg("reception.logbook.col.classification"), msg("reception.logbook.col.handling")}, rows, 12);
            doc.paragraph(msg("reception.minutes.closing"));
            doc.signatures(msg("reception.minutes.sign-secretary"), "", msg("reception.minutes.sign-host"),
                    s.hosts().isEmpty() ? "" : s.hosts().get(0).personName());
            return doc.bytes();
        }
    }

    String fullAddress(ReceptionVisit v) {
        String commune = reception.address(v);
        return v.hamlet() == null || v.addressDetail() != null ? commune : v.hamlet() + ", " + commune;
    }

    private static String hostNames(ReceptionSession s) {
        return s.hosts().stream().map(SessionHost::personName).collect(Collectors.joining(", "));
    }



    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        OfficialXlsx.text(cell, value == null ? "" : value);
        cell.setCellStyle(style);
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, Logbook.VI);
    }
}
