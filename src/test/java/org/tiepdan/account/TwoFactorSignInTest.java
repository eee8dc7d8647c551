package org.tiepdan.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tiepdan.FullStackTest;

/**
 * Two-factor sign-in end to end through the real filter chains and the database-backed session:
 * enrolment with the QR code and the secret as text, the code after the password, replay,
 * recovery codes, lockout, HTTP Basic, and enforcement by role.
 */
@FullStackTest
class TwoFactorSignInTest {

    static final String PASSWORD = "MatKhau2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TwoFactor twoFactor;

    /** One browser: its cookies (the session) and its address. */
    final class Client {
        final Map<String, Cookie> cookies = new HashMap<>();
        final String address = "10." + ThreadLocalRandom.current().nextInt(1, 255) + "."
                + ThreadLocalRandom.current().nextInt(1, 255) + "." + ThreadLocalRandom.current().nextInt(1, 255);

        MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
            request.with(r -> {
                r.setRemoteAddr(address);
                return r;
            });
            if (!cookies.isEmpty()) {
                request.cookie(cookies.values().toArray(Cookie[]::new));
            }
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            for (Cookie c : response.getCookies()) {
                if (c.getMaxAge() == 0) {
                    cookies.remove(c.getName());
                } else {
                    cookies.put(c.getName(), c);
                }
            }
            return response;
        }

        MockHttpServletResponse get(String url) throws Exception {
            return send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(url));
        }

        MockHttpServletResponse post(String url, String... params) throws Exception {
            MockHttpServletRequestBuilder request =
                    org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url).with(csrf());
            for (int i = 0; i < params.length; i += 2) {
                request.param(params[i], params[i + 1]);
            }
            return send(request);
        }

        String login(String username) throws Exception {
            return post("/login", "username", username, "password", PASSWORD).getRedirectedUrl();
        }
    }

    private String newUser(Role role) {
        String username = "totp" + System.nanoTime();
        accounts.createUser(username, "Hồ Thị Hai Bước", PASSWORD, role, null);
        return username;
    }

    private static String code(String secret, long step) throws Exception {
        return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, step);
    }

    private static long step() {
        return Instant.now().getEpochSecond() / 30;
    }

    private static String secretOn(String page) {
        Matcher m = Pattern.compile("id=\"two-factor-secret\">([A-Z2-7]+)<").matcher(page);
        assertThat(m.find()).as("the secret as text").isTrue();
        return m.group(1);
    }

    private static List<String> recoveryCodes(String page) {
        List<String> codes = new ArrayList<>();
        Matcher m = Pattern.compile("<li>([a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4})</li>").matcher(page);
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }

    /** Enrols from the account page of a signed-in client; returns the secret and the recovery codes. */
    private Map.Entry<String, List<String>> enrol(Client client) throws Exception {
        String page = client.get("/account/two-factor").getContentAsString();
        assertThat(page).contains("data:image/png;base64,");
        String secret = secretOn(page);
        // A wrong code: the same page again, with the same secret and the error beside the field.
        String wrong = client.post("/account/two-factor", "code", "000000".equals(code(secret, step())) ? "111111" : "000000")
                .getContentAsString();
        assertThat(wrong).contains("Mã xác thực không đúng").contains(secret);
        String done = client.post("/account/two-factor", "code", code(secret, step())).getContentAsString();
        List<String> recovery = recoveryCodes(done);
        assertThat(recovery).hasSize(10).doesNotHaveDuplicates();
        return Map.entry(secret, recovery);
    }

    @Test
    void anyoneMayEnrolAndThenSignsInWithTheCode() throws Exception {
        String username = newUser(Role.VIEWER);
        Client browser = new Client();
        assertThat(browser.login(username)).isEqualTo("/");
        var enrolled = enrol(browser);
        String secret = enrolled.getKey();

        // Stored: the secret (never in the log), recovery codes only as hashes.
        assertThat(jdbc.sql("select count(*) from account_recovery_code r join user_account a on a.id = r.account_id"
                + " where a.username = ?").param(username).query(Long.class).single()).isEqualTo(10);
        for (String plain : enrolled.getValue()) {
            assertThat(jdbc.sql("select count(*) from account_recovery_code where code_hash = ?").param(plain)
                    .query(Long.class).single()).isZero();
        }

        Client next = new Client();
        assertThat(next.login(username)).isEqualTo("/login/two-factor");
        // Half-way: no page, no API, until the code.
        assertThat(next.get("/").getRedirectedUrl()).isEqualTo("/login/two-factor");
        assertThat(next.get("/account/two-factor").getRedirectedUrl()).isEqualTo("/login/two-factor");
        assertThat(next.get("/api/v1/me").getStatus()).isEqualTo(401);
        assertThat(next.get("/login/two-factor").getContentAsString()).contains("Mã xác thực");
        // Nor can the half-way session enrol a new secret of its own instead of typing the code.
        assertThat(next.get("/login/two-factor/enrol").getRedirectedUrl()).isEqualTo("/login/two-factor");
        assertThat(next.post("/login/two-factor/enrol", "code", "123456").getRedirectedUrl())
                .isEqualTo("/login/two-factor");
        assertThat(next.get("/").getRedirectedUrl()).isEqualTo("/login/two-factor");

        // The code typed at enrolment is not accepted again (replay); the next one is.
        long used = jdbc.sql("select totp_last_step from user_account where username = ?").param(username)
                .query(Long.class).single();
        assertThat(next.post("/login/two-factor", "code", code(secret, used)).getContentAsString())
                .contains("Mã xác thực không đúng hoặc đã được dùng.");
        assertThat(next.post("/login/two-factor", "code", code(secret, used + 1)).getRedirectedUrl()).isEqualTo("/");
        assertThat(next.get("/").getStatus()).isEqualTo(200);
        assertThat(next.get("/api/v1/me").getStatus()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from audit_entry where username = ? and action = 'LOGIN'"
                + " and summary::text like '%totp%'").param(username).query(Long.class).single()).isOne();

        // A recovery code works once.
        String recovery = enrolled.getValue().get(3);
        Client lostPhone = new Client();
        lostPhone.login(username);
        assertThat(lostPhone.post("/login/two-factor", "code", recovery.toUpperCase()).getRedirectedUrl()).isEqualTo("/");
        Client again = new Client();
        again.login(username);
        assertThat(again.post("/login/two-factor", "code", recovery).getContentAsString())
                .contains("Mã xác thực không đúng");

        // HTTP Basic is a password alone: refused with a code.
        var basic = mvc.perform(get("/api/v1/me").with(httpBasic(username, PASSWORD))).andReturn().getResponse();
        assertThat(basic.getStatus()).isEqualTo(401);
        assertThat(basic.getContentAsString()).contains("\"code\":\"two-factor-required\"");
    }

    @Test
    void wrongCodesLockTheAccountLikeWrongPasswords() throws Exception {
        String username = newUser(Role.VIEWER);
        Client browser = new Client();
        browser.login(username);
        String secret = enrol(browser).getKey();
        Client guesser = new Client();
        assertThat(guesser.login(username)).isEqualTo("/login/two-factor");
        String wrong = code(secret, step()).equals("123456") ? "654321" : "123456";
        for (int i = 0; i < 3; i++) {
            assertThat(guesser.post("/login/two-factor", "code", wrong).getRedirectedUrl()).isNull();
        }
        // Typing the password again does not wipe the count of wrong codes.
        assertThat(guesser.login(username)).isEqualTo("/login/two-factor");
        String last = null;
        for (int i = 0; i < 2; i++) {
            MockHttpServletResponse r = guesser.post("/login/two-factor", "code", wrong);
            last = r.getRedirectedUrl();
        }
        // Locked: the half-open session ends with the answer every failed sign-in gets.
        assertThat(last).isEqualTo("/login?error");
        assertThat(guesser.get("/petitions").getRedirectedUrl()).endsWith("/login");
        assertThat(new Client().login(username)).isEqualTo("/login?error");
    }

    @Test
    void aRequiredRoleIsSentToEnrolmentAndKeptOffHttpBasic() throws Exception {
        Set<Role> roles = twoFactor.requiredRoles();
        boolean reveal = twoFactor.revealNeedsIt();
        twoFactor.configure(Set.of(Role.HEAD), reveal);
        try {
            String head = newUser(Role.HEAD);
            var basic = mvc.perform(get("/api/v1/me").with(httpBasic(head, PASSWORD))).andReturn().getResponse();
            assertThat(basic.getStatus()).isEqualTo(401);
            assertThat(basic.getContentAsString()).contains("\"code\":\"two-factor-required\"");

            Client browser = new Client();
            assertThat(browser.login(head)).isEqualTo("/login/two-factor/enrol");
            assertThat(browser.get("/").getRedirectedUrl()).isEqualTo("/login/two-factor");
            assertThat(browser.get("/login/two-factor").getRedirectedUrl()).isEqualTo("/login/two-factor/enrol");
            String page = browser.get("/login/two-factor/enrol").getContentAsString();
            assertThat(page).contains("bắt buộc xác thực hai bước").contains("data:image/png;base64,");
            String secret = secretOn(page);
            String done = browser.post("/login/two-factor/enrol", "code", code(secret, step())).getContentAsString();
            assertThat(recoveryCodes(done)).hasSize(10);
            assertThat(browser.get("/").getStatus()).isEqualTo(200);

            // A role outside the list signs in with the password alone.
            assertThat(new Client().login(newUser(Role.VIEWER))).isEqualTo("/");
        } finally {
            twoFactor.configure(roles, reveal);
        }
    }

    @Test
    void theRoleListIsParsedAndEmptyTurnsEnforcementOff() {
        assertThat(TwoFactor.parse("ADMIN, head ,IDENTITY_CUSTODIAN")).containsExactlyInAnyOrder(
                Role.ADMIN, Role.HEAD, Role.IDENTITY_CUSTODIAN);
        TwoFactor off = new TwoFactor("", true);
        assertThat(off.enforced()).isFalse();
        assertThat(off.requiredFor(Set.of(Role.ADMIN))).isFalse();
        TwoFactor on = new TwoFactor("ADMIN,HEAD,IDENTITY_CUSTODIAN", true);
        assertThat(on.requiredFor(Set.of(Role.VIEWER, Role.HEAD))).isTrue();
        assertThat(on.requiredFor(Set.of(Role.HANDLER))).isFalse();
    }

    @Test
    void aRevealNeedsATwoFactorSessionUnlessTheDemoTurnsItOff() {
        try {
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    "baomat", null, List.of(new SimpleGrantedAuthority("ROLE_IDENTITY_CUSTODIAN"))));
            assertThat(new TwoFactor("", true).revealAllowed()).as("a password alone").isFalse();
            assertThat(new TwoFactor("", false).revealAllowed()).as("the demo").isTrue();
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    "baomat", null, List.of(new SimpleGrantedAuthority("ROLE_IDENTITY_CUSTODIAN"),
                            new SimpleGrantedAuthority(TwoFactor.FACTOR))));
            assertThat(new TwoFactor("", true).revealAllowed()).as("after the code").isTrue();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
