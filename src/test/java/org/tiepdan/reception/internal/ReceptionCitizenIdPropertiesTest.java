package org.tiepdan.reception.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

/** Properties of the CCCD validator. */
class ReceptionCitizenIdPropertiesTest {

    @Provide
    Arbitrary<String> provinceCodes() {
        return Arbitraries.of(CitizenIdNumber.PROVINCE_CODES);
    }

    @Property
    void anIssuedProvinceCodeWithAnyNineDigitsIsValid(@ForAll("provinceCodes") String province,
            @ForAll @NumericChars @StringLength(9) String rest) {
        assertThat(CitizenIdNumber.isValid(province + rest)).isTrue();
    }

    @Property
    void aCodeThatWasNeverIssuedIsInvalid(@ForAll @IntRange(min = 0, max = 999) int code,
            @ForAll @NumericChars @StringLength(9) String rest) {
        String province = String.format("%03d", code);
        boolean issued = CitizenIdNumber.PROVINCE_CODES.contains(province);
        assertThat(CitizenIdNumber.isValid(province + rest)).isEqualTo(issued);
        if (code == 0 || code > 96) {
            assertThat(issued).isFalse();
        }
    }

    @Property
    void anyOtherLengthIsInvalid(@ForAll("provinceCodes") String province,
            @ForAll @NumericChars @StringLength(max = 20) String rest) {
        String number = province + rest;
        assertThat(CitizenIdNumber.isValid(number)).isEqualTo(number.length() == 12);
    }

    @Property
    void aNonDigitAnywhereIsInvalid(@ForAll("provinceCodes") String province,
            @ForAll @NumericChars @StringLength(9) String rest, @ForAll @IntRange(min = 0, max = 11) int position,
            @ForAll("nonDigits") char c) {
        StringBuilder number = new StringBuilder(province + rest);
        number.setCharAt(position, c);
        assertThat(CitizenIdNumber.isValid(number.toString())).isFalse();
    }

    @Provide
    Arbitrary<Character> nonDigits() {
        return Arbitraries.chars().filter(ch -> ch < '0' || ch > '9');
    }

    @Property
    void normalisingIgnoresSpacesAndDots(@ForAll("provinceCodes") String province,
            @ForAll @NumericChars @StringLength(9) String rest) {
        String spaced = province + " " + rest.substring(0, 3) + "." + rest.substring(3);
        assertThat(CitizenIdNumber.normalise(spaced)).isEqualTo(province + rest);
        assertThat(CitizenIdNumber.isValid(CitizenIdNumber.normalise(spaced))).isTrue();
    }
}
