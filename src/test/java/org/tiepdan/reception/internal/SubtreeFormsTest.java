package org.tiepdan.reception.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tiepdan.FullStackTest;
import org.tiepdan.org.OrgUnitHierarchy;
import org.tiepdan.org.OrgUnits;

/**
 * The two forms of "the subtree's sessions" ({@link FiguresService#SUBTREE} for a small subtree,
 * {@link FiguresService#SUBTREE_LARGE} for a large one, issue 22) find the same sessions: planted at each edge
 * (held by the subtree, hosted by a head of it, hosted by a deputy of it only, outside the window), and for
 * every unit of the installation over a wide window.
 */
@FullStackTest
class SubtreeFormsTest {

    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    private static final LocalDate TO = LocalDate.of(2025, 12, 31);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    OrgUnits units;
    @Autowired
    OrgUnitHierarchy hierarchy;

    @Test
    void bothFormsFindTheSessionsHeldOrHostedByAHeadOfTheSubtreeInTheWindow() {
        ReceptionTestSupport.Commune ours = ReceptionTestSupport.commune(units);
        long commune = ours.area().id();
        long party = ours.party().id();
        long other = ReceptionTestSupport.commune(units).area().id();
        long held = session(commune, FROM.plusDays(3));
        long heldByChild = session(party, TO);
        long hostedByHead = session(other, FROM);
        hosted(hostedByHead, party, "HEAD");
        long hostedByDeputy = session(other, FROM.plusDays(10));
        hosted(hostedByDeputy, party, "DEPUTY");
        long heldBefore = session(commune, FROM.minusDays(1));
        long hostedAfter = session(other, TO.plusDays(1));
        hosted(hostedAfter, party, "HEAD");

        Long[] subtree = hierarchy.subtreeWithPredecessors(commune).toArray(Long[]::new);
        assertThat(sessions(FiguresService.SUBTREE, subtree, FROM, TO))
                .containsExactlyInAnyOrder(held, heldByChild, hostedByHead)
                .doesNotContain(hostedByDeputy, heldBefore, hostedAfter);
        assertThat(sessions(FiguresService.SUBTREE_LARGE, subtree, FROM, TO))
                .containsExactlyInAnyOrderElementsOf(sessions(FiguresService.SUBTREE, subtree, FROM, TO));
    }

    @Test
    void bothFormsAgreeForEveryUnitHoldingOrHostingASession() {
        // Every unit holding or hosting a session, and the units above them (whose subtrees hold them).
        List<Long> all = jdbc.sql("""
                with recursive holders(id) as (
                  select unit_id from reception_session union select host_unit_id from reception_session_host
                  where host_unit_id is not null),
                up(id) as (select id from holders union select u.parent_id from org_unit u join up on up.id = u.id
                  where u.parent_id is not null)
                select id from up order by id""").query(Long.class).list();
        LocalDate from = LocalDate.of(2015, 1, 1);
        LocalDate to = LocalDate.of(2030, 12, 31);
        int withSessions = 0;
        for (long unit : all) {
            Long[] subtree = hierarchy.subtreeWithPredecessors(unit).toArray(Long[]::new);
            List<Long> small = sessions(FiguresService.SUBTREE, subtree, from, to);
            assertThat(sessions(FiguresService.SUBTREE_LARGE, subtree, from, to)).as("unit " + unit)
                    .containsExactlyInAnyOrderElementsOf(small);
            withSessions += small.isEmpty() ? 0 : 1;
        }
        assertThat(withSessions).as("units whose subtree has sessions").isPositive();
        // A subtree as large as a province's takes the large form.
        assertThat(FiguresService.subtree(new Long[FiguresService.LARGE])).isEqualTo(FiguresService.SUBTREE_LARGE);
        assertThat(FiguresService.subtree(new Long[3])).isEqualTo(FiguresService.SUBTREE);
    }

    private List<Long> sessions(String subtree, Long[] units, LocalDate from, LocalDate to) {
        return new ArrayList<>(jdbc.sql(subtree + "select s.id from subtree_session s order by s.id")
                .param("units", units).param("from", from).param("to", to).query(Long.class).list());
    }

    private long session(long unit, LocalDate day) {
        return jdbc.sql("insert into reception_session (unit_id, kind, session_date, place) values (?, 'PERIODIC', ?, "
                + "'Phòng tiếp dân') returning id").params(unit, day).query(Long.class).single();
    }

    private void hosted(long session, long unit, String capacity) {
        jdbc.sql("insert into reception_session_host (session_id, position, host_unit_id, host_role, capacity, "
                + "person_name) values (?, 0, ?, 'PARTY_SECRETARY', ?, 'Người chủ trì')")
                .params(session, unit, capacity).update();
    }
}
