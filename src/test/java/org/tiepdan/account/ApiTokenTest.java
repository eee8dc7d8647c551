package org.tiepdan.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tiepdan.FullStackTest;
import org.tiepdan.document.TestUnits;
import org.tiepdan.platform.Dates;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Personal access tokens end to end through the real filter chain (issue 22): the contract of
 * create / list / revoke, Bearer calls with the owner's roles and subtree only, expiry, revocation,
 * the owner's state, two-factor, the audit rows, no secret in the list, the database or the log,
 * and the account page.
 */
@FullStackTest
@ExtendWith(OutputCaptureExtension.class)
class ApiTokenTest {

    static final String PASSWORD = "MatKhau2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    TwoFactor twoFactor;
    @Autowired
    UserDetailsService users;

    private String newUser(Role role, Long unitId) {
        String username = "pat" + System.nanoTime();
        accounts.createUser(username, "Lê Văn Mã Truy Cập", PASSWORD, role, unitId);
        return username;
    }

    private static LocalDate today() {
        return LocalDate.now(Dates.ZONE);
    }

    private long province() {
        return jdbc.sql("select id from org_unit where code = '42'").query(Long.class).single();
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(r -> {
            r.setRemoteAddr("10.22.0.1");
            return r;
        })).andReturn().getResponse();
    }

    private MockHttpServletResponse createWithBasic(String username, String body) throws Exception {
        return call(post("/api/v1/me/tokens").with(httpBasic(username, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private JsonNode create(String username, String name, LocalDate expiresOn) throws Exception {
        MockHttpServletResponse created = createWithBasic(username,
                "{\"name\": \"" + name + "\", \"expiresOn\": \"" + expiresOn + "\"}");
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        return json.readTree(created.getContentAsString(StandardCharsets.UTF_8));
    }

    private MockHttpServletResponse bearer(MockHttpServletRequestBuilder request, String token) throws Exception {
        return call(request.header("Authorization", "Bearer " + token));
    }

    private static String sha256(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    private long audits(String entityId, String action) {
        return jdbc.sql("select count(*) from audit_entry where entity_type = 'ApiToken' and entity_id = ? and action = ?")
                .params(entityId, action).query(Long.class).single();
    }

    private String code(MockHttpServletResponse response) throws Exception {
        return json.readTree(response.getContentAsString(StandardCharsets.UTF_8)).path("code").asString();
    }

    private String intake(long unitId) {
        return """
                {"unitId": %d, "channel": "POST", "receivedOn": "%s",
                 "content": "Đề nghị xem xét việc cấp giấy chứng nhận quyền sử dụng đất, gửi qua mã truy cập",
                 "petitioners": [{"fullName": "Nguyễn Văn Máy", "address": "Thôn Tân Hòa"}]}"""
                .formatted(unitId, today());
    }

    @Test
    void createListUseAndRevokeKeepTheContractAndTheSecretStaysWithTheClient(CapturedOutput output) throws Exception {
        String username = newUser(Role.HANDLER, province());
        LocalDate expiresOn = today().plusDays(400);
        MockHttpServletResponse createdResponse = createWithBasic(username,
                "{\"name\": \"Phần mềm một cửa\", \"expiresOn\": \"" + expiresOn + "\"}");
        assertThat(createdResponse.getStatus()).isEqualTo(201);
        assertThat(createdResponse.getHeader("Cache-Control")).contains("no-store");
        JsonNode created = json.readTree(createdResponse.getContentAsString(StandardCharsets.UTF_8));
        assertThat(created.propertyNames()).containsExactlyInAnyOrder("id", "name", "token", "expiresOn");
        assertThat(created.get("name").asString()).isEqualTo("Phần mềm một cửa");
        assertThat(created.get("expiresOn").asString()).isEqualTo(expiresOn.toString());
        String token = created.get("token").asString();
        String id = created.get("id").asString();
        assertThat(token).startsWith("tdp_").hasSizeGreaterThanOrEqualTo(40);

        // Stored as its SHA-256 only.
        assertThat(jdbc.sql("select token_hash from api_token where id = ?").param(Long.parseLong(id))
                .query(String.class).single()).isEqualTo(sha256(token));
        assertThat(jdbc.sql("select count(*) from api_token where token_hash = ? or name = ?").params(token, token)
                .query(Long.class).single()).isZero();

        // Used as Bearer: the owner, no session written, no CSRF token needed for a write.
        MockHttpServletResponse me = bearer(get("/api/v1/me"), token);
        assertThat(me.getStatus()).isEqualTo(200);
        assertThat(json.readTree(me.getContentAsString(StandardCharsets.UTF_8)).get("username").asString())
                .isEqualTo(username);
        assertThat(me.getCookies()).noneMatch(c -> c.getName().toUpperCase().contains("SESSION"));
        assertThat(me.getHeader("Set-Cookie")).isNull();
        assertThat(jdbc.sql("select last_used_at is not null from api_token where id = ?").param(Long.parseLong(id))
                .query(Boolean.class).single()).isTrue();

        // Listed without the secret nor its hash.
        MockHttpServletResponse list = bearer(get("/api/v1/me/tokens"), token);
        assertThat(list.getStatus()).isEqualTo(200);
        String listed = list.getContentAsString(StandardCharsets.UTF_8);
        assertThat(listed).contains("Phần mềm một cửa", "lastUsedAt", "expiresOn").doesNotContain(token)
                .doesNotContain(sha256(token)).doesNotContain("\"token\"");
        JsonNode first = json.readTree(listed).get(0);
        assertThat(first.get("id").asString()).isEqualTo(id);
        assertThat(first.get("expired").asBoolean()).isFalse();

        assertThat(audits(id, "CREATE")).isEqualTo(1);
        assertThat(jdbc.sql("select summary from audit_entry where entity_type = 'ApiToken' and entity_id = ?")
                .param(id).query(String.class).list()).noneMatch(s -> s != null && s.contains(token));

        // Revoked with the token itself; then refused, and the refused use is audited.
        assertThat(bearer(delete("/api/v1/me/tokens/" + id), token).getStatus()).isEqualTo(204);
        assertThat(audits(id, "STATE_CHANGE")).isEqualTo(1);
        MockHttpServletResponse refused = bearer(get("/api/v1/me"), token);
        assertThat(refused.getStatus()).isEqualTo(401);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(code(refused)).isEqualTo("token-revoked");
        assertThat(refused.getHeader("WWW-Authenticate")).startsWith("Bearer");
        assertThat(audits(id, "LOGIN_FAILED")).isEqualTo(1);
        assertThat(jdbc.sql("select username from audit_entry where entity_type = 'ApiToken' and entity_id = ? "
                + "and action = 'LOGIN_FAILED'").param(id).query(String.class).single()).isEqualTo(username);
        // Gone from the list; revoking again is 404 like a token that never existed.
        assertThat(call(get("/api/v1/me/tokens").with(httpBasic(username, PASSWORD))).getContentAsString())
                .doesNotContain("Phần mềm một cửa");
        assertThat(call(delete("/api/v1/me/tokens/" + id).with(httpBasic(username, PASSWORD))).getStatus())
                .isEqualTo(404);

        // HTTP Basic keeps working beside tokens.
        assertThat(call(get("/api/v1/me").with(httpBasic(username, PASSWORD))).getStatus()).isEqualTo(200);
        // The secret never reached the log, not even in the refusals.
        assertThat(output.getAll()).doesNotContain(token).doesNotContain(sha256(token));
    }

    /**
     * A machine client sends in parallel from the start: the first uses of a token all note the last
     * use at once. Found by LoadBench (a 500 from an optimistic-lock failure on {@code api_token}).
     */
    @Test
    void concurrentFirstUsesOfATokenAllSucceed() throws Exception {
        String username = newUser(Role.HANDLER, province());
        int threads = 12;
        for (int round = 0; round < 3; round++) {
            String token = create(username, "song song " + round, today().plusDays(5)).get("token").asString();
            java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(threads);
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
            try {
                List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
                for (int i = 0; i < threads; i++) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        return bearer(get("/api/v1/me"), token).getStatus();
                    }));
                }
                for (var answer : answers) {
                    assertThat(answer.get()).isEqualTo(200);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void aTokenCarriesItsOwnersRolesAndSubtreeOnly() throws Exception {
        long province = province();
        long commune = TestUnits.create(jdbc, "ADMINISTRATIVE_AREA", "COMMUNE", "Xã Mã Truy Cập", null);
        // Records are held by a body, never by a territory: the commune's People's Committee.
        long communeBody = TestUnits.create(jdbc, "PEOPLES_COMMITTEE", "COMMUNE", "Ủy ban nhân dân xã Mã Truy Cập", commune);
        long demoPetition = jdbc.sql("select id from petition where unit_id = ? order by id limit 1").param(province)
                .query(Long.class).optional().orElseGet(() -> jdbc.sql("""
                        with recursive down(id) as (select ?::bigint union
                          select u.id from org_unit u join down on u.parent_id = down.id)
                        select p.id from petition p join down on p.unit_id = down.id order by p.id limit 1""")
                        .param(province).query(Long.class).single());

        String outsider = create(newUser(Role.HANDLER, commune), "ngoài", today().plusDays(30)).get("token").asString();
        String insider = create(newUser(Role.HANDLER, province), "trong", today().plusDays(30)).get("token").asString();
        String viewer = create(newUser(Role.VIEWER, province), "xem", today().plusDays(30)).get("token").asString();

        // Another subtree: the demo province's petition and intake there are refused.
        assertThat(bearer(get("/api/v1/petitions/" + demoPetition), outsider).getStatus()).isIn(403, 404);
        assertThat(bearer(post("/api/v1/petitions").contentType(MediaType.APPLICATION_JSON).content(intake(province)),
                outsider).getStatus()).isEqualTo(403);
        // Its own commune: an intake goes through, as the owner.
        MockHttpServletResponse own = bearer(post("/api/v1/petitions").contentType(MediaType.APPLICATION_JSON)
                .content(intake(communeBody)), outsider);
        assertThat(own.getStatus()).as(own.getContentAsString()).isEqualTo(201);
        long petition = json.readTree(own.getContentAsString(StandardCharsets.UTF_8)).get("id").asLong();
        assertThat(jdbc.sql("select username from audit_entry where entity_type = 'Petition' and entity_id = ? "
                + "and action = 'CREATE'").param(String.valueOf(petition)).query(String.class).list())
                .isNotEmpty().allMatch(u -> u.startsWith("pat"));

        // The owner's subtree: the province's petition is readable.
        assertThat(bearer(get("/api/v1/petitions/" + demoPetition), insider).getStatus()).isEqualTo(200);
        // The owner's role: a viewer reads but may not register a petition.
        assertThat(bearer(get("/api/v1/petitions/" + demoPetition), viewer).getStatus()).isEqualTo(200);
        assertThat(bearer(post("/api/v1/petitions").contentType(MediaType.APPLICATION_JSON).content(intake(province)),
                viewer).getStatus()).isEqualTo(403);
        // Bearer works on the API only, not on the screens.
        MockHttpServletResponse screen = bearer(get("/petitions"), insider);
        assertThat(screen.getStatus()).isEqualTo(302);
        assertThat(screen.getRedirectedUrl()).contains("/login");
    }

    @Test
    void onlyTheOwnerSeesAndRevokesAToken() throws Exception {
        String owner = newUser(Role.HANDLER, province());
        String other = newUser(Role.HANDLER, province());
        JsonNode token = create(owner, "của chủ", today().plusDays(10));
        String id = token.get("id").asString();
        String otherToken = create(other, "của người khác", today().plusDays(10)).get("token").asString();

        assertThat(bearer(get("/api/v1/me/tokens"), otherToken).getContentAsString()).doesNotContain("của chủ");
        MockHttpServletResponse foreign = bearer(delete("/api/v1/me/tokens/" + id), otherToken);
        assertThat(foreign.getStatus()).isEqualTo(404);
        assertThat(code(foreign)).isEqualTo("token-not-found");
        assertThat(bearer(delete("/api/v1/me/tokens/999999999"), otherToken).getStatus()).isEqualTo(404);
        assertThat(bearer(get("/api/v1/me"), token.get("token").asString()).getStatus()).isEqualTo(200);
        assertThat(audits(id, "STATE_CHANGE")).isZero();
    }

    @Test
    void anExpiredTokenIsRefusedAndAuditedAndItsLastDayStillCounts() throws Exception {
        String username = newUser(Role.REPORTER, province());
        JsonNode created = create(username, "báo cáo tháng", today());
        String token = created.get("token").asString();
        String id = created.get("id").asString();
        // Valid through its last day.
        assertThat(bearer(get("/api/v1/me"), token).getStatus()).isEqualTo(200);

        jdbc.sql("update api_token set expires_on = ? where id = ?").params(today().minusDays(1), Long.parseLong(id))
                .update();
        MockHttpServletResponse expired = bearer(get("/api/v1/me"), token);
        assertThat(expired.getStatus()).isEqualTo(401);
        assertThat(code(expired)).isEqualTo("token-expired");
        assertThat(audits(id, "LOGIN_FAILED")).isEqualTo(1);
        assertThat(jdbc.sql("select summary from audit_entry where entity_type = 'ApiToken' and entity_id = ? "
                + "and action = 'LOGIN_FAILED'").param(id).query(String.class).single()).contains("reason=expired");
        // Listed as expired to its owner.
        assertThat(json.readTree(call(get("/api/v1/me/tokens").with(httpBasic(username, PASSWORD)))
                .getContentAsString(StandardCharsets.UTF_8)).get(0).get("expired").asBoolean()).isTrue();
    }

    @Test
    void badInputIsAProblemWithTheFieldAndWritesNothing() throws Exception {
        String username = newUser(Role.HANDLER, province());
        record Case(String body, String code, String field) {
        }
        List<Case> cases = List.of(
                new Case("{\"name\": \"x\", \"expiresOn\": \"" + today().minusDays(1) + "\"}", "token-expiry-past",
                        "expiresOn"),
                new Case("{\"name\": \"x\", \"expiresOn\": \"" + today().plusDays(731) + "\"}", "token-expiry-too-far",
                        "expiresOn"),
                new Case("{\"name\": \"x\"}", "token-expiry-required", "expiresOn"),
                new Case("{\"name\": \"  \", \"expiresOn\": \"" + today().plusDays(5) + "\"}", "token-name-required",
                        "name"),
                new Case("{\"expiresOn\": \"" + today().plusDays(5) + "\"}", "token-name-required", "name"),
                new Case("{\"name\": \"" + "x".repeat(101) + "\", \"expiresOn\": \"" + today().plusDays(5) + "\"}",
                        "token-name-too-long", "name"),
                new Case("{\"name\": \"x\", \"expiresOn\": \"31/12/2027\"}", "invalid-input", "expiresOn"));
        List<String> wrong = new ArrayList<>();
        for (Case c : cases) {
            MockHttpServletResponse r = createWithBasic(username, c.body());
            JsonNode problem = json.readTree(r.getContentAsString(StandardCharsets.UTF_8));
            if (r.getStatus() != 400 || !c.code().equals(problem.path("code").asString())
                    || !c.field().equals(problem.path("errors").path(0).path("field").asString())) {
                wrong.add(c + " → " + r.getStatus() + " " + problem);
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(jdbc.sql("select count(*) from api_token t join user_account a on a.id = t.account_id "
                + "where a.username = ?").param(username).query(Long.class).single()).isZero();
        // 400 days is allowed, and so is the cap.
        create(username, "một năm", today().plusDays(400));
        create(username, "hai năm", today().plusDays(730));
    }

    @Test
    void garbageAndUnknownTokensAre401Problems() throws Exception {
        for (String header : List.of("Bearer garbage", "Bearer tdp_" + "A".repeat(43), "Bearer a b c", "Bearer ",
                "Bearer tdp_%%%")) {
            MockHttpServletResponse r = call(get("/api/v1/me").header("Authorization", header));
            assertThat(r.getStatus()).as(header).isEqualTo(401);
            assertThat(r.getContentType()).as(header).startsWith("application/problem+json");
            assertThat(code(r)).as(header).isIn("unauthorized");
        }
        // A write with a bad token is refused as unauthenticated, not as a missing CSRF token.
        MockHttpServletResponse write = call(post("/api/v1/petitions").header("Authorization", "Bearer nope")
                .contentType(MediaType.APPLICATION_JSON).content(intake(province())));
        assertThat(write.getStatus()).isEqualTo(401);
    }

    @Test
    void theOwnersStateDecides() throws Exception {
        String username = newUser(Role.HANDLER, province());
        String token = create(username, "trạng thái", today().plusDays(30)).get("token").asString();
        jdbc.sql("update user_account set enabled = false where username = ?").param(username).update();
        assertThat(bearer(get("/api/v1/me"), token).getStatus()).isEqualTo(401);
        jdbc.sql("update user_account set enabled = true, locked_until = now() + interval '1 hour' where username = ?")
                .param(username).update();
        assertThat(bearer(get("/api/v1/me"), token).getStatus()).isEqualTo(401);
        jdbc.sql("update user_account set locked_until = null where username = ?").param(username).update();
        assertThat(bearer(get("/api/v1/me"), token).getStatus()).isEqualTo(200);
        // A role withdrawn is withdrawn from the token at once: roles are read at each call.
        jdbc.sql("delete from role_grant where user_id = (select id from user_account where username = ?)")
                .param(username).update();
        JsonNode me = json.readTree(bearer(get("/api/v1/me"), token).getContentAsString(StandardCharsets.UTF_8));
        assertThat(me.get("roles").size()).isZero();
        // The account deleted: its tokens go with it.
        jdbc.sql("delete from user_account where username = ?").param(username).update();
        assertThat(bearer(get("/api/v1/me"), token).getStatus()).isEqualTo(401);
    }

    @Test
    void aTokenCannotMintTokensAndTwoFactorRolesNeedATwoFactorSignIn() throws Exception {
        String username = newUser(Role.HEAD, province());
        String token = create(username, "trước chính sách", today().plusDays(30)).get("token").asString();
        MockHttpServletResponse minted = bearer(post("/api/v1/me/tokens").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"con\", \"expiresOn\": \"" + today().plusDays(5) + "\"}"), token);
        assertThat(minted.getStatus()).isEqualTo(403);
        assertThat(code(minted)).isEqualTo("token-needs-sign-in");

        Set<Role> roles = twoFactor.requiredRoles();
        boolean reveal = twoFactor.revealNeedsIt();
        twoFactor.configure(Set.of(Role.HEAD), reveal);
        try {
            // The role now requires a second factor the account never set up: its token stops working.
            MockHttpServletResponse refused = bearer(get("/api/v1/me"), token);
            assertThat(refused.getStatus()).isEqualTo(401);
            assertThat(code(refused)).isEqualTo("token-two-factor-required");

            UserDetails user = users.loadUserByUsername(username);
            String body = "{\"name\": \"phiên\", \"expiresOn\": \"" + today().plusDays(5) + "\"}";
            MockHttpServletResponse passwordOnly = call(post("/api/v1/me/tokens").with(csrf())
                    .with(authentication(session(user, false))).contentType(MediaType.APPLICATION_JSON).content(body));
            assertThat(passwordOnly.getStatus()).isEqualTo(403);
            assertThat(code(passwordOnly)).isEqualTo("token-needs-two-factor");
            MockHttpServletResponse withCode = call(post("/api/v1/me/tokens").with(csrf())
                    .with(authentication(session(user, true))).contentType(MediaType.APPLICATION_JSON).content(body));
            assertThat(withCode.getStatus()).isEqualTo(201);
        } finally {
            twoFactor.configure(roles, reveal);
        }
    }

    private static Authentication session(UserDetails user, boolean secondFactor) {
        List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
        if (secondFactor) {
            authorities.add(new SimpleGrantedAuthority(TwoFactor.FACTOR));
        }
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }

    @Test
    void theAccountPageCreatesShowsOnceListsAndRevokes() throws Exception {
        String username = newUser(Role.HANDLER, province());
        Authentication me = session(users.loadUserByUsername(username), false);

        MockHttpServletResponse page = call(get("/account/tokens").with(authentication(me)));
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString(StandardCharsets.UTF_8)).contains("Mã truy cập API", "Tạo mã",
                Dates.format(today().plusDays(90)));

        // Bad input: the form again, the error beside the field, the typed values kept.
        MockHttpServletResponse past = call(post("/account/tokens").with(csrf()).with(authentication(me))
                .param("name", "Máy chủ đồng bộ").param("expiresOn", Dates.format(today().minusDays(3))));
        String pastPage = past.getContentAsString(StandardCharsets.UTF_8);
        assertThat(past.getStatus()).isEqualTo(200);
        assertThat(pastPage).contains("Ngày hết hạn không được trước hôm nay.", "name=\"name\" value=\"M&aacute;y chủ đồng bộ\"",
                Dates.format(today().minusDays(3)), "is-invalid");
        MockHttpServletResponse garbage = call(post("/account/tokens").with(csrf()).with(authentication(me))
                .param("name", "Máy chủ đồng bộ").param("expiresOn", "31/02/2027"));
        assertThat(garbage.getContentAsString(StandardCharsets.UTF_8)).contains("Ngày không hợp lệ", "31/02/2027");

        MockHttpServletResponse created = call(post("/account/tokens").with(csrf()).with(authentication(me))
                .param("name", "Máy chủ đồng bộ").param("expiresOn", Dates.format(today().plusDays(60))));
        assertThat(created.getStatus()).isEqualTo(200);
        assertThat(created.getHeader("Cache-Control")).contains("no-store");
        String shown = created.getContentAsString(StandardCharsets.UTF_8);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(tdp_[A-Za-z0-9_-]{43})").matcher(shown);
        assertThat(m.find()).as("the token is shown").isTrue();
        String token = m.group(1);
        assertThat(shown).contains("không được hiển thị lại");
        assertThat(bearer(get("/api/v1/me"), token).getStatus()).isEqualTo(200);

        String list = call(get("/account/tokens").with(authentication(me))).getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("Máy chủ đồng bộ", Dates.format(today().plusDays(60))).doesNotContain(token);
        long id = jdbc.sql("select t.id from api_token t join user_account a on a.id = t.account_id where a.username = ?")
                .param(username).query(Long.class).single();
        assertThat(list).contains("/account/tokens/" + id + "/revoke", "data-confirm");

        MockHttpServletResponse revoked = call(post("/account/tokens/" + id + "/revoke").with(csrf())
                .with(authentication(me)));
        assertThat(revoked.getStatus()).isEqualTo(302);
        assertThat(revoked.getRedirectedUrl()).isEqualTo("/account/tokens");
        assertThat(bearer(get("/api/v1/me"), token).getStatus()).isEqualTo(401);

        // Someone else's token from the page: not found.
        String other = newUser(Role.HANDLER, province());
        long othersId = create(other, "khác", today().plusDays(5)).get("id").asLong();
        assertThat(call(post("/account/tokens/" + othersId + "/revoke").with(csrf()).with(authentication(me)))
                .getStatus()).isEqualTo(404);
    }
}
