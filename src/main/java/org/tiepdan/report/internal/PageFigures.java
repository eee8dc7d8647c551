package org.tiepdan.report.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;
import org.tiepdan.account.Access;
import org.tiepdan.account.TiepdanUser;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The figures a report page has just shown, kept for a short while for the calls the page makes after
 * it (its charts, the drill-down's labels), so that they neither count the figures nor resolve the
 * subtree again: at province scale both took as long as the page itself.
 *
 * <p>Why a short-lived copy and not a cache of reports: the charts must show the same numbers as the
 * table the user is looking at, which is exactly the evaluation the page request made. An entry lives
 * {@link #TTL} (a page asks for its charts within a second), is keyed by the report, unit, window,
 * asked topic and the signed-in user (one user's page never serves another's charts, even though the
 * figures are the same for everyone allowed to read the unit: every call checks that access before it
 * gets here), and at most {@link #MAX_ENTRIES} are kept (a province's per-unit totals are a few MB).
 * A miss evaluates the report once, as before.
 */
@Component
class PageFigures {

    static final Duration TTL = Duration.ofSeconds(60);
    static final int MAX_ENTRIES = 16;

    private record Key(String code, long unitId, ReportWindow window, String topic, String user) {
    }

    private final ReportEngine engine;
    private final Access access;
    private final Cache<Key, ReportEngine.Counted> entries;

    PageFigures(ReportEngine engine, Access access, Optional<Clock> clock) {
        this.engine = engine;
        this.access = access;
        Clock c = clock.orElse(Clock.systemUTC());
        this.entries = Caffeine.newBuilder()
                .maximumSize(MAX_ENTRIES)
                .expireAfterWrite(TTL)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(c.millis()))
                .build();
    }

    /** The page's own request: the figures evaluated now, and kept for the calls that follow it. */
    ReportEngine.Counted evaluate(String code, long unitId, ReportWindow window, String askedTopic) {
        // With the totals by month of the chart's headline cells, counted in the figures' own pass.
        ReportEngine.Counted counted = engine.evaluateWithUnits(code, unitId, window, askedTopic,
                ChartData.headline(code));
        entries.put(key(code, unitId, window, askedTopic), counted);
        return counted;
    }

    /** A call after the page (charts, labels): the figures the page just showed, else evaluated once now. */
    ReportEngine.Counted recent(String code, long unitId, ReportWindow window, String askedTopic) {
        ReportEngine.Counted kept = entries.getIfPresent(key(code, unitId, window, askedTopic));
        return kept != null ? kept : evaluate(code, unitId, window, askedTopic);
    }

    private Key key(String code, long unitId, ReportWindow window, String askedTopic) {
        return new Key(code, unitId, window, askedTopic,
                access.currentUser().map(TiepdanUser::getUsername).orElse(""));
    }
}
