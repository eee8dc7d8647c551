package org.tiepdan.report.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.tiepdan.document.IssuedDocumentView;
import org.tiepdan.document.IssuedDocuments;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.FigureSource;

/**
 * The cross-checks every report carries (REPORTS.md, issue 10): totals that must agree between
 * reports and sections, records with impossible dates, sessions without a host, cases settled
 * without their decision document, deadlines missed without an extension. Each finding names its
 * records. The predicates that find records live with the records (the {@code check.*} figures).
 *
 * <p>The findings are kept until the records change (issue 22: at province scale they cost several times
 * the figures): an entry is keyed by the unit, window and topic, today's date (the checks compare dates
 * with today) and the {@link RecordsVersion records version} read before anything else (the subtree too, by
 * the caller), so any committed
 * write of records anywhere, from any node or from outside the application, makes the next call compute
 * them again. Callers check the user's access to the unit before they ask, as for the figures. At most
 * {@link #CACHED_PATHS} record paths are kept in all (about 60 bytes each: a province's findings over ten
 * years name ~800 k records, some 50 MB), entries of an older version dropped when a newer one is kept; a larger
 * result is returned and not kept. Two calls that miss together both
 * compute (no call waits on another's computation); both results are the same.
 */
@Component
class CrossChecks {

    static final String ERROR = "ERROR";
    static final String WARNING = "WARNING";
    /** The screen of a document of the register. */
    private static final String DOCUMENT = "/documents/";

    private final FigureRegistry sources;
    private final IssuedDocuments documents;
    private final Texts texts;
    private final Clock clock;
    private final RecordsVersion version;
    private final Cache<Key, List<Finding>> cache = Caffeine.newBuilder()
            .maximumWeight(CACHED_PATHS)
            .weigher((Key k, List<Finding> v) -> v.stream().mapToInt(f -> 1 + f.records().size()).sum())
            .expireAfterAccess(Duration.ofHours(1))
            .build();

    /** The record paths the findings cache holds at most, over all its entries. */
    static final long CACHED_PATHS = 2_000_000;

    /** What the findings depend on, besides the records: the subtree follows from the unit and the records. */
    private record Key(long unitId, LocalDate from, LocalDate to, String topic, LocalDate today, long version) {
    }

    CrossChecks(FigureRegistry sources, IssuedDocuments documents, Texts texts, Optional<Clock> clock,
            RecordsVersion version) {
        this.sources = sources;
        this.documents = documents;
        this.texts = texts;
        this.clock = clock.orElse(Clock.system(Dates.ZONE));
        this.version = version;
    }

    /**
     * The records version to ask for findings at: read it before anything the findings depend on, the unit's
     * subtree included ({@link RecordsVersion}).
     */
    OptionalLong recordsVersion() {
        return version.now();
    }

    /**
     * The findings of the window for the unit's subtree, kept ones while the records are unchanged: {@code v} is
     * {@link #recordsVersion()} read before the subtree {@code dir} and anything else (empty: nothing is kept).
     */
    List<Finding> findings(FigureSource.Query q, UnitDirectory dir, OptionalLong v) {
        LocalDate today = Dates.today(clock);
        if (v.isEmpty()) {
            return compute(q, dir, today);
        }
        Key key = new Key(q.unitId(), q.from(), q.to(), q.topic(), today, v.getAsLong());
        List<Finding> kept = cache.getIfPresent(key);
        if (kept != null) {
            return kept;
        }
        List<Finding> computed = compute(q, dir, today);
        // Entries of an older version or day can never be asked for again: dropped first, so that they do not
        // crowd out the new one (Caffeine admits a heavy newcomer only if it outweighs what it would evict).
        cache.asMap().keySet().removeIf(k -> k.version() < key.version() || k.today().isBefore(today));
        cache.put(key, computed);
        return computed;
    }

    /** How many findings are kept now (tests). */
    long kept() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    private List<Finding> compute(FigureSource.Query q, UnitDirectory dir, LocalDate today) {
        List<Finding> out = new ArrayList<>();
        // Each source's checks read together: the subtree's sessions built once, the cases scanned once for
        // the checks that can share a pass (issue 22: each alone took about a scan of the cells at province scale).
        Map<String, List<Ref>> reception = sources.rows(FigureRegistry.RECEPTION,
                List.of("sessions.not_head_hosted", "check.hostless", "check.dates"), q);
        Map<String, List<Ref>> petition = sources.rows(FigureRegistry.PETITION, List.of("check.uncounted",
                "check.dates", "check.settled_without_document", "check.missed_without_extension"), q);
        receptionLog(q, reception.get("sessions.not_head_hosted"), out);
        named(out, "SESSION_WITHOUT_HOST", ERROR, reception.get("check.hostless"));
        named(out, "SESSION_DATE_IMPOSSIBLE", ERROR, reception.get("check.dates"));
        casesByCompetence(q, petition.get("check.uncounted"), out);
        named(out, "CASE_DATE_IMPOSSIBLE", ERROR, petition.get("check.dates"));
        named(out, "CASE_SETTLED_WITHOUT_DOCUMENT", ERROR, petition.get("check.settled_without_document"));
        named(out, "DEADLINE_MISSED_WITHOUT_EXTENSION", WARNING, petition.get("check.missed_without_extension"));
        documents(q, dir, today, out);
        oversightDates(q, dir, today, out);
        return List.copyOf(out);
    }

    /** Sessions in Phụ lục 2 row 1 against the reception log: the difference is the sessions no head hosted. */
    private void receptionLog(FigureSource.Query q, List<Ref> notHeadHosted, List<Finding> out) {
        if (notHeadHosted.isEmpty()) {
            return;
        }
        Map<String, Map<Long, Long>> t = sources.totals(FigureRegistry.RECEPTION,
                List.of("sessions.periodic", "sessions.adhoc", "1.periodic", "1.adhoc"), q);
        long logged = sum(t, "sessions.periodic") + sum(t, "sessions.adhoc");
        long counted = sum(t, "1.periodic") + sum(t, "1.adhoc");
        out.add(finding("SESSIONS_LOG_VS_APPENDIX", WARNING, notHeadHosted, Texts.count(logged), Texts.count(counted),
                Texts.count(notHeadHosted.size())));
    }

    /** Cases received in the window against rows 7, 8 and 9 of Phụ lục 2. */
    private void casesByCompetence(FigureSource.Query q, List<Ref> uncounted, List<Finding> out) {
        if (uncounted.isEmpty()) {
            return;
        }
        Map<String, Map<Long, Long>> t = sources.totals(FigureRegistry.PETITION,
                List.of("cases", "7.settled", "7.reopened", "7.open", "8.directed", "9.guided"), q);
        long inRows = sum(t, "7.settled") + sum(t, "7.reopened") + sum(t, "7.open") + sum(t, "8.directed")
                + sum(t, "9.guided");
        out.add(finding("CASES_BY_COMPETENCE_VS_TOTAL", WARNING, uncounted, Texts.count(sum(t, "cases")),
                Texts.count(inRows), Texts.count(uncounted.size())));
    }

    /** Documents in Phụ lục 1 against the register (Biểu tổng hợp), and the register's own dates and numbers. */
    private void documents(FigureSource.Query q, UnitDirectory dir, LocalDate today, List<Finding> out) {
        List<IssuedDocumentView> register = documents.list(q.units(), q.from(), q.to(), q.topic());
        // Phụ lục 1 counts the register's documents of the types issued "để lãnh đạo, chỉ đạo" only.
        Set<String> leadership = documents.leadershipTypes();
        Set<Long> inAppendix = new HashSet<>();
        sources.rows(FigureRegistry.DOCUMENT, "documents", q).forEach(r -> inAppendix.add(r.id()));
        List<String> typeCodes = sources.codes(FigureRegistry.DOCUMENT, q).stream()
                .filter(c -> c.startsWith("documents.")).toList();
        List<String> codes = new ArrayList<>(typeCodes);
        codes.add("documents");
        Map<String, Map<Long, Long>> appendix = sources.totals(FigureRegistry.DOCUMENT, codes, q);
        long total = sum(appendix, "documents");
        long byType = typeCodes.stream().mapToLong(c -> sum(appendix, c)).sum();
        Set<Long> inRegister = new HashSet<>();
        register.stream().filter(d -> leadership.contains(d.typeCode())).forEach(d -> inRegister.add(d.id()));
        if (total != byType || !inAppendix.equals(inRegister)) {
            List<Ref> differing = new ArrayList<>();
            register.stream().filter(d -> inRegister.contains(d.id()) && !inAppendix.contains(d.id()))
                    .forEach(d -> differing.add(ref(d)));
            inAppendix.stream().filter(id -> !inRegister.contains(id))
                    .forEach(id -> differing.add(new Ref("IssuedDocument", id, q.unitId(), null, 1, DOCUMENT + id)));
            out.add(finding("DOCUMENTS_APPENDIX_VS_REGISTER", ERROR, differing, Texts.count(total), Texts.count(byType),
                    Texts.count(inRegister.size())));
        }
        List<Ref> badDates = register.stream()
                .filter(d -> d.issuedOn().isAfter(today) || !dir.unit(d.unitId()).isValidOn(d.issuedOn()))
                .map(CrossChecks::ref).toList();
        named(out, "DOCUMENT_DATE_IMPOSSIBLE", ERROR, badDates);
        // The seed's "84-TB/ĐU" twice with two dates: a number written again inside one numbering period.
        List<Ref> reused = documents.numbersReused(q.units(), q.from(), q.to(), q.topic())
                .stream().map(CrossChecks::ref).toList();
        named(out, "DOCUMENT_NUMBER_REUSED", WARNING, reused);
    }

    /** Inspections and outreach events dated in the future or outside the life of their unit. */
    private void oversightDates(FigureSource.Query q, UnitDirectory dir, LocalDate today, List<Finding> out) {
        List<Ref> bad = new ArrayList<>();
        for (String code : List.of("1.planned", "1.adhoc")) {
            sources.rows(FigureRegistry.OVERSIGHT, code, q).stream().filter(r -> impossible(r, dir, today)).forEach(bad::add);
        }
        sources.rows(FigureRegistry.OVERSIGHT, "events", q).stream().filter(r -> impossible(r, dir, today)).forEach(bad::add);
        named(out, "OVERSIGHT_DATE_IMPOSSIBLE", ERROR, bad);
    }

    private static boolean impossible(Ref r, UnitDirectory dir, LocalDate today) {
        if (r.date() == null) {
            return true;
        }
        OrgUnitView unit = dir.unit(r.unitId());
        return r.date().isAfter(today) || !unit.isValidOn(r.date());
    }

    private static Ref ref(IssuedDocumentView d) {
        return new Ref("IssuedDocument", d.id(), d.unitId(), d.issuedOn(), 1, DOCUMENT + d.id());
    }

    private void named(List<Finding> out, String code, String severity, List<Ref> records) {
        if (!records.isEmpty()) {
            out.add(finding(code, severity, records, Texts.count(records.size())));
        }
    }

    private Finding finding(String code, String severity, List<Ref> records, Object... args) {
        return new Finding(code, severity, texts.msg("report.finding." + code, args),
                records.stream().map(RecordLinks::name).distinct().toList());
    }

    private static long sum(Map<String, Map<Long, Long>> totals, String code) {
        return totals.getOrDefault(code, Map.of()).values().stream().mapToLong(Long::longValue).sum();
    }
}
