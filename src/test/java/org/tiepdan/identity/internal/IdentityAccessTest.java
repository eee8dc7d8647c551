package org.tiepdan.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

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
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.tiepdan.FullStackTest;
import org.tiepdan.account.Role;
import org.tiepdan.account.RoleGrantView;
import org.tiepdan.account.TiepdanUser;
import org.tiepdan.account.TwoFactor;
import org.tiepdan.org.AdminTier;
import org.tiepdan.org.NewOrgUnit;
import org.tiepdan.org.OrgUnitKind;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.OrgUnits;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Grants over HTTP against the real database: expiry, refusal, scope, ADMIN, one open request at a time. */
@FullStackTest
class IdentityAccessTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    OrgUnits units;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccessService access;
    @Autowired
    IdentityJobs jobs;
    @Autowired
    Vault vault;
    @Autowired
    TwoFactor twoFactor;

    final String suffix = UUID.randomUUID().toString().substring(0, 6);
    OrgUnitView province;
    OrgUnitView commune;
    OrgUnitView other;
    Authentication handler;
    Authentication custodian;

    Authentication as(String name, Role role, Long unitId) {
        TiepdanUser user = new TiepdanUser(92L, name + "-" + suffix, name, List.of(new RoleGrantView(role, unitId)),
                "x", true, true);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    MockHttpServletResponse post(String url, Authentication who, Object body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url)
                .contentType(MediaType.APPLICATION_JSON).content(body == null ? "{}" : json.writeValueAsString(body))
                .with(authentication(who)).with(csrf())).andReturn().getResponse();
    }

    JsonNode read(MockHttpServletResponse r) throws Exception {
        return json.readTree(r.getContentAsString(StandardCharsets.UTF_8));
    }

    @BeforeEach
    void setUp() {
        province = units.findAreaByCode("42").orElseThrow();
        commune = units.create(new NewOrgUnit("Xã Quyền Xem " + suffix, OrgUnitKind.PEOPLES_COMMITTEE,
                AdminTier.COMMUNE, province.id(), null, LocalDate.of(2019, 1, 1)));
        other = units.create(new NewOrgUnit("Xã Khác " + suffix, OrgUnitKind.PEOPLES_COMMITTEE, AdminTier.COMMUNE,
                province.id(), null, LocalDate.of(2019, 1, 1)));
        handler = as("ac-xuly", Role.HANDLER, commune.id());
        custodian = as("ac-baomat", Role.IDENTITY_CUSTODIAN, commune.id());
    }

    long denunciation() throws Exception {
        MockHttpServletResponse r = post("/api/v1/petitions", handler, Map.of("unitId", commune.id(), "channel",
                "POST", "receivedOn", "2026-02-02", "content", "Tố cáo cán bộ xã", "declaredKind", "DENUNCIATION",
                "petitioners", List.of(Map.of("fullName", "Người Thử Quyền", "idNumber", "042180009999"))));
        assertThat(r.getStatus()).isEqualTo(201);
        return read(r).get("id").asLong();
    }

    long request(long petition, Authentication who) throws Exception {
        MockHttpServletResponse r = post("/api/v1/identity/requests", who, Map.of("subjectType", "PETITION",
                "subjectId", petition, "reason", "Cần làm việc trực tiếp với người tố cáo"));
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(201);
        return read(r).get("id").asLong();
    }

    String status(long request) {
        return jdbc.sql("select status from identity_access_request where id = ?").param(request).query(String.class)
                .single();
    }

    int audits(long request, String event) {
        return jdbc.sql("""
                select count(*) from audit_entry where entity_type = 'IdentityAccessRequest' and entity_id = ?
                  and summary like ?""").params(String.valueOf(request), "event=" + event + "%")
                .query(Integer.class).single();
    }

    @Test
    void aGrantEndsAtItsTimeAndTheExpiryIsAudited() throws Exception {
        long p = denunciation();
        long r = request(p, handler);
        assertThat(audits(r, "REQUESTED")).isEqualTo(1);
        assertThat(post("/api/v1/identity/requests/" + r + "/grant", custodian, Map.of("hours", 2)).getStatus())
                .isEqualTo(200);
        assertThat(audits(r, "GRANTED")).isEqualTo(1);
        assertThat(post("/api/v1/identity/requests/" + r + "/reveal", handler, null).getStatus()).isEqualTo(200);
        // Time passes beyond the grant.
        jdbc.sql("update identity_access_request set valid_until = now() - interval '1 second' where id = ?")
                .param(r).update();
        MockHttpServletResponse late = post("/api/v1/identity/requests/" + r + "/reveal", handler, null);
        assertThat(late.getStatus()).isEqualTo(403);
        assertThat(read(late).get("code").asString()).isEqualTo("identity-grant-required");
        assertThat(status(r)).isEqualTo("EXPIRED");
        assertThat(audits(r, "EXPIRED")).isEqualTo(1);
        // The sweep expires the ones nobody touched.
        long r2 = request(p, handler);
        post("/api/v1/identity/requests/" + r2 + "/grant", custodian, Map.of("hours", 1));
        jdbc.sql("update identity_access_request set valid_until = now() - interval '1 second' where id = ?")
                .param(r2).update();
        assertThat(access.expireDue()).isGreaterThanOrEqualTo(1);
        assertThat(status(r2)).isEqualTo("EXPIRED");
        assertThat(audits(r2, "EXPIRED")).isEqualTo(1);
        // A grant longer than allowed is refused.
        long r3 = request(p, handler);
        assertThat(post("/api/v1/identity/requests/" + r3 + "/grant", custodian, Map.of("hours", 24 * 8)).getStatus())
                .isEqualTo(400);
    }

    @Test
    void aRefusalNeedsAReasonAndClosesTheRequest() throws Exception {
        long p = denunciation();
        long r = request(p, handler);
        // One open request at a time.
        assertThat(post("/api/v1/identity/requests", handler, Map.of("subjectType", "PETITION", "subjectId", p,
                "reason", "Một lần nữa cho chắc chắn")).getStatus()).isEqualTo(409);
        assertThat(post("/api/v1/identity/requests/" + r + "/refuse", custodian, Map.of()).getStatus()).isEqualTo(400);
        assertThat(status(r)).isEqualTo("PENDING");
        MockHttpServletResponse refused = post("/api/v1/identity/requests/" + r + "/refuse", custodian,
                Map.of("note", "Chưa cần thiết ở giai đoạn xác minh"));
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(read(refused).get("status").asString()).isEqualTo("REFUSED");
        assertThat(audits(r, "REFUSED")).isEqualTo(1);
        assertThat(post("/api/v1/identity/requests/" + r + "/reveal", handler, null).getStatus()).isEqualTo(403);
        assertThat(post("/api/v1/identity/requests/" + r + "/grant", custodian, Map.of("hours", 1)).getStatus())
                .isEqualTo(409);
        // Also on the queue screen: refusing without a reason says why.
        long r2 = request(p, handler);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/identity/requests/" + r2 + "/refuse").with(authentication(custodian)).with(csrf()))
                .andReturn();
        assertThat(status(r2)).isEqualTo("PENDING");
    }

    @Test
    void onlyACustodianOrHeadOfTheUnitOrAboveDecidesAndNeverTheirOwnRequest() throws Exception {
        long p = denunciation();
        long r = request(p, handler);
        Authentication otherCustodian = as("ac-baomat-khac", Role.IDENTITY_CUSTODIAN, other.id());
        Authentication admin = as("ac-admin", Role.ADMIN, null);
        Authentication viewer = as("ac-xem", Role.VIEWER, commune.id());
        // Who may not know of the request is answered as for a missing one; the requester knows it, but may not decide.
        for (Authentication who : List.of(otherCustodian, admin, viewer, handler)) {
            int expected = who == handler ? 403 : 404;
            assertThat(post("/api/v1/identity/requests/" + r + "/grant", who, Map.of("hours", 1)).getStatus())
                    .as(who.getName()).isEqualTo(expected);
            assertThat(post("/api/v1/identity/requests/" + r + "/refuse", who, Map.of("note", "không")).getStatus())
                    .as(who.getName()).isEqualTo(expected);
        }
        assertThat(status(r)).isEqualTo("PENDING");
        // ADMIN sees nothing by default and cannot reveal someone else's grant.
        assertThat(post("/api/v1/identity/requests/" + r + "/reveal", admin, null).getStatus()).isEqualTo(404);
        // A user of another unit may not even ask.
        assertThat(post("/api/v1/identity/requests", as("ac-xuly-khac", Role.HANDLER, other.id()), Map.of(
                "subjectType", "PETITION", "subjectId", p, "reason", "Tò mò muốn biết là ai")).getStatus())
                .isEqualTo(403);
        // The custodian of the province (above the commune) may grant.
        Authentication provincial = as("ac-baomat-tinh", Role.IDENTITY_CUSTODIAN, province.id());
        assertThat(post("/api/v1/identity/requests/" + r + "/grant", provincial, Map.of("hours", 1)).getStatus())
                .isEqualTo(200);
        // The head of the unit may decide too; a custodian asking cannot decide their own request.
        long own = request(p, custodian);
        assertThat(post("/api/v1/identity/requests/" + own + "/grant", custodian, Map.of("hours", 1)).getStatus())
                .isEqualTo(403);
        assertThat(post("/api/v1/identity/requests/" + own + "/grant", as("ac-lanhdao", Role.HEAD, commune.id()),
                Map.of("hours", 1)).getStatus()).isEqualTo(200);
        assertThat(post("/api/v1/identity/requests/" + own + "/reveal", custodian, null).getStatus()).isEqualTo(200);
    }

    @Test
    void theStartupStepSealsDenunciationsLeftInPlainColumns() throws Exception {
        // A plain petition, made a denunciation behind the application's back (as rows from before the module).
        MockHttpServletResponse r = post("/api/v1/petitions", handler, Map.of("unitId", commune.id(), "channel",
                "POST", "receivedOn", "2026-02-02", "content", "Tố cáo cũ chưa được bảo mật", "petitioners",
                List.of(Map.of("fullName", "Người Cũ Chưa Mã Hóa", "idNumber", "042180007777",
                        "address", "thôn Cũ"))));
        long id = read(r).get("id").asLong();
        jdbc.sql("update petition set kind = 'DENUNCIATION' where id = ?").param(id).update();
        assertThat(jdbc.sql("select full_name from petitioner where petition_id = ?").param(id).query(String.class)
                .single()).isEqualTo("Người Cũ Chưa Mã Hóa");

        assertThat(jobs.resealPlain()).isGreaterThanOrEqualTo(1);

        assertThat(jdbc.sql("select identity_sealed from petition where id = ?").param(id).query(Boolean.class)
                .single()).isTrue();
        assertThat(jdbc.sql("select full_name || coalesce(id_number, '') || coalesce(address, '') from petitioner "
                + "where petition_id = ?").param(id).query(String.class).single()).isEqualTo("Người tố cáo 1");
        assertThat(vault.open(org.tiepdan.identity.SubjectRef.petition(id)).get(0).person().idNumber())
                .isEqualTo("042180007777");
        assertThat(jobs.resealPlain()).isZero();
    }

    @Test
    void denunciationsMatchEachOtherThroughKeyedHashesAndNeverAPlainPetition() throws Exception {
        long first = denunciation();
        long second = denunciation();
        List<String> reasons = jdbc.sql("select reasons from petition_duplicate where petition_id = ? and candidate_id = ?")
                .params(second, first).query(String.class).list();
        assertThat(reasons).singleElement().asString().contains("SAME_ID_NUMBER");
        // A complaint by someone with the same CCCD must not be told it is the denouncer.
        MockHttpServletResponse r = post("/api/v1/petitions", handler, Map.of("unitId", commune.id(), "channel",
                "POST", "receivedOn", "2026-02-03", "content", "Khiếu nại quyết định thu hồi đất nông nghiệp",
                "petitioners", List.of(Map.of("fullName", "Người Thử Quyền", "idNumber", "042180009999"))));
        long complaint = read(r).get("id").asLong();
        assertThat(jdbc.sql("select count(*) from petition_duplicate where (petition_id = ? and candidate_id in (?, ?)) "
                + "or (candidate_id = ? and petition_id in (?, ?))").params(complaint, first, second, complaint, first,
                        second).query(Integer.class).single()).isZero();
    }

    @Test
    void aForeignRequestIdAnswersExactlyLikeAMissingOne() throws Exception {
        long p = denunciation();
        long r = request(p, handler);
        long missing = Long.MAX_VALUE - 7;
        Authentication stranger = as("ac-xuly-la", Role.HANDLER, other.id());
        Authentication strangerCustodian = as("ac-baomat-la", Role.IDENTITY_CUSTODIAN, other.id());
        for (Authentication who : List.of(stranger, strangerCustodian)) {
            for (String action : List.of("grant", "refuse", "withdraw", "revoke", "reveal")) {
                MockHttpServletResponse foreign = post("/api/v1/identity/requests/" + r + "/" + action, who,
                        Map.of("hours", 1, "note", "x"));
                MockHttpServletResponse none = post("/api/v1/identity/requests/" + missing + "/" + action, who,
                        Map.of("hours", 1, "note", "x"));
                assertThat(foreign.getStatus()).as(action).isEqualTo(404).isEqualTo(none.getStatus());
                assertThat(read(foreign).get("code").asString()).isEqualTo(read(none).get("code").asString());
            }
            MockHttpServletResponse foreign = mvc.perform(org.springframework.test.web.servlet.request
                    .MockMvcRequestBuilders.get("/api/v1/identity/requests/" + r).with(authentication(who)))
                    .andReturn().getResponse();
            MockHttpServletResponse none = mvc.perform(org.springframework.test.web.servlet.request
                    .MockMvcRequestBuilders.get("/api/v1/identity/requests/" + missing).with(authentication(who)))
                    .andReturn().getResponse();
            assertThat(foreign.getStatus()).isEqualTo(404).isEqualTo(none.getStatus());
        }
        assertThat(status(r)).isEqualTo("PENDING");
    }

    @Test
    void aRevealNeedsASessionThatPassedTheSecondFactor() throws Exception {
        long p = denunciation();
        long r = request(p, handler);
        assertThat(post("/api/v1/identity/requests/" + r + "/grant", custodian, Map.of("hours", 2)).getStatus())
                .isEqualTo(200);
        // The shared test context runs like the demo (off); an installation has it on by default.
        ReflectionTestUtils.setField(twoFactor, "revealNeedsIt", true);
        try {
            MockHttpServletResponse passwordOnly = post("/api/v1/identity/requests/" + r + "/reveal", handler, null);
            assertThat(passwordOnly.getStatus()).isEqualTo(403);
            assertThat(read(passwordOnly).get("code").asString()).isEqualTo("identity-two-factor-required");
            List<GrantedAuthority> withCode = new java.util.ArrayList<>(handler.getAuthorities());
            withCode.add(new SimpleGrantedAuthority(TwoFactor.FACTOR));
            Authentication afterCode = UsernamePasswordAuthenticationToken.authenticated(handler.getPrincipal(), null,
                    withCode);
            assertThat(post("/api/v1/identity/requests/" + r + "/reveal", afterCode, null).getStatus()).isEqualTo(200);
        } finally {
            ReflectionTestUtils.setField(twoFactor, "revealNeedsIt", false);
        }
    }
}
