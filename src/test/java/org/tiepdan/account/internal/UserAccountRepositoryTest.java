package org.tiepdan.account.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.tiepdan.account.Role;

/** The JPA mapping against the real schema (embedded PostgreSQL, Flyway), and optimistic locking. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
// The slice has no @Component Java migrations (calendar V11); when a full-stack context migrated
// the shared test database first, Flyway must not fail on that "missing" applied migration.
@org.springframework.test.context.TestPropertySource(properties = "spring.flyway.ignore-migration-patterns=*:missing")
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class UserAccountRepositoryTest {

    @Autowired
    UserAccountRepository accounts;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager txManager;

    @Test
    void anAccountWithItsGrantsRoundTrips() {
        String name = "repo" + System.nanoTime();
        UserAccount account = new UserAccount(name, "Trịnh Văn Lưu", "{noop}x", Instant.now());
        account.grant(Role.REPORTER, null);
        accounts.saveAndFlush(account);
        UserAccount loaded = accounts.findByUsername(name).orElseThrow();
        assertThat(loaded.grantViews()).extracting(g -> g.role()).containsExactly(Role.REPORTER);
    }

    @Test
    void aStaleCopyCannotOverwriteANewerOne() {
        String name = "stale" + System.nanoTime();
        long id = accounts.saveAndFlush(new UserAccount(name, "Lý Thị Cũ", "{noop}x", Instant.now())).id();
        TransactionTemplate tx = new TransactionTemplate(txManager);
        UserAccount first = tx.execute(s -> accounts.findById(id).orElseThrow());
        UserAccount second = tx.execute(s -> accounts.findById(id).orElseThrow());
        first.disable();
        tx.executeWithoutResult(s -> accounts.saveAndFlush(first));
        second.unlock();
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> accounts.saveAndFlush(second)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }
}
