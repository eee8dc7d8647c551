package org.tiepdan.org.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tiepdan.FullStackTest;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.OrgUnits;

/**
 * The demo's bodies have their real history (issue 19): created on the load day, every report
 * opened under red "outside the unit's lifetime" findings. No demo record of the served commune and
 * its province is dated before the unit holding it existed.
 */
@FullStackTest
class DemoHistoryTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    OrgUnits units;
    @Autowired
    AreaNames names;

    @Test
    void noDemoRecordPredatesTheUnitHoldingIt() {
        // The demo's units only: other tests create units of their own with dates of their own.
        List<Long> demo = new ArrayList<>();
        for (String code : List.of(OrgDemoData.PROVINCE_CODE, OrgDemoData.COMMUNE_CODE)) {
            OrgUnitView area = units.findAreaByCode(code).orElseThrow();
            demo.add(area.id());
            var standard = names.standardBodies(area.name(), area.tier());
            units.children(area.id()).stream().filter(u -> standard.containsValue(u.name()))
                    .forEach(u -> demo.add(u.id()));
        }
        assertThat(demo).hasSizeGreaterThan(4);
        List<String> outside = jdbc.sql("""
                select 'case ' || c.id || ' ' || c.received_on || ' < ' || u.name || ' ' || u.valid_from
                  from petition_case c join org_unit u on u.id = c.unit_id where c.received_on < u.valid_from
                union all
                select 'session ' || s.id || ' ' || s.session_date || ' < ' || u.name || ' ' || u.valid_from
                  from reception_session s join org_unit u on u.id = s.unit_id where s.session_date < u.valid_from
                union all
                select 'document ' || d.id || ' ' || d.issued_on || ' < ' || u.name || ' ' || u.valid_from
                  from issued_document d join org_unit u on u.id = d.unit_id where d.issued_on < u.valid_from
                union all
                select 'inspection ' || i.id || ' ' || i.started_on || ' < ' || u.name || ' ' || u.valid_from
                  from inspection i join org_unit u on u.id = i.unit_id where i.started_on < u.valid_from
                union all
                select 'dialogue ' || g.id || ' ' || g.held_on || ' < ' || u.name || ' ' || u.valid_from
                  from dialogue g join org_unit u on u.id = g.unit_id where g.held_on < u.valid_from
                """.replace("where", "where u.id = any(:demo) and")).param("demo", demo.toArray(Long[]::new))
                .query(String.class).list();
        assertThat(outside).isEmpty();
        assertThat(jdbc.sql("select valid_from from org_unit where name = 'Đảng ủy xã Kỳ Thượng'")
                .query(java.time.LocalDate.class).list()).allMatch(d -> d.getYear() == 1991);
    }
}
