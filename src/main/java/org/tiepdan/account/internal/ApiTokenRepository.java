package org.tiepdan.account.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    /** The one lookup of every Bearer call: by the unique index on the hash. */
    Optional<ApiToken> findByTokenHash(String tokenHash);

    List<ApiToken> findByAccountIdAndRevokedAtIsNullOrderByCreatedAtDescIdDesc(Long accountId);

    Optional<ApiToken> findByIdAndAccountId(Long id, Long accountId);

    /**
     * Notes a use without the version check: parallel calls of one client all note the same thing,
     * and the first one to commit wins (the others find the row fresh and change nothing).
     */
    @Modifying
    @Query("update ApiToken t set t.lastUsedAt = :now where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt <= :stale)")
    int noteUse(Long id, java.time.Instant now, java.time.Instant stale);
}
