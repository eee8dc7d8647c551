package org.tiepdan.identity.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Where the identity keys come from, in this order: {@code TIEPDAN_IDENTITY_KEYS}
 * ({@code id:base64,id:base64}), the file named by {@code TIEPDAN_IDENTITY_KEY_FILE} (one
 * {@code id:base64} a line, optionally {@code primary=id}), or, for development, demo and tests only, a
 * file generated in the data folder next to the embedded database, with a loud warning: whoever
 * copies that folder has the database and its key together. Never from the database.
 */
@Configuration(proxyBeanMethods = false)
class IdentityKeys {

    private static final Logger log = LoggerFactory.getLogger(IdentityKeys.class);
    static final String GENERATED_FILE = "identity-keys";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Bean
    KeyRing identityKeyRing(Environment env) {
        String primary = env.getProperty("tiepdan.identity.primary-key", "");
        String keys = env.getProperty("tiepdan.identity.keys", "");
        if (!keys.isBlank()) {
            KeyRing ring = KeyRing.parse(keys, primary, "TIEPDAN_IDENTITY_KEYS");
            log.info("Identity keys from TIEPDAN_IDENTITY_KEYS: ids {}, primary '{}'", ring.ids(), ring.primaryId());
            return ring;
        }
        String file = env.getProperty("tiepdan.identity.key-file", "");
        if (!file.isBlank()) {
            KeyRing ring = fromFile(Path.of(file), primary);
            log.info("Identity keys from {}: ids {}, primary '{}'", file, ring.ids(), ring.primaryId());
            return ring;
        }
        Path generated = Path.of(env.getProperty("tiepdan.data-dir", "./data")).toAbsolutePath().normalize()
                .resolve(GENERATED_FILE);
        boolean existed = Files.exists(generated);
        if (!existed) {
            generate(generated);
        }
        KeyRing ring = fromFile(generated, primary);
        log.warn("""

                ****************************************************************************************
                * DENOUNCER IDENTITY KEY {} THE DATA FOLDER: {}
                * For development, demo and tests only. The key sits next to the database it protects:
                * anyone who copies this folder can read every sealed identity. In production set
                * TIEPDAN_IDENTITY_KEYS or TIEPDAN_IDENTITY_KEY_FILE (see docs/operations.md).
                ****************************************************************************************""",
                existed ? "READ FROM" : "GENERATED IN", generated);
        return ring;
    }

    static KeyRing fromFile(Path file, String primaryOverride) {
        try {
            List<String> entries = new ArrayList<>();
            String primary = primaryOverride;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                if (l.startsWith("primary=")) {
                    if (primary == null || primary.isBlank()) {
                        primary = l.substring("primary=".length()).strip();
                    }
                    continue;
                }
                entries.add(l);
            }
            return KeyRing.parse(String.join(",", entries), primary, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("identity key file " + file + " cannot be read", e);
        }
    }

    static void generate(Path file) {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        String id = "dev-" + java.time.LocalDate.now().toString().replace("-", "");
        String text = "# Generated identity key (development/demo only). Format: id:base64 (AES-256), primary=id\n"
                + "primary=" + id + "\n" + id + ":" + Base64.getEncoder().encodeToString(key) + "\n";
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system
            }
        } catch (IOException e) {
            throw new UncheckedIOException("identity key file " + file + " cannot be written", e);
        }
    }
}
