package org.tiepdan.report.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.audit.AuditAction;
import org.tiepdan.audit.AuditLog;
import org.tiepdan.document.IssueCommand;
import org.tiepdan.document.IssuedDocumentView;
import org.tiepdan.document.IssuedDocuments;
import org.tiepdan.org.OrgUnitHierarchy;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.DomainException;

/**
 * The report duty itself (Đề cương II.2.1): the register of reports sent, with their due days and
 * whether they went on time, and the working sessions with the secretaries of the committees below.
 * Every write is audited in its transaction; the units a request names are checked against the
 * chosen unit's subtree (the caller's access to that unit is checked by the screen or API rule).
 */
@Service
@Transactional(readOnly = true)
class ReportDuty {

    /** What a form or the API says about a report sent: the window by preset and year, or by dates. */
    record SentRequest(Long unitId, String report, String preset, Integer year, Integer month, LocalDate from,
            LocalDate to, String recipient, String documentNumber, Boolean issueNumber, LocalDate sentOn,
            LocalDate dueOn) {
    }

    /** What a form or the API says about a working session with a subordinate secretary. */
    record MeetingRequest(Long unitId, Long subordinateUnitId, LocalDate heldOn, String content, String conclusions) {
    }

    private final JdbcClient jdbc;
    private final OrgUnitHierarchy hierarchy;
    private final OrgUnits units;
    private final IssuedDocuments documents;
    private final AuditLog audit;
    private final Texts texts;
    private final org.tiepdan.account.Access access;
    private final Clock clock;

    ReportDuty(JdbcClient jdbc, OrgUnitHierarchy hierarchy, OrgUnits units, IssuedDocuments documents, AuditLog audit,
            Texts texts, org.tiepdan.account.Access access, Optional<Clock> clock) {
        this.access = access;
        this.jdbc = jdbc;
        this.hierarchy = hierarchy;
        this.units = units;
        this.documents = documents;
        this.audit = audit;
        this.texts = texts;
        this.clock = clock.orElse(Clock.system(Dates.ZONE));
    }

    /** The window a request names: a preset of a year (and month), else its dates. */
    static ReportWindow window(SentRequest r) {
        if (r.preset() != null && !r.preset().isBlank()) {
            Preset preset = Preset.ofKey(r.preset());
            if (preset == null) {
                throw DomainException.invalid("report-preset-unknown", "preset", r.preset());
            }
            if (r.year() == null || r.year() < 1990 || r.year() > 2100) {
                throw DomainException.invalid("report-preset-year", "year");
            }
            int month = r.month() == null ? 1 : r.month();
            if (month < 1 || month > 12) {
                throw DomainException.invalid("report-preset-year", "month");
            }
            return preset.window(r.year(), month);
        }
        return new ReportWindow(r.from(), r.to());
    }

    /**
     * Records a report as sent. With {@code issueNumber} the register issues the next number of a
     * report (BC) of the unit, dated the day sent; otherwise the typed number is linked to the unit's
     * register document carrying it, when there is one.
     */
    @Transactional
    long recordSent(SentRequest r) {
        long unitId = requireUnit(r.unitId());
        ReportWindow window = window(r);
        Preset preset = r.preset() == null || r.preset().isBlank() ? null : Preset.ofKey(r.preset());
        LocalDate today = Dates.today(clock);
        boolean issue = Boolean.TRUE.equals(r.issueNumber());
        // Checked once with a stand-in number, so that a refused report issues no number.
        SentReport checked = SentReport.create(unitId, r.report(), preset, window, r.recipient(),
                issue ? "—" : r.documentNumber(), null, r.sentOn(), r.dueOn(), today);
        String number = checked.documentNumber();
        Long documentId = null;
        if (issue) {
            IssuedDocumentView d = documents.issue(new IssueCommand(unitId, "BC", summary(r.report(), window),
                    r.sentOn(), null, topics(r.report())));
            number = d.numberSymbol();
            documentId = d.id();
        } else {
            documentId = registerDocument(unitId, number, r.sentOn()).map(IssuedDocumentView::id).orElse(null);
        }
        SentReport s = SentReport.create(unitId, r.report(), preset, window, r.recipient(), number, documentId,
                r.sentOn(), r.dueOn(), today);
        long id = jdbc.sql("""
                insert into report_sent (unit_id, report_code, preset, period_from, period_to, recipient, document_number,
                  document_id, sent_on, due_on, due_basis, on_time, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(s.unitId(), s.reportCode(), s.preset(), s.window().from(), s.window().to(), s.recipient(),
                        s.documentNumber(), s.documentId(), s.sentOn(), s.dueOn(), s.dueBasis().name(), s.onTime(),
                        username())
                .query(Long.class).single();
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("report", s.reportCode());
        changes.put("from", s.window().from());
        changes.put("to", s.window().to());
        changes.put("recipient", s.recipient());
        changes.put("number", s.documentNumber());
        changes.put("sentOn", s.sentOn());
        changes.put("dueOn", s.dueOn());
        changes.put("onTime", s.onTime());
        audit.record(AuditAction.CREATE, "ReportSent", id, unitId, changes);
        return id;
    }

    /** Records a working session with the secretary of a unit under the chosen one. */
    @Transactional
    long recordMeeting(MeetingRequest r) {
        long unitId = requireUnit(r.unitId());
        SecretaryMeeting m = SecretaryMeeting.create(unitId, r.subordinateUnitId(), r.heldOn(), r.content(),
                r.conclusions(), Dates.today(clock));
        // A reference taken from the request: a unit under the chosen one, or refused like an unknown one.
        if (!hierarchy.subtreeWithPredecessors(unitId).contains(m.subordinateUnitId())) {
            throw DomainException.invalid("report-meeting-unit-outside", "subordinateUnitId");
        }
        long id = jdbc.sql("""
                insert into secretary_meeting (unit_id, subordinate_unit_id, held_on, content, conclusions, created_by)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(m.unitId(), m.subordinateUnitId(), m.heldOn(), m.content(), m.conclusions(),
                        username())
                .query(Long.class).single();
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("subordinateUnit", m.subordinateUnitId());
        changes.put("heldOn", m.heldOn());
        audit.record(AuditAction.CREATE, "SecretaryMeeting", id, unitId, changes);
        return id;
    }

    /** Reports sent by the unit's subtree on a day of the window, by day sent. */
    List<SentReport> sent(long unitId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select id, unit_id, report_code, preset, period_from, period_to, recipient, document_number, document_id,
                  sent_on, due_on, due_basis, on_time from report_sent
                where unit_id = any(?) and sent_on between ? and ? order by sent_on, id""")
                .params(subtree(unitId), from, to)
                .query((rs, i) -> new SentReport(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        new ReportWindow(rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class)),
                        rs.getString(7), rs.getString(8), (Long) rs.getObject(9), rs.getObject(10, LocalDate.class),
                        rs.getObject(11, LocalDate.class), SentReport.DueBasis.valueOf(rs.getString(12)),
                        (Boolean) rs.getObject(13)))
                .list();
    }

    /** Working sessions held by the unit's subtree on a day of the window, by day. */
    List<SecretaryMeeting> meetings(long unitId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select m.id, m.unit_id, m.subordinate_unit_id, u.name, m.held_on, m.content, m.conclusions
                from secretary_meeting m join org_unit u on u.id = m.subordinate_unit_id
                where m.unit_id = any(?) and m.held_on between ? and ? order by m.held_on, m.id""")
                .params(subtree(unitId), from, to)
                .query((rs, i) -> new SecretaryMeeting(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7)))
                .list();
    }

    /** The units a session may be held with: those under the chosen one. */
    List<org.tiepdan.org.OrgUnitView> below(long unitId) {
        return hierarchy.subtreeUnitsWithPredecessors(unitId).stream().filter(u -> u.id() != unitId).toList();
    }

    private String username() {
        return access.currentUser().map(org.tiepdan.account.TiepdanUser::getUsername).orElse(null);
    }

    private Long[] subtree(long unitId) {
        return hierarchy.subtreeWithPredecessors(unitId).toArray(Long[]::new);
    }

    private long requireUnit(Long unitId) {
        if (unitId == null || units.find(unitId).isEmpty()) {
            throw DomainException.invalid("report-unit-required", "unitId");
        }
        return unitId;
    }

    /** The register's document of the unit with that number, issued in the year before the day sent. */
    private Optional<IssuedDocumentView> registerDocument(long unitId, String number, LocalDate sentOn) {
        if (sentOn == null) {
            return Optional.empty();
        }
        return documents.list(List.of(unitId), sentOn.minusYears(1), sentOn, null).stream()
                .filter(d -> d.numberSymbol().equalsIgnoreCase(number)).findFirst();
    }

    private String summary(String code, ReportWindow w) {
        return texts.msg("report.duty.summary", texts.msg("report." + code + ".name"), Dates.format(w.from()),
                Dates.format(w.to()));
    }

    private static Set<String> topics(String code) {
        return ReportDefinitions.PERIODIC.equals(code) ? Set.of() : Set.of(ReportDefinitions.QD11);
    }
}
