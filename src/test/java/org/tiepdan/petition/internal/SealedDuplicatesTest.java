package org.tiepdan.petition.internal;

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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tiepdan.FullStackTest;
import org.tiepdan.account.Role;
import org.tiepdan.account.RoleGrantView;
import org.tiepdan.account.TiepdanUser;
import org.tiepdan.org.AdminTier;
import org.tiepdan.org.NewOrgUnit;
import org.tiepdan.org.OrgUnitKind;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.OrgUnits;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A probe denunciation with a guessed CCCD (or name and address) must not confirm a sealed denouncer
 * to someone without a grant: its duplicates (API and page) name sealed records only for similar
 * content; an identity match shows as a notice, which the custodian resolves (audited like a reveal).
 */
@FullStackTest
class SealedDuplicatesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    OrgUnits units;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;

    final String suffix = UUID.randomUUID().toString().substring(0, 6);
    OrgUnitView commune;
    Authentication handler;
    Authentication prober;
    Authentication custodian;
    Authentication head;

    Authentication as(String name, Role role, Long unitId) {
        TiepdanUser user = new TiepdanUser(93L, name + "-" + suffix, name, List.of(new RoleGrantView(role, unitId)),
                "x", true, true);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    @BeforeEach
    void setUp() {
        long province = units.findAreaByCode("42").orElseThrow().id();
        commune = units.create(new NewOrgUnit("Xã Dò Trùng " + suffix, OrgUnitKind.PEOPLES_COMMITTEE,
                AdminTier.COMMUNE, province, null, LocalDate.of(2019, 1, 1)));
        handler = as("sd-xuly", Role.HANDLER, commune.id());
        prober = as("sd-do", Role.HANDLER, commune.id());
        custodian = as("sd-baomat", Role.IDENTITY_CUSTODIAN, commune.id());
        head = as("sd-lanhdao", Role.HEAD, commune.id());
    }

    MockHttpServletResponse send(MockHttpServletRequestBuilder rq, Authentication who, Object body) throws Exception {
        if (body != null) {
            rq = rq.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        return mvc.perform(rq.with(authentication(who)).with(csrf())).andReturn().getResponse();
    }

    JsonNode read(MockHttpServletResponse r) throws Exception {
        return json.readTree(r.getContentAsString(StandardCharsets.UTF_8));
    }

    long denunciation(Authentication who, String name, String cccd, String address, String content) throws Exception {
        MockHttpServletResponse r = send(post("/api/v1/petitions"), who, Map.of("unitId", commune.id(), "channel",
                "POST", "receivedOn", "2026-02-02", "content", content, "declaredKind", "DENUNCIATION",
                "petitioners", List.of(Map.of("fullName", name, "idNumber", cccd, "address", address))));
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(201);
        return read(r).get("id").asLong();
    }

    String number(long petition) {
        return jdbc.sql("select registration_number from petition where id = ?").param(petition)
                .query(String.class).single();
    }

    @Test
    void aProbeWithAGuessedCccdDoesNotNameTheSealedPetition() throws Exception {
        String cccd = cccd();
        long sealed = denunciation(handler, "Hoàng Thị Kín", cccd, "thôn Đình, xã Kín",
                "Tố cáo chủ tịch xã nhận tiền của dân khi cấp giấy phép xây dựng nhà ở");
        // the probe: the guessed CCCD, another name, unrelated content
        long probe = denunciation(prober, "Người Dò", cccd, "không rõ", "Phản ánh tiếng ồn quán karaoke ban đêm");

        MockHttpServletResponse api = send(get("/api/v1/petitions/" + probe + "/duplicates"), prober, null);
        assertThat(api.getStatus()).isEqualTo(200);
        String body = api.getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).doesNotContain("SAME_ID_NUMBER").doesNotContain("SAME_NAME_ADDRESS")
                .doesNotContain(String.valueOf(sealed)).doesNotContain(number(sealed)).isEqualTo("[]");

        JsonNode notice = read(send(get("/api/v1/petitions/" + probe + "/duplicates/sealed"), prober, null));
        assertThat(notice.get("sealedMatch").asBoolean()).isTrue();
        assertThat(notice.get("canResolve").asBoolean()).isFalse();
        assertThat(notice.toString()).doesNotContain(number(sealed)).doesNotContain("\"count\"");

        String page = send(get("/petitions/" + probe), prober, null).getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).doesNotContain("/petitions/" + sealed + "\"").doesNotContain(number(sealed))
                .doesNotContain("Trùng số CCCD").contains("Có hồ sơ được bảo mật có thể liên quan đến cùng một người");

        // the hidden proposal cannot be decided by guessing its id: the same answer as a missing one
        long hidden = jdbc.sql("select id from petition_duplicate where petition_id = ? and candidate_id = ?")
                .params(probe, sealed).query(Long.class).single();
        MockHttpServletResponse link = send(post("/api/v1/petitions/duplicates/" + hidden + "/link"), prober, Map.of());
        MockHttpServletResponse missing = send(post("/api/v1/petitions/duplicates/" + Long.MAX_VALUE + "/link"),
                prober, Map.of());
        assertThat(link.getStatus()).isEqualTo(404);
        assertThat(missing.getStatus()).isIn(403, 404);
        assertThat(jdbc.sql("select status from petition_duplicate where id = ?").param(hidden).query(String.class)
                .single()).isEqualTo("PROPOSED");

        // the custodian resolves: sees the match, one REVEAL audit row
        JsonNode resolverNotice = read(send(get("/api/v1/petitions/" + probe + "/duplicates/sealed"), custodian, null));
        assertThat(resolverNotice.get("canResolve").asBoolean()).isTrue();
        int before = reveals(probe);
        MockHttpServletResponse resolved = send(post("/api/v1/petitions/" + probe + "/duplicates/sealed"), custodian,
                Map.of());
        assertThat(resolved.getStatus()).isEqualTo(200);
        assertThat(resolved.getHeader("Cache-Control")).contains("no-store");
        assertThat(resolved.getContentAsString(StandardCharsets.UTF_8)).contains("SAME_ID_NUMBER")
                .contains("\"candidateId\":" + sealed);
        assertThat(reveals(probe)).isEqualTo(before + 1);
        // ... and the prober cannot
        assertThat(send(post("/api/v1/petitions/" + probe + "/duplicates/sealed"), prober, Map.of()).getStatus())
                .isEqualTo(403);

        // the custodian's page: a button, then the match
        String resolverPage = send(post("/petitions/" + probe + "/duplicates/sealed"), custodian, null)
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(resolverPage).contains(number(sealed)).contains("Trùng số CCCD");
        assertThat(reveals(probe)).isEqualTo(before + 2);
    }

    String cccd() {
        return "04218" + String.format("%07d", (UUID.randomUUID().getLeastSignificantBits() & 0x7fffffffL) % 10_000_000);
    }

    int reveals(long probe) {
        return jdbc.sql("""
                select count(*) from audit_entry where action = 'REVEAL' and entity_id = ?""")
                .param("PETITION:" + probe).query(Integer.class).single();
    }

    @Test
    void aProbeWithSameNameAndAddressAndSimilarContentShowsOnlyTheSimilarContent() throws Exception {
        String content = "Tố cáo cán bộ địa chính xã " + suffix + " làm sai lệch hồ sơ đo đạc thửa đất số 15 tờ bản đồ 7";
        long sealed = denunciation(handler, "Trịnh Văn Giấu", "", "xóm Chùa, thôn Hạ " + suffix, content);
        long probe = denunciation(prober, "trinh van giau", "", "Xom Chua, Thon Ha " + suffix, content + " năm 2025");

        JsonNode list = read(send(get("/api/v1/petitions/" + probe + "/duplicates"), prober, null));
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("candidateId").asLong()).isEqualTo(sealed);
        assertThat(list.get(0).get("reasons").toString()).isEqualTo("[\"SIMILAR_CONTENT\"]");
        String page = send(get("/petitions/" + probe), prober, null).getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(number(sealed)).doesNotContain("Trùng họ tên và địa chỉ");
    }

    @Test
    void aHandlerWithGrantsOnBothRecordsSeesTheIdentityMatch() throws Exception {
        String cccd = cccd();
        long first = denunciation(handler, "Lý Văn Cũ", cccd, "thôn Mới", "Tố cáo trưởng thôn thu tiền sai quy định");
        long second = denunciation(handler, "Lý Văn Cũ", cccd, "thôn Mới", "Tố cáo kế toán xã lập chứng từ khống");
        assertThat(read(send(get("/api/v1/petitions/" + second + "/duplicates"), handler, null))).isEmpty();
        grant(first);
        assertThat(read(send(get("/api/v1/petitions/" + second + "/duplicates"), handler, null))).isEmpty();
        grant(second);
        JsonNode list = read(send(get("/api/v1/petitions/" + second + "/duplicates"), handler, null));
        assertThat(list.toString()).contains("SAME_ID_NUMBER").contains("\"candidateId\":" + first);
    }

    void grant(long petition) throws Exception {
        MockHttpServletResponse r = send(post("/api/v1/identity/requests"), handler, Map.of("subjectType",
                "PETITION", "subjectId", petition, "reason", "Cần xác minh người tố cáo"));
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(201);
        long id = read(r).get("id").asLong();
        assertThat(send(post("/api/v1/identity/requests/" + id + "/grant"), custodian, Map.of("hours", 2)).getStatus())
                .isEqualTo(200);
    }
}
