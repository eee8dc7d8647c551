package org.tiepdan.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.tiepdan.identity.Person;
import org.tiepdan.platform.DomainException;

/** AES-GCM sealing, blind indexes, key ring parsing and the server-side blackout, without Spring. */
class SealerTest {

    static String key(int fill) {
        byte[] k = new byte[32];
        java.util.Arrays.fill(k, (byte) fill);
        return Base64.getEncoder().encodeToString(k);
    }

    @Test
    void sealedTextOpensOnlyWithItsKeyAndItsRow() {
        KeyRing ring = KeyRing.parse("a:" + key(1) + ",b:" + key(2), null, "test");
        assertThat(ring.primaryId()).isEqualTo("a");
        byte[] plain = "Quách Thị Canary Zyx 099887766554".getBytes(StandardCharsets.UTF_8);
        Sealer.Sealed s = Sealer.seal(ring, "person", "ref-1", plain);
        assertThat(new String(s.ciphertext(), StandardCharsets.ISO_8859_1)).doesNotContain("Canary");
        assertThat(s.nonce()).hasSize(12);
        assertThat(Sealer.open(ring, "a", "person", "ref-1", s.nonce(), s.ciphertext())).isEqualTo(plain);
        // Same text twice: different ciphertexts (fresh nonce).
        assertThat(Sealer.seal(ring, "person", "ref-1", plain).ciphertext()).isNotEqualTo(s.ciphertext());
        // Moved to another row, or opened with another key: refused, naming no content.
        assertThatThrownBy(() -> Sealer.open(ring, "a", "person", "ref-2", s.nonce(), s.ciphertext()))
                .hasMessageNotContaining("Canary");
        assertThatThrownBy(() -> Sealer.open(ring, "b", "person", "ref-1", s.nonce(), s.ciphertext()))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Sealer.open(ring, "gone", "person", "ref-1", s.nonce(), s.ciphertext()))
                .isInstanceOf(KeyRing.MissingKeyException.class);
    }

    @Test
    void blindIndexesMatchEqualValuesUnderOneKeyOnly() {
        KeyRing ring = KeyRing.parse("a:" + key(1) + ",b:" + key(2), "b", "test");
        assertThat(ring.primaryId()).isEqualTo("b");
        Person p = Person.denouncer("Nguyễn Văn Ánh", "0421-8000-0001", "Thôn Tân Hòa", null, null);
        Person q = Person.denouncer("nguyen van anh", "042180000001", "thon tan hoa", null, null);
        assertThat(Vault.idIndex(ring.key("a"), p)).isEqualTo(Vault.idIndex(ring.key("a"), q)).hasSize(64);
        assertThat(Vault.nameIndex(ring.key("a"), p)).isEqualTo(Vault.nameIndex(ring.key("a"), q));
        assertThat(Vault.idIndex(ring.key("a"), p)).isNotEqualTo(Vault.idIndex(ring.key("b"), p));
        assertThat(Vault.idIndex(ring.key("a"), p)).doesNotContain("042180000001");
        assertThat(Vault.nameIndex(ring.key("a"), Person.denouncer("A", null, null, null, null))).isNull();
        assertThat(Sealer.fold("Đặng  Thị—Hằng")).isEqualTo("dang thi hang");
    }

    @Test
    void keyRingRejectsBadKeysAndNeverPrintsThem() {
        assertThatThrownBy(() -> KeyRing.parse("a:" + Base64.getEncoder().encodeToString(new byte[16]), null, "t"))
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> KeyRing.parse("a:" + key(1), "z", "t")).hasMessageContaining("'z'");
        assertThatThrownBy(() -> KeyRing.parse("nokey", null, "t")).isInstanceOf(IllegalStateException.class);
        KeyRing ring = KeyRing.parse("k2026:" + key(7), null, "t");
        assertThat(ring.toString()).contains("k2026").doesNotContain(key(7));
        assertThat(Person.denouncer("Quách Thị Canary Zyx", "099887766554", null, null, null).toString())
                .doesNotContain("Canary").doesNotContain("0998");
    }

    @Test
    void theBlackoutRemovesThePixelsAndWritesANewPng() throws Exception {
        BufferedImage page = new BufferedImage(100, 60, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 100; x++) {
            for (int y = 0; y < 60; y++) {
                page.setRGB(x, y, new Color(200, 30, 30).getRGB());
            }
        }
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(page, "png", jpeg);
        byte[] out = Redactor.blackout(jpeg.toByteArray(), Redactor.parse("10,10,20,15;90,50,40,40"));
        BufferedImage result = ImageIO.read(new ByteArrayInputStream(out));
        assertThat(out[1]).isEqualTo((byte) 'P');
        assertThat(result.getWidth()).isEqualTo(100);
        assertThat(result.getRGB(15, 15) & 0xffffff).isZero();
        assertThat(result.getRGB(29, 24) & 0xffffff).isZero();
        assertThat(result.getRGB(95, 55) & 0xffffff).isZero();
        assertThat(result.getRGB(5, 5) & 0xffffff).isEqualTo(new Color(200, 30, 30).getRGB() & 0xffffff);
        assertThat(result.getRGB(31, 26) & 0xffffff).isNotZero();
        assertThatThrownBy(() -> Redactor.parse("")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Redactor.parse("1,2,3")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Redactor.blackout("not an image".getBytes(StandardCharsets.UTF_8),
                List.of(new Redactor.Rect(0, 0, 1, 1)))).isInstanceOf(DomainException.class);
        assertThat(Map.of()).isEmpty();
    }
}
