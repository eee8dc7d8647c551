package org.tiepdan.account.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    /** The one lookup of every Bearer call: by the unique index on the hash. */
    Optional<ApiToken> findByTokenHash(String tokenHash);

    List<ApiToken> findByAccountIdAndRevokedAtIsNullOrderByCreatedAtDescIdDesc(Long accountId);

    Optional<ApiToken> findByIdAndAccountId(Long id, Long accountId);
}
