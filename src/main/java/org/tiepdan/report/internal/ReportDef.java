package org.tiepdan.report.internal;

import java.util.List;
import java.util.Optional;

/**
 * A statistical report: its stable code, its cells in order, the topic its records are filtered on
 * (Quy định 11 reports: "QĐ 11"; null: any), and the window it opens on.
 */
public record ReportDef(String code, List<CellDef> cells, String defaultTopic, boolean landscape) {

    Optional<CellDef> cell(String cellCode) {
        return cells.stream().filter(c -> c.code().equals(cellCode)).findFirst();
    }
}
