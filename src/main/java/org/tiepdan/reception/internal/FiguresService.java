package org.tiepdan.reception.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.org.OrgUnitHierarchy;
import org.tiepdan.platform.DomainException;
import org.tiepdan.reception.ReceptionFigure;
import org.tiepdan.reception.ReceptionFigures;
import org.tiepdan.reception.SessionKind;

/**
 * Phụ lục 2 rows 1–5. Each figure is one query returning the rows behind it; the count is
 * computed from those rows, so it cannot disagree with the list.
 */
@Service
@Transactional(readOnly = true)
class FiguresService implements ReceptionFigures {

    /** A session in the window that belongs to the subtree (by its unit or a head host's body). */
    private static final String IN_SUBTREE = """
            s.session_date between :from and :to
            and (s.unit_id in (:units) or exists (select 1 from reception_session_host hu
                  where hu.session_id = s.id and hu.capacity = 'HEAD' and hu.host_unit_id in (:units)))""";
    /** ... and hosted by a head in person. */
    private static final String HEAD_HOSTED = IN_SUBTREE + """
             and exists (select 1 from reception_session_host hh where hh.session_id = s.id and hh.capacity = 'HEAD')""";

    private final JdbcClient jdbc;
    private final OrgUnitHierarchy hierarchy;

    FiguresService(JdbcClient jdbc, OrgUnitHierarchy hierarchy) {
        this.jdbc = jdbc;
        this.hierarchy = hierarchy;
    }

    @Override
    public ReceptionFigure sessions(long unitId, LocalDate from, LocalDate to, SessionKind kind) {
        requireHeadKind(kind);
        List<Long> ids = ids("select s.id from reception_session s where " + HEAD_HOSTED
                + " and s.kind = :kind order by s.id", unitId, from, to, kind);
        return new ReceptionFigure(ReceptionService.SESSION, ids.size(), ids);
    }

    @Override
    public ReceptionFigure peopleReceived(long unitId, LocalDate from, LocalDate to, SessionKind kind) {
        requireHeadKind(kind);
        checkWindow(from, to);
        List<long[]> rows = jdbc.sql("select v.id, v.headcount from reception_visit v join reception_session s "
                        + "on s.id = v.session_id where " + HEAD_HOSTED
                        + " and s.kind = :kind and v.outcome <> 'REFUSED' order by v.id")
                .param("units", hierarchy.subtreeWithPredecessors(unitId)).param("from", from).param("to", to)
                .param("kind", kind.name())
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        List<Long> ids = new ArrayList<>();
        long people = 0;
        for (long[] row : rows) {
            ids.add(row[0]);
            people += row[1];
        }
        return new ReceptionFigure(ReceptionService.VISIT, people, ids);
    }

    @Override
    public ReceptionFigure delegations(long unitId, LocalDate from, LocalDate to) {
        List<Long> ids = ids("select v.id from reception_visit v join reception_session s on s.id = v.session_id where "
                + HEAD_HOSTED + " and s.kind in ('PERIODIC', 'AD_HOC') and v.delegation and v.outcome <> 'REFUSED'"
                + " order by v.id", unitId, from, to, null);
        return new ReceptionFigure(ReceptionService.VISIT, ids.size(), ids);
    }

    @Override
    public ReceptionFigure complexOrProlongedMatters(long unitId, LocalDate from, LocalDate to) {
        List<Long> ids = ids("select distinct coalesce(v.matter_of_visit_id, v.id) as matter from reception_visit v "
                + "join reception_session s on s.id = v.session_id where " + HEAD_HOSTED
                + " and s.kind in ('PERIODIC', 'AD_HOC') and (v.complex or v.prolonged) order by matter",
                unitId, from, to, null);
        return new ReceptionFigure(ReceptionService.VISIT, ids.size(), ids);
    }

    @Override
    public ReceptionFigure refusedVisits(long unitId, LocalDate from, LocalDate to) {
        List<Long> ids = ids("select v.id from reception_visit v join reception_session s on s.id = v.session_id where "
                + IN_SUBTREE + " and v.outcome = 'REFUSED' order by v.id", unitId, from, to, null);
        return new ReceptionFigure(ReceptionService.VISIT, ids.size(), ids);
    }

    private static void checkWindow(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw DomainException.invalid("reception-window-invalid", "to");
        }
    }

    private List<Long> ids(String sql, long unitId, LocalDate from, LocalDate to, SessionKind kind) {
        checkWindow(from, to);
        var spec = jdbc.sql(sql).param("units", hierarchy.subtreeWithPredecessors(unitId)).param("from", from)
                .param("to", to);
        if (kind != null) {
            spec = spec.param("kind", kind.name());
        }
        return spec.query(Long.class).list();
    }

    private static void requireHeadKind(SessionKind kind) {
        if (kind != SessionKind.PERIODIC && kind != SessionKind.AD_HOC) {
            throw DomainException.invalid("reception-figure-kind", "kind");
        }
    }
}
