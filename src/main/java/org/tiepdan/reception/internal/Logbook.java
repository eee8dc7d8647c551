package org.tiepdan.reception.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.org.OrgUnitHierarchy;
import org.tiepdan.platform.DomainException;

/**
 * The Sổ tiếp công dân of a unit with its subtree for a window, in the official columns: STT,
 * Ngày tiếp, Họ tên, Địa chỉ, Số CCCD, Nội dung vụ việc, Phân loại, Hướng xử lý, Theo dõi kết quả.
 */
@Service
@Transactional(readOnly = true)
class Logbook {

    static final Locale VI = Locale.forLanguageTag("vi");

    /** One line of the logbook, every cell as text. */
    record Row(int number, long visitId, LocalDate date, String name, String address, String idNumber, String content,
            String classification, String handling, String followUp) {
    }

    private final JdbcClient jdbc;
    private final OrgUnitHierarchy hierarchy;
    private final ReferenceData reference;
    private final MessageSource messages;

    Logbook(JdbcClient jdbc, OrgUnitHierarchy hierarchy, ReferenceData reference, MessageSource messages) {
        this.jdbc = jdbc;
        this.hierarchy = hierarchy;
        this.reference = reference;
        this.messages = messages;
    }

    List<Row> rows(long unitId, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw DomainException.invalid("reception-window-invalid", "to");
        }
        Map<String, String> fields = reference.fieldLabels();
        Map<String, String> grounds = new java.util.HashMap<>();
        reference.refusalGrounds().forEach(g -> grounds.put(g.code(), g.legalBasis()));
        List<Row> rows = new ArrayList<>();
        jdbc.sql("""
                select v.id, v.visit_date, v.citizen_name, v.citizen_id_number, v.hamlet, v.address_detail,
                       u.name as commune, v.delegation, v.headcount, v.representatives, v.content, v.field_code,
                       v.complex, v.prolonged, v.degradation_related, v.mass, v.outcome, v.handling_note,
                       v.refusal_ground, v.refusal_notice_number, v.petition_number, v.matter_kind, v.new_matter
                  from reception_visit v left join org_unit u on u.id = v.address_unit_id
                 where v.unit_id in (:units) and v.visit_date between :from and :to
                 order by v.visit_date, v.id""")
                .param("units", hierarchy.subtreeWithPredecessors(unitId)).param("from", from).param("to", to)
                .query((rs, i) -> {
                    String name = rs.getString("citizen_name");
                    if (rs.getBoolean("delegation")) {
                        String reps = rs.getString("representatives");
                        name = msg("reception.logbook.delegation", name, rs.getInt("headcount"),
                                reps == null ? "" : reps.replace("\n", ", "));
                    }
                    String hamlet = rs.getString("hamlet");
                    String detail = rs.getString("address_detail");
                    String commune = rs.getString("commune");
                    String address = detail != null ? detail
                            : String.join(", ", java.util.stream.Stream.of(hamlet, commune)
                                    .filter(s -> s != null && !s.isBlank()).toList());
                    List<String> classes = new ArrayList<>();
                    // The kind of the matter and old/new first, when recorded (issue 21).
                    if (rs.getString("matter_kind") != null) {
                        classes.add(msg("reception.matter-kind." + rs.getString("matter_kind")));
                    }
                    if (rs.getObject("new_matter") != null) {
                        classes.add(msg("reception.new-matter." + rs.getBoolean("new_matter")));
                    }
                    classes.add(fields.getOrDefault(rs.getString("field_code"), rs.getString("field_code")));
                    if (rs.getBoolean("complex")) {
                        classes.add(msg("reception.flag.complex"));
                    }
                    if (rs.getBoolean("prolonged")) {
                        classes.add(msg("reception.flag.prolonged"));
                    }
                    if (rs.getBoolean("degradation_related")) {
                        classes.add(msg("reception.flag.degradation"));
                    }
                    if (rs.getBoolean("mass")) {
                        classes.add(msg("reception.flag.mass"));
                    }
                    String outcome = rs.getString("outcome");
                    String handling = msg("reception.outcome." + outcome);
                    if ("REFUSED".equals(outcome)) {
                        handling += " (" + grounds.getOrDefault(rs.getString("refusal_ground"), "") + ")";
                        if (rs.getString("refusal_notice_number") != null) {
                            handling += "; " + msg("reception.logbook.notice", rs.getString("refusal_notice_number"));
                        }
                    }
                    if (rs.getString("handling_note") != null) {
                        handling += ": " + rs.getString("handling_note");
                    }
                    String followUp = rs.getString("petition_number") == null ? ""
                            : msg("reception.logbook.petition", rs.getString("petition_number"));
                    rows.add(new Row(rows.size() + 1, rs.getLong("id"), rs.getObject("visit_date", LocalDate.class),
                            name, address, rs.getString("citizen_id_number") == null ? ""
                                    : rs.getString("citizen_id_number"),
                            rs.getString("content"), String.join("; ", classes), handling, followUp));
                    return null;
                }).list();
        return rows;
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, VI);
    }
}
