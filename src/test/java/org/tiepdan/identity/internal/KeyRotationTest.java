package org.tiepdan.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tiepdan.FullStackTest;
import org.tiepdan.identity.Person;
import org.tiepdan.identity.SubjectRef;
import org.tiepdan.org.AdminTier;
import org.tiepdan.org.NewOrgUnit;
import org.tiepdan.org.OrgUnitKind;
import org.tiepdan.org.OrgUnits;

/**
 * Rotation on the real tables: rows sealed under key A; A and B configured with B primary; the
 * re-encryption job moves every row to B (blind indexes too); with A removed, B alone opens them.
 */
@FullStackTest
class KeyRotationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    MessageSource messages;
    @Autowired
    OrgUnits units;

    final long base = 8_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
    final SubjectRef one = SubjectRef.petition(base);
    final SubjectRef two = SubjectRef.petition(base + 1);

    @AfterEach
    void cleanUp() {
        for (String table : List.of("identity_sealed_person", "identity_sealed_file", "identity_protection")) {
            jdbc.sql("delete from " + table + " where subject_id in (?, ?)").params(base, base + 1).update();
        }
    }

    @Test
    void reencryptThenRemoveTheOldKeyAndEverythingStillOpens() throws Exception {
        long unit = units.create(new NewOrgUnit("Xã Xoay Khóa " + base, OrgUnitKind.ADMINISTRATIVE_AREA,
                AdminTier.COMMUNE, null, null, LocalDate.of(2019, 1, 1))).id();
        KeyRing a = KeyRing.parse("rot-a-" + base + ":" + SealerTest.key(11), null, "test");
        String keyA = a.primaryId();
        String keyB = "rot-b-" + base;
        KeyRing ab = KeyRing.parse(keyA + ":" + SealerTest.key(11) + "," + keyB + ":" + SealerTest.key(12), keyB, "test");
        KeyRing b = KeyRing.parse(keyB + ":" + SealerTest.key(12), null, "test");

        Vault underA = new Vault(jdbc, a, messages);
        Person denouncer = Person.denouncer("Nguyễn Thị Xoay", "042180001234", "thôn Tân Hòa", "0912000111", null);
        underA.seal(one, unit, "TEST:" + base, List.of(denouncer));
        long file = underA.sealFile(one, unit, "don.png", "image/png", "PNGDATA".getBytes(StandardCharsets.UTF_8));
        underA.addProtection(one, unit, 1, "DECIDED", new Vault.Protection("Bảo vệ bí mật thông tin", "1/QĐ",
                LocalDate.of(2026, 1, 5), "Chủ tịch UBND", null, null, null));
        assertThat(keysOf(base)).containsOnly(keyA);

        // B alone cannot open rows under A.
        assertThatThrownBy(() -> new Vault(jdbc, b, messages).open(one)).isInstanceOf(KeyRing.MissingKeyException.class);

        // Rotation: A and B, B primary; the job moves every row of A (and leaves rows of keys it lacks alone).
        Reencryptor.Result moved = new Reencryptor(jdbc, ab).run();
        assertThat(moved.persons()).isGreaterThanOrEqualTo(1);
        assertThat(moved.files()).isGreaterThanOrEqualTo(1);
        assertThat(moved.protections()).isGreaterThanOrEqualTo(1);
        assertThat(keysOf(base)).containsOnly(keyB);
        assertThat(jdbc.sql("select index_key_id from identity_sealed_person where subject_id = ?").param(base)
                .query(String.class).single()).isEqualTo(keyB);
        assertThat(new Reencryptor(jdbc, ab).run().total()).isZero();

        // A removed: B alone opens everything.
        Vault underB = new Vault(jdbc, b, messages);
        Vault.OpenPerson opened = underB.open(one).get(0);
        assertThat(opened.person().fullName()).isEqualTo("Nguyễn Thị Xoay");
        assertThat(opened.person().idNumber()).isEqualTo("042180001234");
        assertThat(underB.openFile(file).data()).isEqualTo("PNGDATA".getBytes(StandardCharsets.UTF_8));
        assertThat(underB.openFile(file).meta().fileName()).isEqualTo("don.png");
        assertThat(underB.openProtections(one).get(0).protection().decisionNumber()).isEqualTo("1/QĐ");
        // And the blind indexes were recomputed under B: the same CCCD sealed now matches.
        underB.seal(two, unit, "TEST:" + (base + 1), List.of(Person.denouncer("NGUYEN THI XOAY", "042 180 001 234",
                null, null, null)));
        assertThat(underB.sameIdentity(two)).containsKey(base);
    }

    @Test
    void keysComeFromAFileWithItsPrimary() throws Exception {
        Path file = Files.createTempFile("identity-keys", ".txt");
        Files.writeString(file, "# rotation in progress\nold:" + SealerTest.key(1) + "\nnew:" + SealerTest.key(2)
                + "\nprimary=new\n");
        KeyRing ring = IdentityKeys.fromFile(file, "");
        assertThat(ring.ids()).containsExactly("old", "new");
        assertThat(ring.primaryId()).isEqualTo("new");
        assertThat(IdentityKeys.fromFile(file, "old").primaryId()).isEqualTo("old");
        Files.delete(file);
        Path generated = Files.createTempDirectory("idk").resolve("identity-keys");
        IdentityKeys.generate(generated);
        assertThat(IdentityKeys.fromFile(generated, null).ids()).hasSize(1);
        assertThat(Map.of()).isEmpty();
    }

    private List<String> keysOf(long subject) {
        return jdbc.sql("""
                select key_id from identity_sealed_person where subject_id = :s union all
                select key_id from identity_sealed_file where subject_id = :s union all
                select key_id from identity_protection where subject_id = :s""").param("s", subject)
                .query(String.class).list();
    }
}
