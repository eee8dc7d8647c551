package org.tiepdan.identity.internal;

import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The identity keys: AES-256 keys by id, one of them primary (new writes). Old keys stay until the
 * re-encryption job has moved every row to the primary; then they can be removed. Never logged:
 * {@link #toString()} names only the ids.
 */
final class KeyRing {

    private final Map<String, SecretKey> keys;
    private final String primary;
    private final String source;

    KeyRing(Map<String, byte[]> raw, String primary, String source) {
        if (raw.isEmpty()) {
            throw new IllegalStateException("no identity key");
        }
        Map<String, SecretKey> m = new LinkedHashMap<>();
        raw.forEach((id, bytes) -> {
            if (!id.matches("[A-Za-z0-9._-]{1,64}")) {
                throw new IllegalStateException("identity key id '" + id + "': letters, digits, . _ - only");
            }
            if (bytes.length != 32) {
                throw new IllegalStateException("identity key '" + id + "' must be 32 bytes (256 bits), base64-encoded");
            }
            m.put(id, new SecretKeySpec(bytes, "AES"));
        });
        this.keys = Collections.unmodifiableMap(m);
        this.primary = primary == null || primary.isBlank() ? m.keySet().iterator().next() : primary.strip();
        if (!keys.containsKey(this.primary)) {
            throw new IllegalStateException("identity primary key '" + this.primary + "' is not among the keys");
        }
        this.source = source;
    }

    /** Parses {@code id:base64,id:base64} (the first is primary unless named). */
    static KeyRing parse(String spec, String primary, String source) {
        Map<String, byte[]> raw = new LinkedHashMap<>();
        for (String part : spec.split("[,;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            int colon = part.indexOf(':');
            if (colon <= 0) {
                throw new IllegalStateException("identity keys: expected id:base64 entries separated by commas");
            }
            raw.put(part.substring(0, colon).strip(), decode(part.substring(colon + 1).strip()));
        }
        return new KeyRing(raw, primary, source);
    }

    static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("identity key is not valid base64");
        }
    }

    String primaryId() {
        return primary;
    }

    SecretKey primary() {
        return keys.get(primary);
    }

    SecretKey key(String id) {
        SecretKey k = keys.get(id);
        if (k == null) {
            throw new MissingKeyException(id);
        }
        return k;
    }

    boolean has(String id) {
        return keys.containsKey(id);
    }

    Set<String> ids() {
        return keys.keySet();
    }

    String source() {
        return source;
    }

    @Override
    public String toString() {
        return "KeyRing" + keys.keySet() + " primary=" + primary;
    }

    /** A row sealed with a key that is not configured (removed too early, or the wrong key file). */
    static final class MissingKeyException extends IllegalStateException {
        MissingKeyException(String id) {
            super("identity key '" + id + "' is not configured");
        }
    }
}
