package org.tiepdan.report.internal;

import java.time.LocalDate;

import org.tiepdan.platform.Dates;
import org.tiepdan.platform.DomainException;

/**
 * A report sent (Đề cương II.2.1, "việc thực hiện chế độ báo cáo"): which report, for which window, to
 * which body, under which number, on which day, and whether it went by its due day. The due day is the
 * one typed from the superior's request when there is one, else the period's rule
 * ({@link Preset#due}); without either it is unknown and "on time" too. Built only through
 * {@link #create}, which enforces the rules.
 */
record SentReport(Long id, long unitId, String reportCode, String preset, ReportWindow window, String recipient,
        String documentNumber, Long documentId, LocalDate sentOn, LocalDate dueOn, DueBasis dueBasis, Boolean onTime) {

    enum DueBasis { RULE, TYPED, NONE }

    /**
     * A report recorded as sent; {@code preset} null for a window typed by dates. Refused: an unknown
     * report code, a missing recipient or number, a day sent in the future or before the window opens,
     * a typed due day before the window opens.
     */
    static SentReport create(long unitId, String reportCode, Preset preset, ReportWindow window, String recipient,
            String documentNumber, Long documentId, LocalDate sentOn, LocalDate typedDue, LocalDate today) {
        if (reportCode == null || !ReportDefinitions.CODES.contains(reportCode)) {
            throw DomainException.invalid("report-sent-code-unknown", "report");
        }
        String to = clean(recipient);
        if (to == null) {
            throw DomainException.invalid("report-sent-recipient-required", "recipient");
        }
        if (to.length() > 255) {
            throw DomainException.invalid("report-sent-recipient-long", "recipient");
        }
        String number = clean(documentNumber);
        if (number == null) {
            throw DomainException.invalid("report-sent-number-required", "documentNumber");
        }
        if (number.length() > 64) {
            throw DomainException.invalid("report-sent-number-long", "documentNumber");
        }
        if (sentOn == null) {
            throw DomainException.invalid("report-sent-on-required", "sentOn");
        }
        if (sentOn.isAfter(today)) {
            throw DomainException.invalid("report-sent-on-future", "sentOn");
        }
        if (sentOn.isBefore(window.from())) {
            throw DomainException.invalid("report-sent-on-before-window", "sentOn", Dates.format(window.from()));
        }
        if (typedDue != null && typedDue.isBefore(window.from())) {
            throw DomainException.invalid("report-sent-due-before-window", "dueOn", Dates.format(window.from()));
        }
        LocalDate ruled = preset == null ? null : preset.due(window);
        LocalDate due = typedDue != null ? typedDue : ruled;
        DueBasis basis = typedDue != null ? DueBasis.TYPED : ruled != null ? DueBasis.RULE : DueBasis.NONE;
        return new SentReport(null, unitId, reportCode, preset == null ? null : preset.key(), window, to, number,
                documentId, sentOn, due, basis, due == null ? null : !sentOn.isAfter(due));
    }

    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip().replaceAll("\\s+", " ");
        return t.isEmpty() ? null : t;
    }
}
