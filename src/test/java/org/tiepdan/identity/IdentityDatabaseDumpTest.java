package org.tiepdan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.tiepdan.FullStackTest;
import org.tiepdan.account.Role;
import org.tiepdan.account.RoleGrantView;
import org.tiepdan.account.TiepdanUser;
import org.tiepdan.org.AdminTier;
import org.tiepdan.org.NewOrgUnit;
import org.tiepdan.org.OrgUnitKind;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.reception.internal.ReceptionFixtures;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stolen database dump alone reveals no denouncer: after planting identities through every route
 * (declared on intake with a scan whose name carries the name, classified later, a relative, a
 * protection measure, a reception visit, a petition from that visit), every text, character, JSON
 * and binary column of every table is read over JDBC and searched for them.
 */
@FullStackTest
class IdentityDatabaseDumpTest {

    static final String NAME = "Dumpcanary Vxq";
    static final String ID = "095112233445";
    static final String LATE = "Dumplate Rtz";
    static final String VISIT = "Dumpvisit Ksp";
    static final String VISIT_ID = "096112233446";
    static final String RELATIVE = "Dumprel Yhn";
    static final List<String> CANARIES = List.of("Dumpcanary", "dumpcanary", ID, "Dumplate", "dumplate",
            "Dumpvisit", "dumpvisit", VISIT_ID, "Dumprel", "dumprel", "0988112233", "dump.canary@example.org",
            "Dumpprotect");

    @Autowired
    MockMvc mvc;
    @Autowired
    OrgUnits units;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    ApplicationContext context;

    @Test
    void noTableHoldsAnIdentityInClear() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        long unit = units.create(new NewOrgUnit("Xã Kho Dữ Liệu " + suffix, OrgUnitKind.PEOPLES_COMMITTEE,
                AdminTier.COMMUNE, units.findAreaByCode("42").orElseThrow().id(), null, LocalDate.of(2019, 1, 1))).id();
        TiepdanUser user = new TiepdanUser(93L, "dump-xuly-" + suffix, "x", List.of(new RoleGrantView(Role.HANDLER,
                unit), new RoleGrantView(Role.RECEPTION_OFFICER, unit)), "x", true, true);
        Authentication handler = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());

        String declared = json.writeValueAsString(Map.of("unitId", unit, "channel", "EMAIL", "receivedOn",
                "2026-02-10", "content", "Tố cáo hành vi sai phạm trong quản lý đất công", "declaredKind", "DENUNCIATION",
                "petitioners", List.of(Map.of("fullName", NAME, "idNumber", ID, "address", "xóm Dumpcanary",
                        "phone", "0988112233", "email", "dump.canary@example.org"))));
        long a = id(mvc.perform(post("/api/v1/petitions").contentType(MediaType.APPLICATION_JSON).content(declared)
                .with(authentication(handler)).with(csrf())).andReturn().getResponse().getContentAsString());
        mvc.perform(multipart("/api/v1/petitions/" + a + "/attachments").file(new MockMultipartFile("file",
                "don-Dumpcanary.png", "image/png", IdentityCanaryTest.png())).with(authentication(handler))
                .with(csrf()));
        mvc.perform(post("/identity/relatives").param("subjectType", "PETITION").param("subjectId", String.valueOf(a))
                .param("fullName", RELATIVE).param("relation", "Vợ").with(authentication(handler)).with(csrf()));
        mvc.perform(post("/identity/protections").param("subjectType", "PETITION")
                .param("subjectId", String.valueOf(a)).param("status", "REQUESTED")
                .param("kind", "Dumpprotect bảo vệ việc làm").with(authentication(handler)).with(csrf()));

        String plain = json.writeValueAsString(Map.of("unitId", unit, "channel", "POST", "receivedOn", "2026-02-10",
                "content", "Phản ánh sai phạm", "petitioners", List.of(Map.of("fullName", LATE, "address",
                        "xóm Dumplate"))));
        long b = id(mvc.perform(post("/api/v1/petitions").contentType(MediaType.APPLICATION_JSON).content(plain)
                .with(authentication(handler)).with(csrf())).andReturn().getResponse().getContentAsString());
        mvc.perform(multipart("/api/v1/petitions/" + b + "/attachments").file(new MockMultipartFile("file",
                "Dumplate.png", "image/png", IdentityCanaryTest.png())).with(authentication(handler)).with(csrf()));
        assertThat(mvc.perform(post("/api/v1/petitions/" + b + "/classification").contentType(MediaType.APPLICATION_JSON)
                .content("{\"on\":\"2026-02-11\",\"kind\":\"DENUNCIATION\",\"field\":\"LAND\",\"eligible\":true,"
                        + "\"competence\":\"RESOLVE\"}").with(authentication(handler)).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(200);

        long session = ReceptionFixtures.openSession(context, unit, LocalDate.of(2026, 2, 12));
        mvc.perform(post("/reception/sessions/" + session + "/visits").param("date", "12/02/2026")
                .param("citizenName", VISIT).param("citizenIdNumber", VISIT_ID).param("hamlet", "xóm Dumpvisit")
                .param("denunciation", "true").param("content", "Tố cáo thu tiền sai").param("fieldCode", "LAND")
                .param("outcome", "PETITION_RECEIVED").with(authentication(handler)).with(csrf()));
        long visit = jdbc.sql("select max(id) from reception_visit where session_id = ?").param(session)
                .query(Long.class).single();
        mvc.perform(post("/petitions/new").param("unitId", String.valueOf(unit)).param("channel", "IN_PERSON")
                .param("receivedOn", "12/02/2026").param("receptionVisitId", String.valueOf(visit))
                .param("content", "Tố cáo thu tiền sai").param("petitioners[0].fullName", "Người tố cáo 1")
                .with(authentication(handler)).with(csrf()));
        assertThat(jdbc.sql("select count(*) from identity_sealed_person where subject_type = 'PETITION' "
                + "and subject_id in (select id from petition where unit_id = ?)").param(unit).query(Integer.class)
                .single()).isEqualTo(4);

        // The dump: every table, every column that can hold text or bytes.
        List<String> found = new ArrayList<>();
        int columns = 0;
        try (Connection c = dataSource.getConnection()) {
            List<String[]> cols = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getColumns(null, "public", "%", "%")) {
                while (rs.next()) {
                    String type = rs.getString("TYPE_NAME").toLowerCase();
                    if (type.contains("char") || type.contains("text") || type.equals("bytea") || type.contains("json")
                            || type.equals("uuid") || type.startsWith("_")) {
                        cols.add(new String[] {rs.getString("TABLE_NAME"), rs.getString("COLUMN_NAME"), type});
                    }
                }
            }
            try (Statement st = c.createStatement()) {
                for (String[] col : cols) {
                    columns++;
                    try (ResultSet rs = st.executeQuery("select \"" + col[1] + "\" from \"" + col[0] + "\"")) {
                        while (rs.next()) {
                            String value = col[2].equals("bytea")
                                    ? (rs.getBytes(1) == null ? null : new String(rs.getBytes(1),
                                            StandardCharsets.ISO_8859_1) + new String(rs.getBytes(1),
                                                    StandardCharsets.UTF_8))
                                    : rs.getString(1);
                            if (value == null) {
                                continue;
                            }
                            for (String canary : CANARIES) {
                                if (value.toLowerCase().contains(canary.toLowerCase())) {
                                    found.add(col[0] + "." + col[1] + " has " + canary);
                                }
                            }
                        }
                    }
                }
            }
        }
        assertThat(columns).isGreaterThan(100);
        assertThat(found).as("columns holding a denouncer's identity in clear").isEmpty();
    }

    private long id(String body) {
        return json.readTree(body).get("id").asLong();
    }
}
