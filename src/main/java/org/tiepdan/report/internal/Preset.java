package org.tiepdan.report.internal;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Reporting periods. Kết luận 215-KL/TW (Party reports under Quy định 11): calendar periods, the
 * month, the first quarter, 6 months, 9 months and the year. Thông tư 02/2021/TT-TTCP (State
 * reports of reception and complaint handling) takes the cut-off of Nghị định 09/2019/NĐ-CP Art.
 * 12: from the 15th of the month before the period to the 14th of its last month (the year runs
 * 15/12 of the previous year to 14/12). The QĐ 11 review window is the outline's (seed 001).
 * Labels: {@code report.preset.<name>}.
 */
enum Preset {
    KL215_MONTH, KL215_Q1, KL215_6M, KL215_9M, KL215_YEAR,
    TT02_Q1, TT02_Q2, TT02_Q3, TT02_Q4, TT02_6M, TT02_9M, TT02_YEAR,
    QD11_REVIEW;

    static final LocalDate REVIEW_FROM = LocalDate.of(2019, 2, 18);
    static final LocalDate REVIEW_TO = LocalDate.of(2023, 12, 31);

    /** The window of this period in {@code year} ({@code month} only for the monthly report). */
    ReportWindow window(int year, int month) {
        LocalDate jan1 = LocalDate.of(year, 1, 1);
        LocalDate dec15 = LocalDate.of(year - 1, 12, 15);
        return switch (this) {
            case KL215_MONTH -> {
                YearMonth ym = YearMonth.of(year, month);
                yield new ReportWindow(ym.atDay(1), ym.atEndOfMonth());
            }
            case KL215_Q1 -> new ReportWindow(jan1, LocalDate.of(year, 3, 31));
            case KL215_6M -> new ReportWindow(jan1, LocalDate.of(year, 6, 30));
            case KL215_9M -> new ReportWindow(jan1, LocalDate.of(year, 9, 30));
            case KL215_YEAR -> new ReportWindow(jan1, LocalDate.of(year, 12, 31));
            case TT02_Q1 -> new ReportWindow(dec15, LocalDate.of(year, 3, 14));
            case TT02_Q2 -> new ReportWindow(LocalDate.of(year, 3, 15), LocalDate.of(year, 6, 14));
            case TT02_Q3 -> new ReportWindow(LocalDate.of(year, 6, 15), LocalDate.of(year, 9, 14));
            case TT02_Q4 -> new ReportWindow(LocalDate.of(year, 9, 15), LocalDate.of(year, 12, 14));
            case TT02_6M -> new ReportWindow(dec15, LocalDate.of(year, 6, 14));
            case TT02_9M -> new ReportWindow(dec15, LocalDate.of(year, 9, 14));
            case TT02_YEAR -> new ReportWindow(dec15, LocalDate.of(year, 12, 14));
            case QD11_REVIEW -> new ReportWindow(REVIEW_FROM, REVIEW_TO);
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
        return null;
    }
}
