package org.tiepdan.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

class NumberSymbolTest {

    static final Map<String, String> TYPES = Map.of("QĐ", "QĐ", "KH", "KH", "TB", "TB", "BC", "BC", "GM", "GM",
            "CV", "CV", "QĐI", "QĐi", "TTR", "TTr");

    @Test
    void partyAndStateFormsParseWithTheirType() {
        assertThat(NumberSymbol.parse("48-TB/ĐU", TYPES).orElseThrow())
                .extracting(NumberSymbol::seq, NumberSymbol::typeCode, NumberSymbol::partyStyle, NumberSymbol::straySpaces)
                .containsExactly(48, "TB", true, false);
        assertThat(NumberSymbol.parse("21-QĐ/ĐU", TYPES).orElseThrow().typeCode()).isEqualTo("QĐ");
        assertThat(NumberSymbol.parse("11-QĐi/TW", TYPES).orElseThrow().typeCode()).isEqualTo("QĐi");
        assertThat(NumberSymbol.parse("125/UBND-TTr", TYPES).orElseThrow())
                .extracting(NumberSymbol::seq, NumberSymbol::typeCode, NumberSymbol::partyStyle)
                .containsExactly(125, "CV", false);
        assertThat(NumberSymbol.parse("25/2019/QĐ-UBND", TYPES).orElseThrow().typeCode()).isEqualTo("QĐ");
        assertThat(NumberSymbol.parse("01/QĐ-SNV", TYPES).orElseThrow().typeCode()).isEqualTo("QĐ");
    }

    @Test
    void straySpacesOfTheSeedAreNormalisedAndReported() {
        NumberSymbol n = NumberSymbol.parse("04- KH/ĐU", TYPES).orElseThrow();
        assertThat(n.normalized()).isEqualTo("04-KH/ĐU");
        assertThat(n.straySpaces()).isTrue();
        assertThat(n.key()).isEqualTo(NumberSymbol.parse("4-KH/ĐU", TYPES).orElseThrow().key());
        assertThat(NumberSymbol.parse("10 -TB/ĐU", TYPES).orElseThrow().normalized()).isEqualTo("10-TB/ĐU");
        assertThat(NumberSymbol.parse("      28-KH/ĐU", TYPES).orElseThrow().straySpaces()).isFalse();
    }

    @Test
    void unknownTypesAndGarbage() {
        NumberSymbol odd = NumberSymbol.parse("12-XYZ/ĐU", TYPES).orElseThrow();
        assertThat(odd.knownType()).isFalse();
        assertThat(NumberSymbol.parse("TB/ĐU", TYPES)).isEmpty();
        assertThat(NumberSymbol.parse("số 48", TYPES)).isEmpty();
    }

    @Test
    void summaryMonthsAndYearsAgainstTheDate() {
        // Seed rows that contradict their date.
        assertThat(SummaryDates.check("Thông báo tiếp dân định kỳ tháng 7", LocalDate.of(2022, 9, 26))).isPresent();
        assertThat(SummaryDates.check("Thông báo tiếp dân định kỳ tháng 11 năm 2021", LocalDate.of(2020, 11, 8)))
                .get().extracting(SummaryDates.Contradiction::named).isEqualTo("tháng 11 năm 2021");
        assertThat(SummaryDates.check("Kế hoạch ... trên địa bàn xã năm 2022", LocalDate.of(2020, 1, 15))).isPresent();
        assertThat(SummaryDates.check("Thông báo tiếp công dân tháng 8/2023", LocalDate.of(2023, 9, 15))).isPresent();
        // Seed rows that are fine.
        assertThat(SummaryDates.check("Thông báo tiếp công dân định kỳ tháng 6 năm 2023", LocalDate.of(2023, 6, 12))).isEmpty();
        assertThat(SummaryDates.check("Thông báo tiếp công dân định kỳ tháng 03 ( lần 2)", LocalDate.of(2023, 2, 27))).isEmpty();
        assertThat(SummaryDates.check("Thông báo tiếp công dân định kỳ tháng 11( lần 2) năm 2023", LocalDate.of(2023, 11, 24))).isEmpty();
        assertThat(SummaryDates.check("Kế hoạch công tác tiếp công dân năm 2024", LocalDate.of(2023, 12, 20))).isEmpty();
        assertThat(SummaryDates.check("Thông báo tiếp dân định kỳ tháng 12", LocalDate.of(2022, 12, 8))).isEmpty();
    }

    @Test
    void datesAreStrict() {
        assertThat(DocumentRules.parseDate("30/02/2019")).isEmpty();
        assertThat(DocumentRules.parseDate("04/082023")).isEmpty();
        assertThat(DocumentRules.parseDate("8/05/2023")).contains(LocalDate.of(2023, 5, 8));
        assertThat(DocumentRules.parseDate("29/02/2020")).contains(LocalDate.of(2020, 2, 29));
    }

    @Test
    void partyTermsRunFromTheAnchor() {
        LocalDate anchor = LocalDate.of(2020, 7, 1);
        assertThat(NumberingPolicy.termStart(anchor, 5, LocalDate.of(2020, 6, 30))).isEqualTo(LocalDate.of(2015, 7, 1));
        assertThat(NumberingPolicy.termStart(anchor, 5, LocalDate.of(2020, 7, 1))).isEqualTo(anchor);
        assertThat(NumberingPolicy.termStart(anchor, 5, LocalDate.of(2025, 6, 30))).isEqualTo(anchor);
        assertThat(NumberingPolicy.termStart(anchor, 5, LocalDate.of(2025, 7, 1))).isEqualTo(LocalDate.of(2025, 7, 1));
    }
}
