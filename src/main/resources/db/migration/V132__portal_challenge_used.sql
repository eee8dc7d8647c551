-- Nonces of the public site's challenge tokens already used, shared by every node (issue 17), kept
-- until the token expires (epoch milliseconds).
CREATE TABLE portal_challenge_used (
    nonce      VARCHAR(64) PRIMARY KEY,
    expires_at BIGINT      NOT NULL
);
CREATE INDEX portal_challenge_used_expires_ix ON portal_challenge_used (expires_at);
