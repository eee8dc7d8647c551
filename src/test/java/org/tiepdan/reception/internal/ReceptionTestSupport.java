package org.tiepdan.reception.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tiepdan.account.Role;
import org.tiepdan.account.RoleGrantView;
import org.tiepdan.account.TiepdanUser;
import org.tiepdan.org.AdminTier;
import org.tiepdan.org.NewOrgUnit;
import org.tiepdan.org.OrgUnitKind;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.OrgUnits;

/** A fresh commune with its bodies, and signed-in users, for full-stack reception tests. */
final class ReceptionTestSupport {

    record Commune(OrgUnitView area, OrgUnitView party, OrgUnitView committee) {
    }

    private ReceptionTestSupport() {
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static Commune commune(OrgUnits units) {
        OrgUnitView area = units.create(new NewOrgUnit("Xã Thử Nghiệm " + unique(), OrgUnitKind.ADMINISTRATIVE_AREA,
                AdminTier.COMMUNE, null, null, LocalDate.of(2019, 1, 1)));
        units.setUpStandardBodies(area.id());
        List<OrgUnitView> children = units.children(area.id());
        return new Commune(area,
                children.stream().filter(u -> u.kind() == OrgUnitKind.PARTY_COMMITTEE).findFirst().orElseThrow(),
                children.stream().filter(u -> u.kind() == OrgUnitKind.PEOPLES_COMMITTEE).findFirst().orElseThrow());
    }

    static void signIn(String username, Role role, Long unitId) {
        TiepdanUser user = new TiepdanUser(1L, username, username, List.of(new RoleGrantView(role, unitId)), "x", true,
                true);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
