package org.tiepdan.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tiepdan.FullStackTest;
import org.tiepdan.document.DocumentEntry;
import org.tiepdan.document.IssuedDocuments;
import org.tiepdan.document.TestUnits;

@FullStackTest
class InspectionCountsTest {

    @Autowired
    Inspections inspections;
    @Autowired
    OversightCounts counts;
    @Autowired
    IssuedDocuments documents;
    @Autowired
    JdbcClient jdbc;

    static Map<String, ReportCell> byCode(List<ReportCell> cells) {
        return cells.stream().collect(Collectors.toMap(ReportCell::code, Function.identity()));
    }

    long headId(long inspection, String name) {
        return jdbc.sql("select id from inspection_head where inspection_id = ? and full_name = ?")
                .params(inspection, name).query(Long.class).single();
    }

    @Test
    void appendix3CountsDistinctBodiesAndHeadsBySeverityWithTheRecordsBehind() {
        long district = TestUnits.create(jdbc, "PARTY_COMMITTEE", "DISTRICT", "Huyện ủy Kiểm Tra", null);
        long commune1 = TestUnits.create(jdbc, "PARTY_COMMITTEE", "COMMUNE", "Đảng ủy xã Một", district);
        long commune2 = TestUnits.create(jdbc, "PARTY_COMMITTEE", "COMMUNE", "Đảng ủy xã Hai", district);
        long outside = TestUnits.create(jdbc, "PARTY_COMMITTEE", "DISTRICT", "Huyện ủy Khác", null);
        var head1 = new Inspections.Head("Nguyễn Văn Một", "Bí thư Đảng ủy", commune1);
        var head2 = new Inspections.Head("Trần Thị Hai", "Bí thư Đảng ủy", commune2);

        long planned = inspections.create(new Inspections.NewInspection(district, InspectionKind.CHECK,
                InspectionMode.PLANNED, "QĐ 11", "Kiểm tra việc thực hiện Quy định 11 năm 2022", LocalDate.of(2022, 5, 10),
                LocalDate.of(2022, 5, 20), List.of(commune1, commune2), List.of(head1, head2), null, null));
        long adhoc = inspections.create(new Inspections.NewInspection(district, InspectionKind.CHECK,
                InspectionMode.AD_HOC, "QĐ 11", "Kiểm tra đột xuất", LocalDate.of(2023, 3, 1), null,
                List.of(commune1), List.of(head1), null, null));
        long supervision = inspections.create(new Inspections.NewInspection(commune2, InspectionKind.SUPERVISION,
                InspectionMode.PLANNED, "QĐ 11", "Giám sát chuyên đề", LocalDate.of(2023, 6, 1), null,
                List.of(commune2), List.of(head2), null, null));
        // Out of the window, of another topic, and of another subtree: not counted.
        inspections.create(new Inspections.NewInspection(district, InspectionKind.CHECK, InspectionMode.PLANNED, "QĐ 11",
                "Ngoài kỳ", LocalDate.of(2018, 1, 1), null, List.of(commune1), List.of(), null, null));
        inspections.create(new Inspections.NewInspection(district, InspectionKind.CHECK, InspectionMode.PLANNED, "Khác",
                "Chủ đề khác", LocalDate.of(2022, 1, 1), null, List.of(commune2), List.of(), null, null));
        inspections.create(new Inspections.NewInspection(outside, InspectionKind.CHECK, InspectionMode.AD_HOC, "QĐ 11",
                "Đơn vị khác", LocalDate.of(2022, 1, 1), null, List.of(outside), List.of(), null, null));

        // Head 1: two violations (one to discipline) in two inspections: one person, disciplined.
        inspections.addViolation(planned, headId(planned, "Nguyễn Văn Một"), HeadRole.PARTY_SECRETARY, "Không tiếp dân định kỳ",
                ViolationSeverity.NOT_TO_DISCIPLINE, null, null, null);
        inspections.addViolation(adhoc, headId(adhoc, "Nguyễn Văn Một"), HeadRole.PARTY_SECRETARY, "Không xử lý kiến nghị",
                ViolationSeverity.TO_DISCIPLINE, "Khiển trách", null, LocalDate.of(2023, 4, 1));
        // Head 2: not to discipline, twice: one person.
        inspections.addViolation(planned, headId(planned, "Trần Thị Hai"), HeadRole.PARTY_SECRETARY, "Chậm thông báo kết luận",
                ViolationSeverity.NOT_TO_DISCIPLINE, null, null, null);
        inspections.addViolation(supervision, headId(supervision, "Trần Thị Hai"), HeadRole.PARTY_SECRETARY, "Chậm trả lời",
                ViolationSeverity.NOT_TO_DISCIPLINE, null, null, null);

        Map<String, ReportCell> cells = byCode(counts.appendix3(district, LocalDate.of(2019, 2, 18),
                LocalDate.of(2023, 12, 31), "QĐ 11"));
        assertThat(cells.get("1.planned").ids()).containsExactlyInAnyOrder(planned, supervision);
        assertThat(cells.get("1.adhoc").ids()).containsExactly(adhoc);
        assertThat(cells.get("2").value()).isEqualTo(2);
        assertThat(cells.get("2").ids()).containsExactlyInAnyOrder(commune1, commune2);
        assertThat(cells.get("3").ids()).containsExactly(commune2);
        assertThat(cells.get("4.disciplined").value()).isEqualTo(1);
        assertThat(cells.get("4.disciplined").ids()).containsExactly(headId(planned, "Nguyễn Văn Một"));
        assertThat(cells.get("4.not_disciplined").value()).isEqualTo(1);
        cells.values().forEach(c -> assertThat(c.value()).isEqualTo(c.ids().size()));

        // A commune's own figures: only its supervision.
        Map<String, ReportCell> own = byCode(counts.appendix3(commune2, LocalDate.of(2019, 2, 18),
                LocalDate.of(2023, 12, 31), null));
        assertThat(own.get("1.planned").ids()).containsExactly(supervision);
        assertThat(own.get("2").value()).isZero();
    }

    @Test
    void appendix1CountsEventsParticipantsMaterialsAndDocumentsByType() {
        long unit = TestUnits.create(jdbc, "PARTY_COMMITTEE", "COMMUNE", "Đảng ủy xã Tuyên Truyền", null);
        long e1 = inspections.recordOutreach(unit, OutreachKind.CONFERENCE, LocalDate.of(2019, 4, 2),
                "Hội nghị quán triệt Quy định 11", "QĐ 11", 85, 90, List.of());
        long e2 = inspections.recordOutreach(unit, OutreachKind.TRAINING, LocalDate.of(2021, 8, 12),
                "Tập huấn nghiệp vụ tiếp công dân", "QĐ 11", 40, 40, List.of());
        inspections.recordOutreach(unit, OutreachKind.TRAINING, LocalDate.of(2024, 8, 12), "Ngoài kỳ", "QĐ 11", 10, 10, List.of());
        documents.register(new DocumentEntry(unit, "04-KH/ĐU", "KH", null, null, "Kế hoạch triển khai Quy định 11",
                "15/03/2019", null, Set.of("QĐ 11")));
        documents.register(new DocumentEntry(unit, "06-TB/ĐU", "TB", null, null, "Thông báo tiếp công dân định kỳ tháng 7 năm 2020",
                "08/07/2020", null, Set.of("QĐ 11")));
        documents.register(new DocumentEntry(unit, "07-TB/ĐU", "TB", null, null, "Thông báo tiếp công dân định kỳ tháng 7 năm 2020",
                "24/07/2020", null, Set.of("QĐ 11")));
        documents.register(new DocumentEntry(unit, "08-TB/ĐU", "TB", null, null, "Thông báo khác",
                "25/07/2020", null, Set.of()));

        Map<String, ReportCell> cells = byCode(counts.appendix1(unit, LocalDate.of(2019, 2, 18),
                LocalDate.of(2023, 12, 31), "QĐ 11"));
        assertThat(cells.get("events").ids()).containsExactlyInAnyOrder(e1, e2);
        assertThat(cells.get("participants").value()).isEqualTo(125);
        assertThat(cells.get("materials").value()).isEqualTo(130);
        assertThat(cells.get("documents").value()).isEqualTo(3);
        assertThat(cells.get("documents.TB").value()).isEqualTo(2);
        assertThat(cells.get("documents.KH").value()).isEqualTo(1);
    }
}
