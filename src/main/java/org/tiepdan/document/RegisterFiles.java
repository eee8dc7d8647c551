package org.tiepdan.document;

import java.time.LocalDate;

/**
 * The Biểu tổng hợp (report code {@code document-register}) as files, for other modules (the
 * reports): the same .docx and .xlsx as the register screen, for a unit with its subtree, a window
 * (null: open) and a topic (null: any).
 */
public interface RegisterFiles {

    byte[] docx(long unitId, LocalDate from, LocalDate to, String topic, LocalDate today);

    byte[] xlsx(long unitId, LocalDate from, LocalDate to, String topic);
}
