package org.tiepdan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * Properties of the one phone and e-mail rule ({@link Contacts}) used by the visit form, petition
 * intake, the public site and Open311 (issue 19: intake took "xyz" that the visit form refused).
 */
class ContactsPropertiesTest {

    @Provide
    Arbitrary<String> phones() {
        return Arbitraries.strings().numeric().ofMinLength(8).ofMaxLength(15);
    }

    /** A number typed with the separators people use between groups. */
    @Provide
    Arbitrary<String> typedPhones() {
        return Combinators.combine(phones(), Arbitraries.of(" ", ".", "-", ""), Arbitraries.of("", "+"))
                .as((digits, sep, plus) -> plus + String.join(sep, digits.split("(?<=\\G.{3})")));
    }

    @Property
    void anyEightToFifteenDigitsWithOrWithoutSeparatorsIsAPhoneAndNormalisesToItsDigits(
            @ForAll("typedPhones") String typed) {
        assertThat(Contacts.isPhone(typed)).isTrue();
        assertThat(Contacts.normalisePhone(typed)).matches("\\+?[0-9]{8,15}");
        assertThat(Contacts.isPhone(Contacts.normalisePhone(typed))).isTrue();
    }

    @Property
    void aPhoneWithALetterIsRefused(@ForAll("phones") String digits, @ForAll @AlphaChars @StringLength(min = 1, max = 3)
            String letters) {
        assertThat(Contacts.isPhone(digits + letters)).isFalse();
        assertThat(Contacts.isPhone(letters + digits)).isFalse();
    }

    @Property
    void tooFewOrTooManyDigitsAreRefused(@ForAll("phones") String digits) {
        assertThat(Contacts.isPhone(digits.substring(0, 7))).isFalse();
        assertThat(Contacts.isPhone(digits + "1234567890".substring(0, 16 - digits.length()))).isFalse();
    }

    @Provide
    Arbitrary<String> emails() {
        Arbitrary<String> local = Arbitraries.strings().alpha().numeric().withChars("._+-").ofMinLength(1).ofMaxLength(64);
        Arbitrary<String> label = Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(20);
        return Combinators.combine(local, label, label).as((l, d, tld) -> l + "@" + d + "." + tld);
    }

    @Property
    void aLocalPartAnAtAndADottedDomainIsAnEmailAddress(@ForAll("emails") String email) {
        assertThat(Contacts.isEmail(email)).isTrue();
        assertThat(Contacts.isEmail(" " + email + " ")).isTrue();
        assertThat(Contacts.isEmail(email.replace("@", ""))).isFalse();
        assertThat(Contacts.isEmail(email.replace("@", " @"))).isFalse();
        assertThat(Contacts.isEmail(email.substring(0, email.lastIndexOf('.')))).isFalse();
    }

    @Property
    void anAddressLongerThanTheSmtpLimitIsRefused(@ForAll("emails") String email) {
        int dot = email.lastIndexOf('.');
        String longer = email.substring(0, dot) + "." + "d".repeat(Contacts.EMAIL_MAX) + email.substring(dot);
        assertThat(Contacts.isEmail(longer.replace("d".repeat(Contacts.EMAIL_MAX), "d"))).isTrue();
        assertThat(Contacts.isEmail(longer)).isFalse();
    }

    @Test
    void whatTheIssueFoundIsRefusedEverywhereAndBlankIsNotChecked() {
        assertThat(Contacts.isPhone("xyz")).isFalse();
        assertThatThrownBy(() -> Contacts.checkPhone("xyz", "petition-phone-invalid", "phone"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("phone"));
        Contacts.checkPhone("  ", "x", "phone");
        Contacts.checkEmail(null, "x", "email");
        assertThat(Contacts.isPhone("0912 345 678")).isTrue();
        assertThat(Contacts.isPhone("+84 912.345.678")).isTrue();
        assertThat(Contacts.normaliseEmail(" An@Example.VN ")).isEqualTo("An@example.vn");
    }
}
