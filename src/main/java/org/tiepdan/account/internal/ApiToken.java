package org.tiepdan.account.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.tiepdan.platform.DomainException;

/**
 * A personal access token of an account: a name its owner chose, the SHA-256 of the secret (the
 * secret itself is shown once, at creation, and never stored), the last day it is valid
 * (inclusive, in Asia/Ho_Chi_Minh) and, once revoked, when. A revoked token keeps its row so that
 * the audit trail can still name it.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    /** The longest lifetime allowed: two years, so that a yearly job can run on one token with margin. */
    static final int MAX_DAYS = 730;
    static final int MAX_NAME = 100;
    /** How stale last_used_at may get: one write per token per interval, not one per request. */
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(5);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long accountId;
    private String name;
    private String tokenHash;
    private LocalDate expiresOn;
    private Instant createdAt;
    private Instant lastUsedAt;
    private Instant revokedAt;
    @Version
    private long version;

    protected ApiToken() {
    }

    /** Checks the name and the last day against the rules (400 with the field otherwise). */
    ApiToken(long accountId, String name, LocalDate expiresOn, String tokenHash, LocalDate today, Instant now) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw DomainException.invalid("token-name-required", "name");
        }
        if (trimmed.length() > MAX_NAME) {
            throw DomainException.invalid("token-name-too-long", "name", MAX_NAME);
        }
        if (expiresOn == null) {
            throw DomainException.invalid("token-expiry-required", "expiresOn");
        }
        if (expiresOn.isBefore(today)) {
            throw DomainException.invalid("token-expiry-past", "expiresOn");
        }
        if (expiresOn.isAfter(today.plusDays(MAX_DAYS))) {
            throw DomainException.invalid("token-expiry-too-far", "expiresOn", MAX_DAYS);
        }
        this.accountId = accountId;
        this.name = trimmed;
        this.expiresOn = expiresOn;
        this.tokenHash = tokenHash;
        this.createdAt = now;
    }

    /** Valid through its last day, in Vietnam's time. */
    boolean expired(LocalDate today) {
        return today.isAfter(expiresOn);
    }

    boolean revoked() {
        return revokedAt != null;
    }

    /** Revokes for good; a token revoked already is not found (the caller answers 404). */
    void revoke(Instant now) {
        if (revoked()) {
            throw DomainException.notFound("token-not-found");
        }
        revokedAt = now;
    }

    /** True when the stored last use is older than {@link #LAST_USED_PRECISION}: worth one write. */
    boolean lastUseStale(Instant now) {
        return lastUsedAt == null || !lastUsedAt.plus(LAST_USED_PRECISION).isAfter(now);
    }

    public Long id() {
        return id;
    }

    Long accountId() {
        return accountId;
    }

    public String name() {
        return name;
    }

    public LocalDate expiresOn() {
        return expiresOn;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    @Override
    public String toString() {
        return "ApiToken[" + id + ", " + name + "]";
    }
}
