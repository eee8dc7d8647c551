package org.tiepdan.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.tiepdan.DemoUsers;
import org.tiepdan.FullStackTest;
import org.tiepdan.document.IssuedDocumentView;
import org.tiepdan.document.IssuedDocuments;
import org.tiepdan.document.TestUnits;
import org.tiepdan.org.OrgUnitKind;
import org.tiepdan.org.OrgUnits;

/** The plan as Word, opened back with POI: letterhead, title, the seed's sections, every task, the table, the signer. */
@FullStackTest
class PlanDocxTest {

    static final Locale VI = Locale.forLanguageTag("vi");

    @Autowired
    PlanService plans;
    @Autowired
    PlanViews views;
    @Autowired
    PlanDocx docx;
    @Autowired
    IssuedDocuments documents;
    @Autowired
    OrgUnits units;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    record Fixture(long unit, String unitName, long front, WorkPlan plan) {
    }

    /** A fresh People's Committee in the demo commune, with the template plan, one task reassigned and two added. */
    Fixture fixture() {
        long commune = units.findAreaByCode("18844").orElseThrow().id();
        long unit = TestUnits.create(jdbc, "PEOPLES_COMMITTEE", "COMMUNE", "Ủy ban nhân dân xã Thử Kế Hoạch", commune);
        long front = units.children(commune).stream().filter(u -> u.kind() == OrgUnitKind.FATHERLAND_FRONT)
                .findFirst().orElseThrow().id();
        WorkPlan plan = plans.create(unit, 2026, null);
        PlanTask first = plan.tasks().get(0);
        plans.reviseTask(plan.id(), first.id(), first.version(), new TaskData(first.title(), first.content(), unit,
                List.of(front), FrameKind.YEAR_ROUND, null, null, null));
        plans.addTask(plan.id(), new TaskData("Tổ chức hội nghị đối thoại với nhân dân", "Ít nhất 01 hội nghị.", unit,
                List.of(front), FrameKind.RANGE, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30), null));
        plans.addTask(plan.id(), new TaskData("Rà soát vụ việc tồn đọng", null, unit, List.of(), FrameKind.QUARTER,
                null, null, 3));
        return new Fixture(unit, units.get(unit).name(), front, plans.find(plan.id()));
    }

    static XWPFDocument open(byte[] bytes) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    static List<String> paragraphs(XWPFDocument doc) {
        return doc.getParagraphs().stream().map(XWPFParagraph::getText).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
    }

    static String cellText(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(XWPFParagraph::getText).reduce((a, b) -> a + "\n" + b).orElse("");
    }

    static List<String> row(XWPFTableRow row) {
        return row.getTableCells().stream().map(PlanDocxTest::cellText).map(String::strip).toList();
    }

    @Test
    void theIssuedPlanHasTheLetterheadTheSectionsEveryTaskAndTheTable() throws IOException {
        Fixture f = fixture();
        IssuedDocumentView number = plans.issue(f.plan().id(), f.plan().version(), LocalDate.of(2026, 1, 12),
                "Trần Văn Hải");
        assertThat(number.numberSymbol()).isEqualTo("01/KH-UBND");
        IssuedDocumentView registered = documents.find(number.id()).orElseThrow();
        assertThat(registered.typeCode()).isEqualTo("KH");
        assertThat(registered.issuedOn()).isEqualTo(LocalDate.of(2026, 1, 12));
        assertThat(registered.summary()).isEqualTo("Kế hoạch công tác tiếp công dân, giải quyết khiếu nại, tố cáo năm 2026");

        PlanViews.PlanView plan = views.plan(f.plan().id());
        assertThat(plan.tasks()).hasSize(8);
        try (XWPFDocument doc = open(docx.write(plan, LocalDate.of(2026, 1, 12)))) {
            XWPFTable letterhead = doc.getTables().get(0);
            String left = cellText(letterhead.getRow(0).getCell(0));
            String right = cellText(letterhead.getRow(0).getCell(1));
            assertThat(left).contains(f.unitName().toUpperCase(VI)).contains("Số: 01/KH-UBND");
            assertThat(right).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").contains("Độc lập - Tự do - Hạnh phúc")
                    .contains("Kỳ Thượng, ngày 12 tháng 01 năm 2026");

            List<String> text = paragraphs(doc);
            assertThat(text).containsSubsequence("KẾ HOẠCH",
                    "Công tác tiếp công dân, giải quyết khiếu nại, tố cáo năm 2026",
                    "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "2. Yêu cầu", "II. NỘI DUNG KẾ HOẠCH",
                    "1. " + plan.tasks().get(0).title(), "- Đơn vị chủ trì: " + f.unitName() + ".",
                    "- Đơn vị phối hợp: " + units.get(f.front()).name() + ".",
                    "- Thời gian thực hiện: Thường xuyên, năm 2026.",
                    "7. Tổ chức hội nghị đối thoại với nhân dân", "Ít nhất 01 hội nghị.",
                    "- Thời gian thực hiện: Từ ngày 01/04/2026 đến ngày 30/06/2026.",
                    "8. Rà soát vụ việc tồn đọng", "- Thời gian thực hiện: Quý III năm 2026.",
                    "III. TỔ CHỨC THỰC HIỆN",
                    "Trên đây là Kế hoạch công tác tiếp công dân, giải quyết khiếu nại, tố cáo năm 2026 của "
                            + f.unitName() + "./.",
                    "PHỤ LỤC", "BẢNG PHÂN CÔNG THỰC HIỆN NHIỆM VỤ",
                    "(Kèm theo Kế hoạch số 01/KH-UBND ngày 12/01/2026 của " + f.unitName() + ")");
            for (PlanViews.TaskView t : plan.tasks()) {
                assertThat(text).contains(t.position() + ". " + t.title());
            }
            assertThat(text.stream().filter(p -> p.startsWith("Thực hiện Luật Tiếp công dân")).count()).isEqualTo(1);
            XWPFParagraph appendix = doc.getParagraphs().stream().filter(p -> p.getText().equals("PHỤ LỤC"))
                    .findFirst().orElseThrow();
            assertThat(appendix.isPageBreak()).isTrue();

            XWPFTable signature = doc.getTables().get(1);
            assertThat(cellText(signature.getRow(0).getCell(0))).contains("Nơi nhận:").contains("- Thanh tra tỉnh (b/c);")
                    .contains("- Lưu: VT.");
            assertThat(cellText(signature.getRow(0).getCell(1))).contains("CHỦ TỊCH").contains("Trần Văn Hải");

            XWPFTable tasks = doc.getTables().get(2);
            assertThat(row(tasks.getRow(0))).containsExactly("STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp",
                    "Thời gian thực hiện");
            assertThat(tasks.getRows()).hasSize(plan.tasks().size() + 1);
            for (PlanViews.TaskView t : plan.tasks()) {
                assertThat(row(tasks.getRow(t.position()))).containsExactly(String.valueOf(t.position()), t.title(),
                        t.lead().name(), t.coordinators().stream().map(PlanViews.UnitRef::name)
                                .reduce((a, b) -> a + "; " + b).orElse(""), t.timeFrame());
            }
            assertThat(row(tasks.getRow(8))).containsExactly("8", "Rà soát vụ việc tồn đọng", f.unitName(), "",
                    "Quý III năm 2026");
            assertThat(doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .filter(r -> r.text() != null && !r.text().isBlank()).map(r -> r.getFontFamily()).distinct())
                    .containsOnly("Times New Roman");
        }
    }

    @Test
    void aDraftLeavesTheNumberAndDayBlankAndTheWebServesTheFile() throws Exception {
        Fixture f = fixture();
        try (XWPFDocument doc = open(docx.write(views.plan(f.plan().id()), LocalDate.of(2025, 12, 20)))) {
            XWPFTable letterhead = doc.getTables().get(0);
            assertThat(cellText(letterhead.getRow(0).getCell(0))).containsPattern("Số:\\s+/KH-UBND");
            assertThat(cellText(letterhead.getRow(0).getCell(1))).containsPattern("Kỳ Thượng, ngày\\s+tháng\\s+năm 2025");
            assertThat(paragraphs(doc)).contains("(Kèm theo Kế hoạch của " + f.unitName() + ")");
        }
        byte[] body = mvc.perform(get("/plans/{id}/plan.docx", f.plan().id())
                        .with(user(users.loadUserByUsername(DemoUsers.VIEWER))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", PlanController.DOCX))
                .andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = open(body)) {
            assertThat(paragraphs(doc)).contains("KẾ HOẠCH", "II. NỘI DUNG KẾ HOẠCH");
        }
    }
}
