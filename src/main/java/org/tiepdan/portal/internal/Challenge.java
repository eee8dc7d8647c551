package org.tiepdan.portal.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A small sum to answer before a submission is taken, instead of a third-party CAPTCHA: works
 * without JavaScript and with a screen reader. The question travels in a signed token (expiry,
 * nonce, and an HMAC over the answer), so any node can check it; the key is created once in
 * {@code portal_key} and shared by all nodes. A token is good for one submission on all nodes
 * together: its nonce is remembered in {@code portal_challenge_used} until it expires (issue 17:
 * in a node's memory, a solved sum could be replayed once on every other node).
 */
@Component
class Challenge {

    /** A question as shown, and its token for the hidden field. */
    record Question(int a, int b, String token) {
    }

    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;
    private final Clock clock;
    private final long ttlMillis;
    private volatile byte[] key;

    Challenge(JdbcClient jdbc, Clock clock, PortalProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ttlMillis = properties.challengeTtl().toMillis();
    }

    Question next() {
        int a = 1 + random.nextInt(9);
        int b = 1 + random.nextInt(9);
        long expires = clock.millis() + ttlMillis;
        byte[] nonceBytes = new byte[12];
        random.nextBytes(nonceBytes);
        String nonce = HexFormat.of().formatHex(nonceBytes);
        String payload = expires + "." + nonce;
        return new Question(a, b, payload + "." + sign(payload + "." + (a + b)));
    }

    /** True once for a token whose sum was answered right before it expired. */
    boolean check(String token, String answer) {
        if (token == null || answer == null) {
            return false;
        }
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return false;
        }
        long expires;
        int value;
        try {
            expires = Long.parseLong(parts[0]);
            value = Integer.parseInt(answer.strip());
        } catch (NumberFormatException e) {
            return false;
        }
        long now = clock.millis();
        if (expires < now) {
            return false;
        }
        String expected = sign(parts[0] + "." + parts[1] + "." + value);
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                parts[2].getBytes(StandardCharsets.US_ASCII))) {
            return false;
        }
        jdbc.sql("delete from portal_challenge_used where expires_at < ?").param(now).update();
        return jdbc.sql("""
                insert into portal_challenge_used (nonce, expires_at) values (?, ?) on conflict (nonce) do nothing""")
                .params(parts[1], expires).update() == 1;
    }

    /**
     * A keyed hash of a value under the site's shared key (the same on every node): a rate-limit bucket
     * per e-mail address or phone number without the address itself in the table.
     */
    String keyed(String purpose, String value) {
        return sign(purpose + "|" + value);
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] key() {
        byte[] k = key;
        if (k == null) {
            byte[] fresh = new byte[32];
            random.nextBytes(fresh);
            // The first node to get here writes the key; every node then reads the same one.
            jdbc.sql("insert into portal_key (name, value) values ('challenge', ?) on conflict (name) do nothing")
                    .param(HexFormat.of().formatHex(fresh)).update();
            k = HexFormat.of().parseHex(jdbc.sql("select value from portal_key where name = 'challenge'")
                    .query(String.class).single());
            key = k;
        }
        return k;
    }
}
