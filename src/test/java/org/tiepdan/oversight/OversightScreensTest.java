package org.tiepdan.oversight;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.tiepdan.DemoUsers;
import org.tiepdan.FullStackTest;
import org.tiepdan.org.OrgUnits;

/** The inspection and outreach screens open on the user's unit, with the shared unit-and-window filter. */
@FullStackTest
class OversightScreensTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    OrgUnits units;

    @Test
    void inspectionsAndOutreachRenderForTheServedCommune() throws Exception {
        long commune = units.findAreaByCode("18844").orElseThrow().id();
        var admin = user(users.loadUserByUsername(DemoUsers.ADMIN));
        mvc.perform(get("/inspections").with(admin)).andExpect(redirectedUrl("/inspections?unit=" + commune));
        mvc.perform(get("/inspections").param("unit", String.valueOf(commune)).with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Phụ lục 3")))
                .andExpect(content().string(containsString("Xã Kỳ Thượng")))
                .andExpect(content().string(containsString("name=\"from\"")));
        mvc.perform(get("/outreach").param("unit", String.valueOf(commune)).with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"topic\"")));
    }
}
