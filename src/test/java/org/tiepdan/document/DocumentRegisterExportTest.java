package org.tiepdan.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tiepdan.FullStackTest;
import org.tiepdan.account.Accounts;
import org.tiepdan.account.Role;

@FullStackTest
class DocumentRegisterExportTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;
    @Autowired
    IssuedDocuments documents;

    @Test
    void theRegisterOfAUnitAndItsSubtreeAsWordAndExcel() throws Exception {
        long area = TestUnits.create(jdbc, "ADMINISTRATIVE_AREA", "COMMUNE", "Xã Xuất Biểu", null);
        long party = TestUnits.create(jdbc, "PARTY_COMMITTEE", "COMMUNE", "Đảng ủy xã Xuất Biểu", area);
        long ubnd = TestUnits.create(jdbc, "PEOPLES_COMMITTEE", "COMMUNE", "UBND xã Xuất Biểu", party);
        documents.register(new DocumentEntry(party, "06-KH/ĐU", "KH", null, "Đảng ủy",
                "Kế hoạch tiếp xúc với người đứng đầu cấp ủy năm 2021", "24/02/2021", null, Set.of("QĐ 11")));
        documents.register(new DocumentEntry(party, "21-QĐ/ĐU", "QĐ", null, "Đảng ủy",
                "Ban hành nội quy tiếp công dân", "25/01/2020", null, Set.of("QĐ 11")));
        documents.register(new DocumentEntry(ubnd, "125/UBND-VP", "CV", null, "UBND xã",
                "Về việc tiếp công dân định kỳ", "10/03/2021", null, Set.of("QĐ 11")));
        documents.register(new DocumentEntry(party, "07-KH/ĐU", "KH", null, "Đảng ủy",
                "Kế hoạch năm 2024", "10/01/2024", null, Set.of("QĐ 11")));
        String user = "bieu" + System.nanoTime();
        accounts.createUser(user, "Người Xem Biểu", "MatKhau2026", Role.VIEWER, party);

        byte[] docx = mvc.perform(get("/api/v1/documents/register.docx").param("unit", String.valueOf(party))
                        .param("from", "2019-01-01").param("to", "2023-12-31").with(httpBasic(user, "MatKhau2026")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getDocument().getBody().getSectPr().getPgSz().getOrient().toString()).isEqualTo("landscape");
            String header = doc.getTables().get(0).getText();
            assertThat(header).contains("ĐẢNG CỘNG SẢN VIỆT NAM").contains("Xuất Biểu").contains(", ngày ").doesNotContain("Xã Xuất");
            XWPFTable table = doc.getTables().get(1);
            List<String> numbers = table.getRows().stream().map(r -> r.getCell(1).getText()).toList();
            assertThat(table.getRow(0).getCell(3).getText()).isEqualTo("Trích yếu");
            assertThat(table.getRow(1).getCell(0).getText()).isEqualTo("I");
            assertThat(table.getRow(1).getCell(1).getText()).isEqualTo("Cấp ủy đảng");
            // Date order inside the group, then II Chính quyền with the subtree's UBND.
            assertThat(numbers).containsSubsequence("21-QĐ/ĐU", "06-KH/ĐU", "Chính quyền", "125/UBND-VP");
            assertThat(numbers).doesNotContain("07-KH/ĐU");
            assertThat(doc.getParagraphs().stream().anyMatch(p -> p.getText().equals("BIỂU TỔNG HỢP"))).isTrue();
        }

        byte[] xlsx = mvc.perform(get("/api/v1/documents/register.xlsx").param("unit", String.valueOf(party))
                        .param("from", "2019-01-01").param("to", "2023-12-31").with(httpBasic(user, "MatKhau2026")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Số hiệu");
            assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo("Cấp ủy đảng");
            assertThat(sheet.getRow(5).getCell(0).getNumericCellValue()).isEqualTo(1.0);
            assertThat(sheet.getRow(5).getCell(1).getStringCellValue()).isEqualTo("21-QĐ/ĐU");
            assertThat(sheet.getRow(5).getCell(4).getStringCellValue()).isEqualTo("25/01/2020");
            assertThat(sheet.getRow(6).getCell(1).getStringCellValue()).isEqualTo("06-KH/ĐU");
            assertThat(sheet.getRow(7).getCell(1).getStringCellValue()).isEqualTo("Chính quyền");
            assertThat(sheet.getRow(8).getCell(1).getStringCellValue()).isEqualTo("125/UBND-VP");
        }
    }

    /**
     * Issue #17: a 40,000-character summary was accepted, after which the unit's register.xlsx
     * answered 500 for good (an Excel cell holds 32,767 characters). The API now refuses it with the
     * field, and a summary already in the database (legacy rows) is cut with an ellipsis in Excel.
     */
    @Test
    void aHugeSummaryIsRefusedAndAnOldOneNeverBreaksTheExcelRegister() throws Exception {
        long area = TestUnits.create(jdbc, "ADMINISTRATIVE_AREA", "COMMUNE", "Xã Trích Yếu Dài", null);
        long party = TestUnits.create(jdbc, "PARTY_COMMITTEE", "COMMUNE", "Đảng ủy xã Trích Yếu Dài", area);
        String user = "dai" + System.nanoTime();
        accounts.createUser(user, "Người Ghi Sổ", "MatKhau2026", Role.REPORTER, party);
        String huge = "Trích yếu rất dài ".repeat(2300).substring(0, 40_000);

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/documents/issue")
                        .with(httpBasic(user, "MatKhau2026"))
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"unitId\": " + party + ", \"typeCode\": \"KH\", \"summary\": \"" + huge
                                + "\", \"issuedOn\": \"2024-03-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.code")
                        .value("invalid-input"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                        "$.errors[0].field").value("summary"));
        assertThat(jdbc.sql("select count(*) from issued_document where unit_id = ?").param(party)
                .query(Long.class).single()).isZero();

        // A row written before the limit existed (or by an import of an old register).
        IssuedDocumentView old = documents.issue(new IssueCommand(party, "KH", "Kế hoạch ngắn",
                java.time.LocalDate.of(2024, 3, 1), null, Set.of()));
        jdbc.sql("update issued_document set summary = ? where id = ?").params(huge, old.id()).update();
        byte[] xlsx = mvc.perform(get("/api/v1/documents/register.xlsx").param("unit", String.valueOf(party))
                        .param("from", "2024-01-01").param("to", "2024-12-31").with(httpBasic(user, "MatKhau2026")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            String cell = wb.getSheetAt(0).getRow(5).getCell(3).getStringCellValue();
            assertThat(cell).hasSize(32_767).startsWith("Trích yếu rất dài").endsWith("…");
        }
    }
}
