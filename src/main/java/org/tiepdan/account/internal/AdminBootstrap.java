package org.tiepdan.account.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.tiepdan.account.Accounts;
import org.tiepdan.account.Role;

/**
 * The first start of a real installation: with no account at all, create {@code admin} with the
 * password from TIEPDAN_ADMIN_PASSWORD, or refuse to start. Demo mode makes its own accounts.
 * Nodes started together on an empty database race for it: the loser finds the account there and
 * starts normally (the scale-out tier, {@code ScaleOutTest}).
 */
@Component
@Order(10)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private final Accounts accounts;
    private final MessageSource messages;
    private final String adminPassword;
    private final boolean demo;

    AdminBootstrap(Accounts accounts, MessageSource messages,
            @Value("${tiepdan.admin-password:}") String adminPassword,
            @Value("${tiepdan.demo.enabled:false}") boolean demo) {
        this.accounts = accounts;
        this.messages = messages;
        this.adminPassword = adminPassword;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demo || accounts.countUsers() > 0) {
            return;
        }
        if (!StringUtils.hasText(adminPassword)) {
            throw new IllegalStateException(messages.getMessage("bootstrap.admin-password-missing", null,
                    java.util.Locale.forLanguageTag("vi")));
        }
        try {
            accounts.createUser("admin", messages.getMessage("bootstrap.admin-name", null,
                    java.util.Locale.forLanguageTag("vi")), adminPassword, Role.ADMIN, null);
        } catch (RuntimeException e) {
            // Several nodes started together on an empty database: another one created it first.
            if (accounts.countUsers() > 0) {
                log.info("The first administrator account was created by another node");
                return;
            }
            throw e;
        }
        log.info("Created the first administrator account 'admin'");
    }
}
