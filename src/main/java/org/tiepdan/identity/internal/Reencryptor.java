package org.tiepdan.identity.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.SecretKey;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.tiepdan.identity.Person;

/**
 * Key rotation: re-seals every row not under the primary key (and recomputes the blind indexes
 * under it), in batches, each row in place with a fresh nonce. Rows under a key that is not
 * configured are counted, never touched. After a run with nothing left under an old key, that key
 * can be removed from the configuration.
 */
final class Reencryptor {

    static final int BATCH = 200;

    record Result(int persons, int files, int protections, Map<String, Integer> missingKeys) {
        int total() {
            return persons + files + protections;
        }
    }

    private final JdbcClient jdbc;
    private final KeyRing ring;

    Reencryptor(JdbcClient jdbc, KeyRing ring) {
        this.jdbc = jdbc;
        this.ring = ring;
    }

    Result run() {
        Map<String, Integer> missing = new LinkedHashMap<>();
        return new Result(persons(missing), files(missing), protections(missing), missing);
    }

    /** Rows per key id, over the three sealed tables. */
    Map<String, Integer> countsByKey() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String table : List.of("identity_sealed_person", "identity_sealed_file", "identity_protection")) {
            jdbc.sql("select key_id, count(*) from " + table + " group by key_id order by key_id")
                    .query((rs, i) -> counts.merge(rs.getString(1), rs.getInt(2), Integer::sum)).list();
        }
        return counts;
    }

    private int persons(Map<String, Integer> missing) {
        int done = 0;
        long after = 0;
        SecretKey primary = ring.primary();
        while (true) {
            var rows = jdbc.sql("""
                    select id, ref, key_id, nonce, ciphertext from identity_sealed_person
                    where id > ? and (key_id <> ? or index_key_id is distinct from ?) order by id limit ?""")
                    .params(after, ring.primaryId(), ring.primaryId(), BATCH)
                    .query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBytes(4),
                            rs.getBytes(5)})
                    .list();
            if (rows.isEmpty()) {
                return done;
            }
            for (Object[] r : rows) {
                after = (Long) r[0];
                String keyId = (String) r[2];
                if (!ring.has(keyId)) {
                    missing.merge(keyId, 1, Integer::sum);
                    continue;
                }
                byte[] plain = Sealer.open(ring, keyId, Vault.PERSON, (String) r[1], (byte[]) r[3], (byte[]) r[4]);
                Person p = Vault.readJson(plain, Person.class);
                Sealer.Sealed s = Sealer.seal(ring, Vault.PERSON, (String) r[1], plain);
                jdbc.sql("""
                        update identity_sealed_person set key_id = ?, nonce = ?, ciphertext = ?, index_key_id = ?,
                            id_index = ?, name_index = ? where id = ?""")
                        .params(s.keyId(), s.nonce(), s.ciphertext(), ring.primaryId(), Vault.idIndex(primary, p),
                                Vault.nameIndex(primary, p), r[0])
                        .update();
                done++;
            }
        }
    }

    private int files(Map<String, Integer> missing) {
        int done = 0;
        long after = 0;
        while (true) {
            var rows = jdbc.sql("""
                    select id, key_id from identity_sealed_file where id > ? and key_id <> ? order by id limit ?""")
                    .params(after, ring.primaryId(), 20)
                    .query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2)}).list();
            if (rows.isEmpty()) {
                return done;
            }
            for (Object[] r : rows) {
                after = (Long) r[0];
                String keyId = (String) r[1];
                if (!ring.has(keyId)) {
                    missing.merge(keyId, 1, Integer::sum);
                    continue;
                }
                var row = jdbc.sql("""
                        select ref, nonce, ciphertext, meta_nonce, meta_ciphertext from identity_sealed_file where id = ?""")
                        .param(r[0]).query((rs, i) -> new Object[] {rs.getString(1), rs.getBytes(2), rs.getBytes(3),
                                rs.getBytes(4), rs.getBytes(5)})
                        .single();
                String ref = (String) row[0];
                byte[] data = Sealer.open(ring, keyId, Vault.FILE, ref, (byte[]) row[1], (byte[]) row[2]);
                byte[] meta = Sealer.open(ring, keyId, Vault.FILE_META, ref, (byte[]) row[3], (byte[]) row[4]);
                Sealer.Sealed d = Sealer.seal(ring, Vault.FILE, ref, data);
                Sealer.Sealed m = Sealer.seal(ring, Vault.FILE_META, ref, meta);
                jdbc.sql("""
                        update identity_sealed_file set key_id = ?, nonce = ?, ciphertext = ?, meta_nonce = ?,
                            meta_ciphertext = ? where id = ?""")
                        .params(d.keyId(), d.nonce(), d.ciphertext(), m.nonce(), m.ciphertext(), r[0]).update();
                done++;
            }
        }
    }

    private int protections(Map<String, Integer> missing) {
        int done = 0;
        long after = 0;
        while (true) {
            var rows = jdbc.sql("""
                    select id, ref, key_id, nonce, ciphertext from identity_protection
                    where id > ? and key_id <> ? order by id limit ?""")
                    .params(after, ring.primaryId(), BATCH)
                    .query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBytes(4),
                            rs.getBytes(5)})
                    .list();
            if (rows.isEmpty()) {
                return done;
            }
            for (Object[] r : rows) {
                after = (Long) r[0];
                String keyId = (String) r[2];
                if (!ring.has(keyId)) {
                    missing.merge(keyId, 1, Integer::sum);
                    continue;
                }
                byte[] plain = Sealer.open(ring, keyId, Vault.PROTECTION, (String) r[1], (byte[]) r[3], (byte[]) r[4]);
                Sealer.Sealed s = Sealer.seal(ring, Vault.PROTECTION, (String) r[1], plain);
                jdbc.sql("update identity_protection set key_id = ?, nonce = ?, ciphertext = ? where id = ?")
                        .params(s.keyId(), s.nonce(), s.ciphertext(), r[0]).update();
                done++;
            }
        }
    }
}
