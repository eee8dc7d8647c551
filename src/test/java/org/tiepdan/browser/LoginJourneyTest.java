package org.tiepdan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tiepdan.FullStackTest;
import org.tiepdan.account.Accounts;
import org.tiepdan.account.Role;

@FullStackTest
class LoginJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;

    @Test
    void aWrongPasswordShowsTheVietnameseMessageThenTheRightOneLogsInAndOut() {
        String username = "journey" + System.nanoTime();
        accounts.createUser(username, "Hoàng Thị Hành Trình", "MatKhau2026", Role.VIEWER, null);
        try (Browser browser = Browser.open(port)) {
            browser.login(username, "mat-khau-sai");
            assertThat(browser.text("#login-error")).startsWith("Tên đăng nhập hoặc mật khẩu không đúng.");

            browser.login(username, "MatKhau2026");
            assertThat(browser.text("#welcome")).isEqualTo("Xin chào, Hoàng Thị Hành Trình");

            browser.logout();
            assertThat(browser.text("#logged-out")).isEqualTo("Bạn đã đăng xuất.");
            // Signed out, the site's root is the citizens' site; a staff page still asks for the sign-in.
            browser.go("/");
            assertThat(browser.currentPath()).isEqualTo("/public");
            browser.go("/petitions");
            assertThat(browser.currentPath()).startsWith("/login");
        }
    }
}
