package org.tiepdan.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tiepdan.audit.AuditAction;
import org.tiepdan.audit.AuditLog;
import org.tiepdan.identity.Person;
import org.tiepdan.identity.PersonRole;
import org.tiepdan.identity.SubjectRef;
import org.tiepdan.platform.DemoDataContributor;

/**
 * The demo denunciations (sealed by the petition and reception demo data) get: a relative and a
 * protection measure on the first, a request by the handler {@code xuly} granted by the custodian
 * {@code baomat} for a week on it, and a pending request on the second.
 */
@Component
class IdentityDemoData implements DemoDataContributor {

    private final JdbcClient jdbc;
    private final Vault vault;
    private final AccessRequestRepository requests;
    private final AuditLog audit;
    private final Clock clock;

    IdentityDemoData(JdbcClient jdbc, Vault vault, AccessRequestRepository requests, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.vault = vault;
        this.requests = requests;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public void contribute() {
        List<long[]> sealed = jdbc.sql("""
                select p.id, p.unit_id from petition p where p.identity_sealed and p.state not in ('CONCLUDED', 'PUBLISHED')
                  and exists (select 1 from identity_sealed_person s where s.subject_type = 'PETITION' and s.subject_id = p.id)
                order by p.received_on desc, p.id desc limit 2""")
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        if (sealed.size() < 2) {
            return;
        }
        SubjectRef first = SubjectRef.petition(sealed.get(0)[0]);
        long unit = sealed.get(0)[1];
        vault.addRelative(first, unit, 1, new Person(PersonRole.RELATIVE, "Tạ Thị Hồng", "042172001212",
                "thôn Tân Hòa, xã Kỳ Thượng", null, null, "Vợ", null));
        vault.addProtection(first, unit, 1, "DECIDED", new Vault.Protection(
                "Bảo vệ vị trí công tác, việc làm", "12/QĐ-UBND", LocalDate.now(clock).minusDays(3),
                "Chủ tịch UBND xã Kỳ Thượng", LocalDate.now(clock).minusDays(3), LocalDate.now(clock).plusMonths(6),
                "Người tố cáo là công chức của UBND xã"));
        AccessRequest granted = new AccessRequest(first, unit, "xuly",
                "Cần liên hệ người tố cáo để làm rõ nội dung tố cáo và bổ sung tài liệu", clock.instant());
        granted.grant("baomat", true, Duration.ofDays(7), Duration.ofDays(7), "Chỉ dùng để làm việc với người tố cáo",
                clock.instant());
        requests.saveAndFlush(granted);
        audit.record("baomat", AuditAction.PERMISSION_GRANT, AccessService.REQUEST, granted.id(), unit,
                Map.of("event", "GRANTED", "request", granted.id(), "subject", first.toString(), "requestedBy", "xuly"));
        SubjectRef second = SubjectRef.petition(sealed.get(1)[0]);
        AccessRequest pending = new AccessRequest(second, sealed.get(1)[1], "xuly",
                "Cần đối chiếu chữ ký trên đơn với đơn tố cáo trước đó của cùng người", clock.instant());
        requests.saveAndFlush(pending);
        audit.record("xuly", AuditAction.CREATE, AccessService.REQUEST, pending.id(), sealed.get(1)[1],
                Map.of("event", "REQUESTED", "request", pending.id(), "subject", second.toString(), "requestedBy", "xuly"));
    }
}
