package org.tiepdan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of the one reading of a typed date ({@link Dates#parse}), used by every form (issue 19). */
class DatesPropertiesTest {

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 200 * 366).map(d -> LocalDate.of(1900, 1, 1).plusDays(d));
    }

    @Property
    void everyDateReadsBackFromWhatIsShownAndFromIso(@ForAll("dates") LocalDate date) {
        assertThat(Dates.parse(Dates.format(date))).isEqualTo(date);
        assertThat(Dates.parse(" " + Dates.format(date) + " ")).isEqualTo(date);
        assertThat(Dates.parse(date.toString())).isEqualTo(date);
    }

    @Property
    void aDayPastTheEndOfItsMonthIsRefusedNeverRolledOver(@ForAll @IntRange(min = 1900, max = 2100) int year,
            @ForAll @IntRange(min = 1, max = 12) int month, @ForAll @IntRange(min = 1, max = 3) int past) {
        int day = YearMonth.of(year, month).lengthOfMonth() + past;
        String typed = String.format("%02d/%02d/%04d", day, month, year);
        assertThatThrownBy(() -> Dates.parse(typed)).isInstanceOf(DateTimeException.class);
    }

    @Property
    void aMonthOutsideOneToTwelveIsRefused(@ForAll @IntRange(min = 13, max = 99) int month) {
        assertThatThrownBy(() -> Dates.parse("01/" + month + "/2026")).isInstanceOf(DateTimeException.class);
    }
}
