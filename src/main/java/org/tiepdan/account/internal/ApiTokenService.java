package org.tiepdan.account.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.account.TiepdanUser;
import org.tiepdan.account.TwoFactor;
import org.tiepdan.audit.AuditAction;
import org.tiepdan.audit.AuditLog;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.DomainException;

/**
 * Personal access tokens: created by a signed-in person for a machine client, used as
 * {@code Authorization: Bearer}, listed and revoked by their owner. The token is 256 random bits,
 * so its SHA-256 is a safe and fast thing to store and look up: a Bearer call costs one indexed
 * query and one account load, where HTTP Basic pays a BCrypt check (~65 ms of CPU) every time,
 * which is the reason tokens exist (issue 22). Creation, a refused use of an expired or revoked
 * token, and revocation are audited; successful uses are not (one row per API call would drown
 * the trail) but the token's last use is kept, at five-minute precision.
 */
@Service
@Transactional
class ApiTokenService {

    static final String ENTITY = "ApiToken";
    /** Recognisable by secret scanners and by people; the rest is base64url of 32 random bytes. */
    static final String PREFIX = "tdp_";
    private static final int SECRET_BYTES = 32;

    private final ApiTokenRepository tokens;
    private final UserAccountRepository accounts;
    private final TwoFactor twoFactor;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokenService(ApiTokenRepository tokens, UserAccountRepository accounts, TwoFactor twoFactor, AuditLog audit,
            Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.twoFactor = twoFactor;
        this.audit = audit;
        this.clock = clock;
    }

    /** What creation answers: the secret is in here and nowhere else, ever. */
    record Created(long id, String name, String token, LocalDate expiresOn) {
        @Override
        public String toString() {
            return "Created[" + id + ", " + name + ", token hidden]";
        }
    }

    /** A token as its owner's list shows it: never the secret, nor its hash. */
    record Listed(long id, String name, Instant createdAt, LocalDate expiresOn, Instant lastUsedAt,
            boolean expired) {
    }

    /**
     * Creates a token for the signed-in user. It may not be made with a token (a leaked token must
     * not be able to outlive its expiry by minting others), and when the user's role requires a
     * second factor the sign-in that asks must have passed it: the token then stands for that
     * sign-in, for a machine, until it expires.
     */
    Created create(TiepdanUser user, String name, LocalDate expiresOn) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current instanceof ApiTokenAuthentication) {
            throw DomainException.forbidden("token-needs-sign-in");
        }
        if (twoFactor.requiredFor(user.roles()) && !twoFactor.currentSessionHasIt()) {
            throw DomainException.forbidden("token-needs-two-factor");
        }
        String secret = newSecret();
        ApiToken token = tokens.saveAndFlush(new ApiToken(user.id(), name, expiresOn, hash(secret),
                Dates.today(clock), clock.instant()));
        audit.record(AuditAction.CREATE, ENTITY, token.id(), null,
                Map.of("owner", user.getUsername(), "name", token.name(), "expiresOn", token.expiresOn()));
        return new Created(token.id(), token.name(), secret, token.expiresOn());
    }

    @Transactional(readOnly = true)
    List<Listed> list(TiepdanUser user) {
        LocalDate today = Dates.today(clock);
        return tokens.findByAccountIdAndRevokedAtIsNullOrderByCreatedAtDescIdDesc(user.id()).stream()
                .map(t -> new Listed(t.id(), t.name(), t.createdAt(), t.expiresOn(), t.lastUsedAt(), t.expired(today)))
                .toList();
    }

    /** Revokes one of the user's own tokens; another's, a missing or a revoked one is 404 alike. */
    void revoke(TiepdanUser user, long id) {
        ApiToken token = tokens.findByIdAndAccountId(id, user.id())
                .orElseThrow(() -> DomainException.notFound("token-not-found"));
        token.revoke(clock.instant());
        audit.record(AuditAction.STATE_CHANGE, ENTITY, token.id(), null,
                Map.of("owner", user.getUsername(), "name", token.name(), "state", "revoked"));
    }

    /**
     * The user a Bearer token stands for, with the owner's roles as they are now. Refusals of a
     * known token (expired, revoked) are audited and committed although the call fails.
     */
    @Transactional(noRollbackFor = AuthenticationException.class)
    TiepdanUser authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            throw new BadCredentialsException("not a token of ours");
        }
        ApiToken token = tokens.findByTokenHash(hash(secret))
                .orElseThrow(() -> new BadCredentialsException("unknown token"));
        UserAccount account = accounts.findById(token.accountId())
                .orElseThrow(() -> new BadCredentialsException("unknown token"));
        Instant now = clock.instant();
        if (token.revoked()) {
            refused(account, token, "revoked");
            throw new TokenRefused("token-revoked");
        }
        if (token.expired(Dates.today(clock))) {
            refused(account, token, "expired");
            throw new TokenRefused("token-expired");
        }
        TiepdanUser user = account.toPrincipal(now);
        if (!user.isEnabled()) {
            throw new DisabledException("account disabled");
        }
        if (!user.isAccountNonLocked()) {
            throw new LockedException("account locked");
        }
        // The role requires a second factor the account never set up: it could not sign in today.
        if (twoFactor.requiredFor(user.roles()) && !account.hasTwoFactor()) {
            throw new TokenRefused("token-two-factor-required");
        }
        if (token.lastUseStale(now)) {
            tokens.noteUse(token.id(), now, now.minus(ApiToken.LAST_USED_PRECISION));
        }
        return user;
    }

    private void refused(UserAccount account, ApiToken token, String reason) {
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("via", "api-token");
        changes.put("tokenId", token.id());
        changes.put("reason", reason);
        audit.record(account.username(), AuditAction.LOGIN_FAILED, ENTITY, token.id(), null, changes);
    }

    private String newSecret() {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Unlike a recovery code (see TwoFactorService), a token is case-sensitive: hashed as it is. */
    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /** A known token refused for a reason its holder may know; the code goes into the 401 problem. */
    static final class TokenRefused extends AuthenticationException {
        private final String code;

        TokenRefused(String code) {
            super(code);
            this.code = code;
        }

        String code() {
            return code;
        }
    }
}
