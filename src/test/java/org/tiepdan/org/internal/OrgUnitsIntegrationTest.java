package org.tiepdan.org.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.tiepdan.FullStackTest;
import org.tiepdan.org.AdminTier;
import org.tiepdan.org.NewOrgUnit;
import org.tiepdan.org.OrgUnitChange;
import org.tiepdan.org.OrgUnitHierarchy;
import org.tiepdan.org.OrgUnitKind;
import org.tiepdan.org.OrgUnitMerge;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.platform.DomainException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@FullStackTest
class OrgUnitsIntegrationTest {

    @Autowired
    OrgUnits units;
    @Autowired
    OrgUnitHierarchy hierarchy;
    @Autowired
    CatalogueImporter importer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JsonMapper json;

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A fresh top-level territory, so that tests never touch each other's units. */
    private OrgUnitView testProvince() {
        return units.create(new NewOrgUnit("Tỉnh Thử Nghiệm " + unique(), OrgUnitKind.ADMINISTRATIVE_AREA,
                AdminTier.PROVINCE, null, null, LocalDate.of(2019, 1, 1)));
    }

    private OrgUnitView commune(OrgUnitView province, String name) {
        return units.create(new NewOrgUnit(name, OrgUnitKind.ADMINISTRATIVE_AREA, AdminTier.COMMUNE,
                province.id(), null, LocalDate.of(2019, 1, 1)));
    }

    private long auditRows(String action, long entityId) {
        return jdbc.sql("select count(*) from audit_entry where entity_type = 'OrgUnit' and action = ? "
                + "and entity_id = ?").params(action, String.valueOf(entityId)).query(Long.class).single();
    }

    // --- catalogue ---------------------------------------------------------------------------

    @Test
    void theShippedCatalogueIsLoadedOnStartup() {
        List<CatalogueFile.Entry> provinces = importer.parse(importer.shipped());
        assertThat(provinces).hasSize(34);
        assertThat(provinces.stream().mapToInt(p -> p.communes().size()).sum()).isEqualTo(3321);

        Set<String> provinceCodes = provinces.stream().map(CatalogueFile.Entry::code).collect(Collectors.toSet());
        Set<String> communeCodes = provinces.stream().flatMap(p -> p.communes().stream())
                .map(CatalogueFile.Entry::code).collect(Collectors.toSet());
        List<OrgUnitView> areas = jdbc.sql("select " + OrgUnitService.COLUMNS + " from org_unit "
                + "where kind = 'ADMINISTRATIVE_AREA' and code is not null and valid_to is null")
                .query(OrgUnitService::map).list();
        assertThat(areas.stream().filter(a -> a.tier() == AdminTier.PROVINCE && provinceCodes.contains(a.code())))
                .hasSize(34);
        assertThat(areas.stream().filter(a -> a.tier() == AdminTier.COMMUNE && communeCodes.contains(a.code())))
                .hasSize(3321);

        OrgUnitView haTinh = units.findAreaByCode("42").orElseThrow();
        OrgUnitView kyThuong = units.findAreaByCode("18844").orElseThrow();
        assertThat(haTinh.name()).isEqualTo("Tỉnh Hà Tĩnh");
        assertThat(kyThuong.name()).isEqualTo("Xã Kỳ Thượng");
        assertThat(kyThuong.parentId()).isEqualTo(haTinh.id());
        // The catalogue dates every unit from the 2025 reform; the demo data gives Kỳ Thượng its history.
        assertThat(units.findAreaByCode("18073").orElseThrow().validFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(kyThuong.validFrom()).isEqualTo(OrgDemoData.HISTORY_FROM);

        tx.executeWithoutResult(status -> {
            CatalogueReport again = importer.importCatalogue(importer.shipped(), LocalDate.of(2026, 1, 1), "test");
            assertThat(again.added()).isEmpty();
            assertThat(again.renamed()).isEmpty();
            assertThat(again.moved()).isEmpty();
            status.setRollbackOnly();
        });
    }

    @Test
    void aNewerCatalogueAddsRenamesAndClosesAndIsIdempotent() {
        List<Map<String, Object>> file = json.readValue(importer.shipped(),
                new TypeReference<List<Map<String, Object>>>() { });
        Map<String, Object> haNoi = find(file, "01");
        Map<String, Object> haTinh = find(file, "42");
        List<Map<String, Object>> haNoiWards = wards(haNoi);
        Map<String, Object> removed = haNoiWards.remove(haNoiWards.size() - 1);
        Map<String, Object> renamed = wards(haTinh).get(0);
        String oldName = (String) renamed.get("FullName");
        renamed.put("FullName", oldName + " Mới");
        wards(haTinh).add(ward("99999", "Xã Thử Nghiệm Mới"));
        Map<String, Object> newProvince = new LinkedHashMap<>();
        newProvince.put("Type", "province");
        newProvince.put("Code", "99");
        newProvince.put("Name", "Thử Nghiệm");
        newProvince.put("FullName", "Tỉnh Thử Nghiệm");
        newProvince.put("AdministrativeUnitShortName", "Tỉnh");
        newProvince.put("Wards", new ArrayList<>(List.of(ward("99998", "Phường Thử Nghiệm"))));
        file.add(newProvince);
        byte[] content = json.writeValueAsBytes(file);
        LocalDate on = LocalDate.of(2026, 3, 1);

        tx.executeWithoutResult(status -> {
            CatalogueReport report = importer.importCatalogue(content, on, "modified.json");
            assertThat(report.provinces()).isEqualTo(35);
            assertThat(report.communes()).isEqualTo(3322);
            assertThat(report.added()).extracting(CatalogueReport.Change::code).containsExactly("99", "99999", "99998");
            assertThat(report.renamed()).containsExactly(
                    new CatalogueReport.Change((String) renamed.get("Code"), oldName + " Mới", oldName));
            assertThat(report.moved()).isEmpty();
            assertThat(report.closed()).extracting(CatalogueReport.Change::code).contains((String) removed.get("Code"));
            assertThat(report.closed()).extracting(CatalogueReport.Change::code)
                    .doesNotContain("01", "42", (String) renamed.get("Code"));

            OrgUnitView added = units.findAreaByCode("99998").orElseThrow();
            assertThat(added.validFrom()).isEqualTo(on);
            assertThat(added.parentId()).isEqualTo(units.findAreaByCode("99").orElseThrow().id());
            assertThat(units.findAreaByCode((String) removed.get("Code")).orElseThrow().validTo())
                    .isEqualTo(on.minusDays(1));
            assertThat(jdbc.sql("select count(*) from audit_entry where action = 'IMPORT' and summary like ?")
                    .param("%sha256=" + report.sha256() + "%").query(Long.class).single()).isEqualTo(1);

            CatalogueReport second = importer.importCatalogue(content, on, "modified.json");
            assertThat(second.isEmpty()).isTrue();
            status.setRollbackOnly();
        });
        assertThat(units.findAreaByCode("99")).isEmpty();
    }

    @Test
    void aBrokenCatalogueIsRefused() {
        assertThatThrownBy(() -> importer.importCatalogue("{not json".getBytes(), LocalDate.now(), "x"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("org-catalogue-unreadable"));
        assertThatThrownBy(() -> importer.importCatalogue("[]".getBytes(), LocalDate.now(), "x"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("org-catalogue-empty"));
    }

    private static Map<String, Object> ward(String code, String fullName) {
        Map<String, Object> ward = new LinkedHashMap<>();
        ward.put("Type", "ward");
        ward.put("Code", code);
        ward.put("Name", fullName);
        ward.put("FullName", fullName);
        ward.put("AdministrativeUnitShortName", "Xã");
        return ward;
    }

    private static Map<String, Object> find(List<Map<String, Object>> file, String code) {
        return file.stream().filter(p -> code.equals(p.get("Code"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> wards(Map<String, Object> province) {
        return (List<Map<String, Object>>) province.get("Wards");
    }

    // --- merge -------------------------------------------------------------------------------

    @Test
    void mergeClosesPredecessorsAndReportsIncludeThem() {
        OrgUnitView province = testProvince();
        OrgUnitView a = commune(province, "Xã An " + unique());
        OrgUnitView b = commune(province, "Xã Bình " + unique());
        OrgUnitView c = commune(province, "Xã Cường " + unique());
        OrgUnitView bodyOfA = units.create(new NewOrgUnit("Đảng ủy xã An", OrgUnitKind.PARTY_COMMITTEE, null,
                a.id(), null, LocalDate.of(2019, 1, 1)));
        LocalDate on = LocalDate.of(2025, 7, 1);

        units.merge(List.of(a.id(), b.id()), c.id(), on, "Nghị quyết thử");

        for (OrgUnitView p : List.of(a, b)) {
            OrgUnitView closed = units.get(p.id());
            assertThat(closed.validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
            assertThat(closed.successorId()).isEqualTo(c.id());
            assertThat(auditRows("CLOSE", p.id())).isEqualTo(1);
        }
        assertThat(auditRows("MERGE", c.id())).isEqualTo(1);
        assertThat(units.predecessors(c.id())).extracting(OrgUnitView::id).containsExactlyInAnyOrder(a.id(), b.id());
        List<OrgUnitMerge> history = units.mergeHistory(c.id());
        assertThat(history).singleElement().satisfies(m -> {
            assertThat(m.effectiveOn()).isEqualTo(on);
            assertThat(m.note()).isEqualTo("Nghị quyết thử");
            assertThat(m.predecessorIds()).containsExactlyInAnyOrder(a.id(), b.id());
        });
        assertThat(units.mergeHistory(a.id())).isEqualTo(history);
        assertThat(hierarchy.subtreeWithPredecessors(c.id()))
                .containsExactlyInAnyOrder(c.id(), a.id(), b.id(), bodyOfA.id());
        assertThat(hierarchy.subtreeWithPredecessors(province.id())).contains(a.id(), b.id(), c.id(), bodyOfA.id());
    }

    @Test
    void aFailedMergeChangesNothingAndLeavesNoAuditRow() {
        OrgUnitView province = testProvince();
        OrgUnitView a = commune(province, "Xã An " + unique());
        OrgUnitView closed = commune(province, "Xã Đóng " + unique());
        OrgUnitView c = commune(province, "Xã Cường " + unique());
        units.close(closed.id(), LocalDate.of(2024, 12, 31));

        assertThatThrownBy(() -> units.merge(List.of(a.id(), closed.id()), c.id(), LocalDate.of(2025, 7, 1), null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("org-already-closed"));

        assertThat(units.get(a.id()).isOpen()).isTrue();
        assertThat(units.get(a.id()).successorId()).isNull();
        assertThat(auditRows("CLOSE", a.id())).isZero();
        assertThat(auditRows("MERGE", c.id())).isZero();
        assertThat(units.mergeHistory(c.id())).isEmpty();
    }

    @Test
    void auditRowsCommitAndRollBackWithTheChange() {
        OrgUnitView province = testProvince();
        assertThat(auditRows("CREATE", province.id())).isEqualTo(1);
        Long[] rolledBack = new Long[1];
        tx.executeWithoutResult(status -> {
            OrgUnitView unit = commune(province, "Xã Tạm " + unique());
            units.close(unit.id(), LocalDate.of(2025, 1, 1));
            rolledBack[0] = unit.id();
            assertThat(auditRows("CREATE", unit.id())).isEqualTo(1);
            assertThat(auditRows("CLOSE", unit.id())).isEqualTo(1);
            status.setRollbackOnly();
        });
        assertThat(units.find(rolledBack[0])).isEmpty();
        assertThat(auditRows("CREATE", rolledBack[0])).isZero();
        assertThat(auditRows("CLOSE", rolledBack[0])).isZero();
    }

    @Test
    void closingTwiceIsRefused() {
        OrgUnitView unit = commune(testProvince(), "Xã Hai Lần " + unique());
        units.close(unit.id(), LocalDate.of(2025, 6, 30));
        assertThatThrownBy(() -> units.close(unit.id(), LocalDate.of(2025, 7, 30)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("org-already-closed"));
        assertThat(auditRows("CLOSE", unit.id())).isEqualTo(1);
    }

    @Test
    void moveRefusesACycleAndAStaleVersion() {
        OrgUnitView province = testProvince();
        OrgUnitView a = commune(province, "Xã An " + unique());
        OrgUnitView child = units.create(new NewOrgUnit("Thôn Một", OrgUnitKind.ADMINISTRATIVE_AREA,
                AdminTier.COMMUNE, a.id(), null, LocalDate.of(2020, 1, 1)));
        long version = units.version(a.id());
        assertThatThrownBy(() -> units.update(a.id(), version, new OrgUnitChange(a.name(), null, child.id())))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("org-parent-cycle"));
        OrgUnitView renamed = units.update(a.id(), version, new OrgUnitChange(a.name() + " Mới", null, province.id()));
        assertThat(renamed.name()).endsWith(" Mới");
        assertThatThrownBy(() -> units.update(a.id(), version, new OrgUnitChange("Khác", null, province.id())))
                .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
    }

    // --- search and standard bodies ----------------------------------------------------------

    @Test
    void searchIgnoresDiacritics() {
        String token = "Khê" + unique().replaceAll("[0-9]", "") + "ữ";
        OrgUnitView area = commune(testProvince(), "Xã Thượng " + token);
        OrgUnitView body = units.create(new NewOrgUnit("Đảng ủy xã Thượng " + token, OrgUnitKind.PARTY_COMMITTEE,
                null, area.id(), null, null));
        String folded = java.text.Normalizer.normalize(token, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase();

        assertThat(units.search("thuong " + folded, 10)).extracting(OrgUnitView::id)
                .containsExactly(area.id(), body.id());
        assertThat(units.search("dang uy " + folded, 10)).extracting(OrgUnitView::id).containsExactly(body.id());
        assertThat(units.search("ĐẢNG ỦY XÃ THƯỢNG " + token.toUpperCase(), 10)).extracting(OrgUnitView::id)
                .containsExactly(body.id());
        assertThat(units.search("ky thuong", 50)).extracting(OrgUnitView::name).contains("Xã Kỳ Thượng");
        assertThat(units.search("%", 10)).isEmpty();
    }

    @Test
    void standardBodiesOfACommuneAndAProvince() {
        OrgUnitView province = testProvince();
        OrgUnitView ward = commune(province, "Phường Hòa Bình");
        List<OrgUnitView> created = units.setUpStandardBodies(ward.id());
        assertThat(created).extracting(OrgUnitView::name).containsExactly("Đảng ủy phường Hòa Bình",
                "Ủy ban nhân dân phường Hòa Bình", "Ủy ban Mặt trận Tổ quốc Việt Nam phường Hòa Bình");
        assertThat(created).extracting(OrgUnitView::kind).containsExactly(OrgUnitKind.PARTY_COMMITTEE,
                OrgUnitKind.PEOPLES_COMMITTEE, OrgUnitKind.FATHERLAND_FRONT);
        assertThat(created).allSatisfy(b -> assertThat(b.tier()).isEqualTo(AdminTier.COMMUNE));
        assertThat(units.setUpStandardBodies(ward.id())).isEmpty();

        String bare = province.name().substring("Tỉnh ".length());
        assertThat(units.setUpStandardBodies(province.id())).extracting(OrgUnitView::name).containsExactly(
                "Tỉnh ủy " + bare, "Ủy ban nhân dân tỉnh " + bare, "Ủy ban MTTQ Việt Nam tỉnh " + bare,
                "Thanh tra tỉnh " + bare);
    }

    @Test
    void demoDataHasTheBodiesAndTheHistoricalCommune() {
        OrgUnitView kyThuong = units.findAreaByCode("18844").orElseThrow();
        assertThat(units.children(kyThuong.id())).extracting(OrgUnitView::name).contains("Đảng ủy xã Kỳ Thượng",
                "Ủy ban nhân dân xã Kỳ Thượng", "Ủy ban Mặt trận Tổ quốc Việt Nam xã Kỳ Thượng");
        OrgUnitView haTinh = units.findAreaByCode("42").orElseThrow();
        assertThat(units.children(haTinh.id())).extracting(OrgUnitView::name).contains("Tỉnh ủy Hà Tĩnh",
                "Ủy ban nhân dân tỉnh Hà Tĩnh", "Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh", "Thanh tra tỉnh Hà Tĩnh");
        assertThat(units.findAreaByCode("01").orElseThrow().name()).isEqualTo("Thành phố Hà Nội");
        assertThat(units.predecessors(kyThuong.id())).singleElement().satisfies(old -> {
            assertThat(old.name()).isEqualTo("Xã Kỳ Lâm (cũ)");
            assertThat(old.validFrom()).isEqualTo(LocalDate.of(2019, 1, 1));
            assertThat(old.validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
        });
    }
}
