package org.tiepdan.oversight;

import java.time.LocalDate;
import java.util.List;

/**
 * Figures of Phụ lục 1 and Phụ lục 3 for a unit with its subtree (and predecessors) and an
 * inclusive window, each with the records behind it. topic null: any topic.
 */
public interface OversightCounts {

    /**
     * Rows 1.planned, 1.adhoc, 2, 3, 4.disciplined, 4.not_disciplined (heads of Party committees: violations
     * recorded with {@link HeadRole#PARTY_SECRETARY}), and 4.form.&lt;DisciplineForm&gt;: those heads'
     * disciplines by form (violations), for the outline.
     */
    List<ReportCell> appendix3(long unitId, LocalDate from, LocalDate to, String topic);

    /**
     * Rows events, participants, materials, documents and documents.&lt;TYPE&gt; per type present; documents
     * count only the types flagged "để lãnh đạo, chỉ đạo" ({@code IssuedDocuments.leadershipTypes()}).
     */
    List<ReportCell> appendix1(long unitId, LocalDate from, LocalDate to, String topic);

    /**
     * People handled for abusing the right to petition, decided in the window (outline, seed 001:
     * "số lượng và hình thức xử lý"): row {@code abuse} and {@code abuse.<AbuseMeasure>} per form.
     */
    List<ReportCell> petitionAbuse(long unitId, LocalDate from, LocalDate to);
}
