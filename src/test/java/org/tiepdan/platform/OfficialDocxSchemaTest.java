package org.tiepdan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Every building block of {@link OfficialDocx}, in one file, opened by a strict reader. */
class OfficialDocxSchemaTest {

    static byte[] everyBlock(boolean landscape, boolean party) {
        try (OfficialDocx doc = new OfficialDocx(landscape)) {
            doc.letterhead(party
                    ? new OfficialDocx.Letterhead("Đảng bộ tỉnh Hà Tĩnh", "Đảng ủy xã Kỳ Thượng", "Số 12-TB/ĐU",
                            "ĐẢNG CỘNG SẢN VIỆT NAM", null, "Kỳ Thượng, ngày 05 tháng 3 năm 2026")
                    : new OfficialDocx.Letterhead(null, "Ủy ban nhân dân xã Kỳ Thượng", "Số: 12/TB-UBND",
                            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", null));
            doc.title("THÔNG BÁO");
            doc.centered("Về việc tiếp công dân", true);
            doc.heading("I. KẾT QUẢ");
            doc.paragraph("Nội dung.");
            doc.paragraph("");
            doc.hint("(ghi bằng tay)");
            doc.labelled("Người nhận", null);
            doc.table(new String[] {"STT", "Nội dung", "Ghi chú"},
                    List.of(new String[] {"1", "Dòng một\nDòng hai", ""}, new String[] {"2", null, "x"}), 11);
            doc.table(new String[] {"Trống"}, List.of(), 11);
            doc.signature(List.of("- Như trên;", "- Lưu: VT."), "Nơi nhận:", "T/M Đảng ủy", "Nguyễn Văn A");
            doc.signature(List.of(), null, null, null);
            doc.signatures("Người khiếu nại", "Trần Thị B", "Người tiếp", "");
            return doc.bytes();
        }
    }

    @Test
    void everyBlockValidatesAgainstTheSchemaAndHasWhatStrictReadersNeed() {
        for (boolean landscape : new boolean[] {false, true}) {
            for (boolean party : new boolean[] {false, true}) {
                assertThat(OoxmlChecks.docxProblems(everyBlock(landscape, party))).isEmpty();
            }
        }
    }
}
