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

    @Test
    void aPetitionRegisteredFromAVisitIsLinkedToItInTheSameTransaction() throws Exception {
        record Visit(long id, long unitId) {
        }
        Visit visit = jdbc.sql("""
                select v.id, s.unit_id from reception_visit v join reception_session s on s.id = v.session_id
                where v.petition_id is null and not v.delegation and v.import_id is null
                  and s.unit_id in (select u.id from org_unit u left join org_unit a on a.id = u.parent_id
                                     where u.code = '18844' or a.code = '18844')
                order by v.id desc limit 1""")
                .query((rs, i) -> new Visit(rs.getLong(1), rs.getLong(2))).single();
        String body = """
                {"unitId": %d, "channel": "IN_PERSON", "receivedOn": "2025-06-10", "receptionVisitId": %d,
                 "content": "Đề nghị giải quyết tranh chấp ranh giới thửa đất", "petitioners": [{"fullName": "Hồ Văn Liên Kết"}]}"""
                .formatted(visit.unitId(), visit.id());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/petitions")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .httpBasic(DemoUsers.HANDLER, DemoUsers.PASSWORD))
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated());
        String number = jdbc.sql("select petition_number from reception_visit where id = ?").param(visit.id())
                .query(String.class).single();
        org.assertj.core.api.Assertions.assertThat(number).isNotBlank();
    }

    @Test
    void aVisitOfAnotherCommuneIsNeitherPrefilledNorLinked() throws Exception {
        record Visit(long id, String name) {
        }
        Visit visit = jdbc.sql("""
                select v.id, v.citizen_name from reception_visit v
                where v.petition_id is null and not v.delegation and v.citizen_name is not null
                order by v.id desc limit 1""").query((rs, i) -> new Visit(rs.getLong(1), rs.getString(2))).single();
        long province = jdbc.sql("select id from org_unit where code = '42'").query(Long.class).single();
        long stranger = org.tiepdan.document.TestUnits.create(jdbc, "ADMINISTRATIVE_AREA", "COMMUNE", "Xã Lạ Lượt Tiếp",
                province);
        var user = new org.tiepdan.account.TiepdanUser(96L, "lt-" + System.nanoTime(), "Cán bộ xã lạ",
                java.util.List.of(new org.tiepdan.account.RoleGrantView(org.tiepdan.account.Role.HANDLER, stranger)),
                "x", true, true);
        var auth = org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(user,
                null, user.getAuthorities());
        String form = mvc.perform(get("/petitions/new").param("visitId", String.valueOf(visit.id()))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .authentication(auth)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(form).doesNotContain(visit.name());
        String body = """
                {"unitId": %d, "channel": "IN_PERSON", "receivedOn": "2025-06-10", "receptionVisitId": %d,
                 "content": "Đơn mượn lượt tiếp của xã khác", "petitioners": [{"fullName": "Người Mượn"}]}"""
                .formatted(stranger, visit.id());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/petitions")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .authentication(auth))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.code")
                        .value("petition-visit-unknown"));
        org.assertj.core.api.Assertions.assertThat(jdbc.sql(
                "select count(*) from reception_visit where id = ? and petition_id is not null")
                .param(visit.id()).query(Integer.class).single()).isZero();
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from petition where unit_id = ?")
                .param(stranger).query(Integer.class).single()).isZero();
    }
}
