package org.tiepdan.oversight.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.oversight.ReportCell;
import org.tiepdan.platform.DomainException;
import org.tiepdan.platform.FigureSource;

/**
 * Where the records behind a cell of {@link OversightCountsService} sit, for reports that put each
 * record in the column of the tier of the unit holding it: one lookup per record type, in the order
 * of the cell's ids.
 */
@Component
@Transactional(readOnly = true)
class HeldRecords {

    private final JdbcClient jdbc;

    HeldRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The records of a cell, their weights adding up to its value: the unit holding each (an
     * inspection's or event's unit; a head's inspection unit; a body checked is itself), its date (null
     * for a body), what it adds (1, or an event's participants or materials), and its screen (null when
     * none shows it).
     */
    public List<FigureSource.Counted> held(ReportCell cell) {
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
            // Petition-abuse handling decisions have no screen of their own.
            case "PetitionAbuseHandling" -> "select a.id, a.unit_id, a.decided_on, 1, null::text "
                    + "from petition_abuse_handling a where a.id = any(:ids)";
            default -> throw DomainException.notFound("oversight-record-type-unknown", cell.recordType());
        };
        return jdbc.sql(sql + " order by 1").param("ids", cell.ids().toArray(Long[]::new))
                .query((rs, i) -> new FigureSource.Counted(cell.recordType(), rs.getLong(1), rs.getLong(2),
                        rs.getObject(3, LocalDate.class), rs.getLong(4), rs.getString(5)))
                .list();
    }
}
