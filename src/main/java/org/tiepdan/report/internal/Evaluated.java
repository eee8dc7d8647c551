package org.tiepdan.report.internal;

import java.util.List;
import java.util.Map;

/**
 * A statistical report computed for a unit and a window: its columns (tiers present, then TOTAL),
 * one row per cell with its values per column (null when no module answers the cell: "chưa có dữ
 * liệu"), the cross-checks that failed, and each cell's totals per unit holding the records (for the
 * chart by unit).
 */
public record Evaluated(ReportDef def, long unitId, String unitName, ReportWindow window, String topic,
        List<String> columns, List<Row> rows, List<Finding> findings, Map<String, Map<Long, Long>> perUnit) {

    public record Row(CellDef cell, String group, String groupLabel, String label, String definition,
            Map<String, Long> values) {

        public boolean available() {
            return values != null;
        }

        public long total() {
            return values == null ? 0 : values.getOrDefault(UnitDirectory.TOTAL, 0L);
        }

        public long value(String column) {
            return values == null ? 0 : values.getOrDefault(column, 0L);
        }
    }

    public String code() {
        return def.code();
    }

    public Row row(String cellCode) {
        return rows.stream().filter(r -> r.cell().code().equals(cellCode)).findFirst().orElse(null);
    }

    public long total(String cellCode) {
        Row r = row(cellCode);
        return r == null ? 0 : r.total();
    }
}
