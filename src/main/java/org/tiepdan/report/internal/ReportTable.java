package org.tiepdan.report.internal;

import java.util.List;

/**
 * A report laid out as a table, written the same way to .docx, .xlsx and PDF. Cells are text
 * (String), figures (Long) or null for a figure no module answers ("chưa có dữ liệu"). The figures
 * of columns {@code firstValue}..{@code totalColumn - 1} add up to {@code totalColumn} in each row
 * (a SUM formula in Excel); with {@code totalRow} the last row adds up the rows above it.
 */
record ReportTable(String title, String subtitle, List<String> headers, List<Object[]> rows, int firstValue,
        int totalColumn, boolean totalRow) {
}
