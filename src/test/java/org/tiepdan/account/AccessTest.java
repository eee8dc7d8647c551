package org.tiepdan.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tiepdan.FullStackTest;

/** A role held at a unit covers the unit and everything under it, nothing beside or above it. */
@FullStackTest
class AccessTest {

    @Autowired
    Access access;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    private long unit(String name, String kind, String tier, Long parent) {
        return jdbc.sql("insert into org_unit (kind, tier, name, parent_id, valid_from) values (?, ?, ?, ?, date '2025-07-01') returning id")
                .params(kind, tier, name, parent).query(Long.class).single();
    }

    private void signIn(RoleGrantView... grants) {
        TiepdanUser user = new TiepdanUser(1L, "u" + System.nanoTime(), "Người Thử", List.of(grants), "", true, true);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    @Test
    void aRoleCoversTheSubtreeOnly() {
        long province = unit("Tỉnh Thử " + System.nanoTime(), "ADMINISTRATIVE_AREA", "PROVINCE", null);
        long commune = unit("Xã Thử A", "ADMINISTRATIVE_AREA", "COMMUNE", province);
        long body = unit("Đảng ủy xã Thử A", "PARTY_COMMITTEE", "COMMUNE", commune);
        long sibling = unit("Xã Thử B", "ADMINISTRATIVE_AREA", "COMMUNE", province);

        signIn(new RoleGrantView(Role.HANDLER, commune));
        assertThat(access.hasRoleAt("HANDLER", commune)).isTrue();
        assertThat(access.hasRoleAt("HANDLER", body)).isTrue();
        assertThat(access.hasRoleAt("HANDLER", sibling)).isFalse();
        assertThat(access.hasRoleAt("HANDLER", province)).isFalse();
        assertThat(access.hasRoleAt("ADMIN", body)).isFalse();
        assertThat(access.hasRoleAt("HANDLER", null)).isFalse();
        assertThat(access.hasRole("HANDLER")).isTrue();
    }

    @Test
    void anInstallationWideRoleCoversEverything() {
        long province = unit("Tỉnh Toàn " + System.nanoTime(), "ADMINISTRATIVE_AREA", "PROVINCE", null);
        signIn(new RoleGrantView(Role.ADMIN, null));
        assertThat(access.hasRoleAt("ADMIN", province)).isTrue();
        assertThat(access.hasRoleAt("ADMIN", null)).isTrue();
    }

    @Autowired
    org.tiepdan.org.OrgUnits units;
    @Autowired
    org.tiepdan.org.OrgUnitHierarchy hierarchy;

    @Test
    void theUnitsReachedAreTheSubtreesOfTheMatchingGrantsAndAnInstallationWideGrantMeansEveryUnitOrTheServedArea() {
        long province = unit("Tỉnh Tầm " + System.nanoTime(), "ADMINISTRATIVE_AREA", "PROVINCE", null);
        long commune = unit("Xã Tầm A", "ADMINISTRATIVE_AREA", "COMMUNE", province);
        long body = unit("Đảng ủy xã Tầm A", "PARTY_COMMITTEE", "COMMUNE", commune);
        long sibling = unit("Xã Tầm B", "ADMINISTRATIVE_AREA", "COMMUNE", province);

        // Unit grants: both meanings agree; a grant of another role adds nothing.
        signIn(new RoleGrantView(Role.HANDLER, commune), new RoleGrantView(Role.VIEWER, sibling));
        assertThat(access.unitsReached(List.of(Role.HANDLER))).containsExactlyInAnyOrder(commune, body);
        assertThat(access.unitsReachedInServedArea(List.of(Role.HANDLER))).containsExactlyInAnyOrder(commune, body);
        assertThat(access.unitsReached(List.of(Role.HANDLER, Role.VIEWER))).containsExactlyInAnyOrder(commune, body,
                sibling);
        assertThat(access.unitsReached(List.of(Role.HEAD))).isEmpty();

        // Installation-wide: "every unit" (null, no filter) for records; the served area for a list of units.
        signIn(new RoleGrantView(Role.ADMIN, null), new RoleGrantView(Role.HANDLER, commune));
        assertThat(access.unitsReached(List.of(Role.ADMIN, Role.HANDLER))).isNull();
        assertThat(access.unitsReached(List.of(Role.HANDLER))).containsExactlyInAnyOrder(commune, body);
        List<Long> served = units.servedArea().map(a -> hierarchy.subtreeWithPredecessors(a.id())).orElseThrow();
        assertThat(access.unitsReachedInServedArea(List.of(Role.ADMIN))).containsExactlyInAnyOrderElementsOf(served);
        assertThat(access.unitsReachedInServedArea(List.of(Role.ADMIN, Role.HANDLER)))
                .containsAll(served).contains(commune, body);

        SecurityContextHolder.clearContext();
        assertThat(access.unitsReached(List.of(Role.ADMIN))).isEmpty();
        assertThat(access.unitsReachedInServedArea(List.of(Role.ADMIN))).isEmpty();
    }

    @Test
    void nobodySignedInHoldsNothing() {
        assertThat(access.hasRoleAt("ADMIN", null)).isFalse();
        assertThat(access.currentUser()).isEmpty();
    }
}
