package org.tiepdan.account.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tiepdan.account.Role;
import org.tiepdan.platform.DomainException;

class UserAccountTest {

    static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    private UserAccount account() {
        return new UserAccount("Can.Bo", "Cán Bộ", encoder.encode("MatKhau2026"), NOW);
    }

    @Test
    void usernamesAreStoredInLowerCase() {
        assertThat(account().username()).isEqualTo("can.bo");
    }

    @Test
    void theFifthFailureLocksForTheLockoutPeriodThenTheCountStartsAgain() {
        UserAccount a = account();
        for (int i = 0; i < 4; i++) {
            assertThat(a.recordFailedLogin(NOW, 5, Duration.ofMinutes(15))).isFalse();
        }
        assertThat(a.isLocked(NOW)).isFalse();
        assertThat(a.recordFailedLogin(NOW, 5, Duration.ofMinutes(15))).isTrue();
        assertThat(a.isLocked(NOW.plusSeconds(14 * 60))).isTrue();
        assertThat(a.isLocked(NOW.plusSeconds(15 * 60))).isFalse();
        assertThat(a.recordFailedLogin(NOW.plusSeconds(16 * 60), 5, Duration.ofMinutes(15))).isFalse();
        assertThat(a.failedLogins()).isOne();
    }

    @Test
    void aSuccessfulLoginClearsTheFailures() {
        UserAccount a = account();
        a.recordFailedLogin(NOW, 5, Duration.ofMinutes(15));
        a.recordSuccessfulLogin();
        assertThat(a.failedLogins()).isZero();
    }

    @Test
    void passwordRules() {
        assertThatThrownBy(() -> UserAccount.checkPasswordStrength("ngan1")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> UserAccount.checkPasswordStrength("chi-co-chu-cai")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> UserAccount.checkPasswordStrength("1234567890")).isInstanceOf(DomainException.class);
        UserAccount.checkPasswordStrength("MatKhau2026");
        UserAccount a = account();
        assertThatThrownBy(() -> a.changePassword(encoder, "sai", "MoiMoi2027", NOW))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("password-current-wrong");
        a.changePassword(encoder, "MatKhau2026", "MoiMoi2027", NOW);
        assertThat(a.toPrincipal(NOW).getPassword()).satisfies(h -> assertThat(encoder.matches("MoiMoi2027", h)).isTrue());
    }

    @Test
    void aRoleIsGrantedOncePerUnit() {
        UserAccount a = account();
        assertThat(a.grant(Role.HANDLER, 7L)).isTrue();
        assertThat(a.grant(Role.HANDLER, 7L)).isFalse();
        assertThat(a.grant(Role.HANDLER, null)).isTrue();
        assertThat(a.toPrincipal(NOW).getAuthorities()).extracting(Object::toString).containsExactly("ROLE_HANDLER");
    }
}
