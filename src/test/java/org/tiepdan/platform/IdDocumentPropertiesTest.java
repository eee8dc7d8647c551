package org.tiepdan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Properties of the identity document parser (LAW.md, "Identity documents"). */
class IdDocumentPropertiesTest {

    @Provide
    Arbitrary<String> provinceCodes() {
        return Arbitraries.of(IdDocumentKind.PROVINCE_CODES);
    }

    @Provide
    Arbitrary<String> cccds() {
        return Combinators.combine(provinceCodes(), Arbitraries.strings().numeric().ofLength(9)).as(String::concat);
    }

    @Provide
    Arbitrary<String> passports() {
        Arbitrary<Character> letter = Arbitraries.chars().range('A', 'Z');
        Arbitrary<String> rest = Arbitraries.strings().withCharRange('A', 'Z').numeric().ofMinLength(5).ofMaxLength(8);
        return Combinators.combine(letter, rest, Arbitraries.integers().between(0, 8))
                .as((l, r, at) -> {
                    StringBuilder b = new StringBuilder(r);
                    b.insert(Math.min(at, r.length()), l);
                    return b.toString();
                });
    }

    @Provide
    Arbitrary<IdDocument> documents() {
        return Arbitraries.oneOf(
                cccds().map(n -> new IdDocument(IdDocumentKind.CCCD, n)),
                cccds().map(n -> new IdDocument(IdDocumentKind.PERSONAL_ID, n)),
                Arbitraries.strings().numeric().ofLength(9).map(n -> new IdDocument(IdDocumentKind.CMND, n)),
                passports().map(n -> new IdDocument(IdDocumentKind.PASSPORT, n)));
    }

    @Property
    void anIssuedProvinceCodeWithAnyNineDigitsIsAValidCccdAndPersonalId(@ForAll("cccds") String number) {
        assertThat(IdDocument.tryParse(IdDocumentKind.CCCD, number)).contains(new IdDocument(IdDocumentKind.CCCD, number));
        assertThat(IdDocument.tryParse(IdDocumentKind.PERSONAL_ID, number)).isPresent();
        assertThat(IdDocument.tryParse(null, number)).map(IdDocument::kind).contains(IdDocumentKind.CCCD);
    }

    @Property
    void aProvinceCodeThatWasNeverIssuedIsRefused(@ForAll @IntRange(min = 0, max = 999) int code,
            @ForAll @NumericChars @StringLength(9) String rest) {
        String province = String.format("%03d", code);
        boolean issued = IdDocumentKind.PROVINCE_CODES.contains(province);
        assertThat(IdDocumentKind.CCCD.accepts(province + rest)).isEqualTo(issued);
        assertThat(IdDocumentKind.PERSONAL_ID.accepts(province + rest)).isEqualTo(issued);
        if (code == 0 || code > 96) {
            assertThat(issued).isFalse();
        }
    }

    @Property
    void digitsOfAnotherLengthAreRefusedByEveryNumericKind(@ForAll @NumericChars @StringLength(min = 1, max = 20) String n) {
        if (n.length() != 12) {
            assertThat(IdDocumentKind.CCCD.accepts(n)).isFalse();
            assertThat(IdDocumentKind.PERSONAL_ID.accepts(n)).isFalse();
        }
        assertThat(IdDocumentKind.CMND.accepts(n)).isEqualTo(n.length() == 9);
        if (n.length() != 9 && n.length() != 12) {
            assertThat(IdDocument.tryParse(null, n)).isEmpty();
        }
    }

    @Property
    void aNonDigitAnywhereIsRefusedByTheCardKinds(@ForAll("cccds") String cccd,
            @ForAll @IntRange(min = 0, max = 11) int position, @ForAll("nonDigits") char c) {
        StringBuilder b = new StringBuilder(cccd);
        b.setCharAt(position, c);
        assertThat(IdDocument.tryParse(IdDocumentKind.CCCD, b.toString())).isEmpty();
        assertThat(IdDocument.tryParse(IdDocumentKind.PERSONAL_ID, b.toString())).isEmpty();
        StringBuilder cmnd = new StringBuilder(cccd.substring(3));
        cmnd.setCharAt(position % 9, c);
        assertThat(IdDocument.tryParse(IdDocumentKind.CMND, cmnd.toString())).isEmpty();
    }

    @Provide
    Arbitrary<Character> nonDigits() {
        return Arbitraries.chars().filter(ch -> (ch < '0' || ch > '9') && !Character.isWhitespace(ch)
                && ch != '.');
    }

    @Property
    void passportsAreSixToNineLettersAndDigits(@ForAll("passports") String number) {
        assertThat(IdDocument.tryParse(IdDocumentKind.PASSPORT, number)).isPresent();
        assertThat(IdDocument.tryParse(IdDocumentKind.PASSPORT, number.toLowerCase())).map(IdDocument::number)
                .contains(number);
        assertThat(IdDocument.tryParse(IdDocumentKind.CCCD, number)).isEmpty();
        assertThat(IdDocument.tryParse(IdDocumentKind.CMND, number)).isEmpty();
    }

    @Property
    void aPassportOfAnotherLengthOrWithAnotherSignIsRefused(
            @ForAll @StringLength(min = 0, max = 20) String any) {
        String n = IdDocument.normalise(any);
        boolean ok = n != null && n.length() >= 6 && n.length() <= 9 && n.chars().allMatch(
                ch -> (ch >= '0' && ch <= '9') || (ch >= 'A' && ch <= 'Z'));
        assertThat(IdDocument.tryParse(IdDocumentKind.PASSPORT, any).isPresent()).isEqualTo(ok);
    }

    @Property
    void inferringTheKindOfAFormattedNumberGivesItBack(@ForAll("documents") IdDocument doc) {
        IdDocumentKind expected = doc.kind() == IdDocumentKind.PERSONAL_ID ? IdDocumentKind.CCCD : doc.kind();
        assertThat(IdDocument.infer(doc.format())).contains(expected);
        assertThat(IdDocument.tryParse(doc.kind(), doc.format())).contains(doc);
        assertThat(IdDocument.tryParse(null, doc.format())).map(IdDocument::number).contains(doc.number());
    }

    @Property
    void spacesAndDotsBetweenGroupsAreIgnoredButAHyphenIsRefused(@ForAll("documents") IdDocument doc) {
        String n = doc.number();
        String spaced = " " + n.substring(0, 3) + " " + n.substring(3, 4) + "." + n.substring(4) + " ";
        assertThat(IdDocument.tryParse(doc.kind(), spaced)).contains(doc);
        assertThat(IdDocument.tryParse(doc.kind(), n.substring(0, 3) + "-" + n.substring(3))).isEmpty();
    }

    @Property
    void anyStringEitherParsesToAValidDocumentOrIsRefused(@ForAll String any,
            @ForAll IdDocumentKind kind) {
        IdDocument.tryParse(kind, any).ifPresent(d -> assertThat(d.kind().accepts(d.number())).isTrue());
        IdDocument.tryParse(null, any).ifPresent(d -> assertThat(IdDocument.infer(any)).contains(d.kind()));
    }

    @Test
    void parseRefusesWithTheCallersCodeAndFieldAndIgnoresABlankNumber() {
        assertThat(IdDocument.parse(IdDocumentKind.PASSPORT, "  ", "x-invalid", "f")).isNull();
        assertThatThrownBy(() -> IdDocument.parse(IdDocumentKind.CMND, "079123456789", "x-invalid", "f"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("x-invalid");
                    assertThat(e.field()).isEqualTo("f");
                });
        assertThat(IdDocument.parse(null, "B1234567", "x", "f")).isEqualTo(new IdDocument(IdDocumentKind.PASSPORT, "B1234567"));
        assertThat(new IdDocument(IdDocumentKind.CCCD, "079123456789").toString()).doesNotContain("079");
    }

    @Test
    void kindsAreNamedByConstantOrByTheirVietnameseName() {
        assertThat(IdDocumentKind.named("cccd")).contains(IdDocumentKind.CCCD);
        assertThat(IdDocumentKind.named("personal-id")).contains(IdDocumentKind.PERSONAL_ID);
        assertThat(IdDocumentKind.named("Hộ chiếu")).contains(IdDocumentKind.PASSPORT);
        assertThat(IdDocumentKind.named("Căn cước công dân")).contains(IdDocumentKind.CCCD);
        assertThat(IdDocumentKind.named("số định danh cá nhân")).contains(IdDocumentKind.PERSONAL_ID);
        assertThat(IdDocumentKind.named("chứng minh nhân dân")).contains(IdDocumentKind.CMND);
        assertThat(IdDocumentKind.named("bằng lái")).isEmpty();
        assertThat(IdDocumentKind.named(" ")).isEmpty();
    }
}
