package org.tiepdan.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM through the JDK (no extra dependency): a fresh 96-bit random nonce per value, a
 * 128-bit tag, and associated data binding the ciphertext to its row ({@code kind|ref}), so a
 * ciphertext copied into another row does not open. Blind indexes are HMAC-SHA256 under a key
 * derived from the identity key, so equal CCCDs can be matched without storing them.
 */
final class Sealer {

    static final String CIPHER = "AES/GCM/NoPadding";
    static final int NONCE_BYTES = 12;
    static final int TAG_BITS = 128;

    private static final SecureRandom RANDOM = new SecureRandom();

    private Sealer() {
    }

    record Sealed(String keyId, byte[] nonce, byte[] ciphertext) {
    }

    static Sealed seal(KeyRing ring, String kind, String ref, byte[] plain) {
        return seal(ring.primaryId(), ring.primary(), kind, ref, plain);
    }

    static Sealed seal(String keyId, SecretKey key, String kind, String ref, byte[] plain) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher c = Cipher.getInstance(CIPHER);
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(aad(kind, ref));
            return new Sealed(keyId, nonce, c.doFinal(plain));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealing failed", e);
        }
    }

    static byte[] open(KeyRing ring, String keyId, String kind, String ref, byte[] nonce, byte[] ciphertext) {
        try {
            Cipher c = Cipher.getInstance(CIPHER);
            c.init(Cipher.DECRYPT_MODE, ring.key(keyId), new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(aad(kind, ref));
            return c.doFinal(ciphertext);
        } catch (GeneralSecurityException e) {
            // Wrong key, or a row tampered with or moved: say which row, never what is in it.
            throw new IllegalStateException("sealed " + kind + " " + ref + " does not open with key '" + keyId + "'");
        }
    }

    private static byte[] aad(String kind, String ref) {
        return ("tiepdan/identity/v1|" + kind + "|" + ref).getBytes(StandardCharsets.UTF_8);
    }

    /** Keyed hash of a normalised value under the index key derived from {@code key}; null for an empty value. */
    static String blindIndex(SecretKey key, String purpose, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            Mac derive = Mac.getInstance("HmacSHA256");
            derive.init(key);
            byte[] indexKey = derive.doFinal("tiepdan/identity/blind-index/v1".getBytes(StandardCharsets.UTF_8));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(indexKey, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((purpose + "|" + value).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("blind index failed", e);
        }
    }

    /** Lower case, no diacritics (đ as d), runs of anything but letters and digits as one space. */
    static String fold(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        return n.replaceAll("[^a-z0-9]+", " ").strip();
    }

    /** CCCD / CMND digits only. */
    static String digits(String s) {
        return s == null ? "" : s.replaceAll("[^0-9]", "");
    }
}
