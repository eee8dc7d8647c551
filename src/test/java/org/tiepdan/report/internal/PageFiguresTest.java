package org.tiepdan.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tiepdan.FullStackTest;
import org.tiepdan.account.Access;
import org.tiepdan.account.Accounts;
import org.tiepdan.document.IssuedDocuments;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.oversight.Inspections;
import org.tiepdan.report.ReportFixture;

/**
 * The report page's figures are evaluated once: its charts (and a drill-down's labels) read the same
 * evaluation for a short while, and draw the same charts as a fresh evaluation would.
 */
@FullStackTest
class PageFiguresTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    OrgUnits units;
    @Autowired
    Inspections inspections;
    @Autowired
    IssuedDocuments documents;
    @Autowired
    Accounts accounts;
    @Autowired
    ReportEngine engine;
    @Autowired
    Access access;

    ReportFixture f;
    final ReportWindow year = new ReportWindow(ReportFixture.FROM, ReportFixture.TO);

    /** A clock the test moves. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-12-07T10:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @BeforeEach
    void fixture() {
        f = ReportFixture.get(jdbc, units, inspections, documents, accounts);
    }

    @Test
    void theChartsReadTheFiguresThePageJustEvaluated() {
        ManualClock clock = new ManualClock();
        PageFigures page = new PageFigures(engine, access, Optional.of(clock));
        ReportEngine.Counted shown = page.evaluate("appendix-2", f.commune, year, null);

        assertThat(page.recent("appendix-2", f.commune, year, null)).isSameAs(shown);
        // Another report, window or topic is another page.
        assertThat(page.recent("appendix-2", f.commune, year, "")).isNotSameAs(shown);
        assertThat(page.recent("appendix-2", f.commune, new ReportWindow(year.from(), year.to().minusDays(1)), null))
                .isNotSameAs(shown);
        // Kept for a short while only.
        clock.now = clock.now.plus(PageFigures.TTL);
        ReportEngine.Counted later = page.recent("appendix-2", f.commune, year, null);
        assertThat(later).isNotSameAs(shown);
        assertThat(later.report().rows()).isEqualTo(shown.report().rows());
        assertThat(later.units().ids()).isEqualTo(shown.units().ids());
    }

    @Test
    void theChartsFromThePageEqualTheChartsOfAFreshEvaluation() {
        PageFigures page = new PageFigures(engine, access, Optional.empty());
        ChartData charts = new ChartData(engine, page);
        for (String code : new String[] {"appendix-1", "appendix-2", "appendix-3", "periodic"}) {
            for (long unit : new long[] {f.commune, f.province}) {
                Map<String, Object> fresh = charts.charts(code, unit, year, null);
                page.evaluate(code, unit, year, null);
                assertThat(charts.charts(code, unit, year, null)).as(code + " " + unit).isEqualTo(fresh);
            }
        }
    }
}
