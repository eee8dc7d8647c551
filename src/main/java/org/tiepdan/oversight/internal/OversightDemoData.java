package org.tiepdan.oversight.internal;

import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tiepdan.oversight.InspectionKind;
import org.tiepdan.oversight.InspectionMode;
import org.tiepdan.oversight.Inspections;
import org.tiepdan.oversight.OutreachKind;
import org.tiepdan.oversight.ViolationSeverity;
import org.tiepdan.platform.DemoDataContributor;

/** A planned and an ad hoc inspection of the demo commune (one violation) and two outreach events. */
@Component
class OversightDemoData implements DemoDataContributor {

    private static final Logger log = LoggerFactory.getLogger(OversightDemoData.class);

    private final JdbcClient jdbc;
    private final OversightService service;

    OversightDemoData(JdbcClient jdbc, OversightService service) {
        this.jdbc = jdbc;
        this.service = service;
    }

    @Override
    public int order() {
        return 310;
    }

    @Override
    public void contribute() {
        var unit = jdbc.sql("select id from org_unit where name = ? order by id limit 1").param("Đảng ủy xã Kỳ Thượng")
                .query(Long.class).optional();
        if (unit.isEmpty()) {
            log.info("Demo commune not found: no demo inspections or outreach events");
            return;
        }
        long u = unit.get();
        var head = new Inspections.Head("Nguyễn Văn Bình", "Bí thư Đảng ủy xã", u);
        service.create(new Inspections.NewInspection(u, InspectionKind.CHECK, InspectionMode.PLANNED, "QĐ 11",
                "Kiểm tra việc thực hiện Quy định số 11-QĐi/TW năm 2022", LocalDate.of(2022, 10, 5),
                LocalDate.of(2022, 10, 7), List.of(u), List.of(head), null, null));
        long adhoc = service.create(new Inspections.NewInspection(u, InspectionKind.CHECK, InspectionMode.AD_HOC,
                "QĐ 11", "Kiểm tra đột xuất việc xử lý kiến nghị của công dân", LocalDate.of(2023, 9, 12), null,
                List.of(u), List.of(head), null, null));
        long headId = jdbc.sql("select id from inspection_head where inspection_id = ?").param(adhoc)
                .query(Long.class).single();
        service.addViolation(adhoc, headId, "Chậm ban hành thông báo kết luận sau hội nghị đối thoại",
                ViolationSeverity.NOT_TO_DISCIPLINE, null, null, null);
        service.recordOutreach(u, OutreachKind.CONFERENCE, LocalDate.of(2019, 4, 10),
                "Hội nghị quán triệt Quy định số 11-QĐi/TW", "QĐ 11", 85, 90, List.of());
        service.recordOutreach(u, OutreachKind.TRAINING, LocalDate.of(2021, 8, 20),
                "Tập huấn nghiệp vụ tiếp công dân, xử lý đơn thư", "QĐ 11", 40, 40, List.of());
    }
}
