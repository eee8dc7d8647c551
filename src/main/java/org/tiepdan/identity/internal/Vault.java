package org.tiepdan.identity.internal;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.identity.IdentityVault;
import org.tiepdan.identity.Person;
import org.tiepdan.identity.PersonRole;
import org.tiepdan.identity.SealedPerson;
import org.tiepdan.identity.SubjectRef;
import org.tiepdan.platform.DomainException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sealed tables: writes ciphertext under the primary key with keyed blind indexes, and opens it
 * again for {@link RevealService} (after its checks) and for the module's own jobs (re-encryption,
 * duplicate matching). Nothing here logs or returns clear text to a caller outside the module.
 */
@Service
class Vault implements IdentityVault {

    static final String PERSON = "person";
    static final String FILE = "file";
    static final String FILE_META = "file-meta";
    static final String PROTECTION = "protection";
    private static final Locale VI = Locale.forLanguageTag("vi");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final KeyRing ring;
    private final MessageSource messages;

    Vault(JdbcClient jdbc, KeyRing ring, MessageSource messages) {
        this.jdbc = jdbc;
        this.ring = ring;
        this.messages = messages;
    }

    KeyRing ring() {
        return ring;
    }

    // --- what is stored ------------------------------------------------------------------------

    /** The stored (sealed) form of a file's description. */
    record FileMeta(String fileName, String contentType, String sha256, long size) {
    }

    /** A protection measure as entered (sealed as a whole). */
    record Protection(String kind, String decisionNumber, java.time.LocalDate decisionDate, String decidingBody,
            java.time.LocalDate from, java.time.LocalDate to, String note) {
        @Override
        public String toString() {
            return "Protection[***]";
        }
    }

    record OpenPerson(SealedPerson sealed, Integer relatedPosition, Person person) {
        @Override
        public String toString() {
            return "OpenPerson[" + sealed + "]";
        }
    }

    record OpenFile(long id, SubjectRef subject, long unitId, FileMeta meta, byte[] data) {
        @Override
        public String toString() {
            return "OpenFile[" + id + "]";
        }
    }

    record OpenProtection(long id, int personPosition, String status, Protection protection) {
    }

    // --- pseudonyms ----------------------------------------------------------------------------

    @Override
    public String pseudonym(int n) {
        return messages.getMessage("identity.pseudonym.denouncer", new Object[] {n}, VI);
    }

    String relativePseudonym(int n, String denouncer) {
        return messages.getMessage("identity.pseudonym.relative", new Object[] {n, denouncer}, VI);
    }

    // --- sealing ---------------------------------------------------------------------------------

    @Override
    @Transactional
    public List<String> seal(SubjectRef subject, long unitId, String group, List<Person> people) {
        jdbc.sql("delete from identity_sealed_person where subject_type = ? and subject_id = ?")
                .params(subject.type(), subject.id()).update();
        List<String> pseudonyms = new ArrayList<>();
        int position = 0;
        Map<Integer, String> denouncers = new HashMap<>();
        int relatives = 0;
        for (Person p : people) {
            position++;
            if (p.role() == PersonRole.RELATIVE) {
                relatives++;
                String of = denouncers.getOrDefault(1, pseudonym(1));
                String name = relativePseudonym(relatives, of);
                insert(subject, unitId, group, position, p, 1, name);
                pseudonyms.add(name);
                continue;
            }
            String name = pseudonymInGroup(subject, group, p);
            denouncers.putIfAbsent(position, name);
            insert(subject, unitId, group, position, p, null, name);
            pseudonyms.add(name);
        }
        return pseudonyms;
    }

    /** The pseudonym of a person already sealed in the group under the same CCCD or name and address, or the next free one. */
    private String pseudonymInGroup(SubjectRef subject, String group, Person p) {
        String id = idIndex(ring.primary(), p);
        String name = nameIndex(ring.primary(), p);
        if (id != null || name != null) {
            var same = jdbc.sql("""
                    select pseudonym from identity_sealed_person where grp = :grp and role = 'DENOUNCER'
                      and index_key_id = :key and (id_index = cast(:id as text) or name_index = cast(:name as text))
                    order by id limit 1""")
                    .param("grp", group).param("key", ring.primaryId()).param("id", id).param("name", name)
                    .query(String.class).optional();
            if (same.isPresent()) {
                return same.get();
            }
        }
        int used = jdbc.sql("""
                select count(distinct pseudonym) from identity_sealed_person where grp = ? and role = 'DENOUNCER'""")
                .param(group).query(Integer.class).single();
        return pseudonym(used + 1);
    }

    private long insert(SubjectRef subject, long unitId, String group, int position, Person p, Integer related,
            String pseudonym) {
        String ref = UUID.randomUUID().toString();
        Sealer.Sealed s = Sealer.seal(ring, PERSON, ref, json(p));
        return jdbc.sql("""
                insert into identity_sealed_person (subject_type, subject_id, unit_id, grp, position, role,
                    related_position, pseudonym, ref, key_id, nonce, ciphertext, index_key_id, id_index, name_index,
                    email_index, phone_index, contact_indexed, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as uuid), ?, ?, ?, ?, ?, ?, ?, ?, true, ?) returning id""")
                .params(subject.type(), subject.id(), unitId, group, position, p.role().name(), related, pseudonym,
                        ref, s.keyId(), s.nonce(), s.ciphertext(), ring.primaryId(), idIndex(ring.primary(), p),
                        nameIndex(ring.primary(), p), SealedContacts.emailIndex(ring.primary(), p),
                        SealedContacts.phoneIndex(ring.primary(), p), currentUser())
                .query(Long.class).single();
    }

    @Override
    @Transactional
    public String addRelative(SubjectRef subject, long unitId, int denouncerPosition, Person relative) {
        List<SealedPerson> present = people(subject);
        SealedPerson denouncer = present.stream()
                .filter(x -> x.position() == denouncerPosition && x.role() == PersonRole.DENOUNCER).findFirst()
                .orElseThrow(() -> DomainException.invalid("identity-denouncer-unknown", "position"));
        if (relative.fullName() == null || relative.fullName().isBlank()) {
            throw DomainException.invalid("identity-relative-name-required", "fullName");
        }
        int position = present.stream().mapToInt(SealedPerson::position).max().orElse(0) + 1;
        int n = (int) present.stream().filter(x -> x.role() == PersonRole.RELATIVE).count() + 1;
        String name = relativePseudonym(n, denouncer.pseudonym());
        String group = jdbc.sql("select grp from identity_sealed_person where id = ?").param(denouncer.id())
                .query(String.class).single();
        Person r = new Person(PersonRole.RELATIVE, relative.fullName(), relative.idNumber(), relative.address(),
                relative.phone(), relative.email(), relative.relation(), relative.details());
        insert(subject, unitId, group, position, r, denouncerPosition, name);
        return name;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isSealed(SubjectRef subject) {
        return jdbc.sql("select exists (select 1 from identity_sealed_person where subject_type = ? and subject_id = ?)")
                .params(subject.type(), subject.id()).query(Boolean.class).single();
    }

    @Override
    @Transactional(readOnly = true)
    public List<SealedPerson> people(SubjectRef subject) {
        return jdbc.sql("""
                select id, position, role, pseudonym from identity_sealed_person
                where subject_type = ? and subject_id = ? order by position""")
                .params(subject.type(), subject.id())
                .query((rs, i) -> new SealedPerson(rs.getLong(1), rs.getInt(2), PersonRole.valueOf(rs.getString(3)),
                        rs.getString(4)))
                .list();
    }

    @Override
    @Transactional
    public List<String> copy(SubjectRef from, SubjectRef to, long unitId, String group) {
        List<OpenPerson> open = open(from);
        jdbc.sql("delete from identity_sealed_person where subject_type = ? and subject_id = ?")
                .params(to.type(), to.id()).update();
        List<String> names = new ArrayList<>();
        for (OpenPerson o : open) {
            String name = o.sealed().role() == PersonRole.DENOUNCER ? pseudonymInGroup(to, group, o.person())
                    : o.sealed().pseudonym();
            insert(to, unitId, group, o.sealed().position(), o.person(), o.relatedPosition(), name);
            names.add(name);
        }
        return names;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Set<Match>> sameIdentity(SubjectRef subject) {
        Map<Long, Set<Match>> found = new LinkedHashMap<>();
        List<OpenPerson> mine = open(subject).stream().filter(o -> o.sealed().role() == PersonRole.DENOUNCER).toList();
        if (mine.isEmpty()) {
            return found;
        }
        for (String keyId : ring.ids()) {
            var key = ring.key(keyId);
            for (OpenPerson o : mine) {
                String id = idIndex(key, o.person());
                String name = nameIndex(key, o.person());
                jdbc.sql("""
                        select distinct subject_id, coalesce(id_index = cast(:id as text), false) same_id
                        from identity_sealed_person
                        where subject_type = :type and subject_id <> :me and role = 'DENOUNCER' and index_key_id = :key
                          and (id_index = cast(:id as text) or name_index = cast(:name as text))""")
                        .param("id", id).param("name", name).param("type", subject.type()).param("me", subject.id())
                        .param("key", keyId)
                        .query((rs, i) -> {
                            found.computeIfAbsent(rs.getLong(1), x -> EnumSet.noneOf(Match.class))
                                    .add(rs.getBoolean(2) ? Match.SAME_ID_NUMBER : Match.SAME_NAME_ADDRESS);
                            return null;
                        }).list();
            }
        }
        return found;
    }

    @Override
    @Transactional
    public long sealFile(SubjectRef subject, long unitId, String fileName, String contentType, byte[] data) {
        String ref = UUID.randomUUID().toString();
        Sealer.Sealed body = Sealer.seal(ring, FILE, ref, data);
        FileMeta meta = new FileMeta(fileName, contentType, sha256(data), data.length);
        Sealer.Sealed m = Sealer.seal(ring, FILE_META, ref, json(meta));
        return jdbc.sql("""
                insert into identity_sealed_file (subject_type, subject_id, unit_id, ref, key_id, nonce, ciphertext,
                    meta_nonce, meta_ciphertext, created_by)
                values (?, ?, ?, cast(? as uuid), ?, ?, ?, ?, ?, ?) returning id""")
                .params(subject.type(), subject.id(), unitId, ref, body.keyId(), body.nonce(), body.ciphertext(),
                        m.nonce(), m.ciphertext(), currentUser())
                .query(Long.class).single();
    }

    @Override
    @Transactional(readOnly = true)
    public int protections(SubjectRef subject) {
        return jdbc.sql("select count(*) from identity_protection where subject_type = ? and subject_id = ?")
                .params(subject.type(), subject.id()).query(Integer.class).single();
    }

    @Override
    @Transactional(readOnly = true)
    public ProtectionCount protectionsRecorded(java.util.Collection<Long> unitIds, java.time.LocalDate from,
            java.time.LocalDate to) {
        if (unitIds.isEmpty()) {
            return new ProtectionCount(0, 0);
        }
        return jdbc.sql("""
                select count(*), count(*) filter (where status in ('DECIDED', 'ENDED')) from identity_protection
                where unit_id = any(?) and (created_at at time zone 'Asia/Ho_Chi_Minh')::date between ? and ?""")
                .params(unitIds.toArray(Long[]::new), from, to)
                .query((rs, i) -> new ProtectionCount(rs.getLong(1), rs.getLong(2))).single();
    }

    @Transactional
    long addProtection(SubjectRef subject, long unitId, int position, String status, Protection p) {
        String ref = UUID.randomUUID().toString();
        Sealer.Sealed s = Sealer.seal(ring, PROTECTION, ref, json(p));
        return jdbc.sql("""
                insert into identity_protection (subject_type, subject_id, unit_id, person_position, status, ref, key_id,
                    nonce, ciphertext, created_by)
                values (?, ?, ?, ?, ?, cast(? as uuid), ?, ?, ?, ?) returning id""")
                .params(subject.type(), subject.id(), unitId, position, status, ref, s.keyId(), s.nonce(),
                        s.ciphertext(), currentUser())
                .query(Long.class).single();
    }

    // --- opening (module-internal: callers check grants and audit first) --------------------------

    List<OpenPerson> open(SubjectRef subject) {
        return jdbc.sql("""
                select id, position, role, pseudonym, related_position, ref, key_id, nonce, ciphertext
                from identity_sealed_person where subject_type = ? and subject_id = ? order by position""")
                .params(subject.type(), subject.id())
                .query((rs, i) -> new OpenPerson(new SealedPerson(rs.getLong(1), rs.getInt(2),
                        PersonRole.valueOf(rs.getString(3)), rs.getString(4)), (Integer) rs.getObject(5),
                        readJson(Sealer.open(ring, rs.getString(7), PERSON, rs.getString(6), rs.getBytes(8),
                                rs.getBytes(9)), Person.class)))
                .list();
    }

    OpenFile openFile(long id) {
        return jdbc.sql("""
                select id, subject_type, subject_id, unit_id, ref, key_id, nonce, ciphertext, meta_nonce, meta_ciphertext
                from identity_sealed_file where id = ?""").param(id)
                .query(Vault::fileRow).optional()
                .map(r -> new OpenFile(r.id, new SubjectRef(r.type, r.subject), r.unit,
                        readJson(Sealer.open(ring, r.keyId, FILE_META, r.ref, r.metaNonce, r.meta), FileMeta.class),
                        Sealer.open(ring, r.keyId, FILE, r.ref, r.nonce, r.data)))
                .orElseThrow(() -> DomainException.notFound("identity-file-not-found"));
    }

    /** Where a sealed file belongs, without opening it. */
    java.util.Optional<SubjectRef> fileSubject(long id) {
        return jdbc.sql("select subject_type, subject_id from identity_sealed_file where id = ?").param(id)
                .query((rs, i) -> new SubjectRef(rs.getString(1), rs.getLong(2))).optional();
    }

    List<Long> files(SubjectRef subject) {
        return jdbc.sql("select id from identity_sealed_file where subject_type = ? and subject_id = ? order by id")
                .params(subject.type(), subject.id()).query(Long.class).list();
    }

    List<OpenProtection> openProtections(SubjectRef subject) {
        return jdbc.sql("""
                select id, person_position, status, ref, key_id, nonce, ciphertext from identity_protection
                where subject_type = ? and subject_id = ? order by id""")
                .params(subject.type(), subject.id())
                .query((rs, i) -> new OpenProtection(rs.getLong(1), rs.getInt(2), rs.getString(3),
                        readJson(Sealer.open(ring, rs.getString(5), PROTECTION, rs.getString(4), rs.getBytes(6),
                                rs.getBytes(7)), Protection.class)))
                .list();
    }

    private record FileRow(long id, String type, long subject, long unit, String ref, String keyId, byte[] nonce,
            byte[] data, byte[] metaNonce, byte[] meta) {
    }

    private static FileRow fileRow(ResultSet rs, int i) throws SQLException {
        return new FileRow(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getString(5),
                rs.getString(6), rs.getBytes(7), rs.getBytes(8), rs.getBytes(9), rs.getBytes(10));
    }

    // --- helpers -------------------------------------------------------------------------------

    /**
     * The blind index of the identity document number. A card number (CCCD, CMND, personal
     * identification number) is indexed on its digits, as it always was, so indexes written before
     * document kinds were kept still match; a passport number (letters and digits,
     * {@link org.tiepdan.platform.IdDocument#infer}) on its canonical form.
     */
    static String idIndex(javax.crypto.SecretKey key, Person p) {
        String n = org.tiepdan.platform.IdDocument.normalise(p.idNumber());
        if (n != null && org.tiepdan.platform.IdDocument.infer(n)
                .filter(k -> k == org.tiepdan.platform.IdDocumentKind.PASSPORT).isPresent()) {
            return Sealer.blindIndex(key, "id", n);
        }
        String d = Sealer.digits(p.idNumber());
        return d.length() < 9 ? null : Sealer.blindIndex(key, "id", d);
    }

    static String nameIndex(javax.crypto.SecretKey key, Person p) {
        String name = Sealer.fold(p.fullName());
        String address = Sealer.fold(p.address());
        return name.isEmpty() || address.isEmpty() ? null : Sealer.blindIndex(key, "name", name + "|" + address);
    }

    static byte[] json(Object o) {
        return JSON.writeValueAsString(o).getBytes(StandardCharsets.UTF_8);
    }

    static <T> T readJson(byte[] b, Class<T> type) {
        return JSON.readValue(new String(b, StandardCharsets.UTF_8), type);
    }

    static String sha256(byte[] data) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(data));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String currentUser() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? null : auth.getName();
    }
}
