package org.tiepdan.document.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Does the trích yếu name a month or year that its date contradicts? A notice may be issued in
 * the month it names or the month before ("tháng 8" dated late July); a plan or report may name
 * the year before, the year of, or the year after its date. Anything else is reported.
 */
final class SummaryDates {

    private static final Pattern MONTH = Pattern.compile("(?iu)tháng\\s*(\\d{1,2})(?:\\s*(?:năm|/|-)\\s*(\\d{4}))?");
    private static final Pattern YEAR = Pattern.compile("(?iu)năm\\s*(\\d{4})");

    /** The words of the summary the date contradicts, as written there. */
    record Contradiction(String named) {
    }

    private SummaryDates() {
    }

    static Optional<Contradiction> check(String summary, LocalDate date) {
        if (summary == null || date == null) {
            return Optional.empty();
        }
        String text = Text.nfc(summary);
        Matcher m = MONTH.matcher(text);
        StringBuilder rest = new StringBuilder();
        int last = 0;
        while (m.find()) {
            rest.append(text, last, m.start());
            last = m.end();
            int month = Integer.parseInt(m.group(1));
            if (month < 1 || month > 12) {
                continue;
            }
            YearMonth issued = YearMonth.from(date);
            if (m.group(2) != null) {
                YearMonth named = YearMonth.of(Integer.parseInt(m.group(2)), month);
                if (!named.equals(issued) && !named.equals(issued.plusMonths(1))) {
                    return Optional.of(new Contradiction(m.group(0)));
                }
            } else if (month != issued.getMonthValue() && month != issued.plusMonths(1).getMonthValue()) {
                return Optional.of(new Contradiction(m.group(0)));
            }
        }
        rest.append(text.substring(last));
        Matcher y = YEAR.matcher(rest);
        while (y.find()) {
            int year = Integer.parseInt(y.group(1));
            if (Math.abs(year - date.getYear()) > 1) {
                return Optional.of(new Contradiction(y.group(0)));
            }
        }
        return Optional.empty();
    }
}
