package org.tiepdan.document.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tiepdan.document.IssuerKind;
import org.tiepdan.org.HoldingBody;
import org.tiepdan.platform.DomainException;

/**
 * Numbering periods and symbols. Party committees number in sequence through the committee's
 * term (default: 5-year terms from 1 July 2020, i.e. ... 2015-2020, 2020-2025, 2025-2030); State
 * bodies, the Front and organisations per calendar year. A unit may override in document_numbering.
 */
@Component
class NumberingPolicy {

    static final LocalDate DEFAULT_TERM_START = LocalDate.of(2020, 7, 1);
    static final int DEFAULT_TERM_YEARS = 5;

    enum Scheme { PARTY_TERM, CALENDAR_YEAR }

    /** A unit as this module needs it (read with a small query; to be replaced by the org module's API). */
    record Unit(long id, String name, String kind, String tier) {
        IssuerKind issuerKind() {
            return IssuerKind.ofUnitKind(kind);
        }
    }

    record Settings(Unit unit, Scheme scheme, String symbol, LocalDate termStart, int termYears, boolean stored) {
    }

    private final JdbcClient jdbc;

    NumberingPolicy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Unit> unit(long unitId) {
        return jdbc.sql("select id, name, kind, tier from org_unit where id = ?").param(unitId)
                .query((rs, i) -> new Unit(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional();
    }

    Unit requireUnit(long unitId) {
        return unit(unitId).orElseThrow(() -> DomainException.notFound("unit-not-found"));
    }

    /**
     * The unit when it may hold documents: a body, never a territory ({@link HoldingBody}); a territory
     * has no register of its own, and its documents would start a number series nobody keeps.
     */
    Unit requireBody(long unitId, String field) {
        Unit unit = requireUnit(unitId);
        HoldingBody.require(unit.kind(), unit.name(), field);
        return unit;
    }

    /** True when the unit exists and is a body. */
    boolean isBody(Unit unit) {
        try {
            HoldingBody.require(unit.kind(), unit.name(), null);
            return true;
        } catch (DomainException e) {
            return false;
        }
    }

    Map<Long, String> unitNames(Iterable<Long> ids) {
        Map<Long, String> names = new LinkedHashMap<>();
        for (Long id : ids) {
            unit(id).ifPresent(u -> names.put(u.id(), u.name()));
        }
        return names;
    }

    Settings settings(long unitId) {
        Unit unit = requireUnit(unitId);
        return jdbc.sql("select scheme, symbol, term_start, term_years from document_numbering where unit_id = ?")
                .param(unitId)
                .query((rs, i) -> new Settings(unit, Scheme.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getDate(3).toLocalDate(), rs.getInt(4), true))
                .optional()
                .orElseGet(() -> new Settings(unit, defaultScheme(unit.issuerKind()), defaultSymbol(unit),
                        DEFAULT_TERM_START, DEFAULT_TERM_YEARS, false));
    }

    /** Stores (or replaces) a unit's numbering settings. */
    void configure(long unitId, Scheme scheme, String symbol, LocalDate termStart, int termYears) {
        requireUnit(unitId);
        jdbc.sql("""
                insert into document_numbering (unit_id, scheme, symbol, term_start, term_years) values (?, ?, ?, ?, ?)
                on conflict (unit_id) do update set scheme = excluded.scheme, symbol = excluded.symbol,
                  term_start = excluded.term_start, term_years = excluded.term_years,
                  version = document_numbering.version + 1""")
                .params(unitId, scheme.name(), symbol, termStart, termYears).update();
    }

    static Scheme defaultScheme(IssuerKind kind) {
        return kind == IssuerKind.PARTY_COMMITTEE ? Scheme.PARTY_TERM : Scheme.CALENDAR_YEAR;
    }

    static String defaultSymbol(Unit unit) {
        return switch (unit.kind()) {
            case "PARTY_COMMITTEE" -> switch (unit.tier()) {
                case "PROVINCE" -> "TU";
                case "DISTRICT" -> "HU";
                default -> "ĐU";
            };
            case "PEOPLES_COMMITTEE" -> "UBND";
            case "FATHERLAND_FRONT" -> "MTTQ";
            case "INSPECTORATE" -> "TTr";
            default -> "VP";
        };
    }

    /**
     * The numbering period of a document of the issuer kind at the unit on the date. When the
     * issuer kind is the unit's own, the unit's scheme applies; otherwise the kind's default.
     */
    String periodKey(Settings settings, IssuerKind issuerKind, LocalDate date) {
        Scheme scheme = issuerKind == settings.unit().issuerKind() ? settings.scheme() : defaultScheme(issuerKind);
        if (scheme == Scheme.CALENDAR_YEAR) {
            return "Y" + date.getYear();
        }
        LocalDate start = termStart(settings.termStart(), settings.termYears(), date);
        return "T" + start + "/" + settings.termYears();
    }

    static LocalDate termStart(LocalDate anchor, int years, LocalDate date) {
        int k = Math.floorDiv(date.getYear() - anchor.getYear(), years);
        LocalDate start = anchor.plusYears((long) k * years);
        while (date.isBefore(start)) {
            start = start.minusYears(years);
        }
        while (!date.isBefore(start.plusYears(years))) {
            start = start.plusYears(years);
        }
        return start;
    }

    /** Human label arguments of a period key: {year} or {from year, to year}. */
    static Object[] periodLabelArgs(String periodKey) {
        if (periodKey.startsWith("Y")) {
            return new Object[] {periodKey.substring(1)};
        }
        LocalDate start = LocalDate.parse(periodKey.substring(1, periodKey.indexOf('/')));
        int years = Integer.parseInt(periodKey.substring(periodKey.indexOf('/') + 1));
        return new Object[] {String.valueOf(start.getYear()), String.valueOf(start.getYear() + years)};
    }

    static String periodLabelKey(String periodKey) {
        return periodKey.startsWith("Y") ? "document.period.year" : "document.period.term";
    }

    /** The next running number of the type in the period, under the counter row's lock. */
    int nextNumber(long unitId, String periodKey, String typeCode) {
        return jdbc.sql("""
                insert into document_number_counter (unit_id, period_key, type_code, last_number)
                values (:u, :p, :t, coalesce((select max(seq) from issued_document
                        where unit_id = :u and period_key = :p and type_code = :t), 0) + 1)
                on conflict (unit_id, period_key, type_code) do update
                set last_number = greatest(document_number_counter.last_number,
                        coalesce((select max(seq) from issued_document
                                  where unit_id = :u and period_key = :p and type_code = :t), 0)) + 1
                returning last_number""")
                .param("u", unitId).param("p", periodKey).param("t", typeCode)
                .query(Integer.class).single();
    }

    static String format(Settings settings, IssuerKind kind, int seq, String typeCode) {
        String n = String.format("%02d", seq);
        if (kind == IssuerKind.PARTY_COMMITTEE) {
            return n + "-" + typeCode + "/" + settings.symbol();
        }
        if ("CV".equals(typeCode)) {
            return n + "/" + settings.symbol();
        }
        return n + "/" + typeCode + "-" + settings.symbol();
    }

    /** The form of {@link #format} with the number left blank for a draft. */
    static String blank(Settings settings, IssuerKind kind, String typeCode) {
        String n = "      ";
        if (kind == IssuerKind.PARTY_COMMITTEE) {
            return n + "-" + typeCode + "/" + settings.symbol();
        }
        if ("CV".equals(typeCode)) {
            return n + "/" + settings.symbol();
        }
        return n + "/" + typeCode + "-" + settings.symbol();
    }
}
