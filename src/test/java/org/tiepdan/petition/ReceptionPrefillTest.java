package org.tiepdan.petition;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.tiepdan.DemoUsers;
import org.tiepdan.FullStackTest;

/** A petition handed in at the front desk starts from the reception visit (reception → petitions seam). */
@FullStackTest
class ReceptionPrefillTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    @Test
    void theIntakeFormIsPrefilledFromTheVisit() throws Exception {
        record Visit(long id, String name, String content) {
        }
        Visit visit = jdbc.sql("select id, citizen_name, content from reception_visit where not delegation order by id limit 1")
                .query((rs, i) -> new Visit(rs.getLong(1), rs.getString(2), rs.getString(3))).single();
        mvc.perform(get("/petitions/new").param("visitId", String.valueOf(visit.id()))
                        .with(user(users.loadUserByUsername(DemoUsers.HANDLER))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(visit.name())))
                .andExpect(content().string(containsString("IN_PERSON")));
    }
}
