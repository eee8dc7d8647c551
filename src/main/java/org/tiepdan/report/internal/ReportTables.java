package org.tiepdan.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Component;
import org.tiepdan.platform.Dates;

/**
 * Lays out each statistical report like its seed: Phụ lục 2 (STT, Nội dung, one column per tier,
 * Tổng cộng), Phụ lục 3 (STT, Nội dung, Số cuộc, Ghi chú: the split by tier when there are several),
 * Phụ lục 1 (one row per tier, the documents as "05 Kế hoạch, 46 Thông báo"), the periodic report
 * (sections I–IV, one column per tier).
 */
@Component
class ReportTables {

    private final Texts texts;

    ReportTables(Texts texts) {
        this.texts = texts;
    }

    String title(String code) {
        return texts.msg("report." + code + ".title");
    }

    String subtitle(String code) {
        return texts.msg("report." + code + ".subtitle");
    }

    String window(ReportWindow w) {
        return texts.msg("report.window.line", Dates.format(w.from()), Dates.format(w.to()));
    }

    String columnLabel(String column) {
        return texts.msg("report.column." + column);
    }

    ReportTable table(Evaluated r) {
        return switch (r.code()) {
            case ReportDefinitions.APPENDIX_1 -> appendix1(r);
            case ReportDefinitions.APPENDIX_3 -> appendix3(r);
            default -> byTier(r);
        };
    }

    /** STT, Nội dung, sub-row, one column per tier, Tổng cộng. */
    private ReportTable byTier(Evaluated r) {
        List<String> headers = new ArrayList<>(List.of(texts.msg("report.col.stt"), texts.msg("report.col.content"),
                texts.msg("report.col.detail")));
        r.columns().forEach(c -> headers.add(columnLabel(c)));
        List<Object[]> rows = new ArrayList<>();
        String previous = null;
        for (Evaluated.Row row : r.rows()) {
            Object[] line = new Object[headers.size()];
            boolean first = !Objects.equals(previous, row.group());
            line[0] = first ? row.group() : "";
            line[1] = first ? row.groupLabel() : "";
            line[2] = row.label().equals(row.groupLabel()) ? "" : row.label();
            for (int i = 0; i < r.columns().size(); i++) {
                line[3 + i] = row.available() ? (Object) row.value(r.columns().get(i)) : null;
            }
            rows.add(line);
            previous = row.group();
        }
        return new ReportTable(title(r.code()), subtitle(r.code()), headers, rows, 3, headers.size() - 1, false);
    }

    /** The seed's four columns; the note says how the cuộc split by tier when several tiers are present. */
    private ReportTable appendix3(Evaluated r) {
        List<String> headers = List.of(texts.msg("report.col.stt"), texts.msg("report.col.content"),
                texts.msg("report.col.detail"), texts.msg("report.appendix-3.col.count"), texts.msg("report.col.note"));
        List<Object[]> rows = new ArrayList<>();
        String previous = null;
        List<String> tiers = r.columns().subList(0, r.columns().size() - 1);
        for (Evaluated.Row row : r.rows()) {
            boolean first = !Objects.equals(previous, row.group());
            String note = "";
            if (tiers.size() > 1) {
                List<String> parts = new ArrayList<>();
                tiers.forEach(t -> parts.add(columnLabel(t) + ": " + Texts.count(row.value(t))));
                note = String.join("; ", parts);
            }
            rows.add(new Object[] {first ? row.group() : "", first ? row.groupLabel() : "",
                row.label().equals(row.groupLabel()) ? "" : row.label(), row.total(), note});
            previous = row.group();
        }
        return new ReportTable(title(r.code()), subtitle(r.code()), headers, rows, 3, 3, false);
    }

    /** One row per tier and a total row; the documents column spelled out by type as in the seed. */
    private ReportTable appendix1(Evaluated r) {
        List<String> headers = List.of(texts.msg("report.col.tier"), texts.msg("report.appendix-1.cell.events"),
                texts.msg("report.appendix-1.cell.participants"), texts.msg("report.appendix-1.cell.materials"),
                texts.msg("report.appendix-1.cell.documents"), texts.msg("report.appendix-1.col.by-type"));
        List<Object[]> rows = new ArrayList<>();
        for (String column : r.columns()) {
            List<String> types = new ArrayList<>();
            for (Evaluated.Row row : r.rows()) {
                if (row.cell().code().startsWith("documents.") && row.value(column) > 0) {
                    types.add(Texts.count(row.value(column)) + " " + row.label());
                }
            }
            rows.add(new Object[] {columnLabel(column), value(r, "events", column), value(r, "participants", column),
                value(r, "materials", column), value(r, "documents", column), String.join(", ", types)});
        }
        return new ReportTable(title(r.code()), subtitle(r.code()), headers, rows, 1, -1, true);
    }

    private static Long value(Evaluated r, String code, String column) {
        Evaluated.Row row = r.row(code);
        return row == null ? 0L : row.value(column);
    }
}
