-- The public site's rate limits, shared by every node (issue 17): one row per (bucket, client
-- address), Bucket4j's PostgreSQL layout (its serialized state and when the row may be deleted,
-- in epoch milliseconds).
CREATE TABLE portal_rate_limit (
    id         VARCHAR(255) PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);
CREATE INDEX portal_rate_limit_expires_ix ON portal_rate_limit (expires_at);
