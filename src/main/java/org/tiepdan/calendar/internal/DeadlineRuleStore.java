package org.tiepdan.calendar.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tiepdan.calendar.DeadlineEvent;
import org.tiepdan.calendar.DeadlineOverride;
import org.tiepdan.calendar.DeadlineRule;
import org.tiepdan.calendar.DeadlineVariant;
import org.tiepdan.calendar.DurationUnit;

/** Tables {@code deadline_rule} and {@code deadline_override}. */
@Repository
public class DeadlineRuleStore {

    private static final String RULE_COLUMNS = "id, code, variant, name, legal_basis, article, duration, unit, "
            + "start_event, effective_from, effective_to, status, note, province_code, max_uses";
    private final JdbcClient jdbc;

    DeadlineRuleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<DeadlineRule> all() {
        return jdbc.sql("select " + RULE_COLUMNS + " from deadline_rule order by code, variant, effective_from")
                .query(DeadlineRuleStore::rule).list();
    }

    public List<DeadlineRule> inForce(LocalDate on) {
        return jdbc.sql("select " + RULE_COLUMNS + " from deadline_rule where effective_from <= :on "
                + "and (effective_to is null or effective_to >= :on) order by id")
                .param("on", on).query(DeadlineRuleStore::rule).list();
    }

    /**
     * The rule in force on {@code on}. With a province: its own rule first, else the nationwide one; a
     * rule of another province never. Without one (no unit, or a unit outside any province): the
     * nationwide rule first, else any province's (the public calculator shows local rules too).
     */
    public Optional<DeadlineRule> find(String code, DeadlineVariant variant, LocalDate on, String provinceCode) {
        String scope = provinceCode == null ? "order by province_code nulls first, effective_from desc limit 1"
                : "and (province_code is null or province_code = :province) "
                        + "order by province_code nulls last, effective_from desc limit 1";
        var spec = jdbc.sql("select " + RULE_COLUMNS + " from deadline_rule where code = :code and variant = :variant "
                + "and effective_from <= :on and (effective_to is null or effective_to >= :on) " + scope)
                .param("code", code).param("variant", variant.name()).param("on", on);
        if (provinceCode != null) {
            spec = spec.param("province", provinceCode);
        }
        return spec.query(DeadlineRuleStore::rule).optional();
    }

    /** The province code (e.g. "42") of the province-tier area the unit sits in, or null. */
    public String provinceOf(long unitId) {
        return jdbc.sql("""
                with recursive up(id, parent_id, depth) as (
                    select id, parent_id, 0 from org_unit where id = ?
                    union all
                    select u.id, u.parent_id, up.depth + 1 from org_unit u join up on u.id = up.parent_id
                )
                select o.code from up join org_unit o on o.id = up.id
                where o.kind = 'ADMINISTRATIVE_AREA' and o.tier = 'PROVINCE' and o.code is not null
                order by up.depth limit 1""")
                .param(unitId).query(String.class).optional().orElse(null);
    }

    public boolean exists(String code) {
        return jdbc.sql("select count(*) from deadline_rule where code = ?").param(code).query(Integer.class).single() > 0;
    }

    public List<DeadlineOverride> overrides() {
        return jdbc.sql("select id, unit_id, rule_code, variant, duration, note from deadline_override "
                + "order by unit_id, rule_code, variant").query(DeadlineRuleStore::override).list();
    }

    public List<DeadlineOverride> overridesFor(List<Long> unitIds, String code, DeadlineVariant variant) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, unit_id, rule_code, variant, duration, note from deadline_override "
                + "where unit_id in (:units) and rule_code = :code and variant = :variant")
                .param("units", unitIds).param("code", code).param("variant", variant.name())
                .query(DeadlineRuleStore::override).list();
    }

    public Optional<DeadlineOverride> override(long id) {
        return jdbc.sql("select id, unit_id, rule_code, variant, duration, note from deadline_override where id = ?")
                .param(id).query(DeadlineRuleStore::override).optional();
    }

    public long saveOverride(long unitId, String code, DeadlineVariant variant, int duration, String note, String user) {
        return jdbc.sql("""
                insert into deadline_override (unit_id, rule_code, variant, duration, note, created_by)
                values (:unit, :code, :variant, :duration, :note, :user)
                on conflict (unit_id, rule_code, variant) do update set duration = excluded.duration,
                    note = excluded.note, created_by = excluded.created_by, created_at = now()
                returning id""")
                .param("unit", unitId).param("code", code).param("variant", variant.name())
                .param("duration", duration).param("note", note).param("user", user)
                .query(Long.class).single();
    }

    public boolean deleteOverride(long id) {
        return jdbc.sql("delete from deadline_override where id = ?").param(id).update() > 0;
    }

    public boolean unitExists(long unitId) {
        return jdbc.sql("select count(*) from org_unit where id = ?").param(unitId).query(Integer.class).single() > 0;
    }

    private static DeadlineRule rule(ResultSet rs, int row) throws SQLException {
        return new DeadlineRule(rs.getLong("id"), rs.getString("code"), DeadlineVariant.valueOf(rs.getString("variant")),
                rs.getString("name"), rs.getString("legal_basis"), rs.getString("article"), rs.getInt("duration"),
                DurationUnit.valueOf(rs.getString("unit")), DeadlineEvent.valueOf(rs.getString("start_event")),
                rs.getObject("effective_from", LocalDate.class), rs.getObject("effective_to", LocalDate.class),
                DeadlineRule.Status.valueOf(rs.getString("status")), rs.getString("note"), rs.getString("province_code"),
                rs.getObject("max_uses", Integer.class));
    }

    private static DeadlineOverride override(ResultSet rs, int row) throws SQLException {
        return new DeadlineOverride(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("rule_code"),
                DeadlineVariant.valueOf(rs.getString("variant")), rs.getInt("duration"), rs.getString("note"));
    }
}
