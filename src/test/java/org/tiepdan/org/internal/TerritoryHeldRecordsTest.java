package org.tiepdan.org.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.tiepdan.FullStackTest;
import org.tiepdan.petition.Channel;
import org.tiepdan.petition.PetitionIntake;

/**
 * Issue 19: V155 lists every record an older version let a territory hold and re-homes it to the
 * territory's People's Committee only when that is unambiguous; the rest stay, listed with the
 * reason, and are reported at start. The migration's statements are run again here, on rows made for
 * the test, in a transaction that is rolled back.
 */
@FullStackTest
class TerritoryHeldRecordsTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    PetitionIntake intake;
    @Autowired
    TerritoryHeldRecords report;

    @Test
    void unambiguousRowsMoveToThePeoplesCommitteeAndTheRestAreListedWithTheirReason() throws Exception {
        String script = new ClassPathResource("db/migration/V155__records_held_by_territories.sql")
                .getContentAsString(StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
        List<String> statements = Arrays.stream(script.split(";\\s*\\n")).map(String::strip)
                .filter(s -> !s.isEmpty()).filter(s -> !s.startsWith("CREATE TABLE territory_held_record")).toList();
        transactions.executeWithoutResult(tx -> {
            tx.setRollbackOnly();
            String suffix = String.valueOf(System.nanoTime());
            long province = jdbc.sql("select id from org_unit where code = '42'").query(Long.class).single();
            long t1 = unit("ADMINISTRATIVE_AREA", "Xã Cũ Một " + suffix, province);
            long pc1 = unit("PEOPLES_COMMITTEE", "Ủy ban nhân dân xã Cũ Một " + suffix, t1);
            long t2 = unit("ADMINISTRATIVE_AREA", "Xã Cũ Hai " + suffix, province);
            long s1 = session(t1);
            long v1 = jdbc.sql("""
                    insert into reception_visit (session_id, unit_id, visit_date, citizen_name, delegation, headcount,
                      content, field_code, complex, mass, outcome)
                    values (?, ?, current_date, 'Công dân cũ', false, 1, 'Nội dung', 'LAND', false, false, 'ANSWERED')
                    returning id""").params(s1, t1).query(Long.class).single();
            long s2 = session(t2);
            long p1 = petition(pc1);
            long p2 = petition(pc1);
            long p3 = petition(pc1);
            // As an older version filed them: p2 at the territory with a number free in the body's series,
            // p3 at the territory with the number p1 holds there.
            jdbc.sql("update petition set unit_id = ? where id in (?, ?)").params(t1, p2, p3).update();
            jdbc.sql("update petition_case set unit_id = ? where id in (select case_id from petition where id in (?, ?))")
                    .params(t1, p2, p3).update();
            int seq1 = jdbc.sql("select registration_seq from petition where id = ?").param(p1).query(Integer.class).single();
            jdbc.sql("update petition set registration_seq = ? where id = ?").params(seq1, p3).update();

            statements.forEach(s -> jdbc.sql(s).update());

            assertThat(unitOf("reception_session", s1)).isEqualTo(pc1);
            assertThat(unitOf("reception_visit", v1)).isEqualTo(pc1);
            assertThat(unitOf("reception_session", s2)).isEqualTo(t2);
            assertThat(unitOf("petition", p2)).isEqualTo(pc1);
            assertThat(jdbc.sql("select c.unit_id from petition_case c join petition p on p.case_id = c.id where p.id = ?")
                    .param(p2).query(Long.class).single()).isEqualTo(pc1);
            assertThat(unitOf("petition", p3)).isEqualTo(t1);
            assertThat(reason("reception_session", s2)).isEqualTo("NO_SINGLE_BODY");
            assertThat(reason("petition", p3)).isEqualTo("NUMBER_TAKEN");
            assertThat(jdbc.sql("select rehomed_to from territory_held_record where record_table = 'petition' "
                    + "and record_id = ?").param(p2).query(Long.class).single()).isEqualTo(pc1);
            int top = jdbc.sql("select max(registration_seq) from petition where unit_id = ?").param(pc1)
                    .query(Integer.class).single();
            assertThat(jdbc.sql("select last_number from petition_register where unit_id = ? and year = ?")
                    .params(pc1, LocalDate.now().getYear()).query(Integer.class).single()).isGreaterThanOrEqualTo(top);
            assertThat(report.remaining()).extracting(TerritoryHeldRecords.Remaining::table)
                    .contains("petition", "reception_session");
        });
        assertThat(jdbc.sql("select count(*) from reception_session where place = 'Hội trường cũ'")
                .query(Long.class).single()).isZero();
    }

    private long unit(String kind, String name, long parent) {
        return jdbc.sql("insert into org_unit (kind, tier, name, parent_id, valid_from) values (?, 'COMMUNE', ?, ?, "
                + "date '2019-01-01') returning id").params(kind, name, parent).query(Long.class).single();
    }

    private long session(long unit) {
        return jdbc.sql("insert into reception_session (unit_id, kind, session_date, place) values (?, 'REGULAR', "
                + "current_date, 'Hội trường cũ') returning id").param(unit).query(Long.class).single();
    }

    private long petition(long unit) {
        return intake.registerUnattended(new PetitionIntake.NewPetition(unit, Channel.ONLINE, LocalDate.now(),
                "Phản ánh cũ về đường làng", false, 1,
                List.of(new PetitionIntake.Person("Người Gửi Cũ", null, null, null, null)))).petitionId();
    }

    private long unitOf(String table, long id) {
        return jdbc.sql("select unit_id from " + table + " where id = ?").param(id).query(Long.class).single();
    }

    private String reason(String table, long id) {
        return jdbc.sql("select reason from territory_held_record where record_table = ? and record_id = ?")
                .params(table, id).query(String.class).single();
    }
}
