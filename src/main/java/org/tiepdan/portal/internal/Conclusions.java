package org.tiepdan.portal.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.audit.AuditAction;
import org.tiepdan.audit.AuditLog;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.petition.DenunciationConclusions;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.DomainException;

/** Publishing denunciation conclusions and reading those on show. */
@Service
@Transactional
class Conclusions {

    /** The legal minimum: 15 consecutive days, the first and the last included. */
    static final int MIN_DAYS = 15;
    /** What must never appear in a public summary: e-mail addresses, phone or identity numbers. */
    private static final Pattern PERSONAL = Pattern.compile(
            "[^@\\s]+@[^@\\s]+\\.[a-zA-Z]{2,}|(?<!\\d)(?<!\\d[.,])\\d(?: ?\\d){8,11}(?!\\d)(?![.,]\\d)");

    private final JdbcClient jdbc;
    private final DenunciationConclusions concluded;
    private final OrgUnits units;
    private final AuditLog audit;
    private final Clock clock;

    Conclusions(JdbcClient jdbc, DenunciationConclusions concluded, OrgUnits units, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.concluded = concluded;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    /** Validates everything first; INVALID with the field at fault, nothing written. */
    PublishedConclusion publish(long petitionId, String summary, LocalDate from, LocalDate until, String officer) {
        DenunciationConclusions.Concluded c = concluded.find(petitionId)
                .orElseThrow(() -> DomainException.invalid("portal-conclusion-not-concluded", "petitionId"));
        String text = summary == null ? null : summary.strip();
        if (text == null || text.isEmpty()) {
            throw DomainException.invalid("portal-conclusion-summary-required", "summary");
        }
        if (text.length() > 4000) {
            throw DomainException.invalid("portal-too-long", "summary", 4000);
        }
        if (PERSONAL.matcher(text).find()) {
            throw DomainException.invalid("portal-conclusion-personal-data", "summary");
        }
        if (from == null) {
            throw DomainException.invalid("portal-conclusion-from-required", "publishedFrom");
        }
        if (c.concludedOn() != null && from.isBefore(c.concludedOn())) {
            throw DomainException.invalid("portal-conclusion-before-conclusion", "publishedFrom",
                    Dates.format(c.concludedOn()));
        }
        if (until == null || until.isBefore(from.plusDays(MIN_DAYS - 1))) {
            throw DomainException.invalid("portal-conclusion-too-short", "publishedUntil", MIN_DAYS,
                    Dates.format(from.plusDays(MIN_DAYS - 1)));
        }
        if (jdbc.sql("select count(*) from portal_published_conclusion where petition_id = ?").param(petitionId)
                .query(Long.class).single() > 0) {
            throw DomainException.invalid("portal-conclusion-already-published", "petitionId");
        }
        long id = jdbc.sql("""
                insert into portal_published_conclusion
                    (petition_id, unit_id, concluded_on, summary, published_from, published_until, published_by)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(petitionId, c.unitId(), c.concludedOn(), text, from, until, officer)
                .query(Long.class).single();
        Map<String, Object> summaryOfChange = new LinkedHashMap<>();
        summaryOfChange.put("petition", petitionId);
        summaryOfChange.put("from", from);
        summaryOfChange.put("until", until);
        audit.record(AuditAction.CREATE, "PublishedConclusion", id, c.unitId(), summaryOfChange);
        return get(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    Optional<PublishedConclusion> get(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(this::row).optional();
    }

    /** Those on show today, newest first; optionally of one unit. */
    @Transactional(readOnly = true)
    List<PublishedConclusion> showing(Long unitId) {
        LocalDate today = Dates.today(clock);
        return jdbc.sql(SELECT + " where published_from <= :today and published_until >= :today"
                + (unitId == null ? "" : " and unit_id = :unit") + " order by published_from desc, id desc")
                .param("today", today).params(unitId == null ? Map.of() : Map.of("unit", unitId))
                .query(this::row).list();
    }

    /** Publications of these petitions (shown or not), for the officers' screen. */
    @Transactional(readOnly = true)
    Map<Long, PublishedConclusion> ofPetitions(List<Long> petitionIds) {
        Map<Long, PublishedConclusion> map = new LinkedHashMap<>();
        if (!petitionIds.isEmpty()) {
            jdbc.sql(SELECT + " where petition_id in (:ids)").param("ids", petitionIds).query(this::row).list()
                    .forEach(p -> map.put(p.petitionId(), p));
        }
        return map;
    }

    private static final String SELECT = """
            select id, petition_id, unit_id, concluded_on, summary, published_from, published_until
              from portal_published_conclusion""";

    private PublishedConclusion row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        long unit = rs.getLong(3);
        return new PublishedConclusion(rs.getLong(1), rs.getLong(2), unit, units.get(unit).name(),
                rs.getObject(4, LocalDate.class), rs.getString(5), rs.getObject(6, LocalDate.class),
                rs.getObject(7, LocalDate.class));
    }
}
