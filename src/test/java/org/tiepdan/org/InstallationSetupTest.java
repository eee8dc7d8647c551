package org.tiepdan.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.tiepdan.DemoUsers;
import org.tiepdan.FullStackTest;

/** Choosing the area an installation serves creates its bodies; the demo serves Xã Kỳ Thượng. */
@FullStackTest
class InstallationSetupTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    OrgUnits units;
    @Autowired
    UserDetailsService users;

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    @Test
    void theDemoServesKyThuong() {
        assertThat(units.servedArea()).map(OrgUnitView::code).hasValue("18844");
    }

    @Test
    void anAdministratorFindsAnAreaWithoutDiacriticsAndChoosesIt() throws Exception {
        long kyThuong = units.servedArea().orElseThrow().id();
        OrgUnitView province = units.findAreaByCode("42").orElseThrow();
        OrgUnitView area = units.create(new NewOrgUnit("Xã Thử Nghiệm " + System.nanoTime(), OrgUnitKind.ADMINISTRATIVE_AREA,
                AdminTier.COMMUNE, province.id(), null, LocalDate.of(2025, 7, 1)));
        try {
            mvc.perform(get("/admin/setup/areas").param("q", "xa thu nghiem").with(as(DemoUsers.ADMIN)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(area.name())))
                    .andExpect(content().string(containsString("Tỉnh Hà Tĩnh")));
            mvc.perform(post("/admin/setup/area").param("areaId", String.valueOf(area.id()))
                            .with(as(DemoUsers.ADMIN)).with(csrf()))
                    .andExpect(redirectedUrl("/admin/setup"));
            assertThat(units.servedArea()).map(OrgUnitView::id).hasValue(area.id());
            assertThat(units.children(area.id())).extracting(OrgUnitView::kind)
                    .contains(OrgUnitKind.PARTY_COMMITTEE, OrgUnitKind.PEOPLES_COMMITTEE, OrgUnitKind.FATHERLAND_FRONT);
            mvc.perform(get("/admin/setup").with(as(DemoUsers.ADMIN)))
                    .andExpect(content().string(containsString("Đảng ủy xã Thử Nghiệm")));
            mvc.perform(get("/admin/users/unit-options").with(as(DemoUsers.ADMIN)))
                    .andExpect(content().string(containsString("Ủy ban nhân dân xã Thử Nghiệm")));
        } finally {
            units.serveArea(kyThuong);
        }
    }

    @Test
    void onlyInstallationWideAdministratorsSetUp() throws Exception {
        mvc.perform(get("/admin/setup").with(as(DemoUsers.HEAD))).andExpect(status().isForbidden());
    }
}
