package org.tiepdan;

import java.util.UUID;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.tiepdan.account.Accounts;
import org.tiepdan.account.Role;

/**
 * What a module test ({@code @ApplicationModuleTest}, the fast tier) needs besides its modules:
 * {@code @Import(ModuleTestSupport.class)} on the test. The account module refuses to start on a
 * database without accounts unless TIEPDAN_ADMIN_PASSWORD is set (the real first run), and a module
 * test may be the first test of the run on the fresh test database; so before that check runs, this
 * makes one account with a unique name and a random password nobody knows, never "admin" (the demo
 * data set of the full-stack tests creates that one later on the same database).
 */
@TestConfiguration(proxyBeanMethods = false)
public class ModuleTestSupport {

    @Bean
    InitializingBean oneAccountExists(Accounts accounts) {
        return () -> {
            if (accounts.countUsers() == 0) {
                String name = "module-test-" + System.nanoTime();
                accounts.createUser(name, "Module test", UUID.randomUUID() + "A1", Role.VIEWER, null);
            }
        };
    }
}
