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
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tiepdan.document.IssuedDocumentView;
import org.tiepdan.document.IssuerKind;
import org.tiepdan.org.Letterheads;
import org.tiepdan.org.OrgUnitHierarchy;
import org.tiepdan.platform.OfficialDocx;
import org.tiepdan.platform.OfficialXlsx;
import org.tiepdan.platform.Dates;

/**
 * The Biểu tổng hợp (code document-register): the documents of a unit and its subtree in a window,
 * grouped by issuer kind (I Cấp ủy đảng, II Chính quyền, III MTTQ và các đoàn thể) in date order.
 * As data (page, JSON), .docx (landscape A4) and .xlsx.
 */
@Component
public class RegisterReport implements org.tiepdan.document.RegisterFiles {

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
    private final Letterheads letterheads;

    RegisterReport(DocumentService documents, OrgUnitHierarchy hierarchy, NumberingPolicy numbering,
            MessageSource messages, Letterheads letterheads) {
        this.documents = documents;
        this.hierarchy = hierarchy;
        this.numbering = numbering;
        this.messages = messages;
        this.letterheads = letterheads;
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
        try (OfficialDocx doc = new OfficialDocx(true)) {
            doc.letterhead(letterheads.of(register.unit().id(), null, today));
            doc.title(msg("document.register.title"));
            doc.centered(subtitle(register), true);
            List<String[]> rows = new ArrayList<>();
            for (Group g : register.groups()) {
                rows.add(new String[] {g.roman(), g.label(), "", "", ""});
                for (Line l : g.rows()) {
                    rows.add(new String[] {String.valueOf(l.stt()), l.numberSymbol(), l.issuer(), l.summary(),
                        l.issuedOn()});
                }
            }
            doc.table(columns(), rows, 12);
            return doc.bytes();
        }
    }

    byte[] xlsx(Register register) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sheet = wb.createSheet(msg("document.register.sheet"));
        CellStyle bold = OfficialXlsx.style(wb, true, false);
        CellStyle head = OfficialXlsx.style(wb, true, true);
        CellStyle body = OfficialXlsx.style(wb, false, true);
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
                OfficialXlsx.text(line.createCell(1), l.numberSymbol());
                OfficialXlsx.text(line.createCell(2), l.issuer());
                OfficialXlsx.text(line.createCell(3), l.summary());
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
        return OfficialXlsx.bytes(wb);
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

    @Override
    public byte[] docx(long unitId, LocalDate from, LocalDate to, String topic, LocalDate today) {
        return docx(build(unitId, from, to, topic), today);
    }

    @Override
    public byte[] xlsx(long unitId, LocalDate from, LocalDate to, String topic) {
        return xlsx(build(unitId, from, to, topic));
    }
}
