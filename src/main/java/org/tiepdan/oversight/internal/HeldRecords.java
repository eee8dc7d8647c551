package org.tiepdan.oversight.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.org.OrgUnitHierarchy;
import org.tiepdan.oversight.OversightRecords;
import org.tiepdan.oversight.ReportCell;
import org.tiepdan.platform.DomainException;

/** {@link OversightRecords}: one lookup per record type, in the order of the cell's ids. */
@Component
@Transactional(readOnly = true)
class HeldRecords implements OversightRecords {

    private final JdbcClient jdbc;
    private final OrgUnitHierarchy hierarchy;

    HeldRecords(JdbcClient jdbc, OrgUnitHierarchy hierarchy) {
        this.jdbc = jdbc;
        this.hierarchy = hierarchy;
    }

    @Override
    public List<Held> held(ReportCell cell) {
        if (cell.ids().isEmpty()) {
            return List.of();
        }
        String sql = switch (cell.recordType()) {
            case "Inspection" -> "select i.id, i.unit_id, i.started_on, 1, '/inspections/' || i.id from inspection i "
                    + "where i.id = any(:ids)";
            case "InspectionHead" -> "select h.id, i.unit_id, i.started_on, 1, '/inspections/' || i.id "
                    + "from inspection_head h join inspection i on i.id = h.inspection_id where h.id = any(:ids)";
            case "Violation" -> "select x.id, i.unit_id, i.started_on, 1, '/inspections/' || i.id "
                    + "from violation x join inspection i on i.id = x.inspection_id where x.id = any(:ids)";
            case "OrgUnit" -> "select u.id, u.id, null::date, 1, '/org-units/' || u.id from org_unit u where u.id = any(:ids)";
            case "OutreachEvent" -> "select e.id, e.unit_id, e.held_on, " + switch (cell.code()) {
                case "participants" -> "e.participants";
                case "materials" -> "e.materials";
                default -> "1";
            } + ", '/outreach?unit=' || e.unit_id from outreach_event e where e.id = any(:ids)";
            case "IssuedDocument" -> "select d.id, d.unit_id, d.issued_on, 1, '/documents/' || d.id from issued_document d "
                    + "where d.id = any(:ids)";
            default -> throw DomainException.notFound("oversight-record-type-unknown", cell.recordType());
        };
        return jdbc.sql(sql + " order by 1").param("ids", cell.ids().toArray(Long[]::new))
                .query((rs, i) -> new Held(cell.recordType(), rs.getLong(1), rs.getLong(2),
                        rs.getObject(3, LocalDate.class), rs.getLong(4), rs.getString(5)))
                .list();
    }

    @Override
    public List<Held> petitionAbuse(long unitId, LocalDate from, LocalDate to) {
        return jdbc.sql("select a.id, a.unit_id, a.decided_on from petition_abuse_handling a where a.unit_id = any(:units) "
                        + "and a.decided_on between :from and :to order by a.id")
                .param("units", hierarchy.subtreeWithPredecessors(unitId).toArray(Long[]::new))
                .param("from", from).param("to", to)
                .query((rs, i) -> new Held("PetitionAbuseHandling", rs.getLong(1), rs.getLong(2),
                        rs.getObject(3, LocalDate.class), 1, null))
                .list();
    }
}
