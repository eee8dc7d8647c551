package org.tiepdan.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tiepdan.platform.DomainException;

class LunarCalendarTest {

    /** Tết (mùng 1 tháng Giêng) and Giỗ Tổ Hùng Vương (10/3 âm lịch), from the official schedules. */
    @ParameterizedTest
    @CsvSource({
        "2019, 2019-02-05, 2019-04-14",
        "2020, 2020-01-25, 2020-04-02",
        "2021, 2021-02-12, 2021-04-21",
        "2022, 2022-02-01, 2022-04-10",
        "2023, 2023-01-22, 2023-04-29",
        "2024, 2024-02-10, 2024-04-18",
        "2025, 2025-01-29, 2025-04-07",
        "2026, 2026-02-17, 2026-04-26",
        "2027, 2027-02-06, 2027-04-16",
    })
    void tetAndHungKings(int year, LocalDate tet, LocalDate hungKings) {
        assertThat(LunarDate.tet(year)).isEqualTo(tet);
        assertThat(LunarDate.of(tet)).isEqualTo(new LunarDate(year, 1, 1, false));
        assertThat(LunarDate.of(year, 3, 10, false).toSolar()).isEqualTo(hungKings);
        assertThat(LunarDate.of(hungKings)).isEqualTo(new LunarDate(year, 3, 10, false));
    }

    /** Years where the Vietnamese calendar (UTC+7) and the Chinese one (UTC+8) disagree on Tết. */
    @ParameterizedTest
    @CsvSource({
        "1985, 1985-01-21",   // China: 20/02/1985
        "2007, 2007-02-17",   // China: 18/02/2007
    })
    void vietnameseNotChinese(int year, LocalDate tet) {
        assertThat(LunarDate.tet(year)).isEqualTo(tet);
    }

    @Test
    void leapMonths() {
        // 2020 had a leap 4th month, 2023 a leap 2nd month, 2025 a leap 6th month.
        assertThat(LunarDate.leapMonthOf(2020)).isEqualTo(4);
        assertThat(LunarDate.leapMonthOf(2023)).isEqualTo(2);
        assertThat(LunarDate.leapMonthOf(2025)).isEqualTo(6);
        assertThat(LunarDate.leapMonthOf(2024)).isZero();
        assertThat(LunarDate.monthsInYear(2025)).isEqualTo(13);
        // 25/07/2025 is the first day of the leap 6th month of Ất Tỵ.
        assertThat(LunarDate.of(LocalDate.of(2025, 7, 25))).isEqualTo(new LunarDate(2025, 6, 1, true));
        assertThat(LunarDate.of(2025, 6, 1, true).toSolar()).isEqualTo(LocalDate.of(2025, 7, 25));
        assertThat(LunarDate.of(2025, 3, 10, false).toSolar()).isEqualTo(LocalDate.of(2025, 4, 7));
    }

    @Test
    void apiExample() {
        assertThat(LunarDate.of(2025, 3, 10, false).toSolar()).isEqualTo(LocalDate.of(2025, 4, 7));
        assertThat(LunarDate.of(LocalDate.of(2025, 1, 29))).isEqualTo(new LunarDate(2025, 1, 1, false));
    }

    @Test
    void rejectsWhatDoesNotExist() {
        assertThatThrownBy(() -> LunarDate.of(2024, 4, 1, true))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("leapMonth"));
        assertThatThrownBy(() -> LunarDate.of(2025, 13, 1, false))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("month"));
        assertThatThrownBy(() -> LunarDate.of(2025, 1, 31, false))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("day"));
        assertThatThrownBy(() -> LunarDate.of(LocalDate.of(1899, 12, 31)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("date"));
        assertThatThrownBy(() -> LunarDate.of(2101, 1, 1, false))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("year"));
    }
}
