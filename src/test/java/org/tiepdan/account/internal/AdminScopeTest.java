package org.tiepdan.account.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tiepdan.FullStackTest;
import org.tiepdan.account.Accounts;
import org.tiepdan.account.Role;
import org.tiepdan.account.RoleGrantView;
import org.tiepdan.account.TiepdanUser;
import org.tiepdan.audit.AuditAction;
import org.tiepdan.audit.AuditLog;
import org.tiepdan.org.AdminTier;
import org.tiepdan.org.NewOrgUnit;
import org.tiepdan.org.OrgUnitKind;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.OrgUnits;

/**
 * An ADMIN held at a commune manages the accounts and reads the audit rows of that commune's subtree
 * only; an installation-wide ADMIN manages and reads everything.
 */
@FullStackTest
class AdminScopeTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    OrgUnits units;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditLog audit;

    final String suffix = UUID.randomUUID().toString().substring(0, 6);
    OrgUnitView mine;
    OrgUnitView hamlet;
    OrgUnitView other;
    Authentication communeAdmin;
    Authentication installationAdmin;
    long ownAccount;
    long hamletAccount;
    long foreignAccount;
    long mixedAccount;

    Authentication as(String name, Role role, Long unitId) {
        TiepdanUser user = new TiepdanUser(94L, name + "-" + suffix, name, List.of(new RoleGrantView(role, unitId)),
                "x", true, true);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    @BeforeEach
    void setUp() {
        long province = units.findAreaByCode("42").orElseThrow().id();
        mine = units.create(new NewOrgUnit("Xã Quản Trị " + suffix, OrgUnitKind.ADMINISTRATIVE_AREA,
                AdminTier.COMMUNE, province, null, LocalDate.of(2019, 1, 1)));
        hamlet = units.create(new NewOrgUnit("Ủy ban nhân dân xã Quản Trị " + suffix, OrgUnitKind.PEOPLES_COMMITTEE, null,
                mine.id(), null, LocalDate.of(2019, 1, 1)));
        other = units.create(new NewOrgUnit("Xã Láng Giềng " + suffix, OrgUnitKind.ADMINISTRATIVE_AREA,
                AdminTier.COMMUNE, province, null, LocalDate.of(2019, 1, 1)));
        ownAccount = accounts.createUser("as-own-" + suffix, "Cán bộ xã mình", "Thu-nghiem-2026", Role.HANDLER,
                mine.id());
        hamletAccount = accounts.createUser("as-ban-" + suffix, "Cán bộ ban", "Thu-nghiem-2026", Role.VIEWER,
                hamlet.id());
        foreignAccount = accounts.createUser("as-khac-" + suffix, "Cán bộ xã khác", "Thu-nghiem-2026",
                Role.HANDLER, other.id());
        mixedAccount = accounts.createUser("as-hai-" + suffix, "Cán bộ hai xã", "Thu-nghiem-2026", Role.HANDLER,
                mine.id());
        accounts.grant(mixedAccount, Role.VIEWER, other.id());
        communeAdmin = as("as-qtxa", Role.ADMIN, mine.id());
        installationAdmin = as("as-qt", Role.ADMIN, null);
    }

    MockHttpServletResponse send(MockHttpServletRequestBuilder rq, Authentication who) throws Exception {
        return mvc.perform(rq.with(authentication(who)).with(csrf())).andReturn().getResponse();
    }

    boolean enabled(long id) {
        return jdbc.sql("select enabled from user_account where id = ?").param(id).query(Boolean.class).single();
    }

    long grantOf(long account) {
        return jdbc.sql("select min(id) from role_grant where user_id = ?").param(account).query(Long.class)
                .single();
    }

    int grants(long account) {
        return jdbc.sql("select count(*) from role_grant where user_id = ?").param(account).query(Integer.class)
                .single();
    }

    @Test
    void aCommuneAdminManagesOnlyTheAccountsOfTheirSubtree() throws Exception {
        for (long foreign : new long[] {foreignAccount, mixedAccount, Long.MAX_VALUE}) {
            assertThat(send(post("/admin/users/" + foreign + "/enabled").param("value", "false"), communeAdmin)
                    .getStatus()).isEqualTo(403);
            assertThat(send(post("/admin/users/" + foreign + "/unlock"), communeAdmin).getStatus()).isEqualTo(403);
            assertThat(send(post("/admin/users/" + foreign + "/grants").param("role", "VIEWER")
                    .param("unitId", String.valueOf(mine.id())), communeAdmin).getStatus()).isEqualTo(403);
        }
        assertThat(send(post("/admin/users/" + foreignAccount + "/grants/" + grantOf(foreignAccount) + "/revoke"),
                communeAdmin).getStatus()).isEqualTo(403);
        assertThat(enabled(foreignAccount)).isTrue();
        assertThat(enabled(mixedAccount)).isTrue();
        assertThat(grants(foreignAccount)).isEqualTo(1);
        assertThat(grants(mixedAccount)).isEqualTo(2);

        assertThat(send(post("/admin/users/" + hamletAccount + "/enabled").param("value", "false"), communeAdmin)
                .getStatus()).isEqualTo(302);
        assertThat(enabled(hamletAccount)).isFalse();
        assertThat(send(post("/admin/users/" + ownAccount + "/unlock"), communeAdmin).getStatus()).isEqualTo(302);
        assertThat(send(post("/admin/users/" + ownAccount + "/grants").param("role", "VIEWER")
                .param("unitId", String.valueOf(hamlet.id())), communeAdmin).getStatus()).isEqualTo(302);
        assertThat(send(post("/admin/users/" + ownAccount + "/grants/" + grantOf(ownAccount) + "/revoke"),
                communeAdmin).getStatus()).isEqualTo(302);
        assertThat(grants(ownAccount)).isEqualTo(1);

        String page = send(get("/admin/users"), communeAdmin).getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("as-own-" + suffix).contains("as-ban-" + suffix)
                .doesNotContain("as-khac-" + suffix).doesNotContain("as-hai-" + suffix)
                .doesNotContain(">admin<");
    }

    @Test
    void anInstallationWideAdminManagesEveryAccount() throws Exception {
        assertThat(send(post("/admin/users/" + mixedAccount + "/enabled").param("value", "false"),
                installationAdmin).getStatus()).isEqualTo(302);
        assertThat(enabled(mixedAccount)).isFalse();
        assertThat(send(post("/admin/users/" + foreignAccount + "/grants/" + grantOf(foreignAccount) + "/revoke"),
                installationAdmin).getStatus()).isEqualTo(302);
        assertThat(grants(foreignAccount)).isZero();
        String page = send(get("/admin/users"), installationAdmin).getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("as-own-" + suffix).contains("as-khac-" + suffix).contains("as-hai-" + suffix);
    }

    @Test
    void theAuditScreenShowsTheRowsOfTheSubtreeOnlyToACommuneAdmin() throws Exception {
        audit.record("as-probe", AuditAction.REVEAL, "AuditScopeProbe", "mine-" + suffix, hamlet.id(), Map.of());
        audit.record("as-probe", AuditAction.REVEAL, "AuditScopeProbe", "other-" + suffix, other.id(), Map.of());
        audit.record("as-probe", AuditAction.LOGIN, "AuditScopeProbe", "none-" + suffix, null, Map.of());

        String commune = send(get("/admin/audit").param("entityType", "AuditScopeProbe"), communeAdmin)
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(commune).contains("mine-" + suffix).doesNotContain("other-" + suffix)
                .doesNotContain("none-" + suffix);
        String everything = send(get("/admin/audit").param("entityType", "AuditScopeProbe"), installationAdmin)
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(everything).contains("mine-" + suffix).contains("other-" + suffix).contains("none-" + suffix);
    }
}
