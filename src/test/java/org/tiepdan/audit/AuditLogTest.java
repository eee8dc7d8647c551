package org.tiepdan.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.tiepdan.FullStackTest;
import org.tiepdan.account.Accounts;
import org.tiepdan.account.Role;

@FullStackTest
class AuditLogTest {

    @Autowired
    AuditLog audit;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;

    @Test
    void anAuditRowSharesTheFateOfItsTransaction() {
        String id = UUID.randomUUID().toString();
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            audit.record(AuditAction.UPDATE, "Probe", id, null, Map.of("field", "value"));
            throw new IllegalStateException("the change failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(rows(id)).isZero();

        tx.executeWithoutResult(status -> audit.record(AuditAction.UPDATE, "Probe", id, null, Map.of("field", "value")));
        assertThat(rows(id)).isOne();
    }

    @Test
    void secretFieldsAreMaskedInTheSummary() {
        String username = "audit" + System.nanoTime();
        long userId = accounts.createUser(username, "Nguyễn Văn Kiểm", "MatKhau12345", Role.VIEWER, null);
        String summary = jdbc.sql("select summary from audit_entry where entity_type = 'UserAccount' and entity_id = ?"
                + " and action = 'CREATE'").param(String.valueOf(userId)).query(String.class).single();
        assertThat(summary).contains("username=" + username).contains("password=***").doesNotContain("MatKhau12345");
        assertThat(AuditLog.summary(Map.of("denouncerName", "Trần Thị Bí Mật"))).isEqualTo("denouncerName=***");
        assertThat(AuditLog.summary(Map.of("note", AuditLog.secret("Trần Thị Bí Mật")))).isEqualTo("note=***");
    }

    @Test
    void theDatabaseRefusesToRewriteHistory() {
        String id = UUID.randomUUID().toString();
        tx.executeWithoutResult(status -> audit.record(AuditAction.CREATE, "Probe", id, null, Map.of()));
        assertThatThrownBy(() -> jdbc.sql("update audit_entry set action = 'DELETE' where entity_id = ?").param(id).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where entity_id = ?").param(id).update())
                .hasMessageContaining("append-only");
        assertThat(rows(id)).isOne();
    }

    private long rows(String entityId) {
        return jdbc.sql("select count(*) from audit_entry where entity_id = ?").param(entityId).query(Long.class).single();
    }
}
