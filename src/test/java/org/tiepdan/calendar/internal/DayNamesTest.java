package org.tiepdan.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class DayNamesTest {

    @Test
    void compilersRemarksBecomeVietnamese() {
        assertThat(DayNames.vietnamese("Tết Dương lịch (New Year) - 1 day, no swap")).isEqualTo("Tết Dương lịch");
        assertThat(DayNames.vietnamese("Giỗ Tổ Hùng Vương (10/3 âm lịch) - Sunday")).isEqualTo("Giỗ Tổ Hùng Vương (10/3 âm lịch)");
        assertThat(DayNames.vietnamese("Nghỉ hoán đổi dịp 30/4-1/5 (swapped with Sat 04/05/2019)"))
                .isEqualTo("Nghỉ hoán đổi dịp 30/4-1/5 (làm bù thứ Bảy 04/05/2019)");
        assertThat(DayNames.vietnamese("Nghỉ bù Tết (mùng 5; compensates mùng 2 on Sunday)")).isEqualTo("Nghỉ bù Tết (mùng 5)");
        assertThat(DayNames.vietnamese("Tết Nguyên đán - 29 tháng Chạp (last day of year, giao thừa) (PROJECTED)"))
                .isEqualTo("Tết Nguyên đán - 29 tháng Chạp (giao thừa)");
        assertThat(DayNames.vietnamese("Làm bù cho thứ Hai 29/04/2019 (Saturday worked)")).isEqualTo("Làm bù cho thứ Hai 29/04/2019");
        assertThat(DayNames.vietnamese("Ngày Văn hóa Việt Nam (24/11) - PENDING")).isEqualTo("Ngày Văn hóa Việt Nam (24/11)");
    }

    @Test
    void noShippedDayNameKeepsAnEnglishRemark() throws IOException {
        Pattern english = Pattern.compile("(?i)\\b(saturday|sunday|new year|compensat\\w*|swapped|projected|pending|worked|adjacent|day)\\b");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(DaysOffSeedMigration.RESOURCE)) {
            assertThat(DaysOffCsv.read(in)).allSatisfy(row -> assertThat(row.name()).doesNotContainPattern(english));
        }
    }
}
