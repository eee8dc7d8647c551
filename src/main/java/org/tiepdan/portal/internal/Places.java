package org.tiepdan.portal.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tiepdan.platform.DomainException;

/**
 * Where an online feedback or recommendation is about ({@code portal_place}): the commune and hamlet
 * as the citizen wrote them and an optional point. Only for those two kinds: a complaint is about a
 * decision, and a denunciation's place could point at the denouncer. Officers read them by hamlet.
 */
@Component
class Places {

    /** A checked place; any part may be null, not all. */
    record Place(String commune, String hamlet, BigDecimal latitude, BigDecimal longitude) {
    }

    /** A row of the officers' list. */
    record Row(long petitionId, String registrationNumber, java.time.LocalDate receivedOn, String kind,
            String commune, String hamlet, BigDecimal latitude, BigDecimal longitude) {
    }

    private final JdbcClient jdbc;

    Places(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The place typed on the form, or null when nothing was typed; errors go into {@code errors} by
     * field: a point needs both numbers, in degrees within Vietnam's extent (8–24 N, 102–118 E).
     */
    static Place parse(String commune, String hamlet, String latitude, String longitude,
            Map<String, DomainException> errors) {
        String c = clean(commune);
        String h = clean(hamlet);
        String lat = clean(latitude);
        String lng = clean(longitude);
        if (c != null && c.length() > 200) {
            errors.put("placeCommune", DomainException.invalid("portal-too-long", "placeCommune", 200));
        }
        if (h != null && h.length() > 200) {
            errors.put("placeHamlet", DomainException.invalid("portal-too-long", "placeHamlet", 200));
        }
        BigDecimal y = null;
        BigDecimal x = null;
        if (lat != null || lng != null) {
            y = degrees(lat, 8, 24);
            x = degrees(lng, 102, 118);
            if (y == null) {
                errors.put("latitude", DomainException.invalid("portal-place-latitude", "latitude"));
            }
            if (x == null) {
                errors.put("longitude", DomainException.invalid("portal-place-longitude", "longitude"));
            }
        }
        if (c == null && h == null && y == null && x == null) {
            return null;
        }
        return new Place(c, h, y, x);
    }

    private static BigDecimal degrees(String typed, int min, int max) {
        if (typed == null) {
            return null;
        }
        try {
            BigDecimal d = new BigDecimal(typed.replace(',', '.')).setScale(6, java.math.RoundingMode.HALF_UP);
            return d.compareTo(BigDecimal.valueOf(min)) >= 0 && d.compareTo(BigDecimal.valueOf(max)) <= 0 ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC).strip();
        return t.isEmpty() ? null : t;
    }

    void save(long petitionId, long unitId, Place p) {
        jdbc.sql("""
                insert into portal_place (petition_id, unit_id, commune, hamlet, latitude, longitude)
                values (?, ?, ?, ?, ?, ?)""")
                .params(petitionId, unitId, p.commune(), p.hamlet(), p.latitude(), p.longitude()).update();
    }

    /**
     * The places of the feedback and recommendations held by these units (the petition's own unit,
     * the one its reader's access follows), by commune and hamlet (those without last). A petition
     * the handler classified otherwise, or whose petitioners are sealed, is left out: the citizen gave
     * the place for a feedback, and a denunciation's place could point at the denouncer.
     */
    List<Row> of(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select p.id, p.registration_number, p.received_on, coalesce(p.kind, p.declared_kind),
                       l.commune, l.hamlet, l.latitude, l.longitude
                  from portal_place l join petition p on p.id = l.petition_id
                 where p.unit_id in (:units)
                   and coalesce(p.kind, p.declared_kind) in ('FEEDBACK', 'RECOMMENDATION')
                   and p.declared_kind is distinct from 'DENUNCIATION'
                   and not p.identity_sealed
                 order by lower(coalesce(l.commune, '~')), lower(coalesce(l.hamlet, '~')), p.received_on desc, p.id desc
                 limit 1000""").param("units", unitIds)
                .query((rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getObject(3, java.time.LocalDate.class),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getBigDecimal(7), rs.getBigDecimal(8)))
                .list();
    }

    /** One hamlet of the officers' list: its commune and hamlet as first written, and its petitions, newest first. */
    record Group(String commune, String hamlet, List<Row> rows) {

        /** Petitions of the hamlet with a point, for the map. */
        public long withPoint() {
            return rows.stream().filter(r -> r.latitude() != null).count();
        }
    }

    /**
     * Rows in list order grouped by commune and hamlet, letter case and spacing aside (citizens write
     * "Tân Phong" and "tân phong"): the list shows each hamlet once with its count.
     */
    static List<Group> byHamlet(List<Row> rows) {
        java.util.Map<String, List<Row>> groups = new java.util.LinkedHashMap<>();
        for (Row r : rows) {
            groups.computeIfAbsent(key(r.commune()) + "|" + key(r.hamlet()), k -> new java.util.ArrayList<>()).add(r);
        }
        // Named as the first citizen wrote it (the lowest id), whatever order the rows came in.
        return groups.values().stream().map(g -> {
            Row first = g.stream().min(java.util.Comparator.comparingLong(Row::petitionId)).orElseThrow();
            return new Group(first.commune(), first.hamlet(), List.copyOf(g));
        }).toList();
    }

    private static String key(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }
}
