package org.tiepdan.org;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.context.annotation.Import;
import org.tiepdan.ModuleTestSupport;

/**
 * The fast tier: the org module with the modules it depends on (platform, audit) and account, which
 * implements the audit screen's {@code AuditScope}, on the test JVM's embedded PostgreSQL. The
 * database is shared with the other tests: units get unique names.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "account")
@Import(ModuleTestSupport.class)
class OrgModuleTest {

    @Autowired
    OrgUnits units;
    @Autowired
    OrgUnitHierarchy hierarchy;
    @Autowired
    JdbcClient jdbc;

    long unit(String kind, String tier, String name, Long parentId) {
        return jdbc.sql("insert into org_unit (kind, tier, name, parent_id, valid_from) "
                + "values (?, ?, ?, ?, date '2000-01-01') returning id")
                .params(kind, tier, name, parentId).query(Long.class).single();
    }

    @Test
    void aUnitReachesItsAncestorsAndItsParentLists() {
        String token = "Mô Đun " + System.nanoTime();
        long province = unit("ADMINISTRATIVE_AREA", "PROVINCE", "Tỉnh " + token, null);
        long commune = unit("ADMINISTRATIVE_AREA", "COMMUNE", "Xã " + token, province);

        assertThat(hierarchy.ancestorsOrSelf(commune)).containsExactly(commune, province);
        assertThat(hierarchy.subtreeWithPredecessors(province)).contains(province, commune);
        assertThat(units.children(province)).extracting(OrgUnitView::id).containsExactly(commune);
        assertThat(units.path(commune)).extracting(OrgUnitView::id).containsExactly(province, commune);
    }

    @Test
    void searchIgnoresDiacritics() {
        String token = "Mô Đun " + System.nanoTime();
        long commune = unit("ADMINISTRATIVE_AREA", "COMMUNE", "Xã Kỳ Lâm " + token, null);
        String folded = "ky lam mo dun " + token.substring("Mô Đun ".length());
        assertThat(units.search(folded, 10)).extracting(OrgUnitView::id).containsExactly(commune);
    }
}
