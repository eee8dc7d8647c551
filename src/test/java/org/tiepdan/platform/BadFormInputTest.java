package org.tiepdan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.tiepdan.FullStackTest;
import org.tiepdan.account.Role;
import org.tiepdan.account.RoleGrantView;
import org.tiepdan.account.TiepdanUser;

/**
 * The screens' general defence against bad input (issue #17): a NUL in a form field is removed before
 * the form is bound (NulCharacters), and a text longer than its column that a form did not bound
 * is a 400 page from the database's refusal (DatabaseRejection), never a 500 or a half-write.
 */
@FullStackTest
class BadFormInputTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private final TiepdanUser admin = new TiepdanUser(null, "admin", "Quản trị", List.of(new RoleGrantView(Role.ADMIN,
            null)), "x", true, true);

    @Test
    void aNulInAFormFieldIsRemovedAndAnOverlongTextIsA400PageWithNothingWritten() throws Exception {
        long unit = jdbc.sql("select id from org_unit where kind = 'PARTY_COMMITTEE' and parent_id = (select id from org_unit where code = '18844' and kind = 'ADMINISTRATIVE_AREA') order by id limit 1").query(Long.class).single();
        String tag = "NUL" + System.nanoTime();

        MockHttpServletResponse nul = outreach(unit, "Hội nghị " + tag + "\u0000 tuyên truyền");
        assertThat(nul.getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("select title from outreach_event where title like ?").param("%" + tag + "%")
                .query(String.class).single()).isEqualTo("Hội nghị " + tag + " tuyên truyền");

        String tooLong = "Dài" + tag + "x".repeat(600);
        MockHttpServletResponse overlong = outreach(unit, tooLong);
        assertThat(overlong.getStatus()).isBetween(400, 499);
        assertThat(jdbc.sql("select count(*) from outreach_event where title like ?").param("Dài" + tag + "%")
                .query(Long.class).single()).isZero();
    }

    private MockHttpServletResponse outreach(long unit, String title) throws Exception {
        return mvc.perform(post("/outreach/new").with(user(admin)).with(csrf())
                .param("unitId", String.valueOf(unit)).param("kind", "CONFERENCE").param("heldOn", "02/03/2026")
                .param("title", title).param("topic", "QĐ 11").param("participants", "40").param("materials", "2"))
                .andReturn().getResponse();
    }
}
