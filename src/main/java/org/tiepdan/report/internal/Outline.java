package org.tiepdan.report.internal;

import java.util.List;

/**
 * The draft review report in the order of the Đề cương (seed 001): headings, paragraphs whose
 * figures come from the appendices, italic hints over the blanks people write, and the appendices
 * with the Biểu tổng hợp attached.
 */
public record Outline(long unitId, String unitName, ReportWindow window, List<Block> blocks, List<Evaluated> appendices,
        RegisterView.Register register, List<Finding> findings) {

    public enum Kind { TITLE, SUBTITLE, HEADING, TEXT, HINT, BLANK }

    public record Block(Kind kind, String text) {
    }
}
