package org.tiepdan.report.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.tiepdan.org.NewOrgUnit;
import org.tiepdan.org.OrgUnitKind;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.platform.DemoDataContributor;

/**
 * The report duty of the demo commune: a register of three reports sent (the QĐ 11 review on time by
 * the date the superior asked, a 6-month report late, the People's Committee's yearly State report by
 * the 20th-of-the-month rule) and a working session of the Party committee with the secretary of a
 * Party cell of a hamlet (created here: the demo has no unit below the commune's Party committee).
 */
@Component
class ReportDemoData implements DemoDataContributor {

    private static final Logger log = LoggerFactory.getLogger(ReportDemoData.class);
    static final String COMMUNE_CODE = "18844";
    static final String CELL = "Chi bộ thôn Trung Tâm";

    private final OrgUnits units;
    private final ReportDuty duty;

    ReportDemoData(OrgUnits units, ReportDuty duty) {
        this.units = units;
        this.duty = duty;
    }

    @Override
    public int order() {
        return 950;
    }

    @Override
    public void contribute() {
        Optional<OrgUnitView> commune = units.findAreaByCode(COMMUNE_CODE);
        Optional<Long> party = commune.flatMap(c -> body(c, OrgUnitKind.PARTY_COMMITTEE));
        Optional<Long> people = commune.flatMap(c -> body(c, OrgUnitKind.PEOPLES_COMMITTEE));
        if (party.isEmpty() || people.isEmpty()) {
            log.info("Demo commune bodies not found: no demo report duty");
            return;
        }
        long p = party.get();
        duty.recordSent(new ReportDuty.SentRequest(p, ReportDefinitions.OUTLINE, "qd11-review", 2023, null, null, null,
                "Ban Thường vụ Tỉnh ủy Hà Tĩnh", "75-BC/ĐU", false, LocalDate.of(2024, 4, 15),
                LocalDate.of(2024, 4, 20)));
        duty.recordSent(new ReportDuty.SentRequest(p, ReportDefinitions.APPENDIX_2, "kl215-6m", 2024, null, null, null,
                "Ban Thường vụ Tỉnh ủy Hà Tĩnh", "92-BC/ĐU", false, LocalDate.of(2024, 7, 8),
                LocalDate.of(2024, 7, 5)));
        duty.recordSent(new ReportDuty.SentRequest(people.get(), ReportDefinitions.PERIODIC, "ttcp-year", 2025, null,
                null, null, "Thanh tra tỉnh Hà Tĩnh", "215/BC-UBND", false, LocalDate.of(2025, 12, 18), null));
        long cell = units.children(p).stream().filter(u -> u.name().equals(CELL)).map(OrgUnitView::id).findFirst()
                .orElseGet(() -> units.create(new NewOrgUnit(CELL, OrgUnitKind.PARTY_COMMITTEE, null, p, null,
                        units.get(p).validFrom())).id());
        duty.recordMeeting(new ReportDuty.MeetingRequest(p, cell, LocalDate.of(2023, 9, 12),
                "Làm việc với đồng chí Bí thư Chi bộ thôn Trung Tâm về việc tiếp dân, nắm tình hình và xử lý kiến nghị "
                        + "của nhân dân trong thôn",
                "Chi bộ chỉ đạo Ban công tác Mặt trận thôn nắm tình hình, báo cáo Đảng ủy hằng tháng; kiến nghị về "
                        + "đường giao thông nội thôn chuyển Ủy ban nhân dân xã giải quyết trong tháng 10/2023."));
    }

    private Optional<Long> body(OrgUnitView area, OrgUnitKind kind) {
        return units.children(area.id()).stream().filter(c -> c.kind() == kind && c.isOpen()).map(OrgUnitView::id)
                .findFirst();
    }
}
