package org.tiepdan.identity.internal;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.crypto.SecretKey;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.audit.AuditAction;
import org.tiepdan.audit.AuditLog;
import org.tiepdan.identity.Person;
import org.tiepdan.identity.PersonRole;
import org.tiepdan.identity.SealedAddresses;
import org.tiepdan.identity.SubjectRef;
import org.tiepdan.platform.CitizenNotifier;
import org.tiepdan.platform.Contacts;

/**
 * {@link SealedAddresses}: keyed hashes of the sealed contacts (written with every sealed person, see
 * {@link Vault}), and the sending step that opens a subject's people, takes the address of the medium
 * and hands it to the notifier within the same call. A refusal by the carrier
 * ({@link CitizenNotifier.NotDelivered}) is thrown on and rolls back the audit row: the caller's event
 * stays pending and the address is opened again for the next attempt, never kept.
 */
@Service
class SealedContacts implements SealedAddresses {

    private static final Logger log = LoggerFactory.getLogger(SealedContacts.class);

    private final JdbcClient jdbc;
    private final Vault vault;
    private final ObjectProvider<CitizenNotifier> notifier;
    private final AuditLog audit;

    SealedContacts(JdbcClient jdbc, Vault vault, ObjectProvider<CitizenNotifier> notifier, AuditLog audit) {
        this.jdbc = jdbc;
        this.vault = vault;
        this.notifier = notifier;
        this.audit = audit;
    }

    /** The keyed hash of a person's e-mail address (canonical form), or null. */
    static String emailIndex(SecretKey key, Person p) {
        return Contacts.email(p.email()).map(e -> Sealer.blindIndex(key, "email", e)).orElse(null);
    }

    /** The keyed hash of a person's phone number (canonical form), or null. */
    static String phoneIndex(SecretKey key, Person p) {
        return Contacts.phone(p.phone()).map(n -> Sealer.blindIndex(key, "phone", n)).orElse(null);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> subjectsReachableAt(String subjectType, String contact) {
        Optional<String> email = Contacts.email(contact);
        Optional<String> phone = email.isPresent() ? Optional.empty() : Contacts.phone(contact);
        Set<Long> found = new LinkedHashSet<>();
        if (email.isEmpty() && phone.isEmpty()) {
            return found;
        }
        for (String keyId : vault.ring().ids()) {
            SecretKey key = vault.ring().key(keyId);
            String column = email.isPresent() ? "email_index" : "phone_index";
            String index = email.isPresent() ? Sealer.blindIndex(key, "email", email.get())
                    : Sealer.blindIndex(key, "phone", phone.get());
            found.addAll(jdbc.sql("select distinct subject_id from identity_sealed_person where subject_type = ? "
                    + "and role = 'DENOUNCER' and index_key_id = ? and " + column + " = ? order by subject_id")
                    .params(subjectType, keyId, index).query(Long.class).list());
        }
        return found;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean reachable(SubjectRef subject, CitizenNotifier.Medium medium) {
        String column = medium == CitizenNotifier.Medium.EMAIL ? "email_index" : "phone_index";
        return jdbc.sql("select exists (select 1 from identity_sealed_person where subject_type = ? and subject_id = ? "
                + "and role = 'DENOUNCER' and " + column + " is not null)").params(subject.type(), subject.id())
                .query(Boolean.class).single();
    }

    @Override
    @Transactional
    public int send(SubjectRef subject, CitizenNotifier.Medium medium, CitizenNotifier.Message message) {
        CitizenNotifier to = notifier.getIfAvailable();
        if (to == null) {
            return 0;
        }
        int sent = 0;
        Long unitId = null;
        for (Vault.OpenPerson o : vault.open(subject)) {
            if (o.sealed().role() != PersonRole.DENOUNCER) {
                continue;
            }
            Optional<String> address = medium == CitizenNotifier.Medium.EMAIL ? Contacts.email(o.person().email())
                    : Contacts.phone(o.person().phone());
            if (address.isPresent()) {
                to.send(medium, address.get(), message.toSealed(subject.toString()));
                sent++;
            }
        }
        if (sent > 0) {
            unitId = jdbc.sql("select unit_id from identity_sealed_person where subject_type = ? and subject_id = ? "
                    + "order by position limit 1").params(subject.type(), subject.id()).query(Long.class)
                    .optional().orElse(null);
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("subject", subject.toString());
            summary.put("notification", medium.name());
            summary.put("recipients", sent);
            audit.record(AuditAction.EXPORT, "SealedNotification", subject.id(), unitId, summary);
        }
        return sent;
    }

    /**
     * Rows sealed before the contact hashes existed get them once, at start-up (on every node: each
     * row is updated by whichever node reaches it; the values are the same). Key rotation recomputes
     * them with the other indexes ({@link Reencryptor}).
     */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void indexOldRows() {
        var rows = jdbc.sql("""
                select id, ref, key_id, nonce, ciphertext, index_key_id from identity_sealed_person
                where not contact_indexed and index_key_id is not null order by id limit 10000""")
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBytes(4),
                        rs.getBytes(5), rs.getString(6)})
                .list();
        int done = 0;
        for (Object[] r : rows) {
            try {
                Person p = Vault.readJson(Sealer.open(vault.ring(), (String) r[2], Vault.PERSON, (String) r[1],
                        (byte[]) r[3], (byte[]) r[4]), Person.class);
                SecretKey key = vault.ring().key((String) r[5]);
                jdbc.sql("""
                        update identity_sealed_person set email_index = ?, phone_index = ?, contact_indexed = true
                         where id = ?""")
                        .params(emailIndex(key, p), phoneIndex(key, p), r[0]).update();
                done++;
            } catch (RuntimeException e) {
                // A row under a key this node lacks stays for a node (or a start) that has it.
                log.warn("Sealed person {} not indexed by contact: {}", r[0], e.getClass().getSimpleName());
            }
        }
        if (done > 0) {
            log.info("Indexed the contacts of {} sealed people", done);
        }
    }
}
