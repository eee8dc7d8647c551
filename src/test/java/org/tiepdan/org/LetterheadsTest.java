package org.tiepdan.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tiepdan.FullStackTest;
import org.tiepdan.platform.OfficialDocx;
import org.tiepdan.platform.OfficialDocx.Letterhead;

/**
 * The top block by tier. Party committees (Hướng dẫn 36-HD/VPTW): the superior Party organisation
 * ("ĐẢNG BỘ TỈNH …", never a committee's name), the committee, "*", "Số 12-TB/ĐU"; a provincial
 * committee has no line above it. State bodies keep Nghị định 30/2020's heading and "Số: …".
 */
@FullStackTest
class LetterheadsTest {

    static final Locale VI = Locale.forLanguageTag("vi");
    static final LocalDate DAY = LocalDate.of(2026, 3, 5);

    @Autowired
    Letterheads letterheads;
    @Autowired
    OrgUnits units;

    record Tree(OrgUnitView province, OrgUnitView provinceCommittee, OrgUnitView commune, OrgUnitView communeCommittee,
            OrgUnitView district, OrgUnitView districtCommittee, OrgUnitView oldCommune, OrgUnitView oldCommuneCommittee,
            OrgUnitView branch, OrgUnitView communePeoples, OrgUnitView inspectorate) {
    }

    /** A fresh province with a commune, a former district with its commune, and their bodies. */
    Tree tree() {
        String n = String.valueOf(System.nanoTime());
        LocalDate from = LocalDate.of(2019, 1, 1);
        OrgUnitView province = area("Tỉnh Thử " + n, AdminTier.PROVINCE, null);
        OrgUnitView provinceCommittee = body("Tỉnh ủy Thử " + n, OrgUnitKind.PARTY_COMMITTEE, AdminTier.PROVINCE, province);
        OrgUnitView inspectorate = body("Thanh tra tỉnh Thử " + n, OrgUnitKind.INSPECTORATE, AdminTier.PROVINCE, province);
        body("Ủy ban nhân dân tỉnh Thử " + n, OrgUnitKind.PEOPLES_COMMITTEE, AdminTier.PROVINCE, province);
        OrgUnitView commune = area("Xã Thử " + n, AdminTier.COMMUNE, province);
        OrgUnitView communeCommittee = body("Đảng ủy xã Thử " + n, OrgUnitKind.PARTY_COMMITTEE, AdminTier.COMMUNE,
                commune);
        OrgUnitView communePeoples = body("Ủy ban nhân dân xã Thử " + n, OrgUnitKind.PEOPLES_COMMITTEE,
                AdminTier.COMMUNE, commune);
        OrgUnitView branch = body("Chi bộ thôn Thử " + n, OrgUnitKind.PARTY_COMMITTEE, AdminTier.COMMUNE,
                communeCommittee);
        OrgUnitView district = units.create(new NewOrgUnit("Huyện Cũ " + n, OrgUnitKind.ADMINISTRATIVE_AREA,
                AdminTier.DISTRICT, province.id(), null, from));
        OrgUnitView districtCommittee = body("Huyện ủy Cũ " + n, OrgUnitKind.PARTY_COMMITTEE, AdminTier.DISTRICT,
                district);
        OrgUnitView oldCommune = area("Xã Cũ " + n, AdminTier.COMMUNE, district);
        OrgUnitView oldCommuneCommittee = body("Đảng ủy xã Cũ " + n, OrgUnitKind.PARTY_COMMITTEE, AdminTier.COMMUNE,
                oldCommune);
        return new Tree(province, provinceCommittee, commune, communeCommittee, district, districtCommittee, oldCommune,
                oldCommuneCommittee, branch, communePeoples, inspectorate);
    }

    private OrgUnitView area(String name, AdminTier tier, OrgUnitView parent) {
        return units.create(new NewOrgUnit(name, OrgUnitKind.ADMINISTRATIVE_AREA, tier,
                parent == null ? null : parent.id(), null, LocalDate.of(2019, 1, 1)));
    }

    private OrgUnitView body(String name, OrgUnitKind kind, AdminTier tier, OrgUnitView parent) {
        return units.create(new NewOrgUnit(name, kind, tier, parent.id(), null, LocalDate.of(2019, 1, 1)));
    }

    private static String upper(OrgUnitView u) {
        return u.name().toUpperCase(VI);
    }

    @Test
    void aCommuneCommitteeNamesTheProvincesPartyOrganisationAboveItself() {
        Tree t = tree();
        Letterhead h = letterheads.of(t.communeCommittee().id(), "12-TB/ĐU", DAY);
        String bare = t.province().name().substring("Tỉnh ".length());
        assertThat(h.superior().toUpperCase(VI)).isEqualTo("ĐẢNG BỘ TỈNH " + bare.toUpperCase(VI));
        assertThat(h.superior()).doesNotContainIgnoringCase("ủy");
        assertThat(h.body()).isEqualTo(t.communeCommittee().name());
        assertThat(h.number()).isEqualTo("Số 12-TB/ĐU");
        assertThat(h.motto1()).isEqualTo("ĐẢNG CỘNG SẢN VIỆT NAM");
        assertThat(h.motto2()).isNull();
        assertThat(h.placeDate()).isEqualTo("Thử " + bare.substring("Thử ".length()) + ", ngày 05 tháng 3 năm 2026");
    }

    @Test
    void aFormerDistrictCommitteeAndItsCommunesNameTheOrganisationOneLevelUp() {
        Tree t = tree();
        assertThat(letterheads.of(t.districtCommittee().id(), "03-TB/HU", DAY).superior().toUpperCase(VI))
                .isEqualTo("ĐẢNG BỘ " + upper(t.province()));
        assertThat(letterheads.of(t.oldCommuneCommittee().id(), null, DAY).superior().toUpperCase(VI))
                .isEqualTo("ĐẢNG BỘ " + upper(t.district()));
    }

    @Test
    void aProvincialCommitteeHasNoLineAboveIt() {
        Tree t = tree();
        Letterhead h = letterheads.of(t.provinceCommittee().id(), "125-CV/TU", DAY);
        assertThat(h.superior()).isNull();
        assertThat(h.body()).isEqualTo(t.provinceCommittee().name());
        assertThat(h.number()).isEqualTo("Số 125-CV/TU");
    }

    @Test
    void aCommitteeUnderACommitteeNamesThatCommitteesOrganisation() {
        Tree t = tree();
        assertThat(letterheads.of(t.branch().id(), null, null).superior().toUpperCase(VI))
                .isEqualTo("ĐẢNG BỘ " + upper(t.commune()));
    }

    @Test
    void stateBodiesKeepTheNationalMottoAndTheColonAfterSo() {
        Tree t = tree();
        Letterhead commune = letterheads.of(t.communePeoples().id(), "12/TB-UBND", DAY);
        assertThat(commune.superior()).isNull();
        assertThat(commune.number()).isEqualTo("Số: 12/TB-UBND");
        assertThat(commune.motto1()).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        assertThat(commune.motto2()).isEqualTo("Độc lập - Tự do - Hạnh phúc");
        Letterhead inspectorate = letterheads.of(t.inspectorate().id(), null, DAY);
        assertThat(inspectorate.superior()).startsWith("Ủy ban nhân dân tỉnh Thử");
        assertThat(inspectorate.number()).isNull();
    }

    @Test
    void theDemoCommuneCommitteeReadsDangBoTinhHaTinhOverDangUyXaKyThuong() throws IOException {
        OrgUnitView commune = units.findAreaByCode("18844").orElseThrow();
        OrgUnitView committee = units.children(commune.id()).stream()
                .filter(u -> u.kind() == OrgUnitKind.PARTY_COMMITTEE && u.isOpen()).findFirst().orElseThrow();
        Letterhead h = letterheads.of(committee.id(), "12-TB/ĐU", DAY);
        try (OfficialDocx doc = new OfficialDocx(false)) {
            doc.letterhead(h);
            try (XWPFDocument read = new XWPFDocument(new ByteArrayInputStream(doc.bytes()))) {
                XWPFTableCell left = read.getTables().get(0).getRow(0).getCell(0);
                XWPFTableCell right = read.getTables().get(0).getRow(0).getCell(1);
                List<String> leftLines = lines(left);
                assertThat(leftLines).containsExactly("ĐẢNG BỘ TỈNH HÀ TĨNH", "ĐẢNG ỦY XÃ KỲ THƯỢNG", "*",
                        "Số 12-TB/ĐU");
                XWPFParagraph head = left.getParagraphs().get(0);
                assertThat(runWith(head, "ĐẢNG BỘ").isBold()).isFalse();
                assertThat(runWith(head, "ĐẢNG ỦY").isBold()).isTrue();
                XWPFRun motto = runWith(right.getParagraphs().get(0), "ĐẢNG CỘNG SẢN VIỆT NAM");
                assertThat(motto.isBold()).isTrue();
                assertThat(motto.getUnderline()).isEqualTo(UnderlinePatterns.SINGLE);
                XWPFRun date = runWith(right.getParagraphs().get(1), "ngày 05 tháng 3 năm 2026");
                assertThat(date.isItalic()).isTrue();
                assertThat(date.text()).isEqualTo("Kỳ Thượng, ngày 05 tháng 3 năm 2026");
            }
        }
    }

    /** The cell's text split at paragraphs and line breaks. */
    static List<String> lines(XWPFTableCell cell) {
        return cell.getParagraphs().stream()
                .flatMap(p -> java.util.Arrays.stream(p.getText().split("\n")))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static XWPFRun runWith(XWPFParagraph p, String text) {
        return p.getRuns().stream().filter(r -> r.text() != null && r.text().contains(text)).findFirst().orElseThrow();
    }
}
