package org.tiepdan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tiepdan.FullStackTest;
import org.tiepdan.account.Accounts;
import org.tiepdan.account.Role;

/** An officer turns on two-factor sign-in from the account menu, then signs in with the code. */
@FullStackTest
class TwoFactorJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;

    private static String code(String secret, long step) throws Exception {
        return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, step);
    }

    @Test
    void enrolWithTheQrCodeThenSignInWithTheCode() throws Exception {
        String username = "journey2fa" + System.nanoTime();
        accounts.createUser(username, "Lý Thị Hai Bước", "MatKhau2026", Role.VIEWER, null);
        try (Browser browser = Browser.open(port)) {
            browser.login(username, "MatKhau2026");
            browser.click("#user-menu").click("#nav-two-factor");
            assertThat(browser.find("#two-factor-qr").getAttribute("src")).startsWith("data:image/png;base64,");
            String secret = browser.text("#two-factor-secret");
            assertThat(secret).matches("[A-Z2-7]{32}");

            browser.type("#code", "000000".equals(code(secret, step())) ? "111111" : "000000")
                    .click("#two-factor-enrol-submit");
            assertThat(browser.text("#code-error")).isEqualTo("Mã xác thực không đúng hoặc đã được dùng.");
            assertThat(browser.text("#two-factor-secret")).isEqualTo(secret);

            long enrolledAt = step();
            browser.type("#code", code(secret, enrolledAt)).click("#two-factor-enrol-submit");
            assertThat(browser.text("#two-factor-enabled")).isEqualTo("Đã bật xác thực hai bước.");
            assertThat(browser.find("#recovery-codes").findElements(org.openqa.selenium.By.tagName("li"))).hasSize(10);
            browser.click("#continue");
            browser.logout();

            browser.login(username, "MatKhau2026");
            assertThat(browser.currentPath()).isEqualTo("/login/two-factor");
            browser.go("/");
            assertThat(browser.currentPath()).isEqualTo("/login/two-factor");
            // The next code (the one typed at enrolment is spent).
            browser.type("#code", code(secret, enrolledAt + 1)).click("#two-factor-submit");
            assertThat(browser.text("#welcome")).isEqualTo("Xin chào, Lý Thị Hai Bước");
        }
    }

    private static long step() {
        return Instant.now().getEpochSecond() / 30;
    }
}
