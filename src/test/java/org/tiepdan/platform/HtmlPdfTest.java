package org.tiepdan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class HtmlPdfTest {

    @Test
    void vietnameseTextSurvivesTheRoundTrip() throws Exception {
        String text = "Giấy biên nhận đơn phản ánh, kiến nghị — Đảng ủy xã Kỳ Thượng, ngày 08 tháng 4 năm 2026";
        byte[] pdf = HtmlPdf.render("<html><head><style>@page { size: A4; } body { font-family: serif; }</style>"
                + "</head><body><h1>Biên nhận</h1><p>" + text + "<br></p></body></html>");
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (var doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " ")).contains(text);
        }
    }
}
