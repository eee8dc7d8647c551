package org.tiepdan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.tiepdan.FullStackTest;
import org.tiepdan.account.Accounts;
import org.tiepdan.document.IssuedDocuments;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.oversight.Inspections;

import com.jayway.jsonpath.JsonPath;

/** The API contract (REPORTS.md), the drill-down, access by scope, and the files opened back. */
@FullStackTest
class ReportApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OrgUnits units;
    @Autowired
    Inspections inspections;
    @Autowired
    IssuedDocuments documents;
    @Autowired
    Accounts accounts;
    @Autowired
    UserDetailsService users;

    ReportFixture f;

    @BeforeEach
    void fixture() {
        f = ReportFixture.get(jdbc, units, inspections, documents, accounts);
    }

    private String q(long unit) {
        return "?unit=" + unit + "&from=2023-01-01&to=2023-12-31";
    }

    private byte[] file(String code, String format, long unit) throws Exception {
        String user = unit == f.province ? f.provinceReporter : f.communeReporter;
        return mvc.perform(get("/api/v1/reports/" + code + q(unit) + "&format=" + format)
                        .with(httpBasic(user, ReportFixture.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    @Test
    void appendix2AsJsonFollowsTheContractAndLinksEachFigureToItsRecords() throws Exception {
        String json = mvc.perform(get("/api/v1/reports/appendix-2" + q(f.commune))
                        .with(httpBasic(f.communeReporter, ReportFixture.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.report").value("appendix-2"))
                .andExpect(jsonPath("$.unit.id").value(f.commune))
                .andExpect(jsonPath("$.from").value("2023-01-01"))
                .andExpect(jsonPath("$.columns[0]").value("COMMUNE"))
                .andExpect(jsonPath("$.columns[1]").value("TOTAL"))
                .andExpect(jsonPath("$.rows[0].code").value("1.periodic"))
                .andExpect(jsonPath("$.rows[0].label").value("Định kỳ"))
                .andExpect(jsonPath("$.rows[0].values.COMMUNE").value(1))
                .andExpect(jsonPath("$.rows[14].code").value("8.incited"))
                .andExpect(jsonPath("$.rows[14].records").isEmpty())
                .andExpect(jsonPath("$.findings[?(@.code == 'SESSION_WITHOUT_HOST')].records[0]")
                        .value("/reception/sessions/" + f.s5NoHost))
                .andReturn().getResponse().getContentAsString();
        String link = JsonPath.read(json, "$.rows[0].records.COMMUNE");
        assertThat(link).startsWith("/api/v1/reports/appendix-2/cells/1.periodic/COMMUNE?unit=" + f.commune);
        mvc.perform(get(link).with(httpBasic(f.communeReporter, ReportFixture.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.value").value(1))
                .andExpect(jsonPath("$.count").value(1))
                .andExpect(jsonPath("$.records[0].type").value("ReceptionSession"))
                .andExpect(jsonPath("$.records[0].url").value("/reception/sessions/" + f.s1Periodic));
        mvc.perform(get("/api/v1/reports/appendix-2/cells/2.periodic/TOTAL" + q(f.commune))
                        .with(httpBasic(f.communeReporter, ReportFixture.PASSWORD)))
                .andExpect(jsonPath("$.value").value(8))
                .andExpect(jsonPath("$.count").value(3));
    }

    @Test
    void aUnitOutsideTheReportersScopeIsRefused() throws Exception {
        mvc.perform(get("/api/v1/reports/appendix-2" + q(f.province))
                        .with(httpBasic(f.communeReporter, ReportFixture.PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("forbidden"));
        mvc.perform(get("/api/v1/reports/appendix-2/cells/1.periodic/TOTAL" + q(f.province))
                        .with(httpBasic(f.communeReporter, ReportFixture.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/reports/appendix-2" + q(f.commune))
                        .with(httpBasic(f.provinceReporter, ReportFixture.PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/reports/appendix-9" + q(f.commune))
                        .with(httpBasic(f.communeReporter, ReportFixture.PASSWORD)))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("report-not-found"));
        mvc.perform(get("/api/v1/reports/appendix-2?unit=" + f.commune + "&from=2023-12-31&to=2023-01-01")
                        .with(httpBasic(f.communeReporter, ReportFixture.PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("report-window-order"));
    }

    @Test
    void theWordFileCarriesTheLetterheadAndEveryFigure() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(file("appendix-2", "docx", f.commune)))) {
            assertThat(doc.getDocument().getBody().getSectPr().getPgSz().getOrient().toString()).isEqualTo("landscape");
            assertThat(doc.getTables().get(0).getText()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            XWPFTable table = doc.getTables().get(1);
            assertThat(table.getRow(0).getCell(3).getText()).isEqualTo("Cấp xã");
            assertThat(table.getRow(1).getCell(1).getText()).isEqualTo("Số cuộc tiếp dân");
            // Row 5 counts matters refused in the heads' sessions only (issue 20): one.
            assertThat(values(table, 4)).containsExactly("01", "02", "08", "03", "01", "01", "01", "01", "01", "04",
                    "01", "01", "01", "01", "0", "01");
            String fonts = doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .map(r -> r.getFontFamily()).distinct().toList().toString();
            assertThat(fonts).contains("Times New Roman");
            assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText).toList())
                    .contains("PHỤ LỤC 2");
        }
    }

    private static List<String> values(XWPFTable table, int column) {
        return table.getRows().stream().skip(1).map(XWPFTableRow::getTableCells).map(c -> c.get(column).getText()).toList();
    }

    @Test
    void theExcelFileAddsUpTheTiersWithFormulas() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file("appendix-2", "xlsx", f.province)))) {
            Sheet sheet = wb.getSheetAt(0);
            FormulaEvaluator eval = wb.getCreationHelper().createFormulaEvaluator();
            Row header = sheet.getRow(4);
            // The form's order: the lowest tier first (REPORTS.md, corrected 2026-12-07).
            assertThat(header.getCell(3).getStringCellValue()).isEqualTo("Cấp xã");
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("Cấp tỉnh");
            assertThat(header.getCell(5).getStringCellValue()).isEqualTo("Tổng cộng");
            Row periodic = sheet.getRow(5);
            assertThat(periodic.getCell(3).getNumericCellValue()).isEqualTo(1.0);
            assertThat(periodic.getCell(4).getNumericCellValue()).isEqualTo(1.0);
            Cell total = periodic.getCell(5);
            assertThat(total.getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(total.getCellFormula()).isEqualTo("SUM(D6:E6)");
            assertThat(eval.evaluate(total).getNumberValue()).isEqualTo(2.0);
            Row people = sheet.getRow(7);
            assertThat(eval.evaluate(people.getCell(5)).getNumberValue()).isEqualTo(9.0);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file("appendix-1", "xlsx", f.commune)))) {
            Sheet sheet = wb.getSheetAt(0);
            FormulaEvaluator eval = wb.getCreationHelper().createFormulaEvaluator();
            Row totalRow = sheet.getRow(6);
            assertThat(totalRow.getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");
            assertThat(totalRow.getCell(2).getCellFormula()).isEqualTo("SUM(C6:C6)");
            assertThat(eval.evaluate(totalRow.getCell(2)).getNumberValue()).isEqualTo(60.0);
            assertThat(totalRow.getCell(5).getStringCellValue()).isEqualTo("01 Kế hoạch, 03 Thông báo");
        }
    }

    @Test
    void thePdfPrintsTheFiguresWithTheirDiacritics() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(file("appendix-3", "pdf", f.commune))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("PHỤ LỤC 3").contains("Theo chương trình, kế hoạch")
                    .contains("Vi phạm đến mức bị xử lý kỷ luật").contains("01");
        }
        try (PDDocument pdf = Loader.loadPDF(file("periodic", "pdf", f.commune))) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).contains("Tiếp nhận 07 đơn");
        }
    }

    @Test
    void theRegisterAndTheOutlineDraft() throws Exception {
        mvc.perform(get("/api/v1/reports/document-register" + q(f.commune))
                        .with(httpBasic(f.communeReporter, ReportFixture.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(4))
                .andExpect(jsonPath("$.groups[0].rows[0].numberSymbol").value("04-KH/ĐU"))
                .andExpect(jsonPath("$.findings[?(@.code == 'DOCUMENT_DATE_IMPOSSIBLE')].records[0]")
                        .value("/documents/" + f.d4AfterClosure));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(file("document-register", "docx", f.commune)))) {
            assertThat(doc.getTables().get(1).getText()).contains("05-TB/ĐU").contains("15/TB-UBND");
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(file("outline", "docx", f.commune)))) {
            List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            String all = String.join("\n", paragraphs);
            assertThat(all).contains("I. ĐẶC ĐIỂM TÌNH HÌNH VÀ TỔ CHỨC SƠ KẾT")
                    .contains("Tổ chức 02 cuộc hội nghị, lớp tập huấn").contains("với 60 lượt cán bộ")
                    .contains("Ban hành 04 văn bản").contains("tổ chức 02 cuộc kiểm tra, giám sát")
                    .contains("Số cuộc tiếp dân định kỳ: 01 cuộc; số lượt công dân được tiếp: 08")
                    .contains("tỷ lệ giải quyết trong thời hạn: 83,3%")
                    .contains("Đối thoại trực tiếp với dân: 0 hội nghị đối thoại, trong đó 0 hội nghị định kỳ")
                    .contains("Xử lý vi phạm của người phản ánh, kiến nghị, khiếu nại, tố cáo: 01 trường hợp")
                    .contains("IV. NHIỆM VỤ, GIẢI PHÁP VÀ KIẾN NGHỊ, ĐỀ XUẤT")
                    .contains("Từ ngày 01/01/2023 đến ngày 31/12/2023");
            assertThat(all.indexOf("I. ĐẶC ĐIỂM")).isLessThan(all.indexOf("II. KẾT QUẢ"));
            assertThat(all.indexOf("2.3. Kết quả xử lý")).isLessThan(all.indexOf("III. TỒN TẠI"));
            assertThat(doc.getParagraphs().stream().filter(p -> p.getText().startsWith("(Phần này"))
                    .allMatch(p -> p.getRuns().get(0).isItalic())).isTrue();
            // letterhead, Phụ lục 1, 2, 3 and the Biểu tổng hợp
            assertThat(doc.getTables()).hasSize(5);
            assertThat(doc.getTables().get(2).getText()).contains("Số cuộc tiếp dân");
        }
    }

    @Test
    void theScreenLinksAFigureToItsRecordsAndShowsABadDateBesideItsField() throws Exception {
        var reporter = user(users.loadUserByUsername(f.communeReporter));
        String page = mvc.perform(get("/reports/appendix-2").param("unit", String.valueOf(f.commune))
                        .param("from", "01/01/2023").param("to", "31/12/2023").with(reporter))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // The figures come with the page; the cross-checks are asked for after them (issue 22).
        assertThat(page).contains("/reports/appendix-2/cells/7.settled/COMMUNE?unit=" + f.commune)
                .contains("id=\"findings-loading\"").contains("/reports/appendix-2/findings?unit=" + f.commune)
                .doesNotContain("SESSION_WITHOUT_HOST").contains("chart-month");
        String findings = mvc.perform(get("/reports/appendix-2/findings").param("unit", String.valueOf(f.commune))
                        .param("from", "01/01/2023").param("to", "31/12/2023").with(reporter))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(findings).contains("id=\"findings\"").contains("SESSION_WITHOUT_HOST")
                .contains("không có người chủ trì").doesNotContain("<html");
        mvc.perform(get("/reports/appendix-2/findings").param("unit", String.valueOf(f.province))
                        .param("from", "01/01/2023").param("to", "31/12/2023").with(reporter))
                .andExpect(status().isForbidden());
        String records = mvc.perform(get("/reports/appendix-2/cells/7.settled/COMMUNE")
                        .param("unit", String.valueOf(f.commune)).param("from", "01/01/2023").param("to", "31/12/2023")
                        .with(reporter))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(records).contains("href=\"/cases/" + f.k1Settled + "\"").contains("href=\"/cases/" + f.k7InOld + "\"")
                .contains("Có 4 hồ sơ.");
        String bad = mvc.perform(get("/reports/appendix-2").param("unit", String.valueOf(f.commune))
                        .param("from", "30/02/2023").param("to", "31/12/2023").with(reporter))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("id=\"from-error\"").contains("Ngày 30/02/2023 không hợp lệ")
                .doesNotContain("id=\"report-table\"");
        mvc.perform(get("/reports/appendix-2/charts").param("unit", String.valueOf(f.commune))
                        .param("from", "01/01/2023").param("to", "31/12/2023").with(reporter))
                .andExpect(status().isOk()).andExpect(jsonPath("$.months[0]").value("2023-01"))
                .andExpect(jsonPath("$.byMonth[0].data[2]").value(1));
    }
}
