package org.tiepdan.petition.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.DomainException;

/**
 * The written notice of a step as .docx, in the administrative layout of Nghị định 30/2020/NĐ-CP:
 * issuing body and national motto side by side, number and place-date line, title, body, recipients
 * and signature; Times New Roman 13–14 pt on A4 portrait. Texts come from messages_vi.properties.
 * A notice never carries the petitioner's identity number, phone or e-mail.
 */
@Component
class NoticeWriter {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final String FONT = "Times New Roman";

    private final MessageSource messages;
    private final OrgUnits units;

    NoticeWriter(MessageSource messages, OrgUnits units) {
        this.messages = messages;
        this.units = units;
    }

    byte[] write(Petition p, PetitionEvent e) {
        if (!e.notice()) {
            throw DomainException.notFound("petition-notice-not-found");
        }
        OrgUnitView unit = units.get(p.unitId());
        OrgUnitView parent = unit.parentId() == null ? null : units.find(unit.parentId()).orElse(null);
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc);
            header(doc, parent, unit, e);
            paragraph(doc, text("petition.notice.title." + e.action()).toUpperCase(VI), 14, true, false,
                    ParagraphAlignment.CENTER, 240);
            paragraph(doc, text("petition.notice.subject", p.registrationNumber()), 14, true, false,
                    ParagraphAlignment.CENTER, 120);
            for (String line : body(p, e)) {
                paragraph(doc, line, 14, false, false, ParagraphAlignment.BOTH, 120).setIndentationFirstLine(567);
            }
            footer(doc, p, unit);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    String fileName(Petition p, PetitionEvent e) {
        return "thong-bao-" + e.action().urlName() + "-" + p.registrationNumber().replace('/', '-') + ".docx";
    }

    private List<String> body(Petition p, PetitionEvent e) {
        List<String> lines = new ArrayList<>();
        String who = p.anonymous() || p.petitioners().isEmpty() ? text("petition.notice.anonymous")
                : p.petitioners().get(0).fullName();
        lines.add(text("petition.notice.received", Dates.format(p.receivedOn()), who,
                text("petition.channel." + p.channel()), DuplicateFinder.excerpt(p.content())));
        Object detail = switch (e.action()) {
            case TRANSFER -> p.externalBody() != null ? p.externalBody()
                    : p.targetUnitId() == null ? "" : units.get(p.targetUnitId()).name();
            case GUIDE -> p.externalBody();
            case RETURN, REFUSE, ARCHIVE -> p.reason() == null ? (e.note() == null ? "" : e.note())
                    : text("petition.reason." + p.reason());
            case DECIDE, CONCLUDE -> p.outcome() == null ? "" : text("petition.outcome." + p.outcome());
            case DIRECT -> p.directedBody();
            case EXTEND -> p.deadline("DENUNCIATION_RESOLVE").map(PetitionDeadline::explanation).orElse("");
            case ACCEPT -> p.nextDeadline().map(PetitionDeadline::explanation).orElse("");
            default -> "";
        };
        lines.add(text("petition.notice.body." + e.action(), detail == null ? "" : detail,
                Dates.format(e.actedOn()), p.directionExpectedOn() == null ? "" : Dates.format(p.directionExpectedOn())));
        if (e.note() != null && e.action() != Action.RETURN && e.action() != Action.REFUSE
                && e.action() != Action.ARCHIVE) {
            lines.add(e.note());
        }
        lines.add(text("petition.notice.tracking", p.trackingCode()));
        return lines;
    }

    private void header(XWPFDocument doc, OrgUnitView parent, OrgUnitView unit, PetitionEvent e) {
        XWPFTable table = doc.createTable(1, 2);
        table.removeBorders();
        table.setWidth("100%");
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        left.setWidth("40%");
        right.setWidth("60%");
        XWPFParagraph l1 = left.getParagraphs().get(0);
        l1.setAlignment(ParagraphAlignment.CENTER);
        run(l1, parent == null ? "" : parent.name().toUpperCase(VI), 13, false, false);
        XWPFParagraph l2 = left.addParagraph();
        l2.setAlignment(ParagraphAlignment.CENTER);
        run(l2, unit.name().toUpperCase(VI), 13, true, false);
        XWPFParagraph l3 = left.addParagraph();
        l3.setAlignment(ParagraphAlignment.CENTER);
        run(l3, text("petition.notice.number", e.documentNumber() == null ? "…" : e.documentNumber()), 13, false,
                false);
        XWPFParagraph r1 = right.getParagraphs().get(0);
        r1.setAlignment(ParagraphAlignment.CENTER);
        run(r1, text("petition.notice.motto-1"), 13, true, false);
        XWPFParagraph r2 = right.addParagraph();
        r2.setAlignment(ParagraphAlignment.CENTER);
        run(r2, text("petition.notice.motto-2"), 14, true, false);
        XWPFParagraph r3 = right.addParagraph();
        r3.setAlignment(ParagraphAlignment.CENTER);
        var date = e.documentDate() != null ? e.documentDate() : e.actedOn();
        run(r3, text("petition.notice.place-date", placeName(unit), String.format("%02d", date.getDayOfMonth()),
                String.valueOf(date.getMonthValue()), String.valueOf(date.getYear())), 14, false, true);
    }

    /** "Xã Kỳ Thượng" → "Kỳ Thượng" for the place-date line; a body takes its area's name. */
    private String placeName(OrgUnitView unit) {
        OrgUnitView area = unit;
        while (area != null && !area.kind().isArea() && area.parentId() != null) {
            area = units.find(area.parentId()).orElse(null);
        }
        String name = area == null ? unit.name() : area.name();
        return name.replaceFirst("^(Xã|Phường|Đặc khu|Tỉnh|Thành phố|Thị trấn)\\s+", "");
    }

    private void footer(XWPFDocument doc, Petition p, OrgUnitView unit) {
        XWPFTable table = doc.createTable(1, 2);
        table.removeBorders();
        table.setWidth("100%");
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        XWPFParagraph l1 = left.getParagraphs().get(0);
        run(l1, text("petition.notice.recipients"), 12, true, true);
        XWPFParagraph l2 = left.addParagraph();
        run(l2, text("petition.notice.recipient-petitioner"), 11, false, false);
        XWPFParagraph l3 = left.addParagraph();
        run(l3, text("petition.notice.recipient-file"), 11, false, false);
        XWPFParagraph r1 = right.getParagraphs().get(0);
        r1.setAlignment(ParagraphAlignment.CENTER);
        run(r1, text("petition.notice.signer", unit.name()).toUpperCase(VI), 14, true, false);
    }

    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margin = sect.addNewPgMar();
        margin.setTop(BigInteger.valueOf(1134));
        margin.setBottom(BigInteger.valueOf(1134));
        margin.setLeft(BigInteger.valueOf(1701));
        margin.setRight(BigInteger.valueOf(1134));
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String text, int size, boolean bold, boolean italic,
            ParagraphAlignment align, int spacingBefore) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        p.setSpacingBefore(spacingBefore);
        run(p, text, size, bold, italic);
        return p;
    }

    private static void run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        r.setItalic(italic);
        r.setText(text == null ? "" : text);
    }

    private String text(String key, Object... args) {
        Object[] resolved = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            resolved[i] = args[i] instanceof MessageSourceResolvable m ? messages.getMessage(m, VI) : args[i];
        }
        return messages.getMessage(key, resolved, VI);
    }
}
