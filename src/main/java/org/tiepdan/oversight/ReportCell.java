package org.tiepdan.oversight;

import java.util.List;

/**
 * One figure of an appendix with the records behind it: {@code value} is computed from exactly
 * those records (the size of {@code ids}, or for sums the sum over them).
 *
 * @param code       stable row code, e.g. "1.planned", "documents.TB"
 * @param value      the figure
 * @param recordType what the ids are: Inspection, OrgUnit, InspectionHead, OutreachEvent, IssuedDocument
 * @param ids        the records behind the figure
 */
public record ReportCell(String code, long value, String recordType, List<Long> ids) {
}
