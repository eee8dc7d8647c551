-- Personal access tokens for machine clients (issue 22): Authorization: Bearer <token> on /api/v1/**.
-- Only the SHA-256 of the token is stored (hex, 64 characters): the token is 256 random bits, so a
-- fast hash is enough and each API call costs one index lookup instead of a BCrypt check.
-- A revoked token keeps its row (revoked_at) so the audit trail can name it; an account's deletion
-- takes its tokens with it.
create table api_token (
    id           bigserial primary key,
    account_id   bigint       not null references user_account (id) on delete cascade,
    name         varchar(100) not null,
    token_hash   varchar(64)  not null,
    expires_on   date         not null,
    created_at   timestamptz  not null,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    version      bigint       not null default 0,
    constraint api_token_hash_ux unique (token_hash)
);
create index api_token_account_idx on api_token (account_id);
