package org.tiepdan.report.internal;

import java.time.LocalDate;

import org.tiepdan.platform.DomainException;

/** An inclusive reporting window (kỳ báo cáo). */
public record ReportWindow(LocalDate from, LocalDate to) {

    public ReportWindow {
        if (from == null) {
            throw DomainException.invalid("report-from-required", "from");
        }
        if (to == null) {
            throw DomainException.invalid("report-to-required", "to");
        }
        if (to.isBefore(from)) {
            throw DomainException.invalid("report-window-order", "to");
        }
    }
}
