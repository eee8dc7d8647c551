package org.tiepdan.document.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tiepdan.document.IssuedDocumentView;
import org.tiepdan.document.IssuerKind;
import org.tiepdan.org.OrgUnitHierarchy;
import org.tiepdan.platform.Dates;

/**
 * The Biểu tổng hợp (code document-register): the documents of a unit and its subtree in a window,
 * grouped by issuer kind (I Cấp ủy đảng, II Chính quyền, III MTTQ và các đoàn thể) in date order.
 * As data (page, JSON), .docx (landscape A4) and .xlsx.
 */
@Component
public class RegisterReport {

    static final String CODE = "document-register";
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    public record UnitRef(long id, String name) {
    }

    public record Line(int stt, long id, String numberSymbol, String issuer, String summary, String issuedOn) {
    }

    public record Group(String roman, IssuerKind kind, String label, List<Line> rows) {
    }

    public record Register(String report, UnitRef unit, LocalDate from, LocalDate to, String topic, List<Group> groups,
            int total) {
    }

    private static final String[] ROMAN = {"I", "II", "III"};

    private final DocumentService documents;
    private final OrgUnitHierarchy hierarchy;
    private final NumberingPolicy numbering;
    private final MessageSource messages;
    private final JdbcClient jdbc;

    RegisterReport(DocumentService documents, OrgUnitHierarchy hierarchy, NumberingPolicy numbering,
            MessageSource messages, JdbcClient jdbc) {
        this.documents = documents;
        this.hierarchy = hierarchy;
        this.numbering = numbering;
        this.messages = messages;
        this.jdbc = jdbc;
    }

    Register build(long unitId, LocalDate from, LocalDate to, String topic) {
        NumberingPolicy.Unit unit = numbering.requireUnit(unitId);
        LocalDate f = from == null ? EARLIEST : from;
        LocalDate t = to == null ? LocalDate.of(2999, 12, 31) : to;
        List<IssuedDocumentView> all = documents.list(hierarchy.subtreeWithPredecessors(unitId), f, t,
                topic == null || topic.isBlank() ? null : topic);
        List<Group> groups = new ArrayList<>();
        int total = 0;
        for (IssuerKind kind : IssuerKind.values()) {
            List<Line> lines = new ArrayList<>();
            int stt = 0;
            for (IssuedDocumentView d : all) {
                if (d.issuerKind() == kind) {
                    lines.add(new Line(++stt, d.id(), d.numberSymbol(), d.issuerName(), d.summary(),
                            Dates.format(d.issuedOn())));
                }
            }
            total += lines.size();
            groups.add(new Group(ROMAN[kind.ordinal()], kind, msg("document.issuer." + kind.name()), lines));
        }
        return new Register(CODE, new UnitRef(unit.id(), unit.name()), from, to, topic, groups, total);
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.forLanguageTag("vi"));
    }

    private String[] columns() {
        return new String[] {msg("document.register.col.stt"), msg("document.register.col.number"),
                msg("document.register.col.issuer"), msg("document.register.col.summary"),
                msg("document.register.col.date")};
    }

    byte[] docx(Register register, LocalDate today) {
        XWPFDocument doc = OfficeDocs.a4(true);
        NumberingPolicy.Unit unit = numbering.requireUnit(register.unit().id());
        boolean party = "PARTY_COMMITTEE".equals(unit.kind());
        OfficeDocs.header(doc, new OfficeDocs.Header(parentName(unit.id()), unit.name().toUpperCase(Locale.forLanguageTag("vi")),
                party ? msg("doc.motto.party") : msg("doc.motto.state1"), party ? null : msg("doc.motto.state2"),
                null, msg("doc.place-date", place(unit.id()), String.format("%02d", today.getDayOfMonth()),
                        String.format("%02d", today.getMonthValue()), String.valueOf(today.getYear()))));
        OfficeDocs.paragraph(doc, msg("document.register.title"), true, false, ParagraphAlignment.CENTER, 14);
        OfficeDocs.paragraph(doc, subtitle(register), false, true, ParagraphAlignment.CENTER, 13);
        String[] cols = columns();
        int rows = 1 + register.groups().size() + register.total();
        XWPFTable table = doc.createTable(rows, 5);
        table.setWidth("100%");
        for (int c = 0; c < 5; c++) {
            OfficeDocs.cell(table.getRow(0).getCell(c), cols[c], true, false);
        }
        int r = 1;
        for (Group g : register.groups()) {
            XWPFTableRow row = table.getRow(r++);
            OfficeDocs.cell(row.getCell(0), g.roman(), true, false);
            OfficeDocs.cellLeft(row.getCell(1), g.label(), true);
            for (Line l : g.rows()) {
                XWPFTableRow line = table.getRow(r++);
                OfficeDocs.cell(line.getCell(0), String.valueOf(l.stt()), false, false);
                OfficeDocs.cell(line.getCell(1), l.numberSymbol(), false, false);
                OfficeDocs.cell(line.getCell(2), l.issuer(), false, false);
                OfficeDocs.cellLeft(line.getCell(3), l.summary(), false);
                OfficeDocs.cell(line.getCell(4), l.issuedOn(), false, false);
            }
        }
        return OfficeDocs.bytes(doc);
    }

    byte[] xlsx(Register register) {
        XSSFWorkbook wb = OfficeDocs.workbook();
        Sheet sheet = wb.createSheet(msg("document.register.sheet"));
        CellStyle bold = OfficeDocs.style(wb, true, false);
        CellStyle head = OfficeDocs.style(wb, true, true);
        CellStyle body = OfficeDocs.style(wb, false, true);
        Row title = sheet.createRow(0);
        title.createCell(0).setCellValue(msg("document.register.title"));
        title.getCell(0).setCellStyle(bold);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
        Row sub = sheet.createRow(1);
        sub.createCell(0).setCellValue(subtitle(register));
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 4));
        Row header = sheet.createRow(3);
        String[] cols = columns();
        for (int c = 0; c < 5; c++) {
            header.createCell(c).setCellValue(cols[c]);
            header.getCell(c).setCellStyle(head);
        }
        int r = 4;
        for (Group g : register.groups()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(g.roman());
            row.createCell(1).setCellValue(g.label());
            row.getCell(0).setCellStyle(head);
            row.getCell(1).setCellStyle(head);
            for (Line l : g.rows()) {
                Row line = sheet.createRow(r++);
                line.createCell(0).setCellValue(l.stt());
                line.createCell(1).setCellValue(l.numberSymbol());
                line.createCell(2).setCellValue(l.issuer());
                line.createCell(3).setCellValue(l.summary());
                line.createCell(4).setCellValue(l.issuedOn());
                for (int c = 0; c < 5; c++) {
                    line.getCell(c).setCellStyle(body);
                }
            }
        }
        sheet.setColumnWidth(0, 6 * 256);
        sheet.setColumnWidth(1, 16 * 256);
        sheet.setColumnWidth(2, 20 * 256);
        sheet.setColumnWidth(3, 70 * 256);
        sheet.setColumnWidth(4, 14 * 256);
        return OfficeDocs.bytes(wb);
    }

    String subtitle(Register register) {
        String unit = register.unit().name();
        if (register.from() == null && register.to() == null) {
            return msg("document.register.subtitle.all", unit);
        }
        return msg("document.register.subtitle", unit,
                register.from() == null ? "" : Dates.format(register.from()),
                register.to() == null ? "" : Dates.format(register.to()));
    }

    private String parentName(long unitId) {
        return jdbc.sql("select p.name from org_unit u join org_unit p on p.id = u.parent_id "
                + "where u.id = ? and p.kind <> 'ADMINISTRATIVE_AREA'").param(unitId)
                .query(String.class).optional().map(s -> s.toUpperCase(Locale.forLanguageTag("vi"))).orElse(null);
    }

    /** The place of the date line: the territory the unit sits in, without its tier word. */
    private String place(long unitId) {
        for (Long id : hierarchy.ancestorsOrSelf(unitId)) {
            var area = jdbc.sql("select name from org_unit where id = ? and kind = 'ADMINISTRATIVE_AREA'").param(id)
                    .query(String.class).optional();
            if (area.isPresent()) {
                return area.get().replaceFirst("(?iu)^(xã|phường|thị trấn|tỉnh|thành phố|huyện|quận|thị xã)\\s+", "");
            }
        }
        return numbering.requireUnit(unitId).name();
    }
}
