package org.tiepdan.account.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.account.TwoFactor;
import org.tiepdan.audit.AuditAction;
import org.tiepdan.audit.AuditLog;
import org.tiepdan.platform.DomainException;

/**
 * Time-based one-time passwords (RFC 6238: SHA-1, 6 digits, 30 s, one step of clock drift either
 * way) and one-time recovery codes. The secret is never logged nor shown again after enrolment; a
 * code is accepted once (a step at or before the last one used is refused, so an overheard code
 * cannot be replayed); recovery codes are stored as SHA-256 hashes (they are random, 80 bits) and
 * each is deleted when used. A wrong code counts towards the account's lockout like a wrong password.
 */
@Service
@Transactional
class TwoFactorService {

    static final String ISSUER = "tiepdan";
    static final int RECOVERY_CODES = 10;
    private static final int PERIOD = 30;

    private final UserAccountRepository accounts;
    private final AccountService accountService;
    private final TwoFactor policy;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final DefaultCodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);

    TwoFactorService(UserAccountRepository accounts, AccountService accountService, TwoFactor policy, JdbcClient jdbc,
            AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.accountService = accountService;
        this.policy = policy;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the sign-in must do after the password. */
    enum Next { DONE, CODE, ENROL }

    @Transactional(readOnly = true)
    Next afterPassword(String username) {
        UserAccount account = load(username);
        if (account.hasTwoFactor()) {
            return Next.CODE;
        }
        return policy.requiredFor(account.roles()) ? Next.ENROL : Next.DONE;
    }

    /** True when the account may not use HTTP Basic: its sign-in needs a second factor. */
    @Transactional(readOnly = true)
    boolean needsSecondFactor(String username) {
        return afterPassword(username) != Next.DONE;
    }

    @Transactional(readOnly = true)
    boolean enrolled(String username) {
        return load(username).hasTwoFactor();
    }

    /** A new secret, its otpauth QR code as a PNG data URI, and the secret as text to type in. */
    record Enrolment(String secret, String qrDataUri) {
        @Override
        public String toString() {
            return "Enrolment[secret hidden]";
        }
    }

    @Transactional(readOnly = true)
    Enrolment newEnrolment(String username) {
        return sameEnrolment(username, new DefaultSecretGenerator(32).generate());
    }

    /** The page of an enrolment under way again (after a wrong code), for the secret kept in the session. */
    Enrolment sameEnrolment(String username, String secret) {
        QrData data = new QrData.Builder().label(ISSUER + ":" + username).secret(secret).issuer(ISSUER)
                .algorithm(HashingAlgorithm.SHA1).digits(6).period(PERIOD).build();
        try {
            ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
            return new Enrolment(secret, Utils.getDataUriForImage(generator.generate(data), generator.getImageMimeType()));
        } catch (QrGenerationException e) {
            throw new IllegalStateException("QR code", e);
        }
    }

    /** Turns TOTP on once the user proves the app holds the secret; returns the recovery codes, shown once. */
    List<String> enable(String username, String secret, String code) {
        UserAccount account = load(username);
        if (account.hasTwoFactor()) {
            throw DomainException.invalid("two-factor-already", "code");
        }
        long step = matchingStep(secret, code);
        if (step < 0) {
            throw DomainException.invalid("two-factor-code-wrong", "code");
        }
        account.enableTwoFactor(secret, step, clock.instant());
        List<String> recovery = newRecoveryCodes(account);
        audit.record(AuditAction.UPDATE, AccountService.ENTITY, account.id(), null,
                Map.of("username", username, "twoFactor", "enabled"));
        return recovery;
    }

    /** Turns TOTP off for an account not required to have it, on a valid code. */
    void disable(String username, String code) {
        UserAccount account = load(username);
        if (policy.requiredFor(account.roles())) {
            throw DomainException.invalid("two-factor-required", "code");
        }
        if (!check(account, code)) {
            throw DomainException.invalid("two-factor-code-wrong", "code");
        }
        account.disableTwoFactor();
        jdbc.sql("delete from account_recovery_code where account_id = ?").param(account.id()).update();
        audit.record(AuditAction.UPDATE, AccountService.ENTITY, account.id(), null,
                Map.of("username", username, "twoFactor", "disabled"));
    }

    /**
     * Checks a code typed at sign-in: six digits from the app, or a recovery code (used up).
     * A wrong one counts as a failed login of the account.
     */
    @Transactional(noRollbackFor = DomainException.class)
    boolean verify(String username, String code) {
        UserAccount account = load(username);
        if (!account.hasTwoFactor() || account.isLocked(clock.instant())) {
            return false;
        }
        if (check(account, code)) {
            account.recordSuccessfulLogin();
            audit.record(username, AuditAction.LOGIN, AccountService.ENTITY, account.id(), null, Map.of("factor", "totp"));
            return true;
        }
        accountService.loginFailed(username);
        return false;
    }

    @Transactional(readOnly = true)
    boolean locked(String username) {
        return load(username).isLocked(clock.instant());
    }

    @Transactional(readOnly = true)
    long recoveryCodesLeft(String username) {
        return jdbc.sql("select count(*) from account_recovery_code where account_id = ?").param(load(username).id())
                .query(Long.class).single();
    }

    private boolean check(UserAccount account, String code) {
        String typed = code == null ? "" : code.replaceAll("\\s", "");
        if (typed.matches("\\d{6}")) {
            long step = matchingStep(account.totpSecret(), typed);
            return step >= 0 && account.acceptStep(step);
        }
        int used = jdbc.sql("delete from account_recovery_code where account_id = ? and code_hash = ?")
                .params(account.id(), hash(typed)).update();
        if (used > 0) {
            audit.record(account.username(), AuditAction.UPDATE, AccountService.ENTITY, account.id(), null,
                    Map.of("username", account.username(), "recoveryCode", "used"));
        }
        return used > 0;
    }

    /** The time step whose code this is (now, or one step either side), or -1. */
    private long matchingStep(String secret, String code) {
        if (secret == null || code == null || !code.matches("\\d{6}")) {
            return -1;
        }
        long now = Math.floorDiv(clock.instant().getEpochSecond(), PERIOD);
        for (long step = now - 1; step <= now + 1; step++) {
            try {
                if (MessageDigest.isEqual(codes.generate(secret, step).getBytes(StandardCharsets.US_ASCII),
                        code.getBytes(StandardCharsets.US_ASCII))) {
                    return step;
                }
            } catch (CodeGenerationException e) {
                return -1;
            }
        }
        return -1;
    }

    private List<String> newRecoveryCodes(UserAccount account) {
        jdbc.sql("delete from account_recovery_code where account_id = ?").param(account.id()).update();
        List<String> generated = Arrays.asList(new RecoveryCodeGenerator().generateCodes(RECOVERY_CODES));
        for (String c : generated) {
            jdbc.sql("insert into account_recovery_code (account_id, code_hash) values (?, ?)")
                    .params(account.id(), hash(c)).update();
        }
        return generated;
    }

    static String hash(String code) {
        String normalized = code.strip().toLowerCase(Locale.ROOT);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normalized.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private UserAccount load(String username) {
        return accounts.findByUsername(username).orElseThrow(() -> DomainException.notFound("user-not-found"));
    }
}
