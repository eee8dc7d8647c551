package org.tiepdan.reception.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tiepdan.org.AdminTier;

/** The data tables the rules read: fields, refusal grounds, the legal minimum of heads' receptions. */
@Component
class ReferenceData {

    /**
     * A node of the field tree offered for choice; {@code path} its label under its ancestors
     * ("Hành chính › Đất đai"), {@code top} the code of its top-level node (the statistical column).
     */
    record Field(String code, String label, String path, String top) {

        Field(String code, String label) {
            this(code, label, label, code);
        }
    }

    record RefusalGround(String code, String label, String legalBasis, boolean needsNotice) {
    }

    /** A legal minimum: {@code minDays} days a {@code period} (MONTH or WEEK) for a head of that role and tier. */
    record DutyRule(long id, HostRole role, AdminTier tier, int minDays, String period, boolean deputyCounts,
            String legalBasis, LocalDate validFrom, LocalDate validTo) {

        public boolean appliesOn(LocalDate day) {
            return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
        }

        public boolean weekly() {
            return "WEEK".equals(period);
        }
    }

    private final JdbcClient jdbc;

    ReferenceData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The nodes offered for choice, in tree order, with their path (issue 21: the field is a tree). */
    List<Field> fields() {
        return jdbc.sql("""
                with recursive tree as (
                    select code, label::text as path, code as top from reception_field where parent_code is null
                    union all
                    select f.code, t.path || ' › ' || f.label, t.top
                      from reception_field f join tree t on f.parent_code = t.code)
                select f.code, f.label, t.path, t.top from tree t join reception_field f on f.code = t.code
                 where f.active order by f.position, f.code""")
                .query((rs, i) -> new Field(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /**
     * Every code accepted on input with the node it is stored as: the nodes offered for choice
     * (themselves) and the old flat codes that are aliases of a node ({@code LAND} → {@code ADM_LAND}).
     */
    Map<String, String> fieldCodes() {
        Map<String, String> codes = new LinkedHashMap<>();
        jdbc.sql("select code, coalesce(alias_of, code) from reception_field where active or alias_of is not null "
                + "order by position, code").query((rs, i) -> codes.put(rs.getString(1), rs.getString(2))).list();
        return codes;
    }

    Map<String, String> fieldLabels() {
        Map<String, String> labels = new LinkedHashMap<>();
        jdbc.sql("select code, label from reception_field order by position, code")
                .query((rs, i) -> labels.put(rs.getString(1), rs.getString(2))).list();
        return labels;
    }

    List<RefusalGround> refusalGrounds() {
        return jdbc.sql("select code, label, legal_basis, needs_notice from reception_refusal_ground order by position")
                .query((rs, i) -> new RefusalGround(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getBoolean(4)))
                .list();
    }

    Optional<RefusalGround> refusalGround(String code) {
        return refusalGrounds().stream().filter(g -> g.code().equals(code)).findFirst();
    }

    /** A duty rule as published: its figure may still be missing while it is to be verified. */
    record DutyRuleView(HostRole role, AdminTier tier, Integer times, String per, Boolean deputyCounts,
            String legalBasis, LocalDate effectiveFrom, LocalDate effectiveTo, String status, String note) {
    }

    /** Every duty rule in force on {@code on}, the ones still to be verified included. */
    List<DutyRuleView> dutyRulesOn(LocalDate on) {
        return jdbc.sql("""
                select host_role, tier, min_days, period, deputy_counts, legal_basis, valid_from, valid_to, status, note
                  from reception_duty_rule where valid_from <= :on and (valid_to is null or valid_to >= :on)
                 order by host_role, tier nulls last, valid_from""")
                .param("on", on)
                .query((rs, i) -> new DutyRuleView(HostRole.valueOf(rs.getString("host_role")),
                        rs.getString("tier") == null ? null : AdminTier.valueOf(rs.getString("tier")),
                        rs.getObject("min_days", Integer.class), rs.getString("period"),
                        rs.getObject("deputy_counts", Boolean.class), rs.getString("legal_basis"),
                        rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
                        rs.getString("status"), rs.getString("note")))
                .list();
    }

    /** The rules with a figure, for the compliance of heads' receptions. */
    List<DutyRule> dutyRules() {
        return jdbc.sql("""
                select id, host_role, tier, min_days, period, deputy_counts, legal_basis, valid_from, valid_to
                  from reception_duty_rule where min_days is not null
                 order by host_role, tier nulls last, valid_from""")
                .query((rs, i) -> new DutyRule(rs.getLong("id"), HostRole.valueOf(rs.getString("host_role")),
                        rs.getString("tier") == null ? null : AdminTier.valueOf(rs.getString("tier")),
                        rs.getInt("min_days"), rs.getString("period"), rs.getBoolean("deputy_counts"),
                        rs.getString("legal_basis"), rs.getObject("valid_from", LocalDate.class),
                        rs.getObject("valid_to", LocalDate.class)))
                .list();
    }
}
