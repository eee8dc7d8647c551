package org.tiepdan.report.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

/**
 * Reporting periods. Kết luận 215-KL/TW (Party reports under Quy định 11): calendar periods, the
 * month, the first quarter, 6 months, 9 months and the year. State reports of reception and
 * complaint handling (LAW.md "Reporting periods") follow the text of the Government Inspectorate in
 * force on the period's last day: Thông tư 03/2013/TT-TTCP Art. 9 until 09/5/2021 (16th of the month
 * before the period to the 15th of its last month), then Thông tư 02/2021/TT-TTCP and, from
 * 05/3/2024, Thông tư 01/2024/TT-TTCP (15th to 14th, the cut-off of Nghị định 09/2019/NĐ-CP Art. 12).
 * Nghị định 09/2019 Art. 12 also gives a second-half window 15/6–14/12; the National Assembly's
 * yearly report has used 01/8–31/7. The old {@code tt02-*} keys are aliases of the {@code ttcp-*}
 * ones. The QĐ 11 review window is the outline's (seed 001). Labels: {@code report.preset.<key>}.
 */
enum Preset {
    KL215_MONTH, KL215_Q1, KL215_6M, KL215_9M, KL215_YEAR,
    TTCP_Q1, TTCP_Q2, TTCP_Q3, TTCP_Q4, TTCP_6M, TTCP_9M, TTCP_YEAR, HALF_2, NA_YEAR,
    QD11_REVIEW;

    static final LocalDate REVIEW_FROM = LocalDate.of(2019, 2, 18);
    static final LocalDate REVIEW_TO = LocalDate.of(2023, 12, 31);
    /** Last day of Thông tư 03/2013/TT-TTCP (TT 02/2021/TT-TTCP in force from 10/5/2021). */
    static final LocalDate TT03_2013_UNTIL = LocalDate.of(2021, 5, 9);
    /** Thông tư 01/2024/TT-TTCP in force (same cut-off as TT 02/2021). */
    static final LocalDate TT01_2024_FROM = LocalDate.of(2024, 3, 5);

    /** The former keys, kept as aliases. */
    private static final Map<String, Preset> ALIASES = Map.of("tt02-q1", TTCP_Q1, "tt02-q2", TTCP_Q2,
            "tt02-q3", TTCP_Q3, "tt02-q4", TTCP_Q4, "tt02-6m", TTCP_6M, "tt02-9m", TTCP_9M, "tt02-year", TTCP_YEAR);

    /** The window of this period in {@code year} ({@code month} only for the monthly report). */
    ReportWindow window(int year, int month) {
        LocalDate jan1 = LocalDate.of(year, 1, 1);
        return switch (this) {
            case KL215_MONTH -> {
                YearMonth ym = YearMonth.of(year, month);
                yield new ReportWindow(ym.atDay(1), ym.atEndOfMonth());
            }
            case KL215_Q1 -> new ReportWindow(jan1, LocalDate.of(year, 3, 31));
            case KL215_6M -> new ReportWindow(jan1, LocalDate.of(year, 6, 30));
            case KL215_9M -> new ReportWindow(jan1, LocalDate.of(year, 9, 30));
            case KL215_YEAR -> new ReportWindow(jan1, LocalDate.of(year, 12, 31));
            case TTCP_Q1 -> ttcp(year, 12, -1, 3);
            case TTCP_Q2 -> ttcp(year, 3, 0, 6);
            case TTCP_Q3 -> ttcp(year, 6, 0, 9);
            case TTCP_Q4 -> ttcp(year, 9, 0, 12);
            case TTCP_6M -> ttcp(year, 12, -1, 6);
            case TTCP_9M -> ttcp(year, 12, -1, 9);
            case TTCP_YEAR -> ttcp(year, 12, -1, 12);
            case HALF_2 -> new ReportWindow(LocalDate.of(year, 6, 15), LocalDate.of(year, 12, 14));
            case NA_YEAR -> new ReportWindow(LocalDate.of(year - 1, 8, 1), LocalDate.of(year, 7, 31));
            case QD11_REVIEW -> new ReportWindow(REVIEW_FROM, REVIEW_TO);
        };
    }

    /**
     * A State data period from the month {@code startMonth} (of the year shifted by {@code yearShift})
     * to {@code endMonth} of {@code year}, by the text in force on its last day: 16th–15th under TT
     * 03/2013, 15th–14th after.
     */
    private static ReportWindow ttcp(int year, int startMonth, int yearShift, int endMonth) {
        LocalDate oldEnd = LocalDate.of(year, endMonth, 15);
        if (!oldEnd.isAfter(TT03_2013_UNTIL)) {
            return new ReportWindow(LocalDate.of(year + yearShift, startMonth, 16), oldEnd);
        }
        return new ReportWindow(LocalDate.of(year + yearShift, startMonth, 15), LocalDate.of(year, endMonth, 14));
    }

    /** The text whose cut-off the period of {@code year} follows (State periods only; null otherwise). */
    String basis(int year) {
        if (ordinal() < TTCP_Q1.ordinal() || ordinal() > TTCP_YEAR.ordinal()) {
            return null;
        }
        LocalDate last = window(year, 1).to();
        return !last.isAfter(TT03_2013_UNTIL) ? "Thông tư 03/2013/TT-TTCP"
                : last.isBefore(TT01_2024_FROM) ? "Thông tư 02/2021/TT-TTCP" : "Thông tư 01/2024/TT-TTCP";
    }

    /**
     * The day a report of this period is due, by the rule the period follows; null when no rule is
     * known. State periods (Thông tư 02/2021/TT-TTCP, 01/2024/TT-TTCP and the 6-month window of Nghị
     * định 09/2019/NĐ-CP): the 20th of the period's last month, the latest day Nghị định 09/2019/NĐ-CP
     * lets a reporting regime set (the data are cut off on the 14th, or the 15th under Thông tư
     * 03/2013/TT-TTCP). Kết luận 215-KL/TW periods, the National Assembly year and the QĐ 11 review: no
     * due day was found in the texts (LAW.md "Reporting periods"); the superior's request gives it and
     * the officer types it.
     */
    LocalDate due(ReportWindow window) {
        return switch (this) {
            case TTCP_Q1, TTCP_Q2, TTCP_Q3, TTCP_Q4, TTCP_6M, TTCP_9M, TTCP_YEAR, HALF_2 ->
                window.to().withDayOfMonth(20);
            default -> null;
        };
    }

    String key() {
        return name().toLowerCase().replace('_', '-');
    }

    static Preset ofKey(String key) {
        for (Preset p : values()) {
            if (p.key().equals(key)) {
                return p;
            }
        }
        return key == null ? null : ALIASES.get(key);
    }
}
