package org.tiepdan.org.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.tiepdan.org.AdminTier;
import org.tiepdan.org.OrgUnitKind;
import org.tiepdan.platform.DomainException;

/** The rules the OrgUnit aggregate keeps, without Spring or a database. */
class OrgUnitRulesTest {

    private static final LocalDate FROM = LocalDate.of(2025, 7, 1);
    private long nextId = 1;

    private OrgUnit unit(String name, OrgUnitKind kind, AdminTier tier, OrgUnit parent) {
        OrgUnit unit = new OrgUnit(name, kind, tier, parent, null, FROM);
        try {
            Field id = OrgUnit.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(unit, nextId++);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return unit;
    }

    private static void assertCode(Runnable action, String code, String field) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
            assertThat(e.field()).isEqualTo(field);
        });
    }

    @Test
    void aBodyTakesTheTierOfItsTerritory() {
        OrgUnit commune = unit("Xã A", OrgUnitKind.ADMINISTRATIVE_AREA, AdminTier.COMMUNE, null);
        OrgUnit body = unit("Đảng ủy xã A", OrgUnitKind.PARTY_COMMITTEE, null, commune);
        assertThat(body.tier()).isEqualTo(AdminTier.COMMUNE);
        assertThat(body.view().parentId()).isEqualTo(commune.id());
    }

    @Test
    void nameIsRequiredAndTrimmed() {
        assertCode(() -> unit("   ", OrgUnitKind.OTHER, AdminTier.PROVINCE, null), "org-name-required", "name");
        assertThat(unit("  Sở   Tư pháp ", OrgUnitKind.DEPARTMENT, AdminTier.PROVINCE, null).name())
                .isEqualTo("Sở Tư pháp");
    }

    @Test
    void closeOnceAndNotBeforeItStarted() {
        OrgUnit unit = unit("Sở A", OrgUnitKind.DEPARTMENT, AdminTier.PROVINCE, null);
        assertCode(() -> unit.close(FROM.minusDays(1)), "org-valid-to-before-from", "validTo");
        unit.close(FROM);
        assertThat(unit.validTo()).isEqualTo(FROM);
        assertCode(() -> unit.close(FROM.plusDays(5)), "org-already-closed", "validTo");
        assertCode(() -> unit.rename("Sở B"), "org-closed-unchangeable", "name");
    }

    @Test
    void cannotBeItsOwnParentNorCreateACycle() {
        OrgUnit province = unit("Tỉnh A", OrgUnitKind.ADMINISTRATIVE_AREA, AdminTier.PROVINCE, null);
        OrgUnit commune = unit("Xã B", OrgUnitKind.ADMINISTRATIVE_AREA, AdminTier.COMMUNE, province);
        OrgUnit hamlet = unit("Khu C", OrgUnitKind.ADMINISTRATIVE_AREA, AdminTier.COMMUNE, commune);
        assertCode(() -> province.moveTo(province), "org-parent-self", "parentId");
        assertCode(() -> commune.moveTo(hamlet), "org-parent-cycle", "parentId");
        assertThat(hamlet.parent()).isSameAs(commune);
    }

    @Test
    void aChildIsNotAboveItsParent() {
        OrgUnit commune = unit("Xã A", OrgUnitKind.ADMINISTRATIVE_AREA, AdminTier.COMMUNE, null);
        assertCode(() -> unit("Tỉnh B", OrgUnitKind.ADMINISTRATIVE_AREA, AdminTier.PROVINCE, commune),
                "org-tier-above-parent", "tier");
        OrgUnit province = unit("Tỉnh C", OrgUnitKind.ADMINISTRATIVE_AREA, AdminTier.PROVINCE, null);
        assertCode(() -> province.moveTo(commune), "org-tier-above-parent", "tier");
    }

    @Test
    void aTerritoryDoesNotSitUnderABody() {
        OrgUnit body = unit("Sở A", OrgUnitKind.DEPARTMENT, AdminTier.PROVINCE, null);
        assertCode(() -> unit("Xã B", OrgUnitKind.ADMINISTRATIVE_AREA, AdminTier.COMMUNE, body),
                "org-area-under-body", "parentId");
    }

    @Test
    void nothingGoesUnderAClosedParent() {
        OrgUnit province = unit("Tỉnh A", OrgUnitKind.ADMINISTRATIVE_AREA, AdminTier.PROVINCE, null);
        province.close(FROM.plusDays(1));
        assertCode(() -> unit("Xã B", OrgUnitKind.ADMINISTRATIVE_AREA, AdminTier.COMMUNE, province),
                "org-parent-closed", "parentId");
    }

    @Test
    void mergeClosesTheDayBeforeAndNamesTheSuccessor() {
        OrgUnit province = unit("Tỉnh A", OrgUnitKind.ADMINISTRATIVE_AREA, AdminTier.PROVINCE, null);
        OrgUnit a = unit("Xã A", OrgUnitKind.ADMINISTRATIVE_AREA, AdminTier.COMMUNE, province);
        OrgUnit c = unit("Xã C", OrgUnitKind.ADMINISTRATIVE_AREA, AdminTier.COMMUNE, province);
        LocalDate on = LocalDate.of(2026, 1, 1);
        a.mergeInto(c, on);
        assertThat(a.validTo()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(a.successor()).isSameAs(c);
        assertThat(a.view().successorId()).isEqualTo(c.id());
        assertCode(() -> a.mergeInto(c, on), "org-already-closed", "predecessorIds");
    }

    @Test
    void mergeRules() {
        OrgUnit province = unit("Tỉnh A", OrgUnitKind.ADMINISTRATIVE_AREA, AdminTier.PROVINCE, null);
        OrgUnit a = unit("Xã A", OrgUnitKind.ADMINISTRATIVE_AREA, AdminTier.COMMUNE, province);
        OrgUnit body = unit("Đảng ủy xã A", OrgUnitKind.PARTY_COMMITTEE, null, a);
        OrgUnit b = unit("Xã B", OrgUnitKind.ADMINISTRATIVE_AREA, AdminTier.COMMUNE, province);
        assertCode(() -> a.mergeInto(a, FROM.plusDays(1)), "org-merge-self", "predecessorIds");
        assertCode(() -> body.mergeInto(b, FROM.plusDays(1)), "org-merge-kind-mismatch", "predecessorIds");
        assertCode(() -> province.mergeInto(a, FROM.plusDays(1)), "org-merge-into-descendant", "predecessorIds");
        assertCode(() -> a.mergeInto(b, FROM), "org-merge-before-from", "effectiveOn");
        b.close(FROM.plusDays(3));
        assertCode(() -> a.mergeInto(b, FROM.plusDays(1)), "org-merge-successor-closed", "successorId");
        assertThat(a.isOpen()).isTrue();
    }
}
