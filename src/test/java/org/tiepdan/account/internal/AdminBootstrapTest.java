package org.tiepdan.account.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.tiepdan.account.Accounts;
import org.tiepdan.account.Role;

class AdminBootstrapTest {

    static class RecordingAccounts implements Accounts {
        final List<String> created = new ArrayList<>();
        long users;

        @Override
        public long createUser(String username, String fullName, String password, Role role, Long unitId) {
            created.add(username + ":" + role + ":" + unitId);
            return ++users;
        }

        @Override
        public void grant(long userId, Role role, Long unitId) {
        }

        @Override
        public long countUsers() {
            return users;
        }
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages_vi");
        source.setDefaultEncoding("UTF-8");
        return source;
    }

    @Test
    void refusesToStartWithoutAnAdminPasswordOutsideDemoMode() {
        AdminBootstrap bootstrap = new AdminBootstrap(new RecordingAccounts(), messages(), "", false);
        assertThatThrownBy(() -> bootstrap.run(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("TIEPDAN_ADMIN_PASSWORD")
                .hasMessageContaining("Chưa có tài khoản nào");
    }

    @Test
    void createsTheFirstAdministratorFromTheEnvironment() {
        RecordingAccounts accounts = new RecordingAccounts();
        new AdminBootstrap(accounts, messages(), "MatKhau2026", false).run(null);
        assertThat(accounts.created).containsExactly("admin:ADMIN:null");
    }

    @Test
    void doesNothingWhenAccountsExistOrInDemoMode() {
        RecordingAccounts accounts = new RecordingAccounts();
        accounts.users = 3;
        new AdminBootstrap(accounts, messages(), "", false).run(null);
        RecordingAccounts empty = new RecordingAccounts();
        new AdminBootstrap(empty, messages(), "", true).run(null);
        assertThat(accounts.created).isEmpty();
        assertThat(empty.created).isEmpty();
    }
}
