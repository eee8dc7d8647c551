package org.tiepdan.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.tiepdan.FullStackTest;
import org.tiepdan.account.Accounts;
import org.tiepdan.account.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

@FullStackTest
class DocumentImportApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;
    @Autowired
    ObjectMapper json;

    long unit;
    String user;

    @BeforeEach
    void setUp() {
        unit = TestUnits.create(jdbc, "PARTY_COMMITTEE", "COMMUNE", "Đảng ủy xã Nhập Sổ", null);
        user = "nhapso" + System.nanoTime();
        accounts.createUser(user, "Người Nhập Sổ", "MatKhau2026", Role.REPORTER, unit);
    }

    byte[] seed() throws Exception {
        return new ClassPathResource("documents/register-ky-thuong.csv").getContentAsByteArray();
    }

    JsonNode post(byte[] content, String name, boolean dryRun) throws Exception {
        String body = mvc.perform(multipart("/api/v1/documents/import").file(new MockMultipartFile("file", name,
                        "text/csv", content))
                        .param("unit", String.valueOf(unit)).param("dryRun", String.valueOf(dryRun))
                        .with(httpBasic(user, "MatKhau2026")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(body);
    }

    long documents() {
        return jdbc.sql("select count(*) from issued_document where unit_id = ?").param(unit).query(Long.class).single();
    }

    static JsonNode finding(JsonNode report, int row, String code) {
        for (JsonNode f : report.get("findings")) {
            if (f.get("row").asInt() == row && f.get("code").asString().equals(code)) {
                return f;
            }
        }
        throw new AssertionError("no " + code + " on row " + row + " in " + report);
    }

    static List<Integer> related(JsonNode finding) {
        return finding.get("related").valueStream().map(JsonNode::asInt).toList();
    }

    @Test
    void dryRunOfTheSeedRegisterReportsItsErrorsWithRowsAndWritesNothing() throws Exception {
        JsonNode report = post(seed(), "so-van-ban.csv", true);
        assertThat(report.get("rows").asInt()).isEqualTo(57);
        assertThat(report.get("imported").asInt()).isZero();

        JsonNode badDate = finding(report, 49, "INVALID_DATE");
        assertThat(badDate.get("severity").asString()).isEqualTo("ERROR");
        assertThat(badDate.get("message").asString()).contains("04/082023").contains("không hợp lệ");

        assertThat(related(finding(report, 25, "DUPLICATE_NUMBER"))).containsExactly(26);
        assertThat(related(finding(report, 26, "DUPLICATE_NUMBER"))).containsExactly(25);
        assertThat(related(finding(report, 37, "DUPLICATE_NUMBER"))).containsExactly(38);
        assertThat(finding(report, 38, "DUPLICATE_NUMBER").get("message").asString()).contains("84-TB/ĐU");

        JsonNode gap = finding(report, 47, "SEQUENCE_GAP");
        assertThat(gap.get("severity").asString()).isEqualTo("WARNING");
        assertThat(gap.get("message").asString()).contains("46");

        JsonNode order = finding(report, 35, "DATE_ORDER");
        assertThat(order.get("severity").asString()).isEqualTo("WARNING");
        assertThat(related(order)).containsExactly(34);

        JsonNode month = finding(report, 26, "SUMMARY_DATE_MISMATCH");
        assertThat(month.get("severity").asString()).isEqualTo("WARNING");
        assertThat(month.get("message").asString()).contains("tháng 7").contains("26/09/2022");
        finding(report, 11, "SUMMARY_DATE_MISMATCH");

        JsonNode spaces = finding(report, 2, "NUMBER_FORMAT");
        assertThat(spaces.get("severity").asString()).isEqualTo("INFO");
        assertThat(spaces.get("message").asString()).contains("04-KH/ĐU");

        // Good rows carry no finding.
        assertThat(report.get("findings").valueStream().filter(f -> f.get("row").asInt() == 3)).isEmpty();
        assertThat(documents()).isZero();
    }

    @Test
    void importWritesTheValidRowsOnceAuditsTheChecksumAndReimportCreatesNothing() throws Exception {
        JsonNode first = post(seed(), "so-van-ban.csv", false);
        // Rejected: 49 (date); 25/26 and 37/38 (same number); 11/15 and 12/17 (23-TB and 25-TB reused in the 2020-2025 term).
        assertThat(first.get("imported").asInt()).isEqualTo(48);
        assertThat(documents()).isEqualTo(48);
        assertThat(jdbc.sql("select count(*) from issued_document where unit_id = ? and number_symbol = '04-KH/ĐU'")
                .param(unit).query(Long.class).single()).isEqualTo(1);
        String sha = jdbc.sql("select import_sha256 from issued_document where unit_id = ? limit 1").param(unit)
                .query(String.class).single();
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'IMPORT' and unit_id = ? and summary like ?")
                .params(unit, "%sha256=" + sha + "%").query(Long.class).single()).isEqualTo(1);

        JsonNode again = post(seed(), "so-van-ban.csv", false);
        assertThat(again.get("imported").asInt()).isZero();
        assertThat(documents()).isEqualTo(48);
        assertThat(finding(again, 1, "ALREADY_PRESENT").get("severity").asString()).isEqualTo("INFO");
    }

    @Test
    void xlsxWithTheSameColumnsIsRead() throws Exception {
        byte[] xlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("Sổ");
            Object[][] rows = {{"STT", "Số hiệu", "Cơ quan ban hành", "Trích yếu", "Ngày ban hành"},
                    {1, "21-QĐ/ĐU", "Đảng ủy", "Ban hành nội quy tiếp công dân", "25/01/2020"},
                    {2, "06-KH/ĐU", "Đảng ủy", "Kế hoạch tiếp xúc với người đứng đầu cấp ủy năm 2021", "30/02/2021"}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < 5; c++) {
                    if (rows[r][c] instanceof Integer i) {
                        row.createCell(c).setCellValue(i);
                    } else {
                        row.createCell(c).setCellValue((String) rows[r][c]);
                    }
                }
            }
            wb.write(out);
            xlsx = out.toByteArray();
        }
        JsonNode report = post(xlsx, "so.xlsx", false);
        assertThat(report.get("rows").asInt()).isEqualTo(2);
        assertThat(report.get("imported").asInt()).isEqualTo(1);
        assertThat(finding(report, 2, "INVALID_DATE").get("message").asString()).contains("30/02/2021");
    }

    @Test
    void aWrongHeaderIsRefusedInVietnamese() throws Exception {
        String body = mvc.perform(multipart("/api/v1/documents/import")
                        .file(new MockMultipartFile("file", "x.csv", "text/csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)))
                        .param("unit", String.valueOf(unit)).param("dryRun", "true").with(httpBasic(user, "MatKhau2026")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("STT,Số hiệu,Cơ quan ban hành,Trích yếu,Ngày ban hành");
    }

    @Test
    void anotherUnitsReporterMayNotImport() throws Exception {
        long other = TestUnits.create(jdbc, "PARTY_COMMITTEE", "COMMUNE", "Đảng ủy xã Khác", null);
        mvc.perform(multipart("/api/v1/documents/import").file(new MockMultipartFile("file", "x.csv", "text/csv", seed()))
                        .param("unit", String.valueOf(other)).param("dryRun", "true").with(httpBasic(user, "MatKhau2026")))
                .andExpect(status().isForbidden());
        assertThat(Map.of()).isEmpty();
    }
}
