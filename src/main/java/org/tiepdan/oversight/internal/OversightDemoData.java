package org.tiepdan.oversight.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.tiepdan.document.IssueCommand;
import org.tiepdan.document.IssuedDocumentView;
import org.tiepdan.document.IssuedDocuments;
import org.tiepdan.org.OrgUnitKind;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.oversight.AbuseMeasure;
import org.tiepdan.oversight.InspectionKind;
import org.tiepdan.oversight.InspectionMode;
import org.tiepdan.oversight.ViolationSeverity;
import org.tiepdan.platform.DemoDataContributor;

/**
 * The demo commune's oversight: a planned and an ad hoc inspection (2022, 2023, one violation),
 * the 2026 inspection with its decision and conclusion in the register and three recommendations
 * (one done, one overdue from 30/06/2026, one due at the end of the year), two outreach events and
 * the handling of a person who abused the right to petition.
 */
@Component
class OversightDemoData implements DemoDataContributor {

    private static final Logger log = LoggerFactory.getLogger(OversightDemoData.class);
    private static final String COMMUNE_CODE = "18844";
    private static final Set<String> QD11 = Set.of("QĐ 11");

    private final OrgUnits units;
    private final InspectionService inspections;
    private final RecommendationService recommendations;
    private final OutreachService outreach;
    private final PetitionAbuseService abuse;
    private final IssuedDocuments documents;

    OversightDemoData(OrgUnits units, InspectionService inspections, RecommendationService recommendations,
            OutreachService outreach, PetitionAbuseService abuse, IssuedDocuments documents) {
        this.units = units;
        this.inspections = inspections;
        this.recommendations = recommendations;
        this.outreach = outreach;
        this.abuse = abuse;
        this.documents = documents;
    }

    @Override
    public int order() {
        return 310;
    }

    @Override
    public void contribute() {
        Optional<OrgUnitView> commune = units.findAreaByCode(COMMUNE_CODE);
        Optional<Long> party = commune.flatMap(c -> body(c, OrgUnitKind.PARTY_COMMITTEE));
        Optional<Long> people = commune.flatMap(c -> body(c, OrgUnitKind.PEOPLES_COMMITTEE));
        Optional<Long> front = commune.flatMap(c -> body(c, OrgUnitKind.FATHERLAND_FRONT));
        if (party.isEmpty() || people.isEmpty() || front.isEmpty()) {
            log.info("Demo commune bodies not found: no demo inspections or outreach events");
            return;
        }
        long u = party.get();
        var secretary = new InspectionDetails.HeadRow(null, "Nguyễn Văn Bình", "Bí thư Đảng ủy xã", u);
        inspections.create(u, new InspectionDetails(InspectionKind.CHECK, InspectionMode.PLANNED, "QĐ 11",
                "Kiểm tra việc thực hiện Quy định số 11-QĐi/TW năm 2022", LocalDate.of(2022, 10, 5),
                LocalDate.of(2022, 10, 7), List.of(u), null, null, null), List.of(secretary));
        Inspection adhoc = inspections.create(u, new InspectionDetails(InspectionKind.CHECK, InspectionMode.AD_HOC,
                "QĐ 11", "Kiểm tra đột xuất việc xử lý kiến nghị của công dân", LocalDate.of(2023, 9, 12), null,
                List.of(u), null, null, null), List.of(secretary));
        inspections.addViolation(adhoc.id(), new Violation.Data(adhoc.heads().get(0).id(),
                org.tiepdan.oversight.HeadRole.PARTY_SECRETARY, "Chậm ban hành thông báo kết luận sau hội nghị đối thoại", ViolationSeverity.NOT_TO_DISCIPLINE, null,
                null, null));
        inspection2026(u, people.get(), front.get());
        outreach.record(u, new OutreachEvent.Data(org.tiepdan.oversight.OutreachKind.CONFERENCE,
                LocalDate.of(2019, 4, 10), "Hội nghị quán triệt Quy định số 11-QĐi/TW", "QĐ 11", 85, 90, List.of()));
        outreach.record(u, new OutreachEvent.Data(org.tiepdan.oversight.OutreachKind.TRAINING,
                LocalDate.of(2021, 8, 20), "Tập huấn nghiệp vụ tiếp công dân, xử lý đơn thư", "QĐ 11", 40, 40,
                List.of()));
        abuse.record(people.get(), new PetitionAbuse.Data("Hoàng Văn Khánh",
                "Nhiều lần gửi đơn tố cáo sai sự thật, vu khống cán bộ xã sau khi vụ việc đã được giải quyết đúng "
                        + "pháp luật; gây rối trật tự tại trụ sở tiếp công dân",
                AbuseMeasure.ADMINISTRATIVE_SANCTION, "Phạt tiền về hành vi gây rối trật tự công cộng", null,
                "Quyết định xử phạt vi phạm hành chính số 15/QĐ-XPHC của Trưởng Công an xã", LocalDate.of(2026, 8, 12)));
    }

    /** Checked in March 2026 under a decision, concluded by a notice; recommendations to the commune's bodies. */
    private void inspection2026(long party, long people, long front) {
        IssuedDocumentView decision = documents.issue(new IssueCommand(party, "QĐ",
                "Quyết định kiểm tra việc thực hiện Quy định số 11-QĐi/TW năm 2026", LocalDate.of(2026, 3, 10),
                "Nguyễn Văn Bình", QD11));
        IssuedDocumentView conclusion = documents.issue(new IssueCommand(party, "TB",
                "Thông báo kết luận kiểm tra việc thực hiện Quy định số 11-QĐi/TW năm 2026", LocalDate.of(2026, 3, 31),
                "Nguyễn Văn Bình", QD11));
        Inspection i = inspections.create(party, new InspectionDetails(InspectionKind.CHECK, InspectionMode.PLANNED,
                "QĐ 11", "Kiểm tra việc thực hiện Quy định số 11-QĐi/TW năm 2026 tại Ủy ban nhân dân xã",
                LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 20), List.of(people, front), decision.id(),
                conclusion.id(), "Tiếp công dân định kỳ cơ bản đúng lịch; quý I còn 02 buổi chưa tổ chức; việc trả lời "
                        + "kiến nghị sau đối thoại còn chậm."),
                List.of(new InspectionDetails.HeadRow(null, "Trần Văn Hải", "Chủ tịch UBND xã", people)));
        inspections.addViolation(i.id(), new Violation.Data(i.heads().get(0).id(),
                org.tiepdan.oversight.HeadRole.PC_CHAIRMAN, "Chưa bố trí đủ số buổi tiếp công dân định kỳ trong quý I năm 2026",
                ViolationSeverity.NOT_TO_DISCIPLINE, null, null, null));
        recommendations.add(i.id(), new RecommendationService.Data(people,
                "Bố trí lịch tiếp công dân của Chủ tịch UBND xã bảo đảm mỗi tuần 01 ngày; tổ chức bù các buổi còn thiếu",
                Recommendation.DueBasis.CONCLUSION, null, LocalDate.of(2026, 6, 30)));
        long answered = recommendations.add(i.id(), new RecommendationService.Data(people,
                "Trả lời bằng văn bản các kiến nghị của công dân nêu tại hội nghị đối thoại quý I năm 2026",
                Recommendation.DueBasis.RULE, "DIALOGUE_ANSWER", null));
        recommendations.complete(answered, 0, "Đã trả lời bằng văn bản 07/07 kiến nghị của công dân", null,
                LocalDate.of(2026, 5, 5));
        recommendations.add(i.id(), new RecommendationService.Data(front,
                "Phối hợp tuyên truyền Quy định số 11-QĐi/TW đến các thôn", Recommendation.DueBasis.CONCLUSION, null,
                LocalDate.of(2026, 12, 31)));
    }

    private Optional<Long> body(OrgUnitView area, OrgUnitKind kind) {
        return units.children(area.id()).stream().filter(c -> c.kind() == kind && c.isOpen()).map(OrgUnitView::id)
                .findFirst();
    }
}
