package org.tiepdan.report.internal;

import java.time.LocalDate;

import org.tiepdan.platform.DomainException;

/**
 * A working session of a head of a Party committee with the secretary of a committee directly below
 * (Đề cương II.2.1: "định kỳ hoặc đột xuất làm việc với bí thư cấp ủy cấp dưới trực tiếp"): when, with
 * which unit, about what, and what was concluded. Built only through {@link #create}.
 */
record SecretaryMeeting(Long id, long unitId, long subordinateUnitId, String subordinateName, LocalDate heldOn,
        String content, String conclusions) {

    /**
     * Refused: no day or a day in the future, no unit met, the unit itself, no content. Whether the unit
     * met lies under {@code unitId} is checked by the caller, which knows the tree.
     */
    static SecretaryMeeting create(long unitId, Long subordinateUnitId, LocalDate heldOn, String content,
            String conclusions, LocalDate today) {
        if (heldOn == null) {
            throw DomainException.invalid("report-meeting-date-required", "heldOn");
        }
        if (heldOn.isAfter(today)) {
            throw DomainException.invalid("report-meeting-date-future", "heldOn");
        }
        if (subordinateUnitId == null || subordinateUnitId == unitId) {
            throw DomainException.invalid("report-meeting-unit-required", "subordinateUnitId");
        }
        String what = SentReport.clean(content);
        if (what == null) {
            throw DomainException.invalid("report-meeting-content-required", "content");
        }
        if (what.length() > 20000) {
            throw DomainException.invalid("report-meeting-content-long", "content");
        }
        String concluded = conclusions == null || conclusions.isBlank() ? null : conclusions.strip();
        if (concluded != null && concluded.length() > 20000) {
            throw DomainException.invalid("report-meeting-conclusions-long", "conclusions");
        }
        return new SecretaryMeeting(null, unitId, subordinateUnitId, null, heldOn, what, concluded);
    }
}
