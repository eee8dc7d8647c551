package org.tiepdan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Totals are written with their values: a reader that does not recalculate still sees them. */
class OfficialXlsxTest {

    static XSSFWorkbook withTotal() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sheet = wb.createSheet("Biểu");
        for (int r = 0; r < 3; r++) {
            Row row = sheet.createRow(r);
            row.createCell(0).setCellValue(r + 1);
            row.createCell(1).setCellValue(10 * (r + 1));
            row.createCell(2).setCellFormula("SUM(A" + (r + 1) + ":B" + (r + 1) + ")");
        }
        sheet.createRow(3).createCell(2).setCellFormula("SUM(C1:C3)");
        wb.setForceFormulaRecalculation(true);
        return wb;
    }

    @Test
    void aWorkbookWrittenAsPoiLeavesItHasFormulasWithoutValues() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = withTotal()) {
            wb.write(out);
        }
        assertThat(OoxmlChecks.xlsxProblems(out.toByteArray())).hasSize(4).allMatch(p -> p.endsWith("no stored value"));
    }

    @Test
    void officialXlsxStoresEveryFormulasValue() throws IOException {
        byte[] bytes = OfficialXlsx.bytes(withTotal());
        assertThat(OoxmlChecks.formulaCount(bytes)).isEqualTo(4);
        assertThat(OoxmlChecks.xlsxProblems(bytes)).isEmpty();
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            // Read without evaluating: the stored value of the grand total.
            assertThat(read.getSheetAt(0).getRow(3).getCell(2).getNumericCellValue()).isEqualTo(66);
            assertThat(read.getForceFormulaRecalculation()).isTrue();
        }
    }
}
