package org.tiepdan.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tiepdan.FullStackTest;

@FullStackTest
class LoginTest {

    static final String PASSWORD = "MatKhau2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;

    private String newUser() {
        String username = "login" + System.nanoTime();
        accounts.createUser(username, "Lê Thị Đăng Nhập", PASSWORD, Role.VIEWER, null);
        return username;
    }

    @Test
    void theLoginPageIsVietnamese() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Đăng nhập")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Mật khẩu")));
        mvc.perform(get("/login?error")).andExpect(content().string(
                org.hamcrest.Matchers.containsString("Tên đăng nhập hoặc mật khẩu không đúng.")));
    }

    @Test
    void aGoodPasswordLogsInAndIsAudited() throws Exception {
        String username = newUser();
        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/"));
        assertThat(auditRows(username, "LOGIN")).isOne();
    }

    @Test
    void aWrongPasswordIsRefusedAndAudited() throws Exception {
        String username = newUser();
        mvc.perform(formLogin().user(username).password("sai-mat-khau")).andExpect(redirectedUrl("/login?error"));
        assertThat(auditRows(username, "LOGIN_FAILED")).isOne();
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPassword() throws Exception {
        String username = newUser();
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin().user(username).password("sai" + i)).andExpect(redirectedUrl("/login?error"));
        }
        assertThat(auditRows(username, "ACCOUNT_LOCKED")).isOne();
        // Locked: the same answer as a wrong password (SignInHardeningTest), the page says why it may be.
        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/login?error")).andExpect(content().string(
                org.hamcrest.Matchers.containsString("bị tạm khóa")));
    }

    @Test
    void formsNeedTheCsrfToken() throws Exception {
        mvc.perform(post("/login").param("username", "admin").param("password", "x")).andExpect(status().isForbidden());
        mvc.perform(post("/login").param("username", "admin").param("password", "x").with(csrf()))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void pagesNeedALoginAndCarryTheSecurityHeaders() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'")))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }

    @Test
    void aUserChangesTheirPassword() throws Exception {
        String username = newUser();
        var user = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user(username).roles("VIEWER");
        mvc.perform(post("/account/password").with(user).with(csrf())
                        .param("currentPassword", "sai").param("newPassword", "MoiMoi2027").param("confirmPassword", "MoiMoi2027"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Mật khẩu hiện tại không đúng.")));
        mvc.perform(post("/account/password").with(user).with(csrf())
                        .param("currentPassword", PASSWORD).param("newPassword", "ngan").param("confirmPassword", "ngan"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("ít nhất 8 ký tự")));
        mvc.perform(post("/account/password").with(user).with(csrf())
                        .param("currentPassword", PASSWORD).param("newPassword", "MoiMoi2027").param("confirmPassword", "MoiMoi2027"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(formLogin().user(username).password("MoiMoi2027")).andExpect(redirectedUrl("/"));
        assertThat(auditRows(username, "PASSWORD_CHANGE")).isOne();
    }

    private long auditRows(String username, String action) {
        return jdbc.sql("select count(*) from audit_entry where username = ? and action = ?")
                .params(username, action).query(Long.class).single();
    }
}
