package org.tiepdan.report.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.account.Access;
import org.tiepdan.account.Role;
import org.tiepdan.home.DashboardCard;
import org.tiepdan.home.DashboardCards;
import org.tiepdan.platform.Dates;

/**
 * The reporter's part of the home page: the report periods running now or starting within a month
 * (Party periods of KL 215 and the State data periods of the Government Inspectorate), each linked
 * to the periodic report on that window; and the data checks of this year's report so far, with the
 * petitions received month by month as a chart.
 */
@Component
@Order(50)
class ReportDashboardCards implements DashboardCards {

    private static final int LINES = 5;
    private static final List<Preset> PERIODS = List.of(Preset.KL215_MONTH, Preset.KL215_Q1, Preset.KL215_6M,
            Preset.KL215_9M, Preset.KL215_YEAR, Preset.TTCP_Q1, Preset.TTCP_Q2, Preset.TTCP_Q3, Preset.TTCP_Q4,
            Preset.TTCP_6M, Preset.TTCP_9M, Preset.TTCP_YEAR);

    private final Access access;
    private final ReportAccess reportAccess;
    private final ReportService reports;
    private final ChartData charts;
    private final Texts texts;

    ReportDashboardCards(Access access, ReportAccess reportAccess, ReportService reports, ChartData charts,
            Texts texts) {
        this.access = access;
        this.reportAccess = reportAccess;
        this.reports = reports;
        this.charts = charts;
        this.texts = texts;
    }

    /** A report period that is running or about to start. */
    record Period(Preset preset, int year, int month, ReportWindow window) {
    }

    @Override
    @Transactional(readOnly = true)
    public List<DashboardCard> cards() {
        if (!access.hasRole(Role.REPORTER.name())) {
            return List.of();
        }
        Long unit = access.homeUnitId().orElse(null);
        if (unit == null || !reportAccess.canRead(unit)) {
            return List.of();
        }
        LocalDate today = reports.today();
        List<DashboardCard> cards = new ArrayList<>();
        List<DashboardCard.Line> windows = upcoming(today).stream().limit(LINES).map(p -> new DashboardCard.Line(
                texts.msg("report.preset." + p.preset().key()) + " " + p.year(),
                "/reports/" + ReportDefinitions.PERIODIC + "?unit=" + unit + "&preset=" + p.preset().key() + "&year="
                        + p.year() + "&month=" + p.month(),
                texts.msg("home.report.window", Dates.format(p.window().from()), Dates.format(p.window().to()),
                        ChronoUnit.DAYS.between(today, p.window().to())),
                false)).toList();
        cards.add(new DashboardCard("report-windows", Role.REPORTER, "home.report.windows", null, "/reports", false,
                null, windows, null));

        ReportWindow year = Preset.KL215_YEAR.window(today.getYear(), 1);
        Evaluated r = reports.evaluate(ReportDefinitions.PERIODIC, unit, year, null);
        String link = "/reports/" + ReportDefinitions.PERIODIC + "?unit=" + unit + "&preset="
                + Preset.KL215_YEAR.key() + "&year=" + today.getYear();
        List<DashboardCard.Line> findings = r.findings().stream().limit(LINES)
                .map(f -> new DashboardCard.Line(f.message(), link + "#findings", null,
                        CrossChecks.ERROR.equals(f.severity())))
                .toList();
        DashboardCard checks = new DashboardCard("report-checks", Role.REPORTER, "home.report.checks",
                (long) r.findings().size(), link, true,
                texts.msg("home.report.checks-note", Dates.format(year.from()), Dates.format(year.to())), findings,
                null);
        List<String> wanted = java.util.stream.Stream.of("petitions", "cases").map(r::row)
                .filter(java.util.Objects::nonNull).map(row -> row.groupLabel() + " — " + row.label()).toList();
        cards.add(checks.withChart(monthly(unit, new ReportWindow(year.from(), today), wanted)));
        return cards;
    }

    /** The periods whose window contains today or starts within a month, the nearest end first. */
    static List<Period> upcoming(LocalDate today) {
        List<Period> out = new ArrayList<>();
        for (int y = today.getYear(); y <= today.getYear() + 1; y++) {
            for (Preset p : PERIODS) {
                int month = p == Preset.KL215_MONTH ? (y == today.getYear() ? today.getMonthValue() : 1) : 1;
                ReportWindow w = p.window(y, month);
                if (!w.to().isBefore(today) && !w.from().isAfter(today.plusMonths(1))) {
                    out.add(new Period(p, y, month, w));
                }
            }
        }
        out.sort(Comparator.comparing((Period p) -> p.window().to()).thenComparing(p -> p.window().from()));
        return out;
    }

    /** The headline series of the periodic report named (petitions and cases received), month by month. */
    @SuppressWarnings("unchecked")
    private DashboardCard.Chart monthly(long unit, ReportWindow w, List<String> wanted) {
        Map<String, Object> data = charts.charts(ReportDefinitions.PERIODIC, unit, w, null);
        List<String> months = ((List<String>) data.get("months")).stream()
                .map(m -> m.substring(5) + "/" + m.substring(0, 4)).toList();
        List<Map<String, Object>> byMonth = ((List<Map<String, Object>>) data.get("byMonth")).stream()
                .filter(m -> wanted.contains(m.get("label"))).toList();
        if (byMonth.isEmpty()) {
            return null;
        }
        List<DashboardCard.Series> series = byMonth.stream().map(s -> new DashboardCard.Series(
                (String) s.get("label"), ((List<Number>) s.get("data")).stream().map(Number::longValue).toList()))
                .toList();
        return new DashboardCard.Chart("line", months, series);
    }
}
