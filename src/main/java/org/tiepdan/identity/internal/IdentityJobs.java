package org.tiepdan.identity.internal;

import java.util.Map;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tiepdan.audit.AuditAction;
import org.tiepdan.audit.AuditLog;
import org.tiepdan.identity.IdentitySubjects;

/**
 * On every start, before the demo data: (1) the re-seal step — every denunciation identity still in
 * plain columns (rows from before this module, or written around it) is sealed by its module; (2)
 * key rotation — rows under an older key are re-sealed under the primary; (3) rows under a key that
 * is not configured are reported (they cannot be opened). Then, every minute, grants past their
 * time expire (audited).
 */
@Component
@Order(10)
class IdentityJobs implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IdentityJobs.class);

    private final Subjects subjects;
    private final JdbcClient jdbc;
    private final KeyRing ring;
    private final AccessService access;
    private final AuditLog audit;
    private final TransactionTemplate tx;

    IdentityJobs(Subjects subjects, JdbcClient jdbc, KeyRing ring, AccessService access, AuditLog audit,
            TransactionTemplate tx) {
        this.subjects = subjects;
        this.jdbc = jdbc;
        this.ring = ring;
        this.access = access;
        this.audit = audit;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        resealPlain();
        Reencryptor.Result r = reencrypt();
        if (r.total() > 0) {
            log.info("Identity key rotation: re-sealed {} people, {} files, {} protection records under key '{}'",
                    r.persons(), r.files(), r.protections(), ring.primaryId());
        }
    }

    /** The re-seal step; returns how many records were sealed. */
    int resealPlain() {
        int n = 0;
        for (IdentitySubjects s : subjects.all()) {
            int sealed = tx.execute(st -> s.sealPlainDenunciations());
            if (sealed > 0) {
                log.warn("Sealed the denouncer identities of {} {} record(s) that were still in plain columns",
                        sealed, s.type());
                n += sealed;
            }
        }
        return n;
    }

    /** Re-encrypts every row not under the primary key; audited when anything moved. */
    Reencryptor.Result reencrypt() {
        return tx.execute(st -> {
            Reencryptor.Result r = new Reencryptor(jdbc, ring).run();
            for (Map.Entry<String, Integer> m : r.missingKeys().entrySet()) {
                log.error("{} sealed identity row(s) use key '{}', which is not configured: they cannot be opened. "
                        + "Add that key back to TIEPDAN_IDENTITY_KEYS / the key file.", m.getValue(), m.getKey());
            }
            if (r.total() > 0) {
                audit.record("system", AuditAction.UPDATE, "IdentityKeys", ring.primaryId(), null,
                        Map.of("reencrypted", r.total(), "primaryKey", ring.primaryId()));
            }
            return r;
        });
    }

    Map<String, Integer> countsByKey() {
        return new Reencryptor(jdbc, ring).countsByKey();
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    @SchedulerLock(name = "identity-grant-expiry", lockAtMostFor = "PT5M")
    void expireGrants() {
        int n = access.expireDue();
        if (n > 0) {
            log.info("Identity access grants expired: {}", n);
        }
    }
}
