package org.tiepdan.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.test.web.support.WebTestUtils;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tiepdan.DemoUsers;
import org.tiepdan.FullStackTest;

/** The sign-in defects of issue 16: who exists, throttling by address, api-docs, sessions, headers. */
@FullStackTest
class SignInHardeningTest {

    static final String PASSWORD = "MatKhau2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WebApplicationContext context;
    @Autowired
    CsrfTokenRepository csrfTokens;

    private String newUser() {
        String username = "signin" + System.nanoTime();
        accounts.createUser(username, "Trần Văn Thử", PASSWORD, Role.VIEWER, null);
        return username;
    }

    /** A documentation address of its own, so that no other test's failures count against it. */
    private static String freshAddress() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(1, 255) + "." + r.nextInt(1, 255) + "." + r.nextInt(1, 255);
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder login(String username,
            String password, String address) {
        return post("/login").with(csrf()).param("username", username).param("password", password).with(from(address));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void aLockedAccountAndAnUnknownNameGetTheSameAnswer() throws Exception {
        String username = newUser();
        String address = freshAddress();
        for (int i = 0; i < 5; i++) {
            mvc.perform(login(username, "sai" + i, address))
                    .andExpect(redirectedUrl("/login?error"));
        }
        // The right password of a locked account, a wrong one, and a name nobody has: one answer.
        mvc.perform(login(username, PASSWORD, freshAddress()))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(login("khongcoai" + System.nanoTime(), PASSWORD, freshAddress()))
                .andExpect(redirectedUrl("/login?error"));
        // The account is locked all the same (the audit says so to administrators).
        assertThat(jdbc.sql("select count(*) from audit_entry where username = ? and action = 'ACCOUNT_LOCKED'")
                .param(username).query(Long.class).single()).isOne();
        String page = mvc.perform(get("/login?error")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Tên đăng nhập hoặc mật khẩu không đúng.").doesNotContain("bị khóa do");
    }

    @Test
    void oneAddressFailingOverManyNamesIsThrottledWithTheSameAnswer() throws Exception {
        String username = newUser();
        String address = freshAddress();
        // 30 names in a burst, as the probe did: the first 20 are tried, the rest are not.
        for (int i = 0; i < 30; i++) {
            mvc.perform(login("doan" + i + "x" + System.nanoTime(), "sai", address))
                    .andExpect(redirectedUrl("/login?error"));
        }
        assertThat(jdbc.sql("select count(*) from login_failure where address = ?").param(address)
                .query(Long.class).single()).isEqualTo(20);
        // Even the right password is not tried from that address, on the form or with HTTP Basic...
        mvc.perform(login(username, PASSWORD, address))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/api/v1/me").with(httpBasic(username, PASSWORD)).with(from(address)))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("unauthorized"));
        // ...and the accounts behind those names are not locked: elsewhere the right password works.
        mvc.perform(login(username, PASSWORD, freshAddress()))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void httpBasicFailuresCountAgainstTheAddressToo() throws Exception {
        String address = freshAddress();
        for (int i = 0; i < 20; i++) {
            mvc.perform(get("/api/v1/me").with(httpBasic("khongco" + i, "sai")).with(from(address)))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/me").with(httpBasic(DemoUsers.VIEWER, DemoUsers.PASSWORD)).with(from(address)))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").with(httpBasic(DemoUsers.VIEWER, DemoUsers.PASSWORD)).with(from(freshAddress())))
                .andExpect(status().isOk());
    }

    @Test
    void theOpenApiDescriptionNeedsALogin() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/problem+json")))
                .andExpect(jsonPath("$.code").value("unauthorized"));
        mvc.perform(get("/v3/api-docs").with(httpBasic(DemoUsers.VIEWER, DemoUsers.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.openapi").exists());
        mvc.perform(get("/v3/api-docs").with(user(DemoUsers.VIEWER).roles("VIEWER"))).andExpect(status().isOk());
    }

    @Test
    void theLoginPageWritesNoSessionAndItsFormStillWorks() throws Exception {
        // MockMvc's csrf() swaps a session-backed test store into the shared CsrfFilter for good;
        // put the application's own store back so that this test sees what a browser gets.
        MockHttpServletRequest any = new MockHttpServletRequest(context.getServletContext());
        any.setRequestURI("/login");
        WebTestUtils.setCsrfTokenRepository(any, csrfTokens);
        long before = sessions();
        // Nor does a refused API call or a visit to the public site.
        mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized())
                .andExpect(result -> assertThat(result.getResponse().getCookie("SESSION")).isNull());
        mvc.perform(get("/public")).andExpect(result -> assertThat(result.getResponse().getCookie("SESSION")).isNull());
        MvcResult page = null;
        for (int i = 0; i < 50; i++) {
            page = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn();
            assertThat(page.getResponse().getCookie("SESSION")).isNull();
        }
        assertThat(sessions()).isEqualTo(before);
        // The CSRF token travels in a cookie: the form posted with it signs in.
        Cookie token = page.getResponse().getCookie("XSRF-TOKEN");
        assertThat(token).isNotNull();
        assertThat(token.isHttpOnly()).isTrue();
        String html = page.getResponse().getContentAsString();
        String field = html.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        mvc.perform(post("/login").cookie(token).param("_csrf", field)
                        .param("username", DemoUsers.VIEWER).param("password", DemoUsers.PASSWORD))
                .andExpect(redirectedUrl("/"));
        mvc.perform(post("/login").param("username", DemoUsers.VIEWER).param("password", DemoUsers.PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void thePublicSiteAndTheScreensSendNoReferrer() throws Exception {
        mvc.perform(get("/public")).andExpect(header().string("Referrer-Policy", "no-referrer"));
        mvc.perform(get("/login")).andExpect(header().string("Referrer-Policy", "no-referrer"));
        mvc.perform(get("/api/v1/me").with(httpBasic(DemoUsers.VIEWER, DemoUsers.PASSWORD)))
                .andExpect(header().string("Referrer-Policy", "no-referrer"));
        mvc.perform(get("/open311/v2/services.json")).andExpect(header().string("Referrer-Policy", "no-referrer"));
    }

    private long sessions() {
        return jdbc.sql("select count(*) from spring_session").query(Long.class).single();
    }
}
