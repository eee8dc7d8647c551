package org.tiepdan.identity.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongFunction;

import javax.crypto.SecretKey;

import org.springframework.jdbc.core.RowMapper;
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

    /** A sealed value as stored: the row, its associated-data ref, and the key it is under. */
    private record Row(long id, String ref, String keyId, byte[] nonce, byte[] ciphertext) {
    }

    private static final RowMapper<Row> ROW = (rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3),
            rs.getBytes(4), rs.getBytes(5));

    private int persons(Map<String, Integer> missing) {
        SecretKey primary = ring.primary();
        return rotate(after -> jdbc.sql("""
                select id, ref, key_id, nonce, ciphertext from identity_sealed_person
                where id > ? and (key_id <> ? or index_key_id is distinct from ?) order by id limit ?""")
                .params(after, ring.primaryId(), ring.primaryId(), BATCH).query(ROW).list(), r -> {
                    byte[] plain = Sealer.open(ring, r.keyId(), Vault.PERSON, r.ref(), r.nonce(), r.ciphertext());
                    Person p = Vault.readJson(plain, Person.class);
                    Sealer.Sealed s = Sealer.seal(ring, Vault.PERSON, r.ref(), plain);
                    jdbc.sql("""
                            update identity_sealed_person set key_id = ?, nonce = ?, ciphertext = ?, index_key_id = ?,
                                id_index = ?, name_index = ?, email_index = ?, phone_index = ?, contact_indexed = true
                             where id = ?""")
                            .params(s.keyId(), s.nonce(), s.ciphertext(), ring.primaryId(), Vault.idIndex(primary, p),
                                    Vault.nameIndex(primary, p), SealedContacts.emailIndex(primary, p),
                                    SealedContacts.phoneIndex(primary, p), r.id())
                            .update();
                }, missing);
    }

    /** Files are large: a page carries only ids and keys, each file is read on its own. */
    private int files(Map<String, Integer> missing) {
        return rotate(after -> jdbc.sql("""
                select id, null, key_id, null, null from identity_sealed_file where id > ? and key_id <> ?
                order by id limit ?""").params(after, ring.primaryId(), 20).query(ROW).list(), r -> {
                    // One read for both values of the file: its bytes and its metadata.
                    Row[] both = jdbc.sql("""
                            select id, ref, key_id, nonce, ciphertext, meta_nonce, meta_ciphertext
                            from identity_sealed_file where id = ?""").param(r.id())
                            .query((rs, i) -> new Row[] {ROW.mapRow(rs, i), new Row(rs.getLong(1), rs.getString(2),
                                    rs.getString(3), rs.getBytes(6), rs.getBytes(7))})
                            .single();
                    Row data = both[0];
                    Row meta = both[1];
                    Sealer.Sealed d = Sealer.seal(ring, Vault.FILE, data.ref(),
                            Sealer.open(ring, data.keyId(), Vault.FILE, data.ref(), data.nonce(), data.ciphertext()));
                    Sealer.Sealed m = Sealer.seal(ring, Vault.FILE_META, meta.ref(),
                            Sealer.open(ring, meta.keyId(), Vault.FILE_META, meta.ref(), meta.nonce(), meta.ciphertext()));
                    jdbc.sql("""
                            update identity_sealed_file set key_id = ?, nonce = ?, ciphertext = ?, meta_nonce = ?,
                                meta_ciphertext = ? where id = ?""")
                            .params(d.keyId(), d.nonce(), d.ciphertext(), m.nonce(), m.ciphertext(), r.id()).update();
                }, missing);
    }

    private int protections(Map<String, Integer> missing) {
        return rotate(after -> jdbc.sql("""
                select id, ref, key_id, nonce, ciphertext from identity_protection
                where id > ? and key_id <> ? order by id limit ?""")
                .params(after, ring.primaryId(), BATCH).query(ROW).list(), r -> {
                    byte[] plain = Sealer.open(ring, r.keyId(), Vault.PROTECTION, r.ref(), r.nonce(), r.ciphertext());
                    Sealer.Sealed s = Sealer.seal(ring, Vault.PROTECTION, r.ref(), plain);
                    jdbc.sql("update identity_protection set key_id = ?, nonce = ?, ciphertext = ? where id = ?")
                            .params(s.keyId(), s.nonce(), s.ciphertext(), r.id()).update();
                }, missing);
    }

    /**
     * Pages through a table by id (keyset paging: rows re-sealed in place drop out of the next page's
     * filter) and re-seals each row whose key is configured; rows under an unknown key are counted.
     */
    private int rotate(LongFunction<List<Row>> page, Consumer<Row> reseal, Map<String, Integer> missing) {
        int done = 0;
        long after = 0;
        while (true) {
            List<Row> rows = page.apply(after);
            if (rows.isEmpty()) {
                return done;
            }
            for (Row r : rows) {
                after = r.id();
                if (!ring.has(r.keyId())) {
                    missing.merge(r.keyId(), 1, Integer::sum);
                    continue;
                }
                reseal.accept(r);
                done++;
            }
        }
    }
}
